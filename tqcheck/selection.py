"""Which rules run: ruff's selector semantics over codes, code prefixes, names and ``ALL``.

For each rule the most specific matching selector decides (a full code or a name beats a
prefix, a longer prefix beats a shorter one, ``ALL`` is the least specific); on a tie an
ignore wins. With no ``select``, the rules enabled by default are selected.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tqcheck.errors import UsageError
from tqcheck.rules.base import Rule

_NAME_SPECIFICITY = 1000


def _specificity(selector: str, rule: type[Rule]) -> int | None:
    if selector.upper() == "ALL":
        return 0
    if selector.lower() == rule.name:
        return _NAME_SPECIFICITY
    if rule.code.startswith(selector.upper()):
        return len(selector)
    return None


def check_selectors(selectors: Iterable[str], rules: Mapping[str, type[Rule]], origin: str) -> None:
    """Reject a selector that matches no rule, naming where it came from."""
    for selector in selectors:
        if not any(_specificity(selector, r) is not None for r in rules.values()):
            raise UsageError(f"{origin}: unknown rule selector {selector!r}")


def select_rules(
    rules: Mapping[str, type[Rule]],
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[type[Rule]]:
    chosen = []
    for rule in rules.values():
        best, on = (-1, rule.default_enabled) if select is None else (-1, False)
        for selectors, value in ((select or ()), True), (extend_select, True), (ignore, False):
            for selector in selectors:
                spec = _specificity(selector, rule)
                if spec is not None and (spec > best or (spec == best and not value)):
                    best, on = spec, value
        if on:
            chosen.append(rule)
    return chosen


def is_ignored(rule: type[Rule], selectors: Iterable[str]) -> bool:
    return any(_specificity(s, rule) is not None for s in selectors)
