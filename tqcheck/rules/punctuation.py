"""Punctuation (TQ6xx): quotes, brackets, dashes and spacing that MT gets wrong in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tqcheck.document import Document, Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import MONTH_ABBREVIATIONS
from tqcheck.rules.base import DocumentRule, Finding, SegmentRule

# --- Quotation marks ------------------------------------------------------------------------

# A straight double quote opens after these (or at the start) and closes before these (or at
# the end); anything else around it (a"b, a " b) is not a quotation mark we can pair.
_STRAIGHT_OPEN_AFTER = frozenset(" \t\n\u00a0([{—–-/")
_STRAIGHT_CLOSE_BEFORE = frozenset(" \t\n\u00a0.,;:!?)]}—–-…'’")
_CURLY_RE = re.compile("[“”]")
_CODE_SPAN_RE = re.compile(r"(`+)[^`\n]*\1")
# A word that is code, a path or an option: "--bytes=-N", "child_process", "a/b", "::1".
_CODE_TOKEN_RE = re.compile(r"[=_/\\<>{}$|@#*~^`]|::|^--?\w")
# Quoted text that is code rather than words: "print()", "s[i:i]", “"def"”, "config.yaml".
_CODE_QUOTED_RE = re.compile(r"[=_/\\<>{}$|@#*~^`()\[\]\"]|::|(?<![\w-])--?[A-Za-z]|\w\.\w")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `code` and ``code`` in the text: commands and names, not prose."""
    if "`" not in text:
        return []
    return [(m.start(), m.end()) for m in _CODE_SPAN_RE.finditer(text)]


