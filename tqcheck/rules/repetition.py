"""Repetition (TQ1xx): words, phrases and sentences that machine translation writes twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from itertools import pairwise
from typing import Any

from tqcheck.document import MARKS, WORD_RE, Document, Segment, Token
from tqcheck.issue import Severity
from tqcheck.lexicon import FUNCTION_WORDS, is_english_word, pos_lemmas
from tqcheck.rows import POSITION, Rows, runs, stable_hash
from tqcheck.rules.base import DocumentRule, Finding, SegmentRule

# Words that English doubles on purpose ("had had", "that that", "bye bye", "no no").
_DOUBLING_WORDS = frozenset(
    [
        "had",
        "that",
        "bye",
        "no",
        "yes",
        "ha",
        "ho",
        "he",
        "hee",
        "bla",
        "blah",
        "la",
        "na",
        "tut",
        "chop",
        "pooh",
        "boo",
        "hush",
        "can",
        "wow",
        "aye",
        "knock",
        "tick",
        "night",
    ]
)
# Words that English repeats around a comma for emphasis ("very, very", "far, far away").
_COMMA_INTENSIFIERS = frozenset(
    [
        "very",
        "many",
        "much",
        "far",
        "long",
        "no",
        "yes",
        "oh",
        "well",
        "now",
        "there",
        "come",
        "please",
        "wait",
        "go",
        "run",
        "again",
        "why",
        "help",
        "quick",
        "hurry",
        "so",
        "really",
        "never",
        "always",
        "ever",
        "more",
        "goodbye",
        "hello",
        "hi",
        "hey",
        "thanks",
        "sorry",
        "bravo",
        "okay",
        "ok",
        "hooray",
        "hurrah",
        "encore",
        "cheers",
        "faster",
        "higher",
    ]
)
# Words that English coordinates with themselves for emphasis or duration
# ("again and again", "over and over", "on and on", "time and time again", "so and so").
_COORDINATED_IDIOMS = frozenset(
    [
        "again",
        "over",
        "round",
        "on",
        "through",
        "by",
        "out",
        "up",
        "down",
        "back",
        "around",
        "ever",
        "more",
        "less",
        "time",
        "so",
        "such",
        "neck",
        "side",
        "hand",
        "arm",
        "bit",
        "one",
        "two",
        "little",
        "far",
    ]
)
_BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "am"])
_AUXILIARIES = _BE | frozenset(
    [
        "have",
        "has",
        "had",
        "having",
        "get",
        "gets",
        "got",
        "gotten",
        "become",
        "becomes",
        "became",
        "remain",
        "remains",
        "remained",
        "seem",
        "seems",
        "seemed",
    ]
)
# Verbs that take two objects, so that "her" may be the first object and "her" the
# possessive of the second: "She handed her her passport", "they told her her rights".
_DITRANSITIVE_VERBS = frozenset(
    [
        "give",
        "hand",
        "show",
        "tell",
        "send",
        "offer",
        "bring",
        "lend",
        "pay",
        "teach",
        "buy",
        "owe",
        "promise",
        "wish",
        "pass",
        "throw",
        "read",
        "sell",
        "cost",
        "save",
        "deny",
        "grant",
        "award",
        "ask",
        "cook",
        "fetch",
        "find",
        "get",
        "leave",
        "make",
        "email",
        "mail",
        "post",
        "write",
        "return",
        "allow",
        "refuse",
        "forgive",
        "assign",
        "serve",
    ]
)
# Words that open a noun clause: "What the problem is is that…", "Where he was was a secret."
_NOUN_CLAUSE_OPENERS = frozenset(
    ["what", "whatever", "where", "wherever", "why", "how", "who", "whoever", "whichever"]
)
_COPULAS = frozenset(["is", "was", "are", "were"])
# Words that open a free relative, a clause that can be the subject of any verb.
_FREE_RELATIVE_OPENERS = frozenset(["what", "whatever", "whoever", "whichever"])
# Where a clause may begin: the start of the text or a mark before the clause's first word.
_CLAUSE_BREAK_RE = re.compile(r"[.!?…;:,\"“”«»(—–]")
# Words after which a verb is a bare infinitive or a present form: "we cannot wait and
# wait", "the company must grow and grow", "they wait and wait".
_BARE_VERB_CONTEXT = frozenset(
    [
        "to",
        "can",
        "cannot",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "mustn't",
        "don't",
        "doesn't",
        "didn't",
        "let",
        "i",
        "you",
        "we",
        "they",
    ]
)
# Articles and possessives, which open a noun phrase: after a doubled verb they begin its
# object, the sign of two transitive synonyms ("increased and increased the forecast");
# before a word, they make it a noun ("the rose and rose garden"). Not "this", "every":
# they open time phrases too ("waited and waited every day").
_DETERMINERS = frozenset(["a", "an", "the", "my", "your", "his", "her", "its", "our", "their"])
_OPEN_CLASSES = frozenset(["NOUN", "VERB", "ADJ", "ADV"])
_WORD = rf"[^\W\d_][{MARKS}]*(?:[\w’'{MARKS}-]*[^\W_][{MARKS}]*)?"
# Between two words: white space, and the invisible characters that may sit beside it.
_GAP = r"[\s\u200b-\u200f\u2060\ufeff]*\s[\s\u200b-\u200f\u2060\ufeff]*"
_COMMA_GAP = re.compile(r"\s*,\s+")
_GAP_RE = re.compile(_GAP)
# Between the copies of a word said again for emphasis: "go, go, go", "No! No! No!"
_EMPHASIS_GAP = re.compile(r"\s*[,!?…]+\s+")
_APOSTROPHE_RE = re.compile("['’]")
# Interjections of speech, said three times for emphasis ("Yeah, yeah, yeah.").
_INTERJECTIONS = frozenset(
    ["yeah", "yep", "yup", "yea", "nope", "nah", "uh", "huh", "hmm", "ah", "aw", "whoa", "ooh"]
)


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _is_reduplicated_name(first: str, second: str, before: str) -> bool:
    """Bora Bora, Sing Sing, Walla Walla: capitalized twice and not a function word; or
    capitalized twice in mid-sentence, where a capital marks a name ("bands such as The The")."""
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    if first.lower() not in FUNCTION_WORDS:
        return True
    stripped = before.rstrip()
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] == ",")


def _is_double_object(word: str, before: str, after: str) -> bool:
    """ "her her" after a verb of giving: the object, then the possessive of the second
    object ("She handed her her passport")."""
    if word != "her" or not re.match(r"\s+[^\W\d_]", after):
        return False
    previous = WORD_RE.findall(before[-60:])
    verb_lemmas = pos_lemmas(previous[-1]).get("VERB", ()) if previous else ()
    return any(lemma in _DITRANSITIVE_VERBS for lemma in verb_lemmas)


def _closes_noun_clause(word: str, before: str) -> bool:
    """A verb said twice where the first ends a noun clause that is the subject of the
    second: "is is" after a clause opening with a wh-word ("What the problem is is that…",
    "Where he was was a secret"), any verb after a free relative ("What happened happened",
    "Whatever he does does not matter", "Whoever wins wins")."""
    # The fewest words before the first copy: a subject, or for a free relative none.
    if word in _COPULAS:
        openers, fewest = _NOUN_CLAUSE_OPENERS, 2
    elif "VERB" in pos_lemmas(word) or word in _AUXILIARIES:
        openers, fewest = _FREE_RELATIVE_OPENERS, 1
    else:
        return False
    clause = _CLAUSE_BREAK_RE.split(before)[-1]
    words = WORD_RE.findall(clause)
    return fewest <= len(words) <= 8 and words[0].lower() in openers


def _is_content_word(word: str) -> bool:
    """A noun, verb, adjective or adverb, not a function word ("the", "of")."""
    return word not in FUNCTION_WORDS and not _OPEN_CLASSES.isdisjoint(pos_lemmas(word))


class RepeatedWord(SegmentRule):
    """A word written twice in a row ("the the").

    ## What it does
    Flags a word followed directly by the same word, ignoring case ("The the", "of of"),
    except where English doubles it: a name (capitalized twice, in mid-sentence for a
    function word: "bands such as The The"), "her her" after a verb of giving (object, then
    possessive), and a verb closing a noun clause that is the subject of its copy ("What the
    problem is is that…", "Whatever he does does not matter").

    ## Why it matters
    A doubled word is a typing or machine-translation slip that spell-checkers pass.

    ## Example
    FAIL: `We signed the the agreement.`
    PASS: `What he had had was enough.` / `He said that that was fine.` / `They flew to Bora Bora.`
    / `She handed her her passport.` / `What the problem is is that nobody reads the rules.`

    ## Options
    - `allowed` (list of words, default empty): more words that may be doubled.
    """

    code = "TQ101"
    name = "repeated-word"
    severity = Severity.ERROR
    options = {"allowed": []}
    _pattern = re.compile(rf"\b({_WORD})({_GAP})(\1)(?![\w{MARKS}-])", re.IGNORECASE)

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        words = segment.words
        # Two equal words in a row, else nothing to find; the words cost less to compare
        # than the pattern. Beside an apostrophe the repeat may be part of a word only
        # ("l'the the", "the the's"): the last part of one word is a part of the next.
        if not any(map(str.__eq__, words, words[1:])) and not (
            ("'" in text or "’" in text)
            and any(
                _APOSTROPHE_RE.split(a)[-1] in _APOSTROPHE_RE.split(b)
                for a, b in pairwise(words)
                if "'" in a + b or "’" in a + b
            )
        ):
            return
        allowed = _DOUBLING_WORDS | {w.lower() for w in self.opts["allowed"]}
        for m in self._pattern.finditer(text):
            first, second = m.group(1), m.group(3)
            if "\n" in m.group(2) or first.lower() in allowed:
                continue
            if len(first) == 1 and first.lower() not in ("a", "i"):
                continue  # spelled-out letters, list markers, ASCII art
            if m.start() > 0 and text[m.start() - 1] == "-":
                continue
            before, rest = text[: m.start()], text[m.end() :]
            if self._legitimate(first, second, before, rest):
                continue
            # A third copy makes it a loop, which TQ103 reports.
            if re.match(rf"\s+{re.escape(first)}\b", rest, re.IGNORECASE):
                continue
            if re.search(rf"\b{re.escape(first)}\s+$", before, re.IGNORECASE):
                continue
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{first}" is repeated: "{m.group()}"',
                suggestion=first,
            )

    @staticmethod
    def _legitimate(first: str, second: str, before: str, rest: str) -> bool:
        word = first.lower()
        return (
            _is_reduplicated_name(first, second, before)
            or _is_double_object(word, before, rest)
            or _closes_noun_clause(word, before)
        )


class RepeatedCoordination(SegmentRule):
    """A word or phrase coordinated with itself ("equipped and equipped", "support, support").

    ## What it does
    Flags "X and X", "X or X" and "X, X" where X is the same one to four words ("X, X" only
    as info: speech repeats words around a comma for emphasis; three copies or more are left
    to TQ103). Machine translation writes this when the source pairs two synonyms (Russian
    «оборудованы и оснащены» → "equipped and equipped"). A verb doubled for an action that
    goes on passes in any form ("waited and waited", "prices rose and rose", "we cannot wait
    and wait"), unless it is passive or perfect ("are equipped and equipped") or an object
    follows ("increased and increased the forecast": two transitive synonyms). Around a
    comma, a phrase of two words or more ("By watching, by watching for years", "New York,
    New York") and a word capitalized only at a sentence start ("Right, right.") are
    restarts of speech, not two synonyms, and pass; so do a name and a word that is not
    English vocabulary, said twice as a call, a chant or a lyric ("Natasha, Natasha",
    "Shchedryk, shchedryk"). A noun whose second copy is named by "of" and a bare noun is
    two kinds of one thing ("phytosanitary certificate and certificate of origin"). A plural
    noun doubled for an amount passes ("for hours and hours", "the miles and miles of
    road"), unless an adjective or an adverb and participle describe it ("the new
    regulations and regulations", "rarely exhibited sketches and sketches of the artist").

    ## Why it matters
    The reader sees a stutter and loses the second meaning the source had; the translator
    should find the second synonym ("equipped and fitted out").

    ## Example
    FAIL: `The training grounds are equipped and equipped.` / `They increased and increased
    the forecast.`
    PASS: `The queue grew longer and longer.` / `again and again` / `She waited and waited.`
    / `Prices rose and rose all year.`

    ## Options
    - `max_words` (integer, default 4): the longest phrase compared.
    """

    code = "TQ102"
    name = "repeated-coordination"
    severity = Severity.WARNING
    options = {"max_words": 4}

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        max_words = int(self.opts["max_words"])
        if not self._may_repeat(segment, max_words):
            return
        tokens = segment.tokens
        lowers = segment.words
        reported_until = -1
        for j, conj, right_start in self._joints(tokens, lowers, text):
            if j <= reported_until:
                continue
            for n in range(min(max_words, j, len(tokens) - right_start), 0, -1):
                if lowers[j - n : j] != lowers[right_start : right_start + n]:
                    continue
                left = tokens[j - n : j]
                right = tokens[right_start : right_start + n]
                if not self._contiguous(left, text) or not self._contiguous(right, text):
                    continue
                following = self._next_words(tokens, right_start + n, text)
                if self._legitimate(left, conj, tokens, j - n, following):
                    continue
                if conj == "," and self._in_run(lowers, j - n, n):
                    break  # three copies or more: TQ103 tells a loop from emphasis
                if conj == "," and self._is_restart(left, right, segment):
                    continue
                phrase = text[left[0].start : left[-1].end]
                joined = text[left[0].start : right[-1].end]
                yield Finding(
                    index,
                    left[0].start,
                    right[-1].end,
                    f'"{phrase}" is coordinated with itself: "{joined}"; '
                    "the source probably had two different words",
                    # "X, X" is also deliberate emphasis in speech: worth a look only.
                    severity=Severity.INFO if conj == "," else None,
                )
                reported_until = right_start + n
                break

    @staticmethod
    def _is_restart(left: list[Token], right: list[Token], segment: Segment) -> bool:
        """Whether "X, X" is a phrase restarted in speech or a title, not two source words
        rendered alike: a unit of two words or more ("By watching, by watching for years",
        "I think, I think", "New York, New York"), or one word capitalized only at the start
        of a sentence ("Right, right.")."""
        if len(left) > 1:
            return True
        first, second = left[0].text, right[0].text
        return (
            left[0].start in segment.sentence_starts
            and first != second
            and first[:1].isupper()
            and first[1:] == second[1:]
        )

    @staticmethod
    def _may_repeat(segment: Segment, max_words: int) -> bool:
        """Whether the first word after some "and", "or" or comma is among the words just
        before it, as it is when a phrase is coordinated with itself."""
        words = segment.words
        for k, word in enumerate(words[1:-1], 1):
            if word in ("and", "or") and words[k + 1] in words[max(0, k - max_words) : k]:
                return True
        text = segment.text
        if "," not in text:
            return False
        pieces = text.split(",")
        for left, right in pairwise(pieces):
            first = WORD_RE.match(right, len(right) - len(right.lstrip()))
            if first is None or words.count(word := first.group().lower()) < 2:
                continue
            # Four words of at most 50 letters end within the last 200 characters.
            last = WORD_RE.findall(left[-max_words * 50 :])[-max_words:]
            if word in (w.lower() for w in last):
                return True
        return False

    @staticmethod
    def _joints(
        tokens: list[Token], lowers: list[str], text: str
    ) -> Iterator[tuple[int, str, int]]:
        """(index of the first token after the left side, conjunction, first right token)
        for every "and"/"or" between spaces and every comma between words."""
        for j in range(1, len(tokens) - 1):
            word = lowers[j]
            if word in ("and", "or"):
                if (
                    text[tokens[j - 1].end : tokens[j].start].isspace()
                    and text[tokens[j].end : tokens[j + 1].start].isspace()
                ):
                    yield j, word, j + 1
            elif _COMMA_GAP.fullmatch(text, tokens[j - 1].end, tokens[j].start):
                yield j, ",", j

    @staticmethod
    def _contiguous(tokens: list[Token], text: str) -> bool:
        return all(text[a.end : b.start].isspace() for a, b in pairwise(tokens))

    @staticmethod
    def _in_run(lowers: list[str], i: int, n: int) -> bool:
        """Whether the phrase of ``n`` words at ``i``, coordinated with its copy right after
        it, has a third copy just before or after the two."""
        phrase = lowers[i : i + n]
        return lowers[i + 2 * n : i + 3 * n] == phrase or (i >= n and lowers[i - n : i] == phrase)

    @staticmethod
    def _next_words(tokens: list[Token], k: int, text: str) -> list[str]:
        """Tokens ``k`` and ``k + 1`` in lower case, as far as only white space is before
        them."""
        words = []
        for token in tokens[k : k + 2]:
            if not text[tokens[k - 1 + len(words)].end : token.start].isspace():
                break
            words.append(token.lower)
        return words

    @staticmethod
    def _legitimate(
        left: list[Token], conj: str, tokens: list[Token], i: int, following: list[str]
    ) -> bool:
        """Whether the phrase ``left`` (tokens ``i`` on) coordinated with itself, with the
        words ``following`` after the pair, is idiomatic English."""
        words = [t.lower for t in left]
        if any(_is_number(w) for w in words):
            return True
        if len(words) != 1:
            return False
        word = words[0]
        # A function word coordinates larger phrases: "between her and her sister".
        if word in FUNCTION_WORDS or word in _DOUBLING_WORDS:
            return True
        if conj == ",":
            # A name or a foreign word said twice is a call, a chant or a lyric ("Natasha,
            # Natasha"); the MT slip renders two English synonyms alike.
            return (
                word in _COMMA_INTENSIFIERS
                or len(word) < 3
                or not is_english_word(word)
                or (left[0].text[:1].isupper() and tokens[i + 1].text[:1].isupper())
            )
        if word in _COORDINATED_IDIOMS:
            return True
        lemmas = pos_lemmas(word)
        # A noun and the same noun named by what follows it, "of" and a bare noun: two
        # kinds ("phytosanitary certificate and certificate of origin").
        of_bare_noun = following[:1] == ["of"] and following[1:2] != []
        if "NOUN" in lemmas and of_bare_noun and following[1] not in FUNCTION_WORDS:
            return True
        # Comparatives: "faster and faster", "more and more".
        if ("ADJ" in lemmas or "ADV" in lemmas) and word.endswith("er"):
            return True
        previous = tokens[i - 1].lower.replace("’", "'") if i > 0 else ""
        # Plural nouns of amount: "for hours and hours", "piles and piles", "the miles and
        # miles of road"; not nouns described by what stands before them ("the new
        # regulations and regulations", "rarely exhibited sketches and sketches of").
        if "NOUN" in lemmas and word not in lemmas["NOUN"] and word.endswith("s"):
            if _described(tokens, i):
                return False
            return following[:1] == ["of"] or previous not in _DETERMINERS
        return _is_continued_action(word, lemmas, previous, following)


def _described(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows an adjective, or a participle after an adverb ("new",
    "rarely exhibited"): a noun described, not an amount."""
    if i == 0:
        return False
    previous = tokens[i - 1].lower
    lemmas = pos_lemmas(previous)
    if "ADJ" in lemmas and "VERB" not in lemmas and previous not in FUNCTION_WORDS:
        return True
    return previous.endswith("ed") and i > 1 and tokens[i - 2].lower.endswith("ly")


def _begins_object(words: list[str]) -> bool:
    """Whether the words after a verb begin its object: an article or possessive, not one
    of a phrase of time ("the whole night", "the entire day")."""
    return bool(words) and words[0] in _DETERMINERS and words[1:2] not in (["whole"], ["entire"])


def _is_continued_action(
    word: str, lemmas: dict[str, tuple[str, ...]], previous: str, following: list[str]
) -> bool:
    """A verb doubled for an action that goes on, in any of its forms ("she waited and
    waited", "prices rose and rose", "we cannot wait and wait", "it is growing and growing"),
    not two transitive synonyms before their object ("increased and increased the forecast")
    nor a passive or perfect ("they are equipped and equipped")."""
    if "VERB" not in lemmas or _begins_object(following):
        return False
    if word in lemmas["VERB"]:
        # The bare form is a verb after a modal, "to" or a subject ("a good support and
        # support" is a noun).
        return previous in _BARE_VERB_CONTEXT
    if previous in _AUXILIARIES:
        return word.endswith("ing") and previous in _BE
    return "NOUN" not in lemmas or previous not in _DETERMINERS


class LoopingPhrase(SegmentRule):
    """The same phrase three or more times in a row, a machine-translation loop.

    ## What it does
    Flags a sequence of one to six words repeated at least three times back to back
    ("of the of the of the", "we will we will we will"), but not a unit of one or two words
    that opens with a content word, an interjection, a name or a foreign word ("Kalinka,
    kalinka, kalinka moya"), said exactly three times between commas,
    exclamation or question marks for emphasis ("Location, location, location", "Yeah, yeah,
    yeah", "Thank you, thank you, thank you").

    ## Why it matters
    Neural MT sometimes falls into a loop and emits a phrase over and over: the segment is
    broken and must be retranslated.

    ## Example
    FAIL: `The talks lasted for the the the whole day.`
    PASS: `Ha ha ha, he laughed.` / `Blah blah blah, said the critic.` / `Education,
    education, education.` / `Come on, come on, come on!`

    ## Options
    - `max_words` (integer, default 6): the longest phrase looked for.
    - `min_repeats` (integer, default 3): how many copies make a loop.
    """

    code = "TQ103"
    name = "looping-phrase"
    severity = Severity.ERROR
    options = {"max_words": 6, "min_repeats": 3}

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        words = segment.words
        max_words = int(self.opts["max_words"])
        min_repeats = int(self.opts["min_repeats"])
        # A unit of n words repeated r times makes n * (r - 1) words equal to the word n
        # places on: count those first, in C, and leave when no length has enough.
        if not any(
            sum(map(str.__eq__, words, words[n:])) >= n * (min_repeats - 1)
            for n in range(1, max_words + 1)
        ):
            return
        tokens = segment.tokens
        i = 0
        while i < len(words):
            best: tuple[int, int] | None = None  # (n, repeats)
            for n in range(1, max_words + 1):
                if i + n * min_repeats > len(words):
                    break
                if words[i + n] != words[i]:  # cheap test before building slices
                    continue
                unit = words[i : i + n]
                repeats = 1
                while words[i + repeats * n : i + (repeats + 1) * n] == unit:
                    repeats += 1
                if repeats >= min_repeats and (best is None or n * repeats > best[0] * best[1]):
                    best = (n, repeats)
            if best is None or self._legitimate(segment, i, *best):
                i += 1
                continue
            n, repeats = best
            end_token = tokens[i + n * repeats - 1]
            phrase = segment.text[tokens[i].start : tokens[i + n - 1].end]
            yield Finding(
                index,
                tokens[i].start,
                end_token.end,
                f'"{phrase}" is repeated {repeats} times in a row: the translation loops',
                suggestion=phrase,
            )
            i += n * repeats

    @staticmethod
    def _legitimate(segment: Segment, i: int, n: int, repeats: int) -> bool:
        """Laughter, chants, numbers, single letters (ASCII art, spelled-out letters) and
        emphasis: a unit of one or two words that opens with a content word, intensifier or
        interjection, said exactly three times between commas, exclamation or question marks
        ("Location, location, location", "Yeah, yeah, yeah", "Thank you, thank you, thank
        you", "Come on, come on, come on")."""
        word = segment.words[i]
        if n == 1 and (word in _DOUBLING_WORDS or _is_number(word) or len(word) == 1):
            return True
        if n > 2 or repeats != 3:
            return False
        if not (
            word in _COMMA_INTENSIFIERS
            or word in _INTERJECTIONS
            or _is_content_word(word)
            or not is_english_word(word)  # a name or foreign word chanted, a lyric
        ):
            return False
        text = segment.text
        tokens = segment.tokens[i : i + n * repeats]
        for k, (a, b) in enumerate(pairwise(tokens), 1):
            gap = _EMPHASIS_GAP if k % n == 0 else _GAP_RE
            if not gap.fullmatch(text, a.end, b.start):
                return False
        return True


_KEY_WORD_RE = re.compile(r"[^\W_]+")
# One row per sentence: 24 bytes, so a corpus of millions of sentences stays small.
_SENTENCE_DTYPE = [("hash", "<u8"), *POSITION]
# Where each row's sentence is in the document: segment index, start and end.
_SPAN_DTYPE = [("segment", "<u4"), ("start", "<u4"), ("end", "<u4")]


def _first_of_repeats(summary: Rows) -> dict[int, tuple[str, int, int]]:
    """Hash of every sentence seen twice or more -> where it first appears."""
    repeats = {}
    for rows in summary.groups():
        starts, ends = runs(rows["hash"])
        for row in rows[starts[ends - starts > 1]]:
            position = (summary.paths[row["path"]], int(row["line"]), int(row["column"]))
            repeats[int(row["hash"])] = position
    return repeats


def _sentence_rows(min_words: int, document: Document) -> tuple[Any, Any]:
    """The document's long sentences: their rows (hash and position) and their spans."""
    import numpy as np

    rows = []
    spans = []
    for si, segment in enumerate(document.segments):
        text = segment.text
        for start, end in segment.sentences:
            words = _KEY_WORD_RE.findall(text[start:end].casefold())
            if len(words) >= min_words:
                line, col = document.locate(segment, start)
                rows.append((stable_hash(" ".join(words)), 0, line, col))
                spans.append((si, start, end))
    return np.array(rows, dtype=_SENTENCE_DTYPE), np.array(spans, dtype=_SPAN_DTYPE)


class RepeatedSentence(DocumentRule):
    """A sentence that appears twice in one document.

    ## What it does
    Flags every repeat of a sentence of at least `min_words` words that already appeared
    earlier in the document (or in the run, with grouping), ignoring case and punctuation.

    ## Why it matters
    MT pipelines duplicate segments when alignment slips, and a repeated sentence in an
    article is almost always such a slip.

    ## Example
    FAIL: `The talks will resume on Monday. Both sides agreed. The talks will resume on Monday.`
    PASS: `Click Save. Then click Save.` (too short to count)

    ## Options
    - `min_words` (integer, default 6): shorter sentences are ignored.
    """

    code = "TQ104"
    name = "repeated-sentence"
    severity = Severity.WARNING
    scope = "document"
    options = {"min_words": 6}

    def _rows(self, document: Document) -> tuple[Any, Any]:
        min_words = int(self.opts["min_words"])
        return document.shared(f"sentences:{min_words}", partial(_sentence_rows, min_words))

    def collect(self, document: Document) -> Rows:
        rows, _spans = self._rows(document)
        return Rows.of(document.path, _SENTENCE_DTYPE, "hash", rows)

    def merge(self, summaries: list[Any]) -> Rows:
        return Rows.merge(summaries)

    def finish(self, summary: Rows) -> dict[int, tuple[str, int, int]]:
        return _first_of_repeats(summary)

    def check_document(
        self, document: Document, repeats: dict[int, tuple[str, int, int]]
    ) -> Iterator[Finding]:
        import numpy as np

        if not repeats:
            return
        rows, spans = self._rows(document)
        repeated = np.isin(rows["hash"], np.fromiter(repeats, "<u8", len(repeats)))
        for row, span in zip(rows[repeated], spans[repeated], strict=True):
            path, line, col = repeats[int(row["hash"])]
            if (path, line, col) == (document.path, int(row["line"]), int(row["column"])):
                continue
            where = f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"
            yield Finding(
                int(span["segment"]),
                int(span["start"]),
                int(span["end"]),
                f"this sentence already appears at {where}",
            )
