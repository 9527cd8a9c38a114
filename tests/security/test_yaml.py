"""Hostile YAML: bombs, loops, odd numbers and dates, bad bytes. Every outcome is
a content error with file and line, or a usable pack; never a traceback or a hang."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.content.loader import load_content
from briefgen.content.yamlfile import YamlFileError, parse_yaml
from briefgen.errors import BriefgenError
from briefgen.render.engine import Engine, PackRequest


def problems_of(content, name, text):
    path = content / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    _, problems = load_content(content)
    return [str(p) for p in problems.errors]


BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}]"
        for i in range(9)
    ]
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BOMB, "aliases expanded (limit yaml_nodes"),
        ("a: &a [1, *a]\n", "refers to itself"),
        ("x: " + "[" * 200 + "]" * 200 + "\n", "nested more than 64 levels deep"),
        ("- id: x\n  priority: " + "9" * 5000 + "\n", "a number of more than 30 digits"),
        ("- id: x\n  date: 2025-02-30\n", "'2025-02-30' is not a valid date"),
        ("- id: x\n  text: !!python/object/apply:os.system [true]\n", "YAML syntax"),
        ("- id: x\n\ttext: tab\n", "YAML syntax"),
        ("- id: x\n  text: 'unterminated\n", "YAML syntax"),
        ("- id: x\n  text: *nowhere\n", "is not defined"),
        ("- {[1, 2]: x}\n", "YAML syntax"),
        ("- id: x\n  text: a\x00b\n", "YAML syntax"),
        ("- id: x\n  text: " + "x" * 100_001 + "\n", "a text of more than 100,000 characters"),
        ("[" + "1," * 20_001 + "1]\n", "more than 20,000 entries"),
    ],
)
def test_hostile_yaml_is_one_error_with_file_and_line(content, text, message):
    errors = problems_of(content, "examples.yaml", text)
    hit = [e for e in errors if e.startswith("content/examples.yaml:") and message in e]
    assert hit, errors


def test_a_yaml_file_that_is_not_utf8_names_the_line(content):
    errors = problems_of(content, "asks.yaml", b"- id: a\n- id: b\n  text: caf\xe9\n")
    assert "content/asks.yaml:3: not UTF-8 text (invalid continuation byte)" in errors


def test_a_huge_yaml_file_is_refused_before_it_is_read(content):
    errors = problems_of(content, "asks.yaml", "# " + "x" * 2_100_000 + "\n")
    assert any("asks.yaml: refused: asks.yaml is larger than 2,000,000 bytes" in e for e in errors)


def test_a_duplicate_key_is_still_reported(content):
    errors = problems_of(content, "asks.yaml", "- id: a\n  id: b\n")
    assert any("asks.yaml:2: 'id' is given twice" in e for e in errors)


def test_an_org_profile_with_an_alias_bomb_is_refused(content):
    errors = problems_of(content, "orgs/bomb.yaml", BOMB)
    assert any(e.startswith("content/orgs/bomb.yaml:") and "yaml_nodes" in e for e in errors)


def test_a_language_overlay_goes_through_the_same_reader(content):
    overlay = content / "languages" / "fr"
    overlay.mkdir(parents=True)
    errors = problems_of(content, "languages/fr/campaign.yaml", BOMB)
    assert any("languages/fr/campaign.yaml" in e for e in errors) or not errors


def test_small_aliases_still_work():
    data, _ = parse_yaml("a: &a [1, 2]\nb: *a\n")
    assert data == {"a": [1, 2], "b": [1, 2]}


def test_the_limits_are_read_where_they_apply(monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMITS", "yaml_depth=3")
    with pytest.raises(YamlFileError, match="nested more than 3 levels"):
        parse_yaml("a: [[[[1]]]]\n")


# -- property-based: random documents and random text --------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1)),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(st.text(max_size=12), st.integers()), children, max_size=5),
    ),
    max_leaves=20,
)
FAST = settings(
    max_examples=40,
    deadline=None,
    # the fixture copies a folder per test, not per example: the examples share it
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FAST
@given(
    document=documents,
    name=st.sampled_from(
        ["concerns.yaml", "campaign.yaml", "countries/fr.yaml", "orgs/friends.yaml", "asks.yaml"]
    ),
)
def test_any_yaml_document_is_a_pack_or_errors_with_file_and_line(content, document, name):
    text = yaml.safe_dump(document, allow_unicode=True)
    (content / name).write_text(text, encoding="utf-8")
    _, problems = load_content(content)
    for problem in problems.errors:
        assert problem.file.startswith("content"), problem
        assert problem.message and "Traceback" not in problem.message


@FAST
@given(text=st.text(max_size=300))
def test_any_text_as_a_yaml_file_is_an_error_or_loads(content, text):
    (content / "examples.yaml").write_text(text, encoding="utf-8")
    _, problems = load_content(content)
    for problem in problems.errors:
        assert problem.file.startswith("content"), problem


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_any_text_in_a_concern_renders_as_text(content, text):
    """The text renderer: whatever the characters, the pack is made or the
    content is refused with a sentence."""
    path = content / "concerns.yaml"
    original = path.read_text(encoding="utf-8")
    body = f"{text} [@ngo-report]."
    quoted = yaml.safe_dump(body, width=10**6, allow_unicode=True).removesuffix("...\n").strip()
    line = "Only the discharging state measures what it discharges [@ngo-report]."
    path.write_text(original.replace(line, quoted, 1), encoding="utf-8")
    try:
        loaded, problems = load_content(content)
        if loaded is None or problems.errors:
            assert all(p.file.startswith("content") for p in problems.errors)
            return
        pack = Engine(loaded).render(PackRequest("journalist", "FR"))
        assert pack.pages >= 1
    except BriefgenError as exc:
        assert str(exc)
    finally:
        path.write_text(original, encoding="utf-8")