def in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def _prose(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted spans that quote words, not a few tokens of code ("print()", "s[i] = x")."""
    return [
        (s, e)
        for s, e in pairs
        if not (_CODE_QUOTED_RE.search(text, s + 1, e - 1) and text.count(" ", s, e) < 4)
    ]


def _straight_pairs(text: str) -> list[tuple[int, int]]:
    """Spans (opening quote to after the closing quote) of straight double-quoted words.

    A quote right after a digit is an inch or second mark (5", 40°26'46"), and quotes inside
    `code` are code, so neither counts.
    """
    if '"' not in text:
        return []
    code = code_spans(text)
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    i = text.find('"')
    while i != -1:
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if not prev.isdigit() and not in_spans(i, code):
            opener = (not prev or prev in _STRAIGHT_OPEN_AFTER) and bool(nxt) and not nxt.isspace()
            closer = (
                bool(prev)
                and not prev.isspace()
                and prev not in "([{"
                and (not nxt or nxt in _STRAIGHT_CLOSE_BEFORE)
            )
            if open_at is not None and closer:
                if i > open_at + 1:
                    pairs.append((open_at, i + 1))
                open_at = None
            elif opener:
                open_at = i
        i = text.find('"', i + 1)
    return pairs


def _curly_pairs(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Spans of “curly”-quoted words, and where a quotation left open at the end starts.

    An opening “ must be followed by text: in German „so“ the “ closes, and is not paired.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _CURLY_RE.finditer(text):
        i = m.start()
        if m.group() == "“":
            if i + 1 < len(text) and not text[i + 1].isspace():
                open_at = i
        elif open_at is not None:
            pairs.append((open_at, i + 1))
            open_at = None
    return pairs, open_at


def _inside(start: int, end: int, spans: list[tuple[int, int]], open_at: int | None) -> bool:
    if open_at is not None and open_at < start:
        return True
    return any(s < start and end <= e for s, e in spans)


@dataclass
class _QuoteStyles:
    """How often a document (or run) pairs double quotes each way, and where each first does."""

    curly: int = 0
    straight: int = 0
    first_curly: tuple[str, int, int] | None = None
    first_straight: tuple[str, int, int] | None = None


class MixedQuotes(DocumentRule):
    """Straight "quotes" in a document that uses curly “quotes”, or the reverse.

    ## What it does
    Counts the double-quoted passages of each style in the document (each file on its own,
    even with grouping: files of one delivery may keep different house styles) and flags
    every passage quoted in the minority style, with the passage re-quoted in the document's
    style as the suggestion. A passage inside a quotation of the
    other style is nesting, which English writes with single quotes: ‘West’. Quote marks after
    digits (5", 12") are inch and second marks, apostrophes are not quotes, and quotes inside
    `code` are left alone. When both styles are equally frequent nothing is flagged.

    ## Why it matters
    MT and post-editing mix text from different tools, so a curly-quoted article ends up with a
    few straight-quoted names: the mix looks careless in print.

    ## Example
    FAIL: `“The exercises "West" and "Shield" are being held,” he said. “We are ready.”`
    PASS: `“The exercises ‘West’ and ‘Shield’ are being held,” he said. “We are ready.”` /
    `The TV has a 55" screen. “It is huge,” she said.`

    ## Options
    None.
    """

    code = "TQ601"
    name = "mixed-quotes"
    severity = Severity.WARNING

    def collect(self, document: Document) -> dict[str, _QuoteStyles]:
        styles = _QuoteStyles()
        for segment in document.segments:
            text = segment.text
            if '"' not in text and "“" not in text:
                continue
            curly = _prose(text, _curly_pairs(text)[0])
            straight = _prose(text, _straight_pairs(text))
            if curly and styles.first_curly is None:
                styles.first_curly = (
                    document.path,
                    *document.locate(segment, curly[0][0]),
                )
            if straight and styles.first_straight is None:
                styles.first_straight = (
                    document.path,
                    *document.locate(segment, straight[0][0]),
                )
            styles.curly += len(curly)
            styles.straight += len(straight)
        return {document.path: styles}

    def merge(self, summaries: list[dict[str, _QuoteStyles]]) -> dict[str, _QuoteStyles]:
        merged: dict[str, _QuoteStyles] = {}
        for summary in summaries:
            for path, styles in summary.items():
                into = merged.setdefault(path, _QuoteStyles())
                into.curly += styles.curly
                into.straight += styles.straight
                into.first_curly = into.first_curly or styles.first_curly
                into.first_straight = into.first_straight or styles.first_straight
        return merged

    def check_document(
        self, document: Document, summaries: dict[str, _QuoteStyles]
    ) -> Iterator[Finding]:
        summary = summaries[document.path]
        if summary.curly == summary.straight:
            return
        curly_style = summary.curly > summary.straight
        count = summary.curly if curly_style else summary.straight
        first = summary.first_curly if curly_style else summary.first_straight
        assert first is not None
        path, line, col = first
        where = f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"
        if curly_style:
            base = f"straight quotes in a document that uses curly quotes (“ ”, {count} times, "
        else:
            base = f'curly quotes in a document that uses straight quotes (" ", {count} times, '
        base += f"first at {where})"
        for si, segment in enumerate(document.segments):
            text = segment.text
            if ('"' if curly_style else "“") not in text:
                continue
            curly, curly_open = _curly_pairs(text)
            straight = _straight_pairs(text)
            for start, end in _prose(text, straight if curly_style else curly):
                inner = text[start + 1 : end - 1]
                if (
                    _inside(start, end, curly, curly_open)
                    if curly_style
                    else _inside(start, end, straight, None)
                ):
                    message = base + "; inside a quotation English uses single quotes"
                    suggestion = f"‘{inner}’" if curly_style else f"'{inner}'"
                else:
                    message = base
                    suggestion = f"“{inner}”" if curly_style else f'"{inner}"'
                yield Finding(si, start, end, message, suggestion=suggestion)


# --- Brackets -------------------------------------------------------------------------------

_PARTNER = {")": "(", "]": "[", "}": "{"}
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_BRACKET_RE = re.compile(r"[()\[\]{}]")
_QUOTE_MARK_RE = re.compile("[“„”]")
# "1)", "a)", "iv)" enumerate ("choose a) red or b) blue") when no "(" is open.
_LIST_MARKER_RE = re.compile(r"(?<!\S)(?:\d{1,3}|[A-Za-z]|[ivx]{2,5}|[IVX]{2,5})\)")
# :) :-( ;) =] :)) : ) — not after a digit ("3:(4+5)") and not before a word ("Note:(see").
_SMILEY_RE = re.compile(r"(?<!\d)[:;=]'?-?[()\[\]]+(?![\w(\[])|[:;] \)+(?!\S)")
# Half-open intervals: [0, 1), (−∞, 0], [a, b).
_INTERVAL_RE = re.compile(
    r"[\[(]\s*[-+−]?(?:\d+(?:[.,]\d+)?|∞|[^\W\d_])\s*[,;]\s*"
    r"[-+−]?(?:\d+(?:[.,]\d+)?|∞|[^\W\d_])\s*[\])]"
)
_BRACKET_CHARS = frozenset("()[]{}")


class UnbalancedBrackets(SegmentRule):
    """A bracket without its partner, or a closing ” without an opening “.

    ## What it does
    Flags an opening ( [ { that is not closed in the same segment, a closing ) ] } with no
    opener before it, and a closing curly quote ” with no opening “ (or „) before it in the
    segment. List markers ("1)", "a)" when no bracket is open), smileys (":)", ";-(") and
    half-open intervals ("[0, 1)") are not brackets, and `code` is skipped; these exceptions
    are looked for only in a segment that does not balance as it stands, so ":)" closing a
    parenthesis still counts as one. An opening “ left open is not flagged:
    a quotation that runs over several paragraphs opens each one and closes only the last.
    Straight quotes are too ambiguous to pair and are left alone; so are guillemets, which
    TQ604 reports in English.

    ## Why it matters
    MT drops or duplicates brackets when it reorders a sentence, and the reader is left
    waiting for a parenthesis that never ends.

    ## Example
    FAIL: `The agreement (signed in 2021 remains in force.` / `He left.” Then he came back.`
    PASS: `Choose a) red or b) blue.` / `Values lie in [0, 1).` / `See you soon :)`

    ## Options
    None.
    """

    code = "TQ602"
    name = "unbalanced-brackets"
    severity = Severity.WARNING

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        if not _BRACKET_CHARS.isdisjoint(text) and self._unbalanced(text, set(), set()):
            # Most segments balance; only the others are searched for smileys and the like.
            for pos, message in self._unbalanced(text, *self._not_brackets(text)):
                yield Finding(index, pos, pos + 1, message)
        if "”" in text:
            is_open = False
            for m in _QUOTE_MARK_RE.finditer(text):
                i = m.start()
                if m.group() != "”":
                    is_open = True
                elif is_open:
                    is_open = False
                elif not (i and text[i - 1].isdigit()):
                    yield Finding(index, i, i + 1, 'closing quote "”" has no opening "“" before it')

    @staticmethod
    def _not_brackets(text: str) -> tuple[set[int], set[int]]:
        """Positions of bracket characters that are not brackets, and of list markers' ")"."""
        skip: set[int] = set()
        for start, end in [*code_spans(text), *(m.span() for m in _SMILEY_RE.finditer(text))]:
            skip.update(range(start, end))
        for m in _INTERVAL_RE.finditer(text):
            if _PARTNER[text[m.end() - 1]] != text[m.start()]:
                skip.update((m.start(), m.end() - 1))
        return skip, {m.end() - 1 for m in _LIST_MARKER_RE.finditer(text)}

    @staticmethod
    def _unbalanced(text: str, skip: set[int], markers: set[int]) -> list[tuple[int, str]]:
        """(position, message) of every bracket without its partner."""
        found: list[tuple[int, str]] = []
        stack: list[tuple[str, int]] = []
        for m in _BRACKET_RE.finditer(text):
            i, ch = m.start(), m.group()
            if i in skip:
                continue
            if ch in "([{":
                stack.append((ch, i))
                continue
            opener = _PARTNER[ch]
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == opener), None)
            if depth is None:
                if i not in markers:
                    found.append((i, f'"{ch}" has no opening "{opener}" before it'))
                continue
            found += [(pos, f'"{o}" is not closed before "{ch}"') for o, pos in stack[depth + 1 :]]
            del stack[depth:]
        found += [(pos, f'"{o}" has no closing "{_CLOSER[o]}"') for o, pos in stack]
        return found


