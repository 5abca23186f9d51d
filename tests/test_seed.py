"""The mission's own example: every defect of the seed article, at the right place, and
nothing else. The article is a real Russian→English machine translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck import check_file
from tqcheck.cli import cli

SEED = Path(__file__).parent.parent / "fixtures" / "seed_ru_en_belarus_security.txt"

EXPECTED = [
    ("TQ701", 2, 100, "04.11.2023"),  # ambiguous numeric date
    ("TQ603", 3, 92, "-"),  # spaced hyphen as a dash
    ("TQ501", 5, 2, "Parting up"),  # garbled idiom
    ("TQ202", 5, 231, "VGS"),  # ВГС: also rendered "Supreme State Council"
    ("TQ401", 5, 231, "VGS"),  # never expanded
    ("TQ604", 8, 149, " - "),  # Russian attribution dash after a quotation
    ("TQ604", 8, 179, " - "),  # ... and resuming it
    ("TQ501", 8, 373, "normative legal act"),
    ("TQ501", 9, 196, "on the territory of"),
    ("TQ501", 10, 152, "cook the right way"),
    ("TQ102", 10, 312, "support and support"),
    ("TQ501", 11, 194, "on the territory of"),
    ("TQ102", 11, 232, "equipped and equipped"),
    ("TQ603", 12, 60, "-"),
    ("TQ202", 14, 47, "SG"),  # СГ: "Union State" elsewhere
    ("TQ402", 14, 47, "SG"),  # letters do not match "Union State"
    ("TQ601", 14, 285, '"West"'),  # straight quotes in a curly-quoted article
    ("TQ601", 14, 296, '"Shield of the Union"'),
    ("TQ501", 15, 257, "hit the upper hemisphere"),
    ("TQ201", 16, 181, "Lukashenka"),  # "Lukashenko" 10 times
    ("TQ501", 17, 85, "within the framework of"),
    ("TQ202", 17, 113, "SG"),
    ("TQ501", 17, 213, "within the framework of"),
    ("TQ202", 17, 375, "NWO"),  # СВО rendered "NWO" here and "NMD" on line 20
    ("TQ401", 17, 375, "NWO"),
    ("TQ603", 18, 224, "-"),
    ("TQ201", 19, 183, "Lukashenka"),
    ("TQ501", 19, 319, "on the territory of"),
    ("TQ201", 20, 235, "Lukashenka"),
    ("TQ202", 20, 369, "NMD"),
    ("TQ401", 20, 369, "NMD"),
]


def test_every_defect_of_the_seed_and_nothing_else() -> None:
    found = [(i.code, i.line, i.column, i.text) for i in check_file(SEED)]
    assert found == EXPECTED


def test_seed_messages_name_the_text_and_the_fix() -> None:
    issues = {(i.code, i.line, i.column): i for i in check_file(SEED)}
    name = issues[("TQ201", 16, 181)]
    assert name.message == (
        '"Lukashenka" is also spelled "Lukashenko" (10 times, first at 3:67); use one spelling'
    )
    assert name.suggestion == "Lukashenko"
    term = issues[("TQ202", 20, 369)]
    assert '"NWO"' in term.message and "СВО" in term.message and term.suggestion == "SMO"
    quotes = issues[("TQ601", 14, 285)]
    assert quotes.suggestion == "‘West’"
    date = issues[("TQ701", 2, 100)]
    assert "4 November" in date.message and "11 April" in date.message


def test_readme_shows_the_real_output_of_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's usage block is what `tqcheck lint` prints on the seed, line for line."""
    root = SEED.parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ tqcheck lint (\S+)\n(.*?)```", readme, re.S)
    assert block is not None
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["lint", block.group(1)])
    assert result.exit_code == 1
    assert block.group(2) == result.output
