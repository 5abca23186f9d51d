"""The English tables shipped in tqcheck/data/english are lemminflect's own answers."""

from __future__ import annotations

from tqcheck import english_data, lexicon
from tqcheck.lexicon import data_path


def _shipped(name: str) -> list[str]:
    text = data_path("english", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


def test_lemma_table_is_lemminflects() -> None:
    assert _shipped("lemmas.tsv") == english_data.lemma_lines()


def test_inflection_table_covers_the_lexicons_and_is_lemminflects() -> None:
    # After adding calques or terms: python -m tqcheck.english_data
    assert _shipped("inflections.tsv") == english_data.inflection_lines()


def test_lookups_answer_as_lemminflect_does() -> None:
    import lemminflect

    for word in ["cooked", "territory", "Lukashenko", "better", "is", "zzzq", "hours"]:
        assert lexicon.pos_lemmas(word) == lemminflect.getAllLemmas(word.lower())
        assert lexicon.is_english_word(word) == (
            word.lower() in lexicon.FUNCTION_WORDS or bool(lemminflect.getAllLemmas(word.lower()))
        )
    assert lexicon.inflections("cook") == lexicon.lemminflect_inflections("cook")
    assert lexicon.noun_plurals("operation") == lexicon.lemminflect_noun_plurals("operation")
    assert "operations" in lexicon.noun_plurals("operation")
    # A word outside the table is looked up in lemminflect.
    assert lexicon.inflections("reconnoitre") == lexicon.lemminflect_inflections("reconnoitre")