# --- Dashes ---------------------------------------------------------------------------------

_SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|replied|replies|answered|answers|noted|notes|stressed|"
    "stresses|emphasized|emphasised|emphasizes|emphasises|explained|explains|continued|"
    "continues|told|tells|exclaimed|shouted|whispered|remarked|remarks|declared|declares|"
    "stated|states|insisted|insists|admitted|admits|recalled|recalls|concluded|concludes|"
    "warned|warns|believes|believed|wrote|writes|cried|objected|agreed|confirmed|confirms|"
    "announced|assured|promised|clarified|commented|comments|pointed out|points out|"
    "summed up|joked|sighed|muttered|retorted|suggested|suggests"
)
_DASH = r"[ \u00a0]+[-–—][ \u00a0]+"
# A word of an attribution clause: no bare dash, no sentence or clause punctuation, no quotes.
_CLAUSE_WORD = r"(?![-–—][ \u00a0])[^\s.!?…,;:“”\"«»]+"
_LEADS = "he|she|they|we|I|you|it|the|a|an|his|her|their|our|my|your|its|this|one|another"
# "…Russia?! - said the leader." / "Hello, - he said." / "“Stop!” - she shouted.": a dash
# after the quotation's last mark, then a clause with a speech verb in its first words.
_ATTRIBUTION_RE = re.compile(
    rf"(?P<punct>[,.!?…]+[”\"»]?)(?P<dash>{_DASH})"
    rf"(?=(?P<lead>(?:{_SPEECH_VERBS}|{_LEADS})\b)|[A-Z])"
    rf"(?=(?:{_CLAUSE_WORD}[ \u00a0]+){{0,8}}(?:{_SPEECH_VERBS})\b)"
)
# After the attribution: "…said the leader. - Therefore…" / "…he said, - come in."
_RESUMPTION_RE = re.compile(
    rf"(?:{_CLAUSE_WORD}[ \u00a0]+){{0,8}}?(?:{_SPEECH_VERBS})\b"
    rf"(?:[ \u00a0]+{_CLAUSE_WORD}){{0,8}}?[.,:](?P<dash>{_DASH})(?=\S)"
)
# An English attribution after a closed quotation, then the Russian dash resuming it:
# "“We were young then,” the veteran said. - I am glad …”" (its closing mark has no opener).
_CLOSED_RESUMPTION_RE = re.compile(
    rf"(?P<mark>[”\"])[ \u00a0]+(?:{_CLAUSE_WORD}[ \u00a0]+){{0,8}}?(?:{_SPEECH_VERBS})\b"
    rf"(?:[ \u00a0]+{_CLAUSE_WORD}){{0,8}}?[.,:](?P<dash>{_DASH})(?=[A-Z])"
)
# A line that opens with a dash, as Russian and French dialogue do: "— Where to? — he asked."
_DIALOGUE_START_RE = re.compile(r"^[ \t]*(?P<dash>[-–—][ \u00a0]+)(?=\S)", re.MULTILINE)
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, slots=True)
class _DialogueDash:
    start: int
    end: int
    kind: str  # "start", "attribution" or "resumption"
    suggestion: str | None


