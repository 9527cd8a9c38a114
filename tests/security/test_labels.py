"""Labels are formatted with plain named fields only: nothing walks, nothing pads."""

from __future__ import annotations

import pytest
from conftest import CANARY, assert_clean_pdf, build, check, one_sentence
from helpers import flat, pdf_text

from briefgen.render.labels import format_label


def labels(override, body: str, name="labels/en.yaml"):
    path = override / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return path


@pytest.mark.parametrize(
    "text",
    [
        "{country.__class__.__init__.__globals__}",
        "{country[0]}",
        "{country!r}",
        "{country:>99999999}",
        "{0}",
        "{country:{country}}",
    ],
)
def test_the_formatter_fills_plain_fields_only(text):
    result = format_label(f"Where {text} stands", country="France")
    assert result == f"Where {text} stands"  # printed as written, nothing evaluated
    assert len(result) < 100


def test_a_plain_field_is_filled():
    assert format_label("Where {country} stands", country="France") == "Where France stands"


def test_a_stray_brace_prints_as_written():
    assert format_label("Where {country stands", country="France") == "Where {country stands"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{country.__class__}", "has the field {country.__class__}"),
        ("{country[0]}", "has the field {country[0]}"),
        ("{country:>99999999}", "has the field {country:>99999999}"),
        ("{country!r}", "has the field {country!r}"),
        ("{country", "stray brace"),
        ("{password}", "unknown field {password}"),
    ],
)
def test_check_reports_a_hostile_label_with_its_line(content, override, text, message):
    labels(override, f'summary: "In brief"\nstatus: "Where {text} stands"\n')
    code, out, _ = check(content, "--templates", override)
    assert code == 1
    assert f"{override.name}/labels/en.yaml:2: label 'status' (en)" in out
    assert message in out


def test_a_hostile_label_builds_as_written_without_leaking(
    content, override, tmp_path, monkeypatch
):
    monkeypatch.setenv("BRIEFGEN_SECRET", CANARY)
    labels(override, 'as_of: "As of {date.__init__.__globals__}"\n')
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--templates", override)
    assert code == 0, err
    assert "As of {date.__init__.__globals__}" in flat(pdf_text(out.read_bytes()))
    assert_clean_pdf(out)


@pytest.mark.parametrize(
    ("value", "message"),
    [("[a, b]", "must be a text"), ("{x: 1}", "must be a text"), ("12", "must be a text")],
)
def test_a_label_of_the_wrong_type_is_reported(content, override, value, message):
    labels(override, f"status: {value}\n")
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "labels/en.yaml:1: label 'status' (en) " + message in out


def test_month_names_are_not_labels_any_more(content, override):
    """Dates come from CLDR (Babel): a hand-written month list is reported as unknown."""
    labels(override, "months: [Jan, Feb]\n")
    _code, out, _ = check(content, "--templates", override)
    assert "unknown label key 'months' (en)" in out


def test_a_labels_file_that_is_not_utf8_is_one_sentence(content, override, tmp_path):
    labels(override, b"status: \xff\xfe\n")
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "labels/en.yaml:1: not UTF-8 text" in out


def test_a_labels_file_linked_outside_is_refused(content, override, canary):
    (override / "labels").mkdir()
    (override / "labels" / "en.yaml").symlink_to(canary)
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "en.yaml is a link to" in out and CANARY not in out


def test_a_legacy_labels_file_with_a_wrong_shape_is_reported(content, override, tmp_path):
    labels(override, "en: [not, a, mapping]\n", name="labels.yaml")
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "labels for 'en' must be a mapping" in out
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    one_sentence(err) if code else None
