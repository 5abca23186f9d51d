"""Terms: the term families shipped in ``tqcheck/data/terms`` and the project's glossaries.

A term family is one source-language term and the English renderings MT uses for it
(``data/terms/<src>-en.toml``; see that file's header). A glossary is a user's file of
required and forbidden English terms, named in the configuration's ``glossaries``:

- CSV (``.csv``, comma-separated) or TSV (``.tsv``/``.tab``, tab-separated), UTF-8, with a
  header row naming the columns (any order, any case; other columns are ignored):
  ``source`` (the source term, for the reader), ``target`` or ``preferred`` (the required
  term; several separated by ``;``, the first one is suggested), ``forbidden`` (terms that must
  not be used, separated by ``;``), ``note`` (shown in the message) and ``severity`` (``info``,
  ``warning`` or ``error``; empty means the rule's own). Fields may be quoted as Excel does.
- TBX (``.tbx``/``.xml``): TBX-Basic and TBX v2 (``termEntry``/``langSet``/``tig`` or ``ntig``)
  and TBX v3 (``conceptEntry``/``langSec``/``termSec``, DCA or DCT style). Terms of the target
  language are read with their ``administrativeStatus`` (``preferredTerm-admn-sts``,
  ``admittedTerm-admn-sts``, ``deprecatedTerm-admn-sts``, ``supersededTerm-admn-sts``) or
  ``normativeAuthorization`` (``preferredTerm``, ``deprecatedTerm``, ...). Deprecated and
  superseded terms are forbidden; the entry's first preferred term is suggested.
  XML is parsed without DTDs, entities or network access: a document type declaration may
  only name a local DTD file, which is never read.

Everything is loaded once per file (again only when the file changes) and compiled into one
regular expression per set of terms.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser
from defusedxml.ElementTree import parse as parse_xml

from tqcheck.errors import ConfigError
from tqcheck.issue import Severity
from tqcheck.lexicon import data_path, inflections, noun_plurals
from tqcheck.names import fold, transliterate

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGE_NAMES = {
    "ru": "Russian",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "kk": "Kazakh",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "tr": "Turkish",
}

T = TypeVar("T")


# --- Matching many terms with one regular expression -----------------------------------


def _norm(text: str) -> str:
    """A term or matched text with its spaces and apostrophes made uniform."""
    return " ".join(text.replace("’", "'").split())


def _fragment(char: str, ignore_case: bool) -> str:
    if char == " ":
        return r"\s+"
    if char == "'":
        return "['’]"
    if ignore_case and char.lower() != char.upper():
        return f"[{char.lower()}{char.upper()}]"
    return re.escape(char)


def _trie_pattern(keyed: Iterable[list[str]]) -> str:
    """One alternation, factored by common prefixes, that prefers the longest term."""
    end = ""
    root: dict[str, Any] = {}
    for fragments in keyed:
        node = root
        for fragment in fragments:
            node = node.setdefault(fragment, {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [key + build(child) for key, child in sorted(node.items()) if key != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end in node:
            return f"(?:{body})?"
        return body

    return build(root)


def _case_matches(form: str, text: str) -> bool:
    """Whether text has the form's capitals (lower-case words of a form match any case)."""
    return all(
        f.casefold() == t.casefold() if f == f.lower() else f == t
        for f, t in zip(form.split(), text.split(), strict=False)
    )


