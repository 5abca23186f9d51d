"""TMX 1.4 (and 1.1-1.3): one segment per translation unit, the target variant checked.

The source language is the header's ``srclang`` (the first variant's language when it is
``*all*`` or missing); the target language is the first other language met in the file.
Each ``<tu>`` (unit: its ``tuid``, else its 1-based position) gives the text of that
language's ``<tuv><seg>``, the source variant's text alongside. Inline ``<bpt>``, ``<ept>``,
``<ph>``, ``<it>`` and ``<ut>`` hold native codes and are left out of the text; ``<hi>``
keeps its text. A unit without the target variant, or with an empty one, still gives a
segment with empty text: at the start of its ``<seg>`` content, or after the source
variant.
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

INLINE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut", "hi"})
NATIVE_CODE = frozenset({"bpt", "ept", "ph", "it", "ut"})
# <bpt>/<ept> pair by "i"; "x" matches a tag across variants.
_ID_ATTRS = ("i", "x")


def _lang(tuv: Element) -> str:
    return (tuv.get("xml:lang") or tuv.get("lang") or "").lower()


def _same_language(code: str, other: str) -> bool:
    """Whether two codes name one language: "ru" and "ru-ru" do, "en-us" and "en-gb" not."""
    if code == other:
        return True
    a, b = code.split("-")[0], other.split("-")[0]
    return a == b and (a == code or b == other)


def _variant(tuvs: list[Element], lang: str) -> Element | None:
    """The variant in ``lang``: exactly that code, else the same language."""
    exact = next((t for t in tuvs if _lang(t) == lang), None)
    return exact or next((t for t in tuvs if _same_language(_lang(t), lang)), None)


def _inline(seg: Element | None) -> InlineText:
    if seg is None:
        return NO_TEXT
    return inner_text(seg, tags=INLINE_TAGS, skip=NATIVE_CODE, id_attrs=_ID_ATTRS)


def _segment(unit: str, tu: Element, source_lang: str, target_lang: str | None) -> Segment:
    tuvs = tu.elements("tuv")
    source = _variant(tuvs, source_lang)
    target = _variant(tuvs, target_lang) if target_lang else None
    target_seg = target.first("seg") if target is not None else None
    if target_seg is not None:
        empty_at = target_seg.inner
    else:
        empty_at = source.end if source is not None else tu.inner
    return target_segment(
        unit,
        _inline(source.first("seg")) if source is not None else None,
        _inline(target_seg),
        empty_at,
    )


def read(text: str, path: str, options: ReadOptions) -> Document:
    root = parse(text, path)
    document = Document(path=path, text=text)
    if root.name != "tmx":
        line = document.position(root.start)[0]
        raise InputError(f"{path}:{line}: not a TMX file (root element <{root.name}>)")
    header = root.first("header")
    body = root.first("body")
    units = body.elements("tu") if body is not None else []
    languages = [_lang(tuv) for tu in units for tuv in tu.elements("tuv")]
    source_lang = (header.get("srclang") or "").lower() if header is not None else ""
    if source_lang in ("", "*all*"):
        source_lang = next(iter(languages), "")
    target_lang = next((c for c in languages if c and not _same_language(c, source_lang)), None)
    document.segments = [
        _segment(tu.get("tuid") or str(i), tu, source_lang, target_lang)
        for i, tu in enumerate(units, start=1)
    ]
    document.source_lang = source_lang or None
    document.target_lang = target_lang
    return document
