"""Acronyms (TQ4xx): undefined source-language acronyms, and definitions that do not fit.

MT leaves source-language acronyms in transliteration (Russian ВГС → "VGS", СГ → "SG")
where English has a different acronym or none. Such an acronym is never expanded in the
English text, or it follows an expansion whose initials it does not share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tqcheck.document import MARKS, Document, Token
from tqcheck.issue import Severity
from tqcheck.lexicon import FUNCTION_WORDS, is_english_word, load_word_list
from tqcheck.names import known_names, unaccented
from tqcheck.rules.base import DocumentRule, Finding
from tqcheck.terms import family_matcher, term_families

_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
_TWO_CAPITALS_RE = re.compile(r"[^\W\d_a-z]{2}")
# A Russian acronym transliterated letter by letter, the digraphs for Ж, Х, Ч, Ш, Ц written
# as they are in names ("ZhKKh" for ЖКХ, "MChS" for МЧС).
_TRANSLITERATED_RE = re.compile(r"(?=.*[a-z])(?:[A-Z]|Zh|Kh|Ch|Sh|Ts)+")
# An acronym as a definition writes it: a capital, then up to seven letters.
_ACRONYM = r"[^\W\d_a-z][^\W\d_]{1,7}"
_DEFINITION_RE = re.compile(rf"\(({_ACRONYM})(?:s)?(?=[),;])")
_ACRONYM_GROUP_RE = re.compile(rf"\(({_ACRONYM}(?: {_ACRONYM}){{1,2}})\)")
_OR_DEFINITION_RE = re.compile(rf", or ({_ACRONYM})(?!\w)")
# A year or number between an expansion, ending in a capitalized word, and its acronym:
# "Human Rights Act 1998 (HRA)".
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w’'-])[^\W\d_a-z][\w’'-]*(\s+)\d[\d,.]*\s*$")
_CLAUSE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
_LONG_FORM_WORD_RE = re.compile(rf"[^\W\d_][\w’'{MARKS}-]*")
# Source languages written in another script than English: a Latin acronym in their
# translation is never the source's own.
_NON_LATIN_LANGUAGES = frozenset(
    [
        "ar",
        "be",
        "bg",
        "el",
        "fa",
        "he",
        "hi",
        "hy",
        "ja",
        "ka",
        "kk",
        "ko",
        "ky",
        "mk",
        "mn",
        "ru",
        "ta",
        "th",
        "tg",
        "uk",
        "zh",
    ]
)
_LINKING_WORDS = frozenset(
    [
        "of",
        "the",
        "for",
        "and",
        "on",
        "in",
        "de",
        "du",
        "des",
        "la",
        "le",
        "del",
        "der",
        "für",
        "und",
    ]
)


@cache
def known_acronyms() -> frozenset[str]:
    return load_word_list("acronyms", "en.txt")


@cache
def _standard_codes() -> frozenset[str]:
    return load_word_list("acronyms", "codes.txt")


def long_form_matches(short: str, long_form: str) -> bool:
    """Schwartz & Hearst (2003): the acronym's letters appear in order in the long form,
    the first one at the start of a word."""
    s, i = short.lower(), len(long_form) - 1
    text = long_form.lower()
    for k in range(len(s) - 1, -1, -1):
        c = s[k]
        if not c.isalnum():
            continue
        while i >= 0 and (text[i] != c or (k == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


@cache
def _compound_parts(word: str) -> tuple[str, ...]:
    """A lower-case word's parts: split at hyphens, and a closed compound of two English
    words (radiofrequency → radio, frequency) split in two."""
    if "-" in word:
        return tuple(p for part in word.split("-") if part for p in _compound_parts(part))
    if not is_english_word(word):
        for k in range(3, len(word) - 2):
            if is_english_word(word[:k]) and is_english_word(word[k:]):
                return word[:k], word[k:]
    return (word,)


def _initials_fit(letters: str, words: list[str]) -> bool:
    """Whether the letters are, in order, initials of the words: every word but a linking
    word gives its first letter, and may give those of its later compound parts too."""
    parts = [[p[0] for p in _compound_parts(unaccented(w).lower())] for w in words]

    @cache
    def fit(i: int, j: int, p: int) -> bool:
        """Letters from i on fit words from j on, part p of word j (-1: not yet started)."""
        if j == len(words):
            return i == len(letters)
        if p < 0 and words[j].lower() in _LINKING_WORDS and fit(i, j + 1, -1):
            return True
        if p >= 0 and fit(i, j + 1, -1):
            return True
        later = [0] if p < 0 else range(p + 1, len(parts[j]))
        return i < len(letters) and any(
            parts[j][q] == letters[i] and fit(i + 1, j, q) for q in later
        )

    return fit(0, 0, -1)


def _words_before(text: str, end: int, reach: int) -> Iterator[list[re.Match[str]]]:
    """The runs of words just before ``end`` with nothing but spaces between them, each one
    word longer than the last (at most ``reach`` characters back)."""
    words: list[re.Match[str]] = []
    for m in reversed(list(_CLAUSE_WORD_RE.finditer(text, max(0, end - reach), end))):
        if text[m.end() : (words[0].start() if words else end)].strip():
            return
        words.insert(0, m)
        yield words


def _spelled_out_before(acronym: str, text: str, end: int) -> str | None:
    """The shortest run of words just before ``end`` (in any case, nothing but spaces between
    them) whose initials, or compound parts' initials, spell the acronym: "video assistant
    referee (VAR)", "radiofrequency (RF)"."""
    letters = unaccented(acronym).lower()
    for words in _words_before(text, end, 200):
        if len(words) > len(letters) + 2:
            break
        first = words[0].group()
        if first.lower() not in _LINKING_WORDS and _initials_fit(letters, [w[0] for w in words]):
            return text[words[0].start() : words[-1].end()]
    return None