def _open_quote(text: str, pos: int) -> str | None:
    """The quotation mark of a quotation still open at ``pos`` in the segment, if any."""
    before = text[:pos]
    if before.count("“") > before.count("”"):
        return "“"
    if before.count('"') % 2:
        return '"'
    return None


def _dialogue_dashes(text: str) -> list[_DialogueDash]:
    """Dashes that write dialogue the Russian way, with the replacement English needs."""
    if "- " not in text and "– " not in text and "— " not in text:
        return []
    found: list[_DialogueDash] = []
    starts = {text.rfind("\n", 0, m.start()) + 1: m for m in _DIALOGUE_START_RE.finditer(text)}
    for m in _ATTRIBUTION_RE.finditer(text):
        punct = m.group("punct")
        quote = _open_quote(text, m.end("punct"))
        dialogue_line = starts.pop(text.rfind("\n", 0, m.start()) + 1, None)
        if dialogue_line is not None:
            found.append(
                _DialogueDash(dialogue_line.start("dash"), dialogue_line.end("dash"), "start", "“")
            )
            quote = quote or "“"
        elif quote is None and (
            (m["lead"] is None and punct[-1] not in ',”"»')
            or (punct[-1] in '”"»' and "-" not in m["dash"])
        ):
            # "Fine?! - Nobody said so.": a capital needs a quotation around it;
            # “Yes!” — she shouted it twice: a dash after a closed quotation is English.
            continue
        start, end = m.start("dash"), m.end("dash")
        closing = {"“": "”", '"': '"'}.get(quote or "")
        suggestion: str | None = None
        if closing is None:
            if punct[-1] in '”"»':
                suggestion = " "
        elif punct == ".":
            start, suggestion = m.start("punct"), f",{closing} "
        else:
            suggestion = f"{closing} "
        found.append(_DialogueDash(start, end, "attribution", suggestion))
        resume = _RESUMPTION_RE.match(text, m.end())
        if resume:
            found.append(
                _DialogueDash(
                    resume.start("dash"),
                    resume.end("dash"),
                    "resumption",
                    f" {quote}" if closing else None,
                )
            )
    seen = {dash.start for dash in found}
    for m in _CLOSED_RESUMPTION_RE.finditer(text):
        rest = _rest_of_line(text, m.end())
        opener = "“" if m["mark"] == "”" else '"'
        unopened = rest.count("”") > rest.count("“") if opener == "“" else rest.count('"') % 2
        if unopened and m.start("dash") not in seen:
            found.append(_DialogueDash(m.start("dash"), m.end("dash"), "resumption", f" {opener}"))
    found += [
        _DialogueDash(m.start("dash"), m.end("dash"), "start", "“")
        for m in starts.values()
        if _spoken_line(text, m.end()) and (m["dash"][0] != "-" or _asks(text, m.end()))
    ]
    return sorted(found, key=lambda dash: dash.start)


def _rest_of_line(text: str, start: int) -> str:
    """The text from ``start`` to the end of its line."""
    end = text.find("\n", start)
    return text[start:] if end == -1 else text[start:end]


def _asks(text: str, start: int) -> bool:
    """Whether the line from ``start`` asks a question: a hyphen before a question opens an
    interviewer's line, where before a statement it may be a list's bullet."""
    return "?" in _rest_of_line(text, start)


def _spoken_line(text: str, start: int) -> bool:
    """Whether the line from ``start`` reads as a spoken sentence: a capital first, a sentence
    end last and mostly lower-case words, not a name or a citation ("— Mark Twain")."""
    line = _rest_of_line(text, start)
    words = _LINE_WORD_RE.findall(line)
    if not words or not words[0][0].isupper() or not _SENTENCE_END_RE.search(line):
        return False
    lower = sum(word[0].islower() for word in words)
    return lower > len(words) - lower


