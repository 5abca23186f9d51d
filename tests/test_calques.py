"""The calque lexicons shipped in tqcheck/data/calques, and calques from configuration."""

from __future__ import annotations

from typing import Any

import pytest

from tqcheck import Checker, Config, Severity
from tqcheck.calques import CalqueMatcher, phrase_words, shipped_pairs, to_calque
from tqcheck.document import Segment
from tqcheck.lexicon import load_toml
from tqcheck.readers import text_document

REQUIRED = ("phrase", "russian", "explanation", "suggestion", "severity")


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    return load_toml("calques", "ru-en.toml")["calque"]


def test_ru_en_is_shipped() -> None:
    assert ("ru", "en") in shipped_pairs("en")


def test_every_entry_is_complete(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        for key in REQUIRED:
            value = entry.get(key)
            assert isinstance(value, str) and value.strip(), f"{entry}: no {key}"
        assert entry["severity"] in ("warning", "info"), entry


def test_phrases_are_lower_case_base_forms_of_two_to_six_words(
    entries: list[dict[str, Any]],
) -> None:
    for entry in entries:
        phrase = entry["phrase"]
        assert phrase == phrase.lower(), phrase
        assert phrase == " ".join(phrase.split()), phrase
        assert 2 <= len(phrase_words(phrase)) <= 6, phrase


def test_at_least_150_entries(entries: list[dict[str, Any]]) -> None:
    assert len(entries) >= 150


def test_no_phrase_is_an_inflected_form_of_another(entries: list[dict[str, Any]]) -> None:
    calques = [to_calque(entry, "ru") for entry in entries]
    for calque in calques:
        matcher = CalqueMatcher([calque])
        for other in calques:
            if other is calque:
                continue
            segment = Segment(other.phrase)
            spans = [(m.start, m.end) for m in matcher.find(segment)]
            assert (0, len(segment.text)) not in spans, (
                f"{other.phrase!r} is {calque.phrase!r} again"
            )


def _check(text: str, **config: Any) -> list[Any]:
    return Checker(Config(select=("TQ501",), **config)).check(text_document(text))


def test_configured_calque_is_matched_inflected_with_its_severity_and_message() -> None:
    entry = {
        "phrase": "carry out an analysis",
        "suggestion": "analyse",
        "explanation": "English uses the verb",
        "russian": "провести анализ",
        "severity": "info",
    }
    [issue] = _check("They Carried out an analysis of the data.", calques=(entry,))
    assert (issue.column, issue.text) == (6, "Carried out an analysis")
    assert issue.severity is Severity.INFO
    assert issue.suggestion == "analyse"
    assert issue.message == (
        '"Carried out an analysis" is a calque of Russian «провести анализ»: '
        'English uses the verb; write "analyse"'
    )


def test_configured_calque_replaces_the_shipped_one_and_applies_to_any_source() -> None:
    entry = {"phrase": "on the territory of", "suggestion": "in", "source": "auf dem Gebiet"}
    [issue] = _check("They live on the territory of Bavaria.", calques=(entry,), source_lang="de")
    assert issue.text == "on the territory of"
    assert issue.severity is Severity.WARNING
    assert issue.message == (
        '"on the territory of" is a calque of German «auf dem Gebiet»; write "in"'
    )


def test_other_source_languages_do_not_use_the_russian_lexicon() -> None:
    text = "Troops are stationed on the territory of Belarus."
    assert [i.text for i in _check(text)] == ["on the territory of"]
    assert [i.text for i in _check(text, source_lang="ru")] == ["on the territory of"]
    assert _check(text, source_lang="de") == []