def _common_noun_phrase_before(acronym: str, text: str, end: int) -> str | None:
    """The words in lower case just before ``end`` (two or more, nothing but spaces between
    them), from the last one that begins with the acronym's first letter: a technical term
    whose acronym takes letters from elsewhere, "lithium iron phosphate (LFP)" after LiFePO4."""
    first = unaccented(acronym[:1]).lower()
    for words in _words_before(text, end, 120):
        word = words[0].group()
        if not word.islower() or len(words) > len(acronym) + 2:
            return None
        if len(words) >= 2 and word[:1] == first and word not in _LINKING_WORDS:
            return text[words[0].start() : words[-1].end()]
    return None


# "(NASDAQ: HLVS)", "(LSE: RR; AIX: RR)": a stock exchange, then the company's ticker.
_EXCHANGE = r"[(;,]\s*[A-Z][A-Za-z]{1,9}(?:\s[A-Z][A-Za-z]{1,9})?"
# A company's legal form, Russian and Kazakh ones transliterated as MT leaves them: the
# capitals after it are the company's name ("OJSC MAZ", "TOO «Kazakhmys»").
_LEGAL_FORM_BEFORE_RE = re.compile(
    r"\b(?:OJSC|JSC|PJSC|CJSC|NJSC|LLC|LLP|OAO|ZAO|PAO|OOO|AO|TOO|FSUE|SUE)[ \u00a0]+[\"“«]?$"
)
_TICKER_BEFORE_RE = re.compile(rf"{_EXCHANGE}:\s*$")
_EXCHANGE_BEFORE_RE = re.compile(rf"{_EXCHANGE}$")
_TICKER_AFTER_RE = re.compile(r":\s*[A-Z]")
# A Reuters instrument code: the ticker and its exchange's suffix in parentheses "(NVDA.O)".
_RIC_AFTER_RE = re.compile(r"\.[A-Z]{1,2}\)")
# A company named before its instrument code: "ABB (ABBN.S)".
_RIC_NEXT_RE = re.compile(r" \([A-Z0-9]{1,8}\.[A-Z]{1,2}\)")
# Capitals joined by a slash to a well-known acronym are one name with it: "RFE/RL".
_SLASHED_BEFORE_RE = re.compile(r"\b([A-Z]{2,6})/$")
_SLASHED_AFTER_RE = re.compile(r"/([A-Z]{2,6})\b")
# A standard code where it stands as one: a country after a name "(UZB)", a currency beside
# an amount ("UZS 12,000", "5 million UZS"), a state in an address ("Santa Clara, CA, USA").
_AMOUNT_AFTER_RE = re.compile(r"\s?\d")
_AMOUNT_BEFORE_RE = re.compile(r"\d(?:\s?(?:thousand|million|billion|trillion|mln|bn))?\s?$")
_ADDRESS_AFTER_RE = re.compile(r",?\s(?:USA|U\.S\.|Canada|\d{5})|\)")