class TermMatcher(Generic[T]):
    """Finds many terms as whole words in one pass, longest first, without overlaps.

    Each form carries one or more values. A word of a form written in lower case matches in
    any case; a word with a capital (an acronym, a name) must match exactly, unless
    ``ignore_case`` is set. Spaces match any run of white space, ' also matches ’.
    """

    def __init__(self, forms: dict[str, list[T]], ignore_case: bool = False) -> None:
        self._lookup: dict[str, list[tuple[str, tuple[T, ...]]]] = {}
        keyed = []
        for form, values in forms.items():
            norm = _norm(form).casefold() if ignore_case else _norm(form)
            self._lookup.setdefault(norm.casefold(), []).append((norm, tuple(values)))
            keyed.append(
                [
                    _fragment(ch, ignore_case or word == word.lower())
                    for i, word in enumerate(norm.split(" "))
                    for ch in (word if i == 0 else " " + word)
                ]
            )
        self.pattern = re.compile(rf"(?<!\w){_trie_pattern(keyed)}(?!\w)") if keyed else None

    def __bool__(self) -> bool:
        return self.pattern is not None

    def finditer(self, text: str) -> Iterator[tuple[int, int, tuple[T, ...]]]:
        """(start, end, values) of every term found in text."""
        if self.pattern is None:
            return
        for m in self.pattern.finditer(text):
            found = _norm(m.group())
            for form, values in self._lookup.get(found.casefold(), ()):
                if _case_matches(form, found):
                    yield m.start(), m.end(), values
                    break


# --- Term families ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermFamily:
    """One source term and its English renderings, grouped as TQ202 compares them."""

    source: str
    meaning: str
    language: str
    preferred: tuple[str, ...]
    acceptable: tuple[str, ...]
    variants: tuple[str, ...]

    def groups(self) -> list[tuple[str, ...]]:
        """The renderings by group: all preferred ones, then each acceptable, each variant."""
        return [self.preferred, *[(r,) for r in self.acceptable], *[(r,) for r in self.variants]]

    def is_variant(self, group: int) -> bool:
        return group > len(self.acceptable)

    def transliterates(self, rendering: str) -> bool:
        """Whether a rendering is the source term in Latin letters as one name ("Minfin"
        for «Минфин», "Gosduma" for «Госдума»): not translated at all."""
        return (
            rendering.istitle()
            and rendering.isalpha()
            and fold(rendering) == fold(transliterate(self.source.lower()))
        )


def _family(entry: dict[str, Any], language: str) -> TermFamily:
    return TermFamily(
        source=entry["source"],
        meaning=entry["meaning"],
        language=language,
        preferred=tuple(entry["preferred"]),
        acceptable=tuple(entry.get("acceptable", ())),
        variants=tuple(entry.get("variants", ())),
    )


def term_files(source_lang: str | None) -> list[str]:
    """Names of the shipped term files for a source language (all of them for None)."""
    names = sorted(p.name for p in data_path("terms").iterdir() if p.name.endswith("-en.toml"))
    if source_lang is None:
        return names
    wanted = f"{source_lang.split('-')[0].lower()}-en.toml"
    return [n for n in names if n == wanted]


@cache
def term_families(source_lang: str | None) -> tuple[TermFamily, ...]:
    families = []
    for name in term_files(source_lang):
        code = name.split("-")[0]
        language = LANGUAGE_NAMES.get(code, code)
        with data_path("terms", name).open("rb") as handle:
            data = tomllib.load(handle)
        families += [_family(entry, language) for entry in data.get("family", [])]
    return tuple(families)


def plural_forms(rendering: str) -> set[str]:
    """The rendering, and its plural when its last word is a lower-case countable noun."""
    head, _, last = rendering.rpartition(" ")
    return {rendering} | {f"{head} {plural}".lstrip() for plural in noun_plurals(last)}


@cache
def family_matcher(source_lang: str | None) -> TermMatcher[tuple[int, int]]:
    """Every rendering of the families for a source language → (family index, group index)."""
    forms: dict[str, list[tuple[int, int]]] = {}
    for fi, family in enumerate(term_families(source_lang)):
        for gi, group in enumerate(family.groups()):
            for rendering in group:
                for form in plural_forms(rendering):
                    forms.setdefault(form, []).append((fi, gi))
    return TermMatcher(forms)


