"""The content schema: each kind's keys and construction come from its one declaration."""

import dataclasses
from pathlib import Path

import pytest

from briefgen.content.fields import LoadContext
from briefgen.content.model import Concern, Contact, CountryProfile, OrgProfile
from briefgen.content.problems import Problems
from briefgen.content.schema import Id, String, build, kind, kind_of, located, read
from briefgen.content.yamlfile import parse_yaml


def mapping(text):
    data, duplicates = parse_yaml(text)
    assert duplicates == []
    return data


def test_the_allowed_keys_are_the_declared_attributes():
    declared = {f.name for f in dataclasses.fields(Concern)} - {"where"}
    assert kind_of(Concern).allowed(LoadContext()) == declared


def test_a_profile_accepts_one_block_per_declared_treaty():
    context = LoadContext(treaties={"accord": object(), "pact": object()})
    allowed = kind_of(CountryProfile).allowed(context)
    assert {"accord", "pact"} <= allowed
    assert "treaties" not in allowed


def test_a_new_kind_is_read_from_its_declaration_alone(tmp_path):
    @kind("widget")
    class Widget:
        id: str = read(Id())
        label: str | None = read(String(required=False))
        where: object = located()

    problems = Problems(tmp_path)
    file = tmp_path / "widgets.yaml"
    widget = build(Widget, mapping("id: w1\nlabel: Hello\n"), file, problems, LoadContext())
    assert widget == Widget(id="w1", label="Hello", where=widget.where)
    assert widget.where.line == 1
    assert problems.items == []

    bad = build(Widget, mapping("label: x\ncolour: red\n"), file, problems, LoadContext())
    assert bad is None
    assert sorted((p.line, p.message) for p in problems.items) == [
        (1, "widget: missing required field 'id'"),
        (2, "widget: unknown field 'colour' (expected one of: id, label)"),
    ]


def test_an_attribute_without_a_declaration_is_refused():
    with pytest.raises(TypeError, match="declared without read"):

        @kind("broken")
        class Broken:
            id: str = read(Id())
            name: str = dataclasses.field(default="")


def test_a_nested_kind_falls_back_to_its_defaults(tmp_path):
    problems = Problems(tmp_path)
    file = tmp_path / "org.yaml"
    org = build(OrgProfile, mapping("id: o\nname: O\n"), file, problems, LoadContext())
    assert org is not None and org.contact == Contact()
    org = build(
        OrgProfile,
        mapping("id: o\nname: O\ncontact:\n  email: a@example.org\n  fax: 1\n"),
        file,
        problems,
        LoadContext(),
    )
    assert org.contact.email == "a@example.org"
    assert [p.line for p in problems.items] == [5]
    assert "contact: unknown field 'fax'" in problems.items[0].message


def test_the_load_context_is_passed_in_not_set_on_the_reader(tmp_path):
    problems = Problems(tmp_path)
    text = "id: c\ntitle: {xx: T}\nbody: B\n"
    context = LoadContext(languages=frozenset({"en"}), audiences=frozenset({"public"}))
    assert build(Concern, mapping(text), Path("c.yaml"), problems, context) is None
    assert "which the campaign does not declare (languages: en)" in problems.items[0].message
