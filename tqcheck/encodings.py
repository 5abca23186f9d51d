"""Which encoding a file's bytes are in, and its text.

In order, the first that applies decides:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32, little or big endian);
2. the encoding the user forces (``--encoding``);
3. the encoding the file declares (a PO header's ``charset=``, an XML declaration's
   ``encoding=``), when Python knows it and the bytes fit it; one that does not fit is
   ignored, with a warning;
4. UTF-8, when the bytes are valid UTF-8;
5. UTF-8 still, when its valid multi-byte sequences outnumber the invalid ones (a UTF-8 file
   with a few damaged bytes);
6. the legacy encoding of translation work (:data:`LEGACY`) that reads most plausibly;
   charset-normalizer names the candidates;
7. whatever charset-normalizer finds among all encodings it knows.

Bytes that do not fit the chosen encoding become U+FFFD, one per invalid sequence, with a
:class:`DecodeWarning` giving their count and the line and column of the first, so positions
after them stay right and the user knows. Text holding a NUL character, or bytes nothing
reads as text, are a binary file (InputError).

Encodings are named by Python's codec names (``utf-8``, ``utf-8-sig`` for UTF-8 with a BOM,
``utf-16``, ``cp1251``, ``koi8-r``…), so ``bytes.decode(name)`` reads a file again.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from charset_normalizer import from_bytes

from tqcheck.document import Document
from tqcheck.errors import InputError, UsageError

#: byte-order marks, the name of the encoding they mark and the codec that reads what follows
#: them; UTF-32 before UTF-16, whose little-endian mark starts UTF-32's.
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

#: legacy encodings guessed for files without a BOM or declaration that are not UTF-8,
#: in order of preference where several read the bytes the same way.
LEGACY: tuple[str, ...] = (
    "cp1251",
    "koi8-r",
    "koi8-u",
    "cp1252",
    "iso8859-15",
    "cp1250",
    "iso8859-2",
    "iso8859-5",
    "mac-cyrillic",
    "cp866",
    "cp1253",
    "iso8859-7",
    "cp1254",
    "cp1257",
)

# Where a file declares its encoding: the XML declaration, or the Content-Type line of a PO
# file's header (its first entry, when that has an empty msgid on one line).
_XML_DECLARATION_RE = re.compile(
    rb"""\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']"""
)
_PO_FIRST_MSGID_RE = re.compile(rb"^msgid\s", re.MULTILINE)
_PO_HEADER_RE = re.compile(rb'msgid[ \t]+""[ \t]*\r?\n[ \t]*msgstr\b.*(?:\r?\n[ \t]*".*)*')
_PO_CHARSET_RE = re.compile(rb'Content-Type:[^\n"]*?charset=([\w.:-]+)', re.IGNORECASE)
_XML_FORMATS = frozenset({"xliff", "tmx"})

# Characters that no reading of a text file should produce.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_WORD_RE = re.compile(r"[^\W\d_]+")
_SYMBOL_RE = re.compile(r"[^\x00-\x7f\w]")
# Punctuation and symbols of ordinary text outside the ASCII range.
_TYPOGRAPHY = frozenset("\xa0«»‹›„“”‚‘’–—‐‑…•·°№€£¥¢©®™§¶±×÷¡¿′″¼½¾¹²³")
# How common Cyrillic letters are in Russian and Ukrainian text, roughly, per mille; other
# letters count as one in a thousand.
_CYRILLIC_PER_MILLE = {
    **dict.fromkeys("оеаинт", 80),
    **dict.fromkeys("срвлкмд", 45),
    **dict.fromkeys("пуяыьгзбі", 20),
    **dict.fromkeys("чйхжшюїє", 9),
    **dict.fromkeys("цщэфъёґў", 3),
}
_SYMBOL_COST = math.log(3000)
# The Cyrillic alphabets of Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian:
# a word is written in one of them.
_CYRILLIC_ALPHABETS = tuple(
    frozenset(alphabet)
    for alphabet in (
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    )
)
# Only this much of a file's text is weighed when guessing its encoding.
_SAMPLE = 64 * 1024


class DecodeWarning(UserWarning):
    """A file was read, but not quite as written: bytes were replaced, or the encoding it
    declares was wrong. The message starts with the file's name (and place)."""


def check_encoding(name: str) -> str:
    """Python's name of the encoding ``name``; UsageError if Python knows no such encoding."""
    codec = _codec(name)
    if codec is None:
        raise UsageError(f"unknown encoding {name!r}")
    return codec


def declared_encoding(data: bytes, fmt: str) -> str | None:
    """The encoding that a PO header (format ``po``) or an XML declaration (``xliff``,
    ``tmx``) names, read from the bytes; None when there is none that Python knows. UTF-16
    and UTF-32 are ignored: a declaration readable as ASCII is in neither."""
    match = None
    if fmt == "po":
        first = _PO_FIRST_MSGID_RE.search(data)
        header = _PO_HEADER_RE.match(data, first.start()) if first else None
        match = _PO_CHARSET_RE.search(header.group()) if header else None
    elif fmt in _XML_FORMATS:
        match = _XML_DECLARATION_RE.match(data)
    if match is None:
        return None
    encoding = _codec(match.group(1).decode("ascii"))  # None for "CHARSET" (PO templates)
    return None if encoding is None or encoding.startswith(("utf-16", "utf-32")) else encoding


def _codec(name: str) -> str | None:
    """Python's name of the text encoding ``name``; None for an unknown name or a codec
    that is not a text encoding ("base64", "rot13")."""
    try:
        codec = codecs.lookup(name)
        b"\x00".decode(name)
    except LookupError:
        return None
    except UnicodeDecodeError:  # a text encoding that cannot end after one byte (UTF-16)
        pass
    return codec.name