# Words on both sides of a spaced hyphen that make it a range: "Monday - Friday".
_RANGE_WORDS = (
    frozenset(
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "am",
            "pm",
            "a.m.",
            "p.m.",
        ]
    )
    | MONTH_ABBREVIATIONS
)
# One space each side: more is column alignment ("ChangeLog    - the log of changes").
_SPACED_HYPHEN_RE = re.compile(r"(?<=[\w.,;:!?)\"”’'%]) - (?=[^\W_]|[(\"“‘'])")
# A list bullet or number opening a line: "- ", "* ", "1. ", "a) ".
_BULLET_RE = re.compile(r"(?:[-*+•·]|\d{1,3}[.)]|[A-Za-z][.)])$")
_LOWER_WORD_RE = re.compile(r"(?<![\w’'-])[a-z]")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_FILE_NAME_RE = re.compile(r"(?:[\w()]+ ){0,3}[\w()-]*\w\.[A-Za-z][A-Za-z0-9]{1,4}(?![\w.])")
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "we",
        "they",
        "i",
        "you",
        "there",
        "our",
        "my",
        "his",
        "her",
        "their",
        "its",
    ]
)
_TOKEN_PUNCT = ".,;:!?()[]\"“”‘’'"
_NUMBER_START_RE = re.compile(r"[$€£¥₽+−]?\d")
# A percentage ("27.3%", "12 %") or a score ("2-2").
_QUANTITY_RE = re.compile(r"(?:\d[\d.,]*)?%|\d+-\d+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


class SpacedHyphenDash(SegmentRule):
    """A hyphen with spaces around it standing in for a dash ("the talks - held in Minsk -").

    ## What it does
    Flags " - " between words in running text and suggests an em dash, also beside a
    percentage or a score ("the score is equal - 2-2", "grew by 12% - in May"), between a
    name and a number or a year and a word (the Russian dash for an omitted verb:
    "Kashagan - 9.6 million tons", "in 2025 - by 9%"), and after a dateline's agency
    ("MINSK, 12.03.2025 (BelTA) - Exports grew"). Quiet on
    minus signs and ranges between numbers ("5 - 3", "1990 - 2000", "10 km - 15 km",
    "9 am - 5 pm"), bare numbers as operands or keys ("count - 1", "0 - none"),
    single-letter maths ("a - b"), day and month ranges ("Monday - Friday"), plus-or-minus
    ("+ or -"), file names ("Report - Final.docx"), options, paths and other code
    ("--bytes=-N - ", `cat - > out`), list bullets at the start of a line, labels of up to
    three words ("Power button - turns the hub on", but not "Revenue grew - by 12% - in May",
    where a second dash closes an aside), title-like lines that are not sentences ("Home -
    Example Corp") and runs of several spaces (column alignment). Dashes that write dialogue
    the Russian way are TQ604's.

    ## Why it matters
    A hyphen joins words; a dash separates clauses. MT and hasty typing put a spaced hyphen
    where English typesetting wants an em dash (or a spaced en dash in British style). Plain
    ASCII text written by people uses it too, so it is a style point (info), not an error.

    ## Example
    FAIL: `The summit has begun - Shoigu has arrived in Minsk.`
    PASS: `Open Monday - Friday.` / `The score was 5 - 3.` / `- first item` /
    `Use the --force option.`

    ## Options
    None.
    """

    code = "TQ603"
    name = "spaced-hyphen-dash"
    severity = Severity.INFO
    trigger = re.compile(" - ")

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        dialogue = [(d.start, d.end) for d in _dialogue_dashes(text)]
        code = code_spans(text)
        for m in _SPACED_HYPHEN_RE.finditer(text):
            hyphen = m.start() + 1
            if in_spans(hyphen, dialogue) or in_spans(hyphen, code):
                continue
            if self._legitimate(text, m.start(), m.end()):
                continue
            yield Finding(
                index,
                hyphen,
                hyphen + 1,
                'spaced hyphen used as a dash: write an em dash "—"',
                suggestion="—",
            )

    @staticmethod
    def _legitimate(text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        left_words = text[line_start:start].split()
        if _BULLET_RE.match(left_words[0]):
            del left_words[0]
        # A label before the dash: "Power button - turns the hub on", "IDLE - Update …";
        # not the start of a sentence: "The new rules - announced on Monday - …", nor two or
        # three words before the first of a pair of dashes around an aside: "Revenue grew -
        # by 12% - in May" (one word is still a label or an operand: "set - other - …").
        # Nor a dateline, which ends with the agency in parentheses: "MINSK, 12.03.2025
        # (BelTA) - Exports grew".
        dateline = bool(left_words) and left_words[-1][:1] == "(" and left_words[-1][-1:] == ")"
        if (
            len(left_words) <= 3
            and (not left_words or left_words[0].lower() not in _SENTENCE_OPENERS)
            and (len(left_words) < 2 or " - " not in text[end:line_end])
            and not dateline
        ):
            return True
        right_words = text[end:line_end].split()
        left, right = left_words[-1], right_words[0]
        if _CODE_TOKEN_RE.search(left) or _CODE_TOKEN_RE.search(right):
            return True
        left_word, right_word = left.strip(_TOKEN_PUNCT).lower(), right.strip(_TOKEN_PUNCT).lower()
        if len(left_word) == 1 and len(right_word) == 1:
            return True
        if _numeric_hyphen(left_words[-2:], right, left_word, right_word):
            return True
        if "+" in text[max(line_start, start - 6) : start]:
            return True
        if _FILE_NAME_RE.match(text, end):
            return True
        if _SENTENCE_END_RE.search(text, line_start, line_end):
            return False
        return not (
            _LOWER_WORD_RE.search(text, line_start, start)
            and _LOWER_WORD_RE.search(text, end, line_end)
        )


def _numeric_hyphen(last_words: list[str], right: str, left_word: str, right_word: str) -> bool:
    """Whether the numbers around a spaced hyphen make it a range, a minus or a key.

    A range or a subtraction has a number, perhaps with its unit, or a day, month or time of
    day on both sides ("10 - 15", "10 km - 15 km", "Monday - Friday", "9 am - 5 pm"). A bare
    number beside a word is an operand or a key ("count - 1", "0 - none"); a percentage or a
    score beside a word is a quantity, and the hyphen a dash ("equal - 2-2", "12% - in")."""
    left = last_words[-1]
    left_number = left_word in _RANGE_WORDS or any(ch.isdigit() for ch in "".join(last_words))
    if left_number and (_NUMBER_START_RE.match(right) or right_word in _RANGE_WORDS):
        return True
    if _QUANTITY_RE.fullmatch(left_word) or _QUANTITY_RE.fullmatch(right_word):
        return False
    # A name before a number, or a year before a word, is the Russian dash for an omitted
    # verb: "Kashagan - 9.6 million tons", "in 2025 - by 9%".
    name = left.strip(_TOKEN_PUNCT)
    if name[:1].isupper() and name.isalpha() and left_word not in _RANGE_WORDS:
        return False
    if _YEAR_RE.fullmatch(left_word) and right_word.isalpha():
        return False
    return left[-1].isdigit() or left[-1] in "%°" or bool(_NUMBER_START_RE.match(right))


# --- Source-language conventions --------------------------------------------------------------

_SPACING = " \u00a0\u202f"
_GUILLEMET_PAIR_RE = re.compile(r"«([^«»\n]*)»|»([^«»\n]*)«")
_LOW_QUOTE_PAIR_RE = re.compile(r"„([^„“”\n]*)[“”]")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_FULL_WIDTH = {
    "，": ",",
    "、": ",",
    "。": ".",
    "；": ";",
    "：": ":",
    "！": "!",
    "？": "?",
    "（": "(",
    "）": ")",
    "「": "“",
    "」": "”",
    "『": "‘",
    "』": "’",
}
_FULL_WIDTH_RE = re.compile("[" + "".join(_FULL_WIDTH) + "]")
# The numero sign: English writes "No." (for two signs, "Nos.").
_NUMERO_RE = re.compile("№№?")
_DIALOGUE_MESSAGES = {
    "start": "Russian-style dialogue dash at the start of a line: English puts the words "
    "spoken in quotation marks",
    "attribution": "Russian-style attribution dash after a quotation: English closes the "
    "quotation and writes “…,” he said",
    "resumption": "Russian-style dash resuming a quotation after its attribution: English "
    "reopens the quotation with a quotation mark",
}


class SourcePunctuation(SegmentRule):
    """Punctuation of the source language left in English: «…», „…“, dialogue dashes, №.

    ## What it does
    Flags guillemets «…» and »…« (French, Russian, German), low opening quotes „…“ (German,
    Russian, Polish), dialogue written with dashes the Russian way ("…Russia?! - said the
    leader. - Therefore…", a line of speech opening with "— "), and full-width Chinese and
    Japanese punctuation (，。：「」) next to English words, and the numero sign ("school
    № 12", English "No. 12"). The suggestion is the English form:
    “…”, a closing quote before the attribution and an opening one after it. A quotation
    closed the English way before its attribution and then resumed with a dash ("“…,” the
    veteran said. - I am glad …”") is reported too when the rest of the line closes a
    quotation it never opened: without such a mark the dash may go on in the narrator's
    voice, which TQ603 looks at. A line opening
    with a dash counts as speech when it has an attribution, or when it is a sentence of
    mostly lower-case words ("— We did not play our game."): a name or citation under an
    epigraph ("— Mark Twain") is English. A hyphen opens a line of speech only before a
    question ("- What about coal?"): before a statement it may be a list's bullet. Lone
    guillemets used as arrows ("Home » Products", "Read more »") and marks next to Chinese
    or Japanese text are left alone.

    ## Why it matters
    These are the commonest traces of the source language in MT output: the words are
    English but the punctuation still follows Russian, German or Chinese rules, and an
    English reader sees the dialogue run together.

    ## Example
    FAIL: `“They impose sanctions against us?! - said the leader. - Therefore we must act.”`
    / `The exercise «Zapad» began.` / `Lyceum № 2`
    PASS: `“They impose sanctions against us!” said the leader. “Therefore we must act.”` /
    `Home » Products » Shoes`

    ## Options
    None.
    """

    code = "TQ604"
    name = "source-punctuation"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        if "«" in text or "»" in text:
            yield from self._guillemets(text, index)
        if "„" in text:
            yield from self._low_quotes(text, index)
        for dash in _dialogue_dashes(text):
            yield Finding(
                index,
                dash.start,
                dash.end,
                _DIALOGUE_MESSAGES[dash.kind],
                suggestion=dash.suggestion,
            )
        if _FULL_WIDTH_RE.search(text):
            yield from self._full_width(text, index)
        if "№" in text:
            for m in _NUMERO_RE.finditer(text):
                english = "Nos." if len(m.group()) == 2 else "No."
                spaced = text[m.end() : m.end() + 1].isspace()
                yield Finding(
                    index,
                    m.start(),
                    m.end(),
                    f'the numero sign "{m.group()}" is not used in English: write "{english}"',
                    suggestion=english if spaced else english + " ",
                )

    @staticmethod
    def _guillemets(text: str, index: int) -> Iterator[Finding]:
        paired: set[int] = set()
        for m in _GUILLEMET_PAIR_RE.finditer(text):
            paired.update((m.start(), m.end() - 1))
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            words = inner.strip(_SPACING)
            # Ordinary spaces inside are a separator ("« Back | Next »"); no-break ones French.
            if not words or inner[0] == inner[-1] == " ":
                continue
            yield Finding(
                index,
                m.start(),
                m.end(),
                f"{m.group()} is quoted with guillemets, which English does not use: "
                f"write “{words}”",
                suggestion=f"“{words}”",
            )
        for m in re.finditer("[«»]", text):
            i = m.start()
            if i in paired:
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            # Attached to a word on one side only: a quotation mark, not an arrow.
            if before.isspace() == after.isspace():
                continue
            opening = not after.isspace()
            yield Finding(
                index,
                i,
                i + 1,
                f'guillemet "{m.group()}" is not an English quotation mark: write '
                + ("“" if opening else "”"),
                suggestion="“" if opening else "”",
            )

    @staticmethod
    def _low_quotes(text: str, index: int) -> Iterator[Finding]:
        paired: set[int] = set()
        for m in _LOW_QUOTE_PAIR_RE.finditer(text):
            paired.add(m.start())
            if not m.group(1).strip():
                continue
            yield Finding(
                index,
                m.start(),
                m.end(),
                f"{m.group()} opens with a German/Russian low quote: write “{m.group(1)}”",
                suggestion=f"“{m.group(1)}”",
            )
        for m in re.finditer("„(?=[^\\W_])", text):
            if m.start() not in paired:
                yield Finding(
                    index,
                    m.start(),
                    m.end(),
                    'low opening quote "„" is German/Russian: English writes “',
                    suggestion="“",
                )

    @staticmethod
    def _full_width(text: str, index: int) -> Iterator[Finding]:
        for m in _FULL_WIDTH_RE.finditer(text):
            i = m.start()
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if _CJK_RE.match(before) or _CJK_RE.match(after):
                continue
            english = _FULL_WIDTH[m.group()]
            if english in ",.;:!?" and after and not after.isspace():
                english += " "
            yield Finding(
                index,
                i,
                i + 1,
                f'full-width "{m.group()}" is Chinese/Japanese punctuation: English writes '
                f'"{english.strip()}"',
                suggestion=english,
            )


# --- Spacing --------------------------------------------------------------------------------

_DOUBLE_SPACE_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
_SENTENCE_MARKS = frozenset(".!?…:")
_WORD_END = frozenset(",;\"”’')]")
_WORD_START = frozenset("\"“‘'([")


class DoubledSpace(SegmentRule):
    """Two or more spaces between words ("the  talks").

    ## What it does
    Flags a run of two or three spaces between two words inside a line. Two spaces after a
    sentence end (. ! ? … or :), the old typewriter convention, are an accepted style and
    are left alone; so are leading indentation, trailing spaces, runs of four or more spaces
    (column alignment) and lines with three or more runs (tables). Space before punctuation
    is TQ606's.

    ## Why it matters
    Doubled spaces come from MT pipelines that join segments or drop a word; they are
    invisible in most editors but show in print and break searches.

    ## Example
    FAIL: `The talks  were held in Minsk.`
    PASS: `The talks ended.  Both sides agreed.` / `Name    Value` (alignment)

    ## Options
    None.
    """

    code = "TQ605"
    name = "doubled-space"
    severity = Severity.INFO
    trigger = re.compile("  ")

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        code = code_spans(text)
        line_start = 0
        for line in text.split("\n"):
            runs = list(_DOUBLE_SPACE_RE.finditer(line))
            if len(runs) < 3:
                for m in runs:
                    if self._intended(line, m.start(), m.end()):
                        continue
                    if in_spans(line_start + m.start(), code):
                        continue
                    n = m.end() - m.start()
                    yield Finding(
                        index,
                        line_start + m.start(),
                        line_start + m.end(),
                        f"{n} spaces between words: use one",
                        suggestion=" ",
                    )
            line_start += len(line) + 1

    @staticmethod
    def _intended(line: str, start: int, end: int) -> bool:
        """Spacing someone meant: alignment, after a sentence, around symbols or numbers."""
        if end - start >= 4 or line[:start].rstrip("\"”’')]")[-1:] in _SENTENCE_MARKS:
            return True
        before, after = line[start - 1], line[end]
        # "<a@b.org>  Thu", "*  Item", "Nov  7", "MA  02110": padding, not a slip.
        return not (before.isalnum() or before in _WORD_END) or not (
            after.isalpha() or after in _WORD_START
        )


_SPACE_BEFORE_RE = re.compile(r"(?P<space>[ \u00a0\u202f]{1,3})(?P<mark>[,.;:!?)\]}”’])")
_OPENER_OF = {")": "(", "]": "[", "}": "{", "”": "“", "’": "‘"}
# What may follow the mark (besides space or the end); and what after a space makes it code.
_AFTER_MARK = frozenset("\"”’')]}»…")
_CODE_NEXT = frozenset("-<>|=*/\\&")
_SMILEY_TAIL_RE = re.compile(r"[-']? ?[()\[\]DPp](?!\w)")


class SpaceBeforePunctuation(SegmentRule):
    """A space before , . ; : ! ? or a closing bracket or quote ("word ,", "really ?").

    ## What it does
    Flags one to three spaces (ordinary or no-break) between a word and a following comma,
    full stop, semicolon, colon, question or exclamation mark, closing bracket or closing
    curly quote. Quiet on ellipses ("and then ... nothing"), technical tokens (".NET",
    ".5", "!important"), smileys (":)", ": )"), ratios ("3 : 1"), aligned colons, a full
    stop after a URL, brackets spaced on both sides ("( see above )", "[ ]"), marks that are
    being named ("a comma ( , )") and Spanish ¿…? text.

    ## Why it matters
    French puts a space before ; : ! ? and MT often carries it over; a space before a comma
    or a full stop is an MT or typing slip. English puts none.

    ## Example
    FAIL: `We agree , but not today !`
    PASS: `Wait ... what?` / `Install .NET 8.` / `The ratio was 3 : 1.`

    ## Options
    None.
    """

    code = "TQ606"
    name = "space-before-punctuation"
    severity = Severity.WARNING
    languages = frozenset({"en"})
    trigger = _SPACE_BEFORE_RE

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        spanish = "¿" in text or "¡" in text
        code = code_spans(text)
        for m in _SPACE_BEFORE_RE.finditer(text):
            mark = m.group("mark")
            if (spanish and mark in "?!") or in_spans(m.start(), code):
                continue
            if self._legitimate(text, m.start(), m.end(), len(m.group("space")), mark):
                continue
            kind = "French spacing" if mark in ";:!?" else "a typing or MT slip"
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'space before "{mark}" ({kind}): English writes no space there',
                suggestion=mark,
            )

    @staticmethod
    def _legitimate(text: str, start: int, end: int, spaces: int, mark: str) -> bool:
        prev = text[start - 1] if start else " "
        if not (prev.isalnum() or prev in ")]}\"”’'%°"):
            return True  # a mark being named: "a comma ( , )", "x = ?"
        token = text[text.rfind(" ", 0, start) + 1 : start]
        if "://" in token or token.startswith("www.") or _CODE_TOKEN_RE.search(token):
            return True  # "Visit https://example.com .", "git add -u ."
        rest = text[end:].lstrip("?!") if mark in "?!" else text[end:]
        after = rest[:1]
        following = rest.lstrip()[:1]
        if mark in _OPENER_OF:
            opener = text.rfind(_OPENER_OF[mark], 0, start)
            if opener == -1 or text[opener + 1].isspace():
                return True  # TQ602's, or spaced on both sides: "( see above )", "[ ]"
            return mark == "’" and after.isalnum()  # an apostrophe: "rock ’n’ roll"
        if (after and not after.isspace() and after not in _AFTER_MARK) or following in _CODE_NEXT:
            return True  # ".NET", "::1", " ...", "find . -type d"
        if mark in ".?!" and following.islower():
            return True  # not a sentence end: "the . in the end", "remove ? from the query"
        if mark == "." and after and after in "\"”’'":
            return True  # a path argument in quotes: run "git add ."
        if mark == ":" and (spaces > 1 or (prev.isdigit() and following.isdigit())):
            return True  # aligned colons, ratios "3 : 1"
        return mark in ":;" and bool(_SMILEY_TAIL_RE.match(text, end))
