"""A safe XML reader for translation files (XLIFF, TMX), on the standard library's expat.

Nothing outside the text is ever read: a DOCTYPE may name a local DTD file (never loaded),
but internal subsets, ENTITY declarations, external entities, DTDs given by URL or path and
entity references other than the five predefined ones are refused, and elements may not nest
deeper than :data:`MAX_DEPTH`. The result is a light element tree whose text chunks keep
their character offsets in the original text, so a segment's text can be anchored back into
the file (an entity such as ``&amp;`` is a chunk of its own, written longer than it reads).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple
from xml.parsers import expat

from tqcheck.document import Segment
from tqcheck.errors import InputError

MAX_DEPTH = 1000

_ALLOWED_ENTITIES = "only &amp; &lt; &gt; &quot; &apos; and character references are allowed"
# A DTD named by a bare file name may stay in the DOCTYPE: it is never read.
_LOCAL_DTD_RE = re.compile(r"[\w.-]+")
# The rest of a start tag after its '<': attribute values may hold '>'.
_TAG_REST_RE = re.compile(r"""(?:[^"'>]|"[^"]*"|'[^']*')*>""")
_UNDEFINED_ENTITY = expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]


@dataclass(slots=True)
class Text:
    """Character data as it reads, and the offset in the file where it is written."""

    text: str
    offset: int


@dataclass(eq=False, slots=True)
class Element:
    """An element: its local name (prefix dropped), attributes as written, and offsets in
    the file: ``start`` at its '<', ``inner`` where its content starts (after the start tag;
    at the tag itself for an empty-element tag ``<x/>``), ``end`` after its end tag."""

    name: str
    attrs: dict[str, str]
    start: int
    inner: int
    end: int = -1
    children: list[Element | Text] = field(default_factory=list)

    def get(self, attr: str) -> str | None:
        return self.attrs.get(attr)

    def elements(self, *names: str) -> list[Element]:
        """Child elements, only those with one of ``names`` if any are given."""
        return [
            c for c in self.children if isinstance(c, Element) and (not names or c.name in names)
        ]

    def first(self, name: str) -> Element | None:
        """The first child element called ``name``."""
        return next((c for c in self.children if isinstance(c, Element) and c.name == name), None)

    def iter(self, name: str) -> Iterator[Element]:
        """Descendants called ``name``, in document order."""
        stack = list(reversed(self.elements()))
        while stack:
            element = stack.pop()
            if element.name == name:
                yield element
            stack.extend(reversed(element.elements()))


class InlineText(NamedTuple):
    """An element's text, its anchors into the file and its inline tags as "name:id"."""

    text: str
    anchors: tuple[tuple[int, int], ...]
    tags: tuple[str, ...]


NO_TEXT = InlineText("", (), ())


def inner_text(
    element: Element,
    *,
    tags: Collection[str] = (),
    skip: Collection[str] = (),
    id_attrs: Sequence[str] = ("id",),
) -> InlineText:
    """The text inside ``element``, child elements' text included except inside the ones
    named in ``skip`` (they hold native codes, not text). Each descendant named in ``tags``
    is recorded as "name:id" in document order (the first of ``id_attrs`` it has; the name
    alone without one). One anchor ``(text_index, file_offset)`` per text chunk."""
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    found: list[str] = []
    length = 0
    stack: list[Element | Text] = list(reversed(element.children))
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            anchors.append((length, node.offset))
            parts.append(node.text)
            length += len(node.text)
            continue
        if node.name in tags:
            ident = next((node.attrs[a] for a in id_attrs if a in node.attrs), None)
            found.append(f"{node.name}:{ident}" if ident is not None else node.name)
        if node.name not in skip:
            stack.extend(reversed(node.children))
    return InlineText("".join(parts), tuple(anchors), tuple(found))


def target_segment(
    unit: str, source: InlineText | None, target: InlineText, empty_at: int
) -> Segment:
    """The segment of a unit's target, anchored into the file, its source alongside; an
    empty target stands at ``empty_at`` so that rules can report it."""
    return Segment(
        text=target.text,
        offset=target.anchors[0][1] if target.text else empty_at,
        unit=unit,
        source=source.text if source is not None else None,
        side="target",
        anchors=target.anchors if target.text else None,
        source_tags=source.tags if source is not None else (),
        target_tags=target.tags,
    )


class _CharOffsets:
    """Character offsets of byte indices into the UTF-8 encoding of a text; expat reports
    events in file order, so each byte is decoded once."""

    def __init__(self, data: bytes, is_ascii: bool) -> None:
        self._data = data
        self._is_ascii = is_ascii
        self._byte = 0
        self._char = 0

    def __call__(self, byte_index: int) -> int:
        if self._is_ascii:
            return byte_index
        assert byte_index >= self._byte, "expat reported events out of file order"
        chunk = self._data[self._byte : byte_index]
        self._char += len(chunk.decode("utf-8", "surrogatepass"))
        self._byte = byte_index
        return self._char


class _TreeBuilder:
    """expat handlers that build the tree and refuse whatever could read outside the text."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        data = text.encode("utf-8", "surrogatepass")
        self.data = data
        self.char = _CharOffsets(data, len(data) == len(text))
        self.parser = expat.ParserCreate("UTF-8")
        self.root: Element | None = None
        self.stack: list[Element] = []
        parser = self.parser
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity_decl
        parser.ExternalEntityRefHandler = self.external_entity
        parser.SkippedEntityHandler = self.skipped_entity
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data_chunk

    def refuse(self, what: str, why: str) -> InputError:
        return InputError(f"{self.path}:{self.parser.CurrentLineNumber}: {what} refused ({why})")

    def doctype(
        self, name: str, system_id: str | None, public_id: str | None, has_internal_subset: int
    ) -> None:
        if has_internal_subset:
            raise self.refuse(
                "DOCTYPE with an internal subset",
                "DTD declarations and entities are never read; remove the [...] part",
            )
        if system_id is not None and not _LOCAL_DTD_RE.fullmatch(system_id):
            raise self.refuse(
                f'external DTD "{system_id}"',
                "files and the network are never read; remove the DOCTYPE or name a local DTD file",
            )

    def entity_decl(self, name: str, *_: object) -> None:
        raise self.refuse(f"ENTITY declaration of {name}", "entities are never expanded")

    def external_entity(self, _context: str, _base: str | None, system_id: str, *_: object) -> int:
        raise self.refuse(f'external entity "{system_id}"', "files and the network are never read")

    def skipped_entity(self, name: str, is_parameter_entity: int) -> None:
        sigil = "%" if is_parameter_entity else "&"
        raise self.refuse(f"entity reference {sigil}{name};", _ALLOWED_ENTITIES)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise InputError(
                f"{self.path}:{self.parser.CurrentLineNumber}: elements nested more than "
                f"{MAX_DEPTH} deep refused (too deep for a translation file)"
            )
        start = self.char(self.parser.CurrentByteIndex)
        tag = _TAG_REST_RE.match(self.text, start)
        assert tag is not None, "expat reported a start tag that is not in the text"
        empty = self.text[tag.end() - 2] == "/"
        element = Element(name.rpartition(":")[2], attrs, start, start if empty else tag.end())
        if empty:
            element.end = tag.end()
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)

    def end(self, _name: str) -> None:
        element = self.stack.pop()
        if element.end < 0:
            element.end = self.text.index(">", self.char(self.parser.CurrentByteIndex)) + 1

    def data_chunk(self, data: str) -> None:
        self.stack[-1].children.append(Text(data, self.char(self.parser.CurrentByteIndex)))


def parse(text: str, path: str) -> Element:
    """The root element of an XML document's text; InputError naming the file and line if
    it is malformed or asks for anything beyond its own text."""
    builder = _TreeBuilder(text, path)
    try:
        builder.parser.Parse(builder.data, True)
    except expat.ExpatError as exc:
        if exc.code == _UNDEFINED_ENTITY:
            raise InputError(
                f"{path}:{exc.lineno}: undefined entity reference refused ({_ALLOWED_ENTITIES})"
            ) from None
        message = expat.errors.messages[exc.code]
        raise InputError(
            f"{path}:{exc.lineno}: malformed XML: {message} (column {exc.offset + 1})"
        ) from None
    assert builder.root is not None, "expat accepted a document without a root element"
    return builder.root
