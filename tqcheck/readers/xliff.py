"""XLIFF 1.2 (also .sdlxliff) and XLIFF 2.0: one segment per target, its source alongside.

XLIFF 1.2: ``<file source-language target-language>`` holds ``<trans-unit id>`` elements
(inside ``<group>``s too) with a ``<source>`` and a ``<target>``; the unit is the trans-unit
id, prefixed by the file's ``original`` when there are several files. Units marked
``translate="no"`` are not checked. Where a trans-unit's ``<seg-source>`` and ``<target>``
are segmented (``<mrk mtype="seg" mid>``, as SDL Trados and Okapi write), each segment is a
unit "id/mid".
XLIFF 2.0: ``<xliff srcLang trgLang>``, ``<unit id>`` holding ``<segment id>`` elements;
the unit is "unit/segment" (the unit id alone for a single segment without an id).

A missing or empty target still gives a segment with empty text, placed at the start of
the ``<target>`` element's content, or after ``</source>`` when there is no target, so that
rules can report it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tqcheck.document import Document, Segment
from tqcheck.errors import InputError
from tqcheck.readers.xmlsafe import (
    NO_TEXT,
    Element,
    InlineText,
    inner_text,
    parse,
    target_segment,
)

if TYPE_CHECKING:
    from tqcheck.readers import ReadOptions

#: inline elements recorded as tags; the content of the native-code ones is not text.
INLINE_TAGS = frozenset(
    {"g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "mrk", "pc", "sc", "ec", "sm", "em"}
)
NATIVE_CODE = frozenset({"ph", "bpt", "ept", "it"})
_ID_ATTRS = ("id", "startRef")


def _inline(element: Element) -> InlineText:
    return inner_text(element, tags=INLINE_TAGS, skip=NATIVE_CODE, id_attrs=_ID_ATTRS)


def _segment(
    unit: str, source: Element | None, target: Element | None, after_source: int
) -> Segment:
    """The segment of one source/target pair; an empty target stands at the start of the
    target's content or, without a target, at ``after_source``."""
    return target_segment(
        unit,
        _inline(source) if source is not None else None,
        _inline(target) if target is not None else NO_TEXT,
        target.inner if target is not None else after_source,
    )


def _seg_marks(element: Element | None) -> dict[str, Element]:
    """The ``<mrk mtype="seg">`` segments of a seg-source or target, by mid (or position)."""
    if element is None:
        return {}
    return {
        mrk.get("mid") or str(i): mrk
        for i, mrk in enumerate(
            (m for m in element.iter("mrk") if m.get("mtype") == "seg"), start=1
        )
    }


def _trans_unit(tu: Element, unit: str) -> list[Segment]:
    source = tu.first("source")
    target = tu.first("target")
    sources = _seg_marks(tu.first("seg-source"))
    targets = _seg_marks(target)
    if target is None or not sources or not targets:
        return [_segment(unit, source, target, source.end if source is not None else tu.inner)]
    return [
        _segment(f"{unit}/{mid}", mrk, targets.get(mid), target.inner)
        for mid, mrk in sources.items()
    ]


def _xliff1(root: Element) -> tuple[list[Segment], str | None, str | None]:
    files = root.elements("file")
    segments: list[Segment] = []
    for n, file in enumerate(files, start=1):
        prefix = f"{file.get('original') or n}#" if len(files) > 1 else ""
        for i, tu in enumerate(file.iter("trans-unit"), start=1):
            if tu.get("translate") == "no":
                continue
            segments += _trans_unit(tu, prefix + (tu.get("id") or str(i)))
    source_lang = next((f.get("source-language") for f in files if f.get("source-language")), None)
    target_lang = next((f.get("target-language") for f in files if f.get("target-language")), None)
    return segments, source_lang, target_lang


def _xliff2(root: Element) -> tuple[list[Segment], str | None, str | None]:
    files = root.elements("file")
    segments: list[Segment] = []
    for n, file in enumerate(files, start=1):
        prefix = f"{file.get('original') or file.get('id') or n}#" if len(files) > 1 else ""
        for u, unit in enumerate(file.iter("unit"), start=1):
            unit_id = prefix + (unit.get("id") or str(u))
            parts = unit.elements("segment")
            for s, part in enumerate(parts, start=1):
                source = part.first("source")
                after = source.end if source is not None else part.inner
                seg_id = part.get("id") or (str(s) if len(parts) > 1 else None)
                name = f"{unit_id}/{seg_id}" if seg_id else unit_id
                segments.append(_segment(name, source, part.first("target"), after))
    return segments, root.get("srcLang"), root.get("trgLang")


def read(text: str, path: str, options: ReadOptions) -> Document:
    root = parse(text, path)
    document = Document(path=path, text=text)
    if root.name != "xliff":
        line = document.position(root.start)[0]
        raise InputError(f"{path}:{line}: not an XLIFF file (root element <{root.name}>)")
    version = root.get("version") or ""
    is_v2 = version.startswith("2") or root.get("srcLang") is not None
    segments, source_lang, target_lang = _xliff2(root) if is_v2 else _xliff1(root)
    document.segments = segments
    document.source_lang = source_lang.lower() if source_lang else None
    document.target_lang = target_lang.lower() if target_lang else None
    return document