# --- Glossaries -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A forbidden term of a glossary and what to use instead."""

    term: str
    preferred: str | None
    glossary: str
    note: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source term of a glossary and the target terms that translate it. ``language`` is
    the source term's primary language subtag (a TBX langSet's); None where the glossary
    does not say (the `source` column of a CSV/TSV glossary)."""

    source: str
    targets: tuple[str, ...]
    glossary: str
    severity: Severity | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Glossary:
    """A glossary's forbidden terms, the terms it allows (never flagged), and its source
    terms with their translations."""

    name: str
    forbidden: tuple[GlossaryEntry, ...]
    allowed: tuple[str, ...]
    sources: tuple[SourceEntry, ...] = ()


_CSV_DIALECTS = {".csv": "excel", ".tsv": "excel-tab", ".tab": "excel-tab"}
_TBX_SUFFIXES = (".tbx", ".xml")


def _split(value: str | None) -> list[str]:
    return [t.strip() for t in (value or "").split(";") if t.strip()]


def _read_csv(path: Path) -> Glossary:
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{where}: glossary is not valid UTF-8 (byte {exc.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_CSV_DIALECTS[path.suffix.lower()])
    forbidden: list[GlossaryEntry] = []
    allowed: list[str] = []
    sources: list[SourceEntry] = []
    try:
        columns: dict[str, int] = {}
        for i, name in enumerate(next(reader, [])):
            columns.setdefault(name.strip().lower(), i)
        columns.setdefault("target", columns.get("preferred", -1))
        if columns["target"] < 0 or "forbidden" not in columns:
            raise ConfigError(
                f"{where}:1: the glossary's first row must be a header with the columns "
                "'target' (or 'preferred') and 'forbidden' (also 'source', 'note', 'severity')"
            )
        for row in reader:
            cells = {name: row[i].strip() for name, i in columns.items() if 0 <= i < len(row)}
            preferred = _split(cells.get("target"))
            allowed += preferred
            severity = None
            if cells.get("severity"):
                try:
                    severity = Severity.parse(cells["severity"])
                except ValueError as exc:
                    raise ConfigError(f"{where}:{reader.line_num}: 'severity': {exc}") from None
            forbidden += [
                GlossaryEntry(
                    term,
                    preferred[0] if preferred else None,
                    path.name,
                    cells.get("note") or None,
                    severity,
                )
                for term in _split(cells.get("forbidden"))
            ]
            if preferred:
                sources += [
                    SourceEntry(source, tuple(preferred), path.name, severity)
                    for source in _split(cells.get("source"))
                ]
    except csv.Error as exc:
        raise ConfigError(f"{where}:{reader.line_num}: malformed glossary: {exc}") from None
    return Glossary(path.name, tuple(forbidden), tuple(allowed), tuple(sources))


class _SafeParser(DefusedXMLParser):
    """defusedxml with no entities and no external references; a document type declaration
    is accepted only as a bare name of a local DTD, which is never read."""

    def __init__(self) -> None:
        super().__init__(forbid_dtd=True, forbid_entities=True, forbid_external=True)

    def defused_start_doctype_decl(
        self, name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool
    ) -> None:
        if has_internal_subset or (sysid and not re.fullmatch(r"[\w.-]+", sysid)):
            raise DTDForbidden(name, sysid, pubid)


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")
_FORBIDDEN_STATUS = frozenset({"deprecatedterm", "supersededterm"})
_PREFERRED_STATUS = frozenset({"preferredterm", "standardizedterm", "legalterm", "regulatedterm"})


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, *names: str) -> Iterator[Element]:
    return (e for e in element.iter() if e is not element and _local(e.tag) in names)


def _status(term_section: Element) -> str:
    """A term's status, lower-cased without the -admn-sts suffix ("" when it has none)."""
    for e in _children(term_section, "termNote", *_STATUS_TYPES):
        name = e.get("type") if _local(e.tag) == "termNote" else _local(e.tag)
        if name in _STATUS_TYPES:
            return "".join(e.itertext()).strip().lower().removesuffix("-admn-sts")
    return ""


