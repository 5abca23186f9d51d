"""Text assembled from pieces of a file (PO strings, table cells, subtitle cues), with the
anchors that map each character back to its place in the file (see Segment.anchors)."""

from __future__ import annotations

from tqcheck.document import Segment


class MappedText:
    """Text assembled from pieces of a file, with the anchors that map it back (Segment)."""

    def __init__(self, offset: int) -> None:
        #: where the text starts in the file (for empty text: where it would).
        self.offset = offset
        self._parts: list[str] = []
        self._anchors: list[tuple[int, int]] = []
        self._length = 0
        self._end = offset

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def end(self) -> int:
        """Where the text ends in the file."""
        return self._end

    def _next_offset(self) -> int:
        """Where the next character is in the file if it follows on from the last anchor."""
        if not self._anchors:
            return self.offset
        text_index, file_offset = self._anchors[-1]
        return file_offset + self._length - text_index

    def add(self, file_offset: int, text: str, width: int | None = None) -> None:
        """Append ``text``, which the file writes at ``file_offset`` over ``width`` characters
        (by default as it reads: an escape or entity gives its own width)."""
        if not text:
            return
        if not self._anchors:
            self.offset = file_offset
            self._anchors.append((0, file_offset))
        elif file_offset != self._next_offset():
            self._anchors.append((self._length, file_offset))
        self._parts.append(text)
        self._length += len(text)
        self._end = file_offset + (len(text) if width is None else width)

    def segment(self, unit: str | None, source: str | None, side: str | None = "target") -> Segment:
        anchors = list(self._anchors)
        if self._end != self._next_offset():
            anchors.append((self._length, self._end))
        return Segment(
            self.text,
            self.offset,
            unit=unit,
            source=source,
            side=side,
            anchors=tuple(anchors) if len(anchors) > 1 else None,
        )