def decode(
    data: bytes, name: str, forced: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """A file's text and the name of its encoding, found as the module describes. ``name``
    names the file in messages; ``forced`` and ``declared`` are Python codec names."""
    text, encoding = _decode(data, name, forced, declared)
    if "\x00" in text:
        raise InputError(f"{name}: binary file, not text")
    return text, encoding


def _decode(data: bytes, name: str, forced: str | None, declared: str | None) -> tuple[str, str]:
    for bom, encoding, codec in BOMS:
        if data.startswith(bom):
            return _replacing(data[len(bom) :], codec, name), encoding
    if forced:
        return _replacing(data, forced, name), forced
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            text, encoding = _detect(data, name)
            _warn(f"{name}: declares {declared} but is not in it; read as {encoding}")
            return text, encoding
    return _detect(data, name)


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """Steps 4 to 7, for bytes without a BOM or a declaration."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    valid = data.decode("utf-8", "ignore")
    invalid = data.decode("utf-8", "replace").count("\ufffd") - valid.count("\ufffd")
    if len(valid) - len(valid.encode("ascii", "ignore")) > invalid:
        return _replacing(data, "utf-8", name), "utf-8"
    guess = _guess_legacy(data) or _guess_any(data)
    if guess is None:
        raise InputError(f"{name}: binary file, not text")
    return guess


def _replacing(data: bytes, encoding: str, name: str) -> str:
    """The bytes read in ``encoding``; those that do not fit become U+FFFD, with a warning
    that counts them and points at the first."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, "replace")
    count = text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    line, column = Document(name, text).position(len(data[:first].decode(encoding, "replace")))
    plural = "s" if count != 1 else ""
    _warn(
        f"{name}:{line}:{column}: {count} invalid {encoding} byte sequence{plural} replaced "
        "by U+FFFD (the first is here)"
    )
    return text


def _warn(message: str) -> None:
    warnings.warn(message, DecodeWarning, stacklevel=2)


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """The text and name of the legacy encoding that reads the bytes most plausibly (see
    :func:`_implausibility`), then best by charset-normalizer's measures, then first in
    :data:`LEGACY`. The candidates are the encodings charset-normalizer finds, or all of
    :data:`LEGACY` when it finds none (as for a line or two); a reading with control
    characters, or with more than a quarter of odd ones, is none. None if none is left."""
    measures = {
        codecs.lookup(encoding).name: (match.chaos, -match.coherence)
        for match in from_bytes(data, cp_isolation=list(LEGACY))
        for encoding in match.could_be_from_charset
    }
    best: tuple[tuple[float, ...], str, str] | None = None
    for index, encoding in enumerate(LEGACY):
        if measures and encoding not in measures:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CONTROL_RE.search(text):
            continue
        odd, non_ascii, cost = _implausibility(text[:_SAMPLE])
        if odd * 4 > non_ascii:
            continue
        key = (odd, cost, *measures.get(encoding, (0.0, 0.0)), index)
        if best is None or key < best[0]:
            best = (key, text, encoding)
    return (best[1], best[2]) if best else None


def _guess_any(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's guess among every encoding it knows, for text in another one
    (Shift_JIS, Big5, Hebrew…); None if it finds no text in the bytes."""
    match = from_bytes(data).best()
    return (str(match), codecs.lookup(match.encoding).name) if match is not None else None


def _implausibility(text: str) -> tuple[int, int, float]:
    """How unlike written text a reading is: how many of its non-ASCII characters are odd,
    how many there are, and their mean cost. Odd are symbols that text seldom holds or that
    stand between two letters, and the letters of words that mix scripts or cases, of Latin
    words made only of accented letters, of Cyrillic words whose letters no one alphabet has
    and of Greek words with a misplaced final sigma. A letter costs the less the more common
    it is in Russian; a symbol costs more than any letter."""
    odd = 0
    count = 0
    cost = 0.0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        foreign = [c for c in word if not c.isascii()]
        count += len(foreign)
        cost += sum(_rarity(c) for c in foreign)
        scripts = {_script(c) for c in word}
        if (
            len(scripts) > 1
            or not (word.islower() or word.isupper() or word.istitle())
            or (scripts == {"LATIN"} and len(foreign) == len(word) > 1)
            or (
                "CYRILLIC" in scripts
                and not any(alphabet.issuperset(word.lower()) for alphabet in _CYRILLIC_ALPHABETS)
            )
            or "ς" in word[:-1]
            or (len(word) > 1 and word.endswith("σ"))
        ):
            odd += len(foreign)
    for match in _SYMBOL_RE.finditer(text):
        symbol, at = match.group(), match.start()
        between_letters = (
            0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
        )
        odd += symbol not in _TYPOGRAPHY or (between_letters and symbol != "’")
        count += 1
        cost += _SYMBOL_COST
    return odd, count, cost / max(count, 1)


def _script(letter: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC…)."""
    return unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]


def _rarity(letter: str) -> float:
    return -math.log(_CYRILLIC_PER_MILLE.get(letter.lower(), 1) / 1000)


@contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """Inside the block, DecodeWarnings are not shown but gathered in the list it yields,
    in order; other warnings are shown as usual."""
    messages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("always", DecodeWarning)
        show = warnings.showwarning

        def gather(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if issubclass(category, DecodeWarning):
                messages.append(str(message))
            else:
                show(message, category, filename, lineno, file, line)

        warnings.showwarning = gather
        yield messages