def _read_tbx(path: Path, target_lang: str) -> Glossary:
    parser = _SafeParser()
    try:
        root = parse_xml(str(path), parser=parser).getroot()
    except ParseError as exc:
        raise ConfigError(f"{path}:{exc.position[0]}: malformed TBX: {exc}") from None
    except DefusedXmlException:
        raise ConfigError(
            f"{path}:{parser.parser.CurrentLineNumber}: DTDs, entities and external "
            "references are not accepted in a glossary (a <!DOCTYPE> may only name a local "
            "DTD file, which is never read)"
        ) from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise ConfigError(f"{path}: not a TBX file (root element <{_local(root.tag)}>)")
    lang = target_lang.split("-")[0].lower()
    forbidden: list[GlossaryEntry] = []
    allowed: list[str] = []
    sources: list[SourceEntry] = []
    for entry in _children(root, "termEntry", "conceptEntry"):
        terms: list[tuple[str, str]] = []
        source_terms: list[tuple[str, str]] = []
        for lang_set in _children(entry, "langSet", "langSec"):
            code = lang_set.get(_XML_LANG) or lang_set.get("lang") or ""
            code = code.split("-")[0].split("_")[0].lower()
            for section in _children(lang_set, "tig", "ntig", "termSec"):
                term = next(_children(section, "term"), None)
                text = _norm("".join(term.itertext())) if term is not None else ""
                if text and code == lang:
                    terms.append((text, _status(section)))
                elif text:
                    source_terms.append((text, code))
        usable = [t for t, s in terms if s in _PREFERRED_STATUS] + [
            t for t, s in terms if s not in _PREFERRED_STATUS | _FORBIDDEN_STATUS
        ]
        allowed += usable
        forbidden += [
            GlossaryEntry(t, usable[0] if usable else None, path.name)
            for t, s in terms
            if s in _FORBIDDEN_STATUS
        ]
        if usable:
            sources += [
                SourceEntry(text, tuple(usable), path.name, language=code)
                for text, code in source_terms
            ]
    return Glossary(path.name, tuple(forbidden), tuple(allowed), tuple(sources))


@cache
def _load_glossary(path: str, target_lang: str, _mtime_ns: int, _size: int) -> Glossary:
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        if suffix in _CSV_DIALECTS:
            return _read_csv(file)
        if suffix in _TBX_SUFFIXES:
            return _read_tbx(file, target_lang)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read glossary: {exc.strerror}") from None
    raise ConfigError(
        f"{path}: unknown glossary format '{suffix}' (expected .csv, .tsv, .tab, .tbx or .xml)"
    )


def _file_key(path: str) -> tuple[str, int, int]:
    try:
        stat = Path(path).stat()
    except FileNotFoundError:
        raise ConfigError(f"{path}: glossary file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read glossary: {exc.strerror}") from None
    return path, stat.st_mtime_ns, stat.st_size


def load_glossary(path: str, target_lang: str = "en") -> Glossary:
    """A glossary file's terms in the target language; a bad file is a ConfigError."""
    key, mtime_ns, size = _file_key(path)
    return _load_glossary(key, target_lang, mtime_ns, size)


def _term_forms(term: str) -> set[str]:
    """A term and the inflections of its last word ("utilize" → "utilized", "utilizing")."""
    head, _, last = term.rpartition(" ")
    return {term} | {f"{head} {form}".lstrip() for form in inflections(last)}


@cache
def _glossary_matcher(
    keys: tuple[tuple[str, int, int], ...], target_lang: str
) -> TermMatcher[GlossaryEntry | None]:
    glossaries = [_load_glossary(path, target_lang, mtime, size) for path, mtime, size in keys]
    allowed = {
        form.casefold() for g in glossaries for term in g.allowed for form in _term_forms(term)
    }
    forms: dict[str, list[GlossaryEntry | None]] = {form: [None] for form in allowed}
    for glossary in glossaries:
        for entry in glossary.forbidden:
            for form in _term_forms(entry.term):
                forms.setdefault(form.casefold(), [entry])
    return TermMatcher(forms, ignore_case=True)


def glossary_matcher(
    paths: Sequence[str], target_lang: str = "en"
) -> TermMatcher[GlossaryEntry | None]:
    """The forbidden terms of the glossaries (→ their entry) and the allowed ones (→ None),
    which take precedence where the same words are both."""
    return _glossary_matcher(tuple(_file_key(p) for p in paths), target_lang)
