"""Finding rules: the built-in modules of :mod:`tqcheck.rules` and the ``tqcheck.rules``
entry-point group of third-party packages."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType

import tqcheck.rules
from tqcheck.errors import UsageError
from tqcheck.rules.base import CODE_RE, NAME_RE, DocumentRule, Rule, SegmentRule

ENTRY_POINT_GROUP = "tqcheck.rules"


def _rules_in(module: ModuleType) -> list[type[Rule]]:
    return [
        obj
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, (SegmentRule, DocumentRule))
        and obj.__module__ == module.__name__
        and "code" in vars(obj)
    ]


def _validate(rule: type[Rule], origin: str) -> None:
    if not CODE_RE.match(rule.code):
        raise UsageError(f"rule {rule.__name__} from {origin}: bad code {rule.code!r}")
    if not NAME_RE.match(getattr(rule, "name", "")):
        raise UsageError(f"rule {rule.code} from {origin}: bad name {rule.name!r}")


@cache
def all_rules() -> dict[str, type[Rule]]:
    """Every known rule by code, built-ins first; a code or name defined twice is an error."""
    found: list[tuple[type[Rule], str]] = []
    for info in sorted(pkgutil.iter_modules(tqcheck.rules.__path__), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"tqcheck.rules.{info.name}")
        found += [(rule, module.__name__) for rule in _rules_in(module)]
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not take the run down with a traceback
            raise UsageError(f"cannot load rule plugin {ep.name!r} ({ep.value}): {exc}") from exc
        plugin_rules = _rules_in(loaded) if inspect.ismodule(loaded) else [loaded]
        found += [(rule, f"plugin {ep.name!r}") for rule in plugin_rules]

    rules: dict[str, type[Rule]] = {}
    names: dict[str, str] = {}
    for rule, origin in found:
        _validate(rule, origin)
        if rule.code in rules:
            raise UsageError(f"rule code {rule.code} is defined twice (again in {origin})")
        if rule.name in names:
            raise UsageError(f"rule name {rule.name!r} is defined twice (again in {origin})")
        rules[rule.code] = rule
        names[rule.name] = rule.code
    return dict(sorted(rules.items()))


def find_rule(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    rules = all_rules()
    if key.upper() in rules:
        return rules[key.upper()]
    return next((r for r in rules.values() if r.name == key.lower()), None)
