"""Term families (the shipped data and TQ202) and glossaries (CSV, TSV, TBX and TQ301)."""

from __future__ import annotations

import http.server
import os
import re
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tqcheck import Checker, Config, Severity
from tqcheck.errors import ConfigError
from tqcheck.lexicon import data_path
from tqcheck.readers import text_document
from tqcheck.terms import (
    family_matcher,
    glossary_matcher,
    load_glossary,
    term_families,
    term_files,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GLOSSARIES = Path(__file__).parent / "data" / "glossaries"
FAMILY_KEYS = {"source", "meaning", "preferred", "acceptable", "variants"}


def _glossary(name: str) -> str:
    return str((GLOSSARIES / name).resolve())


# --- The shipped term data -----------------------------------------------------------------


@pytest.mark.parametrize("name", term_files(None))
def test_term_file_is_well_formed(name: str) -> None:
    data = tomllib.loads(data_path("terms", name).read_text(encoding="utf-8"))
    assert set(data) == {"family"}, f"{name}: only [[family]] tables"
    owner: dict[str, str] = {}
    for i, family in enumerate(data["family"]):
        where = f"{name} family {i} ({family.get('source')})"
        assert set(family) <= FAMILY_KEYS, f"{where}: unknown keys"
        for key in ("source", "meaning"):
            assert isinstance(family.get(key), str), f"{where}: no {key}"
            assert family[key].strip(), f"{where}: empty {key}"
        assert family.get("preferred"), f"{where}: no preferred rendering"
        renderings = [
            *family["preferred"],
            *family.get("acceptable", []),
            *family.get("variants", []),
        ]
        for rendering in renderings:
            assert isinstance(rendering, str), f"{where}: {rendering!r} is not a string"
            assert re.fullmatch(r"[^\W_](?:.*[^\W_])?", rendering), (
                f"{where}: {rendering!r} does not start and end with a letter or digit"
            )
            assert " ".join(rendering.split()) == rendering, f"{where}: spaces in {rendering!r}"
        duplicates = [r for r, n in Counter(renderings).items() if n > 1]
        assert not duplicates, f"{where}: listed twice: {duplicates}"
        for rendering in renderings:
            key = rendering.casefold()
            assert key not in owner, f"{where}: {rendering!r} is also in {owner[key]}"
            owner[key] = where


def test_term_families_per_source_language() -> None:
    russian = term_families("ru")
    assert russian
    assert term_families("ru-RU") == russian
    assert term_families("xx") == ()
    assert set(russian) <= set(term_families(None))
    assert all(f.language == "Russian" for f in russian)
    assert term_families("ru") is russian  # loaded once


def test_every_rendering_is_found_as_itself() -> None:
    families = term_families(None)
    matcher = family_matcher(None)
    for fi, family in enumerate(families):
        for gi, group in enumerate(family.groups()):
            for rendering in group:
                text = f"We saw ({rendering}) there."
                found = list(matcher.finditer(text))
                assert len(found) == 1, f"{rendering!r}: {found}"
                start, end, values = found[0]
                assert text[start:end] == rendering
                assert (fi, gi) in values


def test_matching_rules() -> None:
    matcher = family_matcher("ru")
    families = term_families("ru")

    def found(text: str) -> list[tuple[str, str]]:
        return [(text[s:e], families[v[0][0]].source) for s, e, v in matcher.finditer(text)]

    # Acronyms and capitalized names match exactly; lower-case words in any case and plural.
    assert found("the sg and the union state") == []
    assert found("Special military operations and SMOs") == [("Special military operations", "СВО")]
    # Whole words only, the longest rendering first, curly apostrophes and any white space.
    assert found("NWOs, RFID, the RF Armed Forces") == [("RF Armed Forces", "ВС РФ")]
    assert found("Donetsk People’s  Republic") == [("Donetsk People’s  Republic", "ДНР")]


# --- TQ202 ------------------------------------------------------------------------------------


def test_term_variants_message_and_suggestion() -> None:
    text = "The SMO began.\nThe NWO went on.\nThe NWO ended.\nThe SMO was over."
    issues = Checker(Config(select=("TQ202",))).check(text_document(text))
    assert [(i.line, i.text, i.suggestion) for i in issues] == [
        (2, "NWO", "SMO"),
        (3, "NWO", "SMO"),
    ]
    assert issues[0].message == (
        '"NWO" and "SMO" (2 times, first at 1:5) both render Russian «СВО» '
        '(special military operation); use one rendering: "SMO"'
    )
    assert issues[0].severity is Severity.WARNING


def test_term_variants_names_every_other_rendering() -> None:
    text = "The SMO began. The special operation went on. The NMD and the NWO ended."
    issues = Checker(Config(select=("TQ202",))).check(text_document(text))
    assert [i.text for i in issues] == ["NMD", "NWO"]
    assert issues[0].message.startswith(
        '"NMD", "SMO" (1:5), "special operation" (1:20) and "NWO" (1:63) all render'
    )


def test_term_variants_across_a_grouped_run() -> None:
    first = text_document("The SMO began in February.", "a.txt")
    second = text_document("Exports fell during the NWO period.", "b.txt")
    checker = Checker(Config(select=("TQ202",)))
    assert checker.check_documents([first, second]) == []
    issues = checker.check_documents([first, second], group=True)
    assert [(i.path, i.text) for i in issues] == [("b.txt", "NWO")]
    assert '"SMO" (a.txt:1:5)' in issues[0].message


def test_term_variants_summaries_merge() -> None:
    checker = Checker(Config(select=("TQ202",)))
    rule = checker.document_rules[0]
    a = rule.collect(text_document("The SMO and the SMO.", "a.txt"))
    b = rule.collect(text_document("The SMO and the NWO.", "b.txt"))
    merged = rule.merge([a, b])
    (family,) = merged
    assert merged[family][0] == (3, "a.txt", 1, 5, "SMO")
    assert sum(use[0] for use in merged[family].values()) == 4


# --- Glossaries -------------------------------------------------------------------------------


def test_csv_glossary_with_header_in_any_order() -> None:
    glossary = load_glossary(_glossary("product.csv"))
    assert glossary.name == "product.csv"
    entries = {e.term: e for e in glossary.forbidden}
    assert set(entries) == {"log in", "login", "e-mail", "checkbox", "tick box"}
    assert entries["login"].preferred == "sign in"
    assert entries["login"].note == "Apple style, not ours"
    assert entries["e-mail"].severity is Severity.ERROR
    assert entries["tick box"].severity is None
    assert glossary.allowed == ("sign in", "email", "check box")


def test_tsv_glossary() -> None:
    glossary = load_glossary(_glossary("security.tsv"))
    assert [(e.term, e.preferred) for e in glossary.forbidden] == [
        ("NWO", "special military operation"),
        ("NMD", "special military operation"),
        ("Armed Forces", "Armed Forces of Ukraine"),
        ("ZSU", "Armed Forces of Ukraine"),
    ]


def test_tbx_v2_glossary() -> None:
    glossary = load_glossary(_glossary("basic_v2.tbx"))
    assert [(e.term, e.preferred) for e in glossary.forbidden] == [
        ("application program", "app"),
        ("applet", "app"),
        ("log on", "sign in"),
    ]
    assert glossary.allowed == ("app", "sign in", "login")
    assert load_glossary(_glossary("basic_v2.tbx"), "de").forbidden[0].term == "anmelden"


@pytest.mark.parametrize(
    ("name", "term", "preferred"),
    [("v3_dca.tbx", "SG", "Union State"), ("v3_dct.tbx", "pilotless aircraft", "drone")],
)
def test_tbx_v3_glossary(name: str, term: str, preferred: str) -> None:
    glossary = load_glossary(_glossary(name))
    assert [(e.term, e.preferred) for e in glossary.forbidden] == [(term, preferred)]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("no_header.tsv", "no_header.tsv:1: the glossary's first row must be a header"),
        ("bad_severity.csv", "bad_severity.csv:3: 'severity': unknown severity 'fatal'"),
        ("malformed.tbx", "malformed.tbx:6: malformed TBX: mismatched tag"),
        ("missing.tsv", "missing.tsv: glossary file not found"),
    ],
)
def test_bad_glossary_is_a_config_error_naming_the_file(name: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_glossary(_glossary(name))


def test_unknown_glossary_format(tmp_path: Path) -> None:
    path = tmp_path / "terms.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(ConfigError, match=r"terms\.xlsx: unknown glossary format '\.xlsx'"):
        load_glossary(str(path))
    path = tmp_path / "terms.xml"
    path.write_text("<xliff><file/></xliff>", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"terms\.xml: not a TBX file \(root element <xliff>\)"):
        load_glossary(str(path))


@pytest.mark.parametrize("name", ["entity_bomb.tbx", "external_entity.tbx", "remote_dtd.tbx"])
def test_unsafe_tbx_is_refused(name: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"{name}:2: DTDs, entities")) as info:
        load_glossary(_glossary(name))
    assert "lol" not in str(info.value)
    assert "root:" not in str(info.value)


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request made to it."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "LEAKED">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE martif SYSTEM "{url}/core.dtd">',
        '<!DOCTYPE martif [<!ENTITY % remote SYSTEM "{url}/p.dtd"> %remote;]>',
        '<!DOCTYPE martif [<!ENTITY leak SYSTEM "{url}/e.xml">]>',
    ],
)
def test_tbx_fetches_nothing(
    tmp_path: Path, http_server: tuple[str, list[str]], doctype: str
) -> None:
    url, requests = http_server
    path = tmp_path / "remote.tbx"
    path.write_text(
        f'<?xml version="1.0"?>\n{doctype.format(url=url)}\n'
        '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&leak;</term>'
        "</tig></langSet></termEntry></body></text></martif>\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=re.escape("remote.tbx:2: DTDs, entities")):
        load_glossary(str(path))
    assert requests == []


def test_external_file_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "xxe.tbx"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY s SYSTEM "{secret.as_uri()}">]>\n'
        '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&s;</term>'
        "</tig></langSet></termEntry></body></text></martif>\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_glossary(str(path))
    assert "TOP-SECRET" not in str(info.value)


