"""The issue a check reports, as every formatter and the library API see it."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from typing import Any


class Severity(enum.IntEnum):
    """How sure a rule is that a finding is a defect.

    info: a style point worth a look; warning: very likely wrong; error: certainly wrong.
    """

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected info, warning or error)"
            ) from None


@dataclass(frozen=True, slots=True)
class Issue:
    """One defect in one file.

    Lines and columns are 1-based and counted in Unicode code points of the file's own text;
    ``end_column`` is exclusive. ``text`` is the flagged span exactly as it stands in the file.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: Severity
    message: str
    text: str
    suggestion: str | None = None
    unit: str | None = None
    side: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    @property
    def sort_key(self) -> tuple[str, int, int, str, int, int]:
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column)

    @property
    def fingerprint(self) -> tuple[str, str, str]:
        """What a baseline remembers: stable when lines move, distinct per flagged text."""
        return (self.path, self.code, self.text)
