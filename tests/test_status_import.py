"""`briefgen status import`: a saved UNTC status page into the status records."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import FIXTURES, content_of

from briefgen.cli import main
from briefgen.content.untc import name_table, parse_page
from briefgen.paths import shipped_content

PAGE = FIXTURES / "untc" / "accord-status.html"


def test_the_page_is_read_with_untc_names_and_footnotes():
    content = content_of(shipped_content())
    page = parse_page(PAGE, name_table(content.countries))
    assert page.as_at == dt.date(2025, 11, 19)
    by_name = {p.name: p for p in page.participants}
    assert by_name["Korea, Republic of"].code == "KR"  # <sup>1</sup> dropped
    assert by_name["Viet Nam"].code == "VN"
    assert by_name["Türkiye"].code == "TR"
    assert by_name["United Kingdom of Great Britain and Northern Ireland"].code == "GB"
    assert by_name["Atlantis"].code is None
    france = by_name["France"]
    assert (france.signed, france.deposited, france.kind) == (
        dt.date(2025, 10, 25),
        dt.date(2026, 2, 10),
        "AA",
    )


def _run(content, *extra, capsys):
    args = ["status", "import", str(PAGE), "--content", str(content), "--treaty", "accord"]
    code = main([*args, "--source", "registry", *extra])
    return code, capsys.readouterr().out


def test_import_shows_a_diff_and_writes_nothing_without_apply(mini_copy, capsys):
    before = {p: p.read_text() for p in mini_copy.rglob("*.yaml")}
    code, out = _run(mini_copy, capsys=capsys)
    assert code == 0
    assert "FR: signed -> ratified on 2026-02-10" in out
    assert "VN: not_signed -> signed on 2025-10-25" in out
    assert "not matched to a country (add to untc_names.yaml): Atlantis" in out
    assert "+  status: ratified" in out and "+  accessed: 2025-11-19" in out
    assert "Nothing written" in out
    assert {p: p.read_text() for p in mini_copy.rglob("*.yaml")} == before


def test_apply_edits_only_the_lines_it_must(mini_copy, capsys):
    vn = mini_copy / "countries" / "vn.yaml"
    vn.write_text("# Viet Nam, kept by hand\n" + vn.read_text())
    code, out = _run(mini_copy, "--apply", capsys=capsys)
    assert code == 0 and "Wrote 3 file(s)." in out
    text = vn.read_text()
    assert text.startswith("# Viet Nam, kept by hand\ncode: VN\nhigh_risk:\n")
    assert "accord:\n  status: signed\n  date: 2025-10-25\n  sources: [registry]\n" in text
    content = content_of(mini_copy)
    assert content.profiles["FR"].treaties["accord"].status == "ratified"
    assert content.profiles["FR"].treaties["accord"].date == dt.date(2026, 2, 10)
    assert content.sources["registry"].accessed == dt.date(2025, 11, 19)
    # the basin record, the notes and every other line are untouched
    assert content.profiles["FR"].treaties["basin"].status == "party"
    # a second run finds nothing left to change
    code, out = _run(mini_copy, capsys=capsys)
    assert "No status changes." in out


def test_a_page_without_the_table_is_one_clear_error(mini_copy, tmp_path, capsys):
    page = tmp_path / "other.html"
    page.write_text("<html><body><p>Not a status page</p></body></html>")
    code = main(
        ["status", "import", str(page), "--content", str(mini_copy), "--source", "registry"]
    )
    assert code == 1
    assert "no 'Participant / Signature / Ratification' table found" in capsys.readouterr().err


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--treaty", "nope"], "unknown treaty 'nope'"),
        (["--source", "nope"], "no source 'nope' in the content"),
        (["--signed-as", "maybe"], "'maybe' is not a accord status"),
    ],
)
def test_bad_choices_are_usage_errors(mini_copy, capsys, extra, message):
    code = main(["status", "import", str(PAGE), "--content", str(mini_copy), *extra])
    assert code == 2
    assert message in capsys.readouterr().err
