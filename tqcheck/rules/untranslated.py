"""Untranslated segments (TQ803, TQ804): a translation that copies its source, or is empty."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import FUNCTION_WORDS, is_english_word
from tqcheck.rules.base import Finding, SegmentRule
from tqcheck.rules.source import blank_markup, primary_language, whole_segment

# The script of each target language's letters (by the first word of their Unicode names);
# languages not listed write Latin.
_SCRIPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["ru", "uk", "be", "bg", "sr", "mk", "kk"], frozenset({"CYRILLIC"})),
    "el": frozenset({"GREEK"}),
    "zh": frozenset({"CJK"}),
    "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "ko": frozenset({"HANGUL", "CJK"}),
    "ar": frozenset({"ARABIC"}),
    "fa": frozenset({"ARABIC"}),
    "he": frozenset({"HEBREW"}),
}
_LATIN = frozenset({"LATIN"})
# A code: an identifier, a file name, a path, a version ("user_id", "config.yaml", "v2").
_CODE_RE = re.compile(r"\w*(?:[_./\\:@#]\w|\d)\S*|[a-z]+[A-Z]\w*")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?…—–-*"
# White space and characters that show nothing (zero-width spaces and joiners, the BOM).
_BLANK_RE = re.compile(r"[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*")


def _is_acronym(word: str) -> bool:
    """An all-capital word that is not an English word in capitals ("PDF", not "SAVE")."""
    return len(word) > 1 and word.isupper() and not is_english_word(word)


def _scripts(word: str) -> frozenset[str]:
    return frozenset(unicodedata.name(ch, "?").split()[0] for ch in word if ch.isalpha())


class SameAsSource(SegmentRule):
    """A translation identical to its source: the segment was left untranslated.

    ## What it does
    Flags a translation that is the same as its source, ignoring case and the white space
    around it, unless it holds nothing to translate: numbers, punctuation, URLs, e-mail
    addresses, tags, placeholders, codes (ALL CAPS words, identifiers, file names, versions)
    or proper names (capitalized words, function words aside, at least one of which is not
    ordinary English vocabulary: "New York", "Lukashenko"; in a target written in another
    alphabet, any capitalized Latin title: "Windows Update"). Codes and names count as kept
    only in the Latin alphabet or the target language's own. A translation in another
    script than the target language's is always flagged; one in the same script needs at
    least `min_words` words (short words such as "Hotel" or "Name" are often the same in
    both languages) and a known source language. Quiet when the source and target
    languages are the same.

    ## Why it matters
    MT engines and CAT tools copy the source into the target when a segment fails or is
    skipped, and the copy passes every check that looks at the target alone.

    ## Example
    Source: `Сохранить изменения`
    FAIL: `Сохранить изменения` (as the English translation)
    PASS: `Save changes` / `Gazprom` for `Gazprom` / `config.yaml` for `config.yaml`

    ## Options
    - `min_words` (integer, default 2): the fewest words a translation in the target's
      script needs to be flagged.
    """

    code = "TQ803"
    name = "same-as-source"
    severity = Severity.WARNING
    options = {"min_words": 2}

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = segment.source
        text = segment.text
        if source is None or not text.strip():
            return
        if text.strip().casefold() != source.strip().casefold():
            return
        source_lang = primary_language(self.context.source_lang)
        target_lang = primary_language(self.context.target_lang)
        if source_lang == target_lang:
            return
        words = [w for w in self._words(text) if any(ch.isalpha() for ch in w)]
        target_scripts = _SCRIPTS.get(target_lang or "", _LATIN)
        keepable = [w for w in words if _scripts(w) <= target_scripts | _LATIN]
        latin_target = target_scripts == _LATIN
        if len(keepable) == len(words) and self._nothing_to_translate(words, latin_target):
            return
        foreign = any(not _scripts(w) <= target_scripts for w in words)
        if not foreign and (source_lang is None or len(words) < int(self.opts["min_words"])):
            return
        yield whole_segment(
            index,
            text,
            "the translation is the same as the source: it was probably left untranslated",
        )

    @staticmethod
    def _words(text: str) -> list[str]:
        """The words of the text, markup and the punctuation around each word left out."""
        return [w.strip(_EDGE_PUNCTUATION) for w in blank_markup(text).split()]

    @staticmethod
    def _nothing_to_translate(words: list[str], latin_target: bool) -> bool:
        """Only codes, or a proper name: capitalized words and codes, at least one of them
        a code or not English ("iPhone 15 Pro", "New York"); in a target written in another
        alphabet, any Latin title such as "Windows Update" is a name kept as it is."""
        content = [w for w in words if w.lower() not in FUNCTION_WORDS or w[:1].isupper()]
        codes = [bool(_CODE_RE.fullmatch(w) or _is_acronym(w)) for w in content]
        if all(codes):
            return True
        if not all(code or w[:1].isupper() for w, code in zip(content, codes, strict=True)):
            return False
        return not latin_target or any(codes) or any(not is_english_word(w) for w in content)


class EmptyTarget(SegmentRule):
    """An empty translation of a source that is not empty.

    ## What it does
    Flags a segment whose translation is empty, white space only, or made only of
    characters that show nothing (zero-width spaces and joiners, a byte-order mark), while
    its source has text. Readers give untranslated units of bilingual files (PO, XLIFF,
    TMX, tables) such an empty segment.

    ## Why it matters
    An empty translation shows the user nothing, or the source language where the
    software falls back to it; it is a unit that nobody translated.

    ## Example
    Source: `Сохранить`
    FAIL: `` (an empty translation)
    PASS: `Save`

    ## Options
    None.
    """

    code = "TQ804"
    name = "empty-target"
    severity = Severity.ERROR

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = segment.source
        if source is None or _BLANK_RE.fullmatch(source):
            return
        if _BLANK_RE.fullmatch(segment.text):
            yield Finding(
                index, 0, len(segment.text), "the translation is empty but the source is not"
            )