def test_glossaries_are_loaded_once_and_again_when_changed(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("target\tforbidden\nsign in\tlog in\n", encoding="utf-8")
    first = glossary_matcher([str(path)])
    assert glossary_matcher([str(path)]) is first
    path.write_text("target\tforbidden\nsign in\tlog in;login\n", encoding="utf-8")
    os.utime(path, ns=(0, 10**18))
    assert glossary_matcher([str(path)]) is not first


# --- TQ301 ------------------------------------------------------------------------------------


def _glossary_issues(text: str, *names: str) -> list[tuple[int, int, str]]:
    config = Config(select=("TQ301",), glossaries=tuple(_glossary(n) for n in names))
    issues = Checker(config).check(text_document(text))
    return [(i.line, i.column, i.text) for i in issues]


def test_glossary_term_messages_and_severity() -> None:
    config = Config(select=("TQ301",), glossaries=(_glossary("product.csv"),))
    text = "Log in and use the Tick Boxes.\nYour E-mail is shown."
    issues = Checker(config).check(text_document(text))
    assert [(i.line, i.column, i.text, i.severity, i.suggestion) for i in issues] == [
        (1, 1, "Log in", Severity.WARNING, "sign in"),
        (1, 20, "Tick Boxes", Severity.WARNING, "check box"),
        (2, 6, "E-mail", Severity.ERROR, "email"),
    ]
    assert issues[0].message == (
        '"Log in" is a forbidden term in glossary product.csv; use "sign in" '
        "(Apple style, not ours)"
    )


def test_glossary_term_spares_allowed_terms() -> None:
    text = "The Armed Forces of Ukraine advanced.\nThe Armed Forces retreated."
    assert _glossary_issues(text, "security.tsv") == [(2, 5, "Armed Forces")]


def test_glossary_term_with_several_glossaries() -> None:
    text = "Log on to the SG portal; the login page is in the Union State."
    assert _glossary_issues(text, "basic_v2.tbx", "v3_dca.tbx") == [
        (1, 1, "Log on"),
        (1, 15, "SG"),
    ]


def test_glossary_term_without_glossary_does_nothing() -> None:
    assert not glossary_matcher([])
    assert _glossary_issues("Log in with your e-mail.") == []


def test_bad_glossary_stops_the_checker() -> None:
    with pytest.raises(ConfigError, match=re.escape("no_header.tsv")):
        Checker(Config(select=("TQ301",), glossaries=(_glossary("no_header.tsv"),)))