@dataclass(frozen=True, slots=True)
class AcronymUse:
    segment: int
    start: int
    end: int
    acronym: str


@dataclass(frozen=True, slots=True)
class Definition:
    segment: int
    start: int
    end: int
    acronym: str
    long_form: str
    matches: bool


@dataclass
class AcronymAnalysis:
    uses: list[AcronymUse] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    #: capitals named as a company after its legal form ("OJSC MAZ"): a name, not an acronym.
    companies: set[str] = field(default_factory=set)


def _is_candidate(word: str) -> bool:
    """An unknown acronym: 2–5 capitals (or a transliterated Russian one, "ZhKKh"), not a
    Roman numeral, a well-known acronym, an English word or a name in capitals for emphasis
    ("PARIS", "NOT")."""
    base = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    return (
        2 <= len(base) <= 5
        and base.isalpha()
        and _written_as_acronym(base)
        and not _ROMAN_RE.match(base)
        and base not in known_acronyms()
        and not is_english_word(base)
        and base.title() not in known_names()
    )


def _as_code(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a ticker (after its exchange, or with its
    exchange's suffix: "(NVDA.O)"), its exchange, or a standard code where it stands as one."""
    before = text[max(0, start - 24) : start]
    if (
        _TICKER_BEFORE_RE.search(before)
        or (
            _EXCHANGE_BEFORE_RE.search(text[max(0, start - 24) : end])
            and _TICKER_AFTER_RE.match(text, end)
        )
        or (before.endswith("(") and _RIC_AFTER_RE.match(text, end))
        or (before.endswith("(.") and text[end : end + 1] == ")")  # an index: "(.SXNP)"
    ):
        return True
    if text[start:end] not in _standard_codes():
        return False
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    if _AMOUNT_AFTER_RE.match(text, end) or _AMOUNT_BEFORE_RE.search(before):
        return True
    in_address = before.endswith(", ") and _ADDRESS_AFTER_RE.match(text, end) is not None
    return end - start == 2 and in_address


def _written_as_acronym(word: str) -> bool:
    """In capitals, or a Russian acronym transliterated with its digraphs ("ZhKKh")."""
    return word.isupper() or _TRANSLITERATED_RE.fullmatch(word) is not None


def _singular(word: str) -> str:
    """An acronym without its plural s ("NGOs"), unless the s ends a transliterated Russian
    "Ts" ("TETs" for ТЭЦ)."""
    if word.endswith("Ts") and _TRANSLITERATED_RE.fullmatch(word):
        return word
    return word.rstrip("s") if word[-1] == "s" else word


def _title_words_before(text: str, end: int, limit: int) -> list[str] | None:
    """The capitalized words (with linking words inside) running up to ``end``: each suffix
    of the run that begins with a capital, longest first."""
    words = list(_LONG_FORM_WORD_RE.finditer(text, 0, end))
    run: list[re.Match[str]] = []
    for m in reversed(words):
        if text[m.end() : (run[0].start() if run else end)].strip():
            break
        if m.group()[:1].isupper() or (m.group().lower() in _LINKING_WORDS and run):
            run.insert(0, m)
        else:
            break
        if len(run) >= limit:
            break
    while run and not run[0].group()[:1].isupper():
        run.pop(0)
    if sum(1 for m in run if m.group()[:1].isupper()) < 2:
        return None
    return [text[m.start() : run[-1].end()] for m in run if m.group()[:1].isupper()]


def _initials(long_form: str) -> str:
    return "".join(w[0] for w in long_form.split() if w.lower() not in _LINKING_WORDS).upper()


def _long_form(acronym: str, text: str, end: int) -> tuple[str, bool] | None:
    """The expansion before "(ACR" and whether the acronym fits it (letters compared without
    diacritics): a run of capitalized words whose initials are the acronym, else the
    shortest whose letters fit it (Schwartz & Hearst), else words in any case that spell it
    out (``_spelled_out_before``), else the run with as many capitalized words as the
    acronym has capitals, else the whole run."""
    letters = unaccented(acronym)
    forms = (_title_words_before(text, end, len(acronym) + 4) or [])[::-1]
    for form in forms:
        if unaccented(_initials(form)) == letters:
            return form, True
    for k, form in enumerate(forms):
        if unaccented(form[:1]).lower() == letters[:1].lower() and long_form_matches(letters, form):
            # A letter from inside a word fits a compound ("Microsoft Research Asia (MSRA)",
            # "KazMunayGas (KMG)"), not a name that a capitalized word before it continues
            # (where initials do: "Federal Bureau of Prisons (BOP)"): "Judo Federation of
            # Russia (FDR)" keeps the source's word order (Федерация дзюдо России).
            before = forms[k + 1][: -len(form)].split() if k + 1 < len(forms) else []
            capitals = "".join(c for c in unaccented(form) if c.isupper())
            if (
                not before
                or before[0].lower() in FUNCTION_WORDS
                or capitals == letters
                or _initials_fit(letters.lower(), form.split())
            ):
                return form, True
    spelled = _spelled_out_before(acronym, text, end)
    if spelled is not None:
        return spelled, True
    if not forms:
        return None
    # As many words as the acronym has letters (capitals, for "RZhD"), else the whole run.
    sized = [f for f in forms if len(_initials(f)) == sum(map(str.isupper, acronym))]
    return (sized[0] if sized else forms[-1]), False


def _parenthesized(si: int, text: str) -> Iterator[Definition]:
    """ "Long Name (ACR)": the acronym after its expansion."""
    for m in _DEFINITION_RE.finditer(text):
        acronym = m.group(1)
        if not _written_as_acronym(acronym):
            continue
        found = _long_form(acronym, text, m.start())
        if found is None or not found[1]:
            # "Human Rights Act 1998 (HRA)": the year is no part of the acronym.
            number = _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            dated = _long_form(acronym, text, number.start(1)) if number else None
            if dated is not None and dated[1]:
                found = dated
        if found is None:
            common = _common_noun_phrase_before(acronym, text, m.start())
            found = (common, True) if common is not None else None
        if found is None:
            closed = _closed_compound_before(acronym, text, m.start())
            found = (closed, True) if closed is not None else None
        if found is not None:
            yield Definition(si, m.start(1), m.end(1), acronym, *found)


def _closed_compound_before(acronym: str, text: str, end: int) -> str | None:
    """A single capitalized word just before ``end`` whose letters fit the acronym, the
    first at its start: a company's closed compound ("Tengizchevroil (TCO)",
    "Roskomnadzor (RKN)")."""
    run = next(_words_before(text, end, 40), None)
    word = run[0] if run else None
    if word is None or not word.group()[:1].isupper() or len(word.group()) < len(acronym) + 2:
        return None
    letters = unaccented(acronym)
    form = unaccented(word.group())
    if form[0] != letters[0] or not long_form_matches(letters, form):
        return None
    return word.group()


def _acronym_groups(si: int, text: str) -> Iterator[Definition]:
    """ "Siberian Branch of the Russian Academy of Sciences (SB RAS)": several acronyms in
    one parenthesis after the name they abbreviate together, defined as one ("SB RAS")."""
    for m in _ACRONYM_GROUP_RE.finditer(text):
        parts = m.group(1).split()
        if not all(map(_written_as_acronym, parts)):
            continue
        found = _long_form("".join(parts), text, m.start())
        if found is not None:
            yield Definition(si, m.start(1), m.end(1), m.group(1), *found)


def _introduced_by_or(si: int, text: str) -> Iterator[Definition]:
    """ "radiofrequency, or RF,": an acronym after ", or" that the words before spell out."""
    for m in _OR_DEFINITION_RE.finditer(text):
        acronym = m.group(1)
        long_form = _spelled_out_before(acronym, text, m.start()) if acronym.isupper() else None
        if long_form is not None:
            yield Definition(si, m.start(1), m.end(1), acronym, long_form, True)


def _expanded_after(si: int, text: str, tokens: Iterable[Token]) -> Iterator[Definition]:
    """ "WTO (World Trade Organization)": the acronym first, its expansion after."""
    for token in tokens:
        after = text[token.end : token.end + 2]
        if not token.text.isupper() or len(token.text) < 2 or after != " (":
            continue
        close = text.find(")", token.end)
        inner = text[token.end + 2 : close] if close > 0 else ""
        words = inner.split()
        if (
            _is_candidate(token.text)
            and 2 <= len(words) <= len(token.text) + 3
            and all(w[:1].isupper() or w.lower() in _LINKING_WORDS for w in words)
        ):
            matches = long_form_matches(token.text, inner)
            yield Definition(si, token.start, token.end, token.text, inner, matches)


def _named(text: str, start: int, end: int) -> bool:
    """Whether capitals are a company's or a body's name: after a legal form ("OJSC MAZ"),
    before an instrument code ("ABB (ABBN.S)"), or slashed to a well-known acronym
    ("RFE/RL")."""
    if _LEGAL_FORM_BEFORE_RE.search(text, max(0, start - 8), start) or _RIC_NEXT_RE.match(
        text, end
    ):
        return True
    before = _SLASHED_BEFORE_RE.search(text, max(0, start - 7), start)
    after = _SLASHED_AFTER_RE.match(text, end)
    return any(m is not None and m.group(1) in known_acronyms() for m in (before, after))


def analyse(document: Document) -> AcronymAnalysis:
    analysis = AcronymAnalysis()
    # Every acronym, used or defined, has two capitals in a row.
    for si in document.segments_matching(_TWO_CAPITALS_RE):
        text = document.segments[si].text
        if sum(map(str.isupper, text)) > sum(map(str.islower, text)):
            continue  # a heading or shouted line: capitals there are not acronyms
        tokens = document.capitalized_tokens[si]
        for token in tokens:
            if _is_candidate(token.text) and not _as_code(text, token.start, token.end):
                acronym = _singular(token.text)
                if _named(text, token.start, token.end):
                    analysis.companies.add(acronym)
                else:
                    analysis.uses.append(AcronymUse(si, token.start, token.end, acronym))
        analysis.definitions += _parenthesized(si, text)
        analysis.definitions += _acronym_groups(si, text)
        analysis.definitions += _introduced_by_or(si, text)
        analysis.definitions += _expanded_after(si, text, tokens)
    return analysis


def acronym_analysis(document: Document) -> AcronymAnalysis:
    return document.shared("acronyms", analyse)


@dataclass
class AcronymSummary:
    """Acronyms defined anywhere, and where each unknown acronym is first used."""

    defined: set[str] = field(default_factory=set)
    first_use: dict[str, tuple[str, int, int]] = field(default_factory=dict)


class UndefinedAcronym(DocumentRule):
    """An acronym never expanded and not a well-known English one ("VGS").

    ## What it does
    Flags the first use of an all-capital acronym (2–6 letters), or of a Russian one
    transliterated with its digraphs ("ZhKKh" for ЖКХ, "MChS" for МЧС), that the document never
    expands, in either order ("Supreme State Council (SSC)" or "SSC (Supreme State Council)"),
    and that is not in tqcheck's list of well-known English acronyms (NATO, EU, CSTO, FSB …).
    An expansion in lower case counts when its words' initials spell the acronym, letters
    from the parts of a closed compound included: "video assistant referee (VAR)",
    "radiofrequency (RF)", "radiofrequency, or RF,". Letters are compared without their
    diacritics ("Office of the Special Prosecutor (ÚŠP)" is an expansion too). A year or
    number may stand between the expansion and the parenthesis ("Human Rights Act 1998 (HRA)").
    Words in lower case before the parenthesis, from one that begins with the acronym's
    first letter, count too, since a technical acronym may take its letters from elsewhere
    ("lithium iron phosphate (LFP)", after LiFePO4), and so does a single capitalized word
    whose letters fit the acronym, a company's closed compound ("Tengizchevroil (TCO)").
    Several acronyms in one parenthesis
    after the name they abbreviate together are each defined ("Siberian Branch of the Russian
    Academy of Sciences (SB RAS)"). Not acronyms: a ticker and its stock exchange
    ("(LSE: STPL; AIX: STPL)"), and a standard code where it stands as one — a country
    code after a name ("Yuldashev (UZB)"), a currency code beside an amount ("UZS 120,000"),
    a state in an address ("Santa Clara, CA, USA"); and capitals after a company's legal
    form, which are its name, there and elsewhere in the run ("OJSC MAZ", "LLC KAMAZ").

    ## Why it matters
    MT transliterates source-language acronyms (Russian ВГС → "VGS") that mean nothing to an
    English reader. Spell the name out, or use the English acronym after defining it.

    ## Example
    FAIL: `I have already raised this issue at the VGS.`
    PASS: `The International Atomic Energy Agency (IAEA) said … the IAEA.` / `NATO and the EU.`

    ## Options
    - `allowed` (list of strings, default empty): acronyms that need no expansion in this
      project (the `allowed` setting of the configuration works too).
    """

    code = "TQ401"
    name = "undefined-acronym"
    severity = Severity.INFO
    options = {"allowed": []}

    def collect(self, document: Document) -> AcronymSummary:
        analysis = acronym_analysis(document)
        # A group ("SB RAS") defines each of its parts.
        summary = AcronymSummary(
            defined={part for d in analysis.definitions for part in d.acronym.split()}
            | analysis.companies
        )
        for use in analysis.uses:
            if use.acronym not in summary.first_use:
                seg = document.segments[use.segment]
                line, col = document.locate(seg, use.start)
                summary.first_use[use.acronym] = (document.path, line, col)
        return summary

    def merge(self, summaries: list[Any]) -> AcronymSummary:
        merged = AcronymSummary()
        for summary in summaries:
            merged.defined |= summary.defined
            for acronym, where in summary.first_use.items():
                merged.first_use.setdefault(acronym, where)
        return merged

    def check_document(self, document: Document, summary: Any) -> Iterator[Finding]:
        allowed = set(self.opts["allowed"])
        reported: set[str] = set()
        for use in acronym_analysis(document).uses:
            acronym = use.acronym
            if acronym in summary.defined or acronym in allowed or acronym in reported:
                continue
            here = (document.path, *document.locate(document.segments[use.segment], use.start))
            if summary.first_use[acronym] != here:
                continue  # reported where it is first used in the run
            reported.add(acronym)
            yield Finding(
                use.segment,
                use.start,
                use.end,
                f'"{acronym}" is never expanded and is not a well-known English acronym; '
                "spell it out at first use (it may be a source-language abbreviation)",
            )


class AcronymMismatch(DocumentRule):
    """An acronym whose letters do not fit the expansion beside it ("Union State (SG)").

    ## What it does
    Flags a definition "Long Name (ACR)" or "ACR (Long Name)" where the acronym's letters
    cannot be found, in order, in the name beside it (the Schwartz–Hearst test: each letter
    in order, the first at the start of a word; letters compared without diacritics). A
    letter from inside a word fits a closed compound ("Microsoft Research Asia (MSRA)") or
    a name whose capitals spell the acronym ("KazMunayGas (KMG)"), but not a name whose
    capitalized words begin before the letters' words: "Judo Federation of Russia (FDR)"
    keeps the source's word order (Федерация дзюдо России), where the English initials
    would be JFR.
    Well-known acronyms whose English form differs from their expansion (FSB, for Federal
    Security Service) are left alone.

    English journalism keeps the original acronym of many foreign parties and bodies
    ("Christian Democratic Movement (KDH)"), so how sure the rule is depends on what it
    knows of the source:
    - a warning where the acronym cannot be the original's own: tqcheck's term data lists
      it as a source-language acronym (SG for Russian СГ), the source language
      (`source-lang`) is written in another script (Russian, Greek, Chinese …), or the
      aligned source segment does not contain it;
    - nothing where it is the original's own acronym, kept as English does: the aligned
      source segment contains it, or it has letters English lacks ("ÚŠP");
    - info otherwise (no source to tell by).

    ## Why it matters
    MT keeps the source-language acronym (Russian СГ, Союзное государство → "SG") next to the
    English name ("Union State"), so the acronym spells nothing the reader can see.

    ## Example
    FAIL: `the military doctrine of the Union State (SG)`
    PASS: `the International Atomic Energy Agency (IAEA)` / `the WTO (World Trade Organization)`

    ## Options
    None.
    """

    code = "TQ402"
    name = "acronym-mismatch"
    severity = Severity.WARNING

    def collect(self, document: Document) -> None:
        return None

    def merge(self, summaries: list[Any]) -> None:
        return None

    def check_document(self, document: Document, summary: Any) -> Iterator[Finding]:
        for d in acronym_analysis(document).definitions:
            if d.matches or not any(_is_candidate(part) for part in d.acronym.split()):
                continue
            source = document.segments[d.segment].source
            if unaccented(d.acronym) != d.acronym or (source and _has_word(source, d.acronym)):
                continue  # the original's own acronym, kept as English keeps it
            if source or self._surely_foreign(d.acronym):
                yield Finding(
                    d.segment,
                    d.start,
                    d.end,
                    f'"{d.acronym}" does not match "{d.long_form}": its letters are not the '
                    "initials of the name (a source-language acronym?); use the English "
                    "acronym or none",
                )
            else:
                yield Finding(
                    d.segment,
                    d.start,
                    d.end,
                    f'"{d.acronym}" does not match "{d.long_form}": it may be the original '
                    "name's acronym, which English keeps for some foreign parties and bodies; "
                    "if the source is not in the Latin alphabet, use the English acronym or none",
                    severity=Severity.INFO,
                )

    def _surely_foreign(self, acronym: str) -> bool:
        """Whether a Latin acronym cannot be the source's own: the source language is written
        in another script, or the term data list the acronym as a source-language one."""
        lang = self.context.source_lang
        if lang is not None and lang.split("-")[0].lower() in _NON_LATIN_LANGUAGES:
            return True
        families = term_families(lang)
        return any(
            families[f].is_variant(g)
            for _, _, values in family_matcher(lang).finditer(acronym)
            for f, g in values
        )


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


class AcronymConflict(DocumentRule):
    """One name given two acronyms, or one acronym two names.

    ## What it does
    Flags a definition that gives an expansion a second acronym ("Union State (US)" after
    "Union State (UST)") or an acronym a second expansion, in the document or, with
    grouping, in the run.

    ## Why it matters
    The reader cannot tell whether two acronyms mean the same body; MT produces this when
    segments are translated independently.

    ## Example
    FAIL: `the Supreme State Council (SSC) … the Supreme State Council (SCC)`
    PASS: `the Supreme State Council (SSC) … the SSC`

    ## Options
    None.
    """

    code = "TQ403"
    name = "acronym-conflict"
    severity = Severity.WARNING

    def collect(self, document: Document) -> dict[str, tuple[str, str, int, int]]:
        first: dict[str, tuple[str, str, int, int]] = {}
        for d in acronym_analysis(document).definitions:
            seg = document.segments[d.segment]
            line, col = document.locate(seg, d.start)
            first.setdefault(f"A:{d.acronym}", (d.long_form, document.path, line, col))
            first.setdefault(f"L:{_norm(d.long_form)}", (d.acronym, document.path, line, col))
        return first

    def merge(self, summaries: list[Any]) -> dict[str, tuple[str, str, int, int]]:
        merged: dict[str, tuple[str, str, int, int]] = {}
        for summary in summaries:
            for key, value in summary.items():
                merged.setdefault(key, value)
        return merged

    def check_document(self, document: Document, summary: Any) -> Iterator[Finding]:
        for d in acronym_analysis(document).definitions:
            other_form, path, line, col = summary[f"A:{d.acronym}"]
            other_acr, apath, aline, acol = summary[f"L:{_norm(d.long_form)}"]
            if _norm(other_form) != _norm(d.long_form):
                where = f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"
                yield Finding(
                    d.segment,
                    d.start,
                    d.end,
                    f'"{d.acronym}" was defined as "{other_form}" at {where}, '
                    f'here as "{d.long_form}"',
                )
            elif other_acr != d.acronym:
                where = f"{aline}:{acol}" if apath == document.path else f"{apath}:{aline}:{acol}"
                yield Finding(
                    d.segment,
                    d.start,
                    d.end,
                    f'"{d.long_form}" was abbreviated "{other_acr}" at {where}, '
                    f'here "{d.acronym}"; use one acronym',
                    suggestion=other_acr,
                )


def _norm(long_form: str) -> str:
    return " ".join(w for w in long_form.lower().split() if w not in _LINKING_WORDS)
