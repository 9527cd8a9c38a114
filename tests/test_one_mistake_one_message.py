"""A problem that hides others is reported once, with a note of what it left
unchecked, never as dozens of false "does not exist" errors."""

import shutil

import pytest

from briefgen.content.loader import load_content


@pytest.fixture
def copy(mini, tmp_path):
    root = tmp_path / "content"
    shutil.copytree(mini, root)
    return root


def messages(root):
    _, problems = load_content(root)
    return problems


def test_a_source_refused_for_a_bad_url_is_one_error_and_one_note(copy):
    sources = copy / "sources.yaml"
    text = sources.read_text()
    start = text.index("- id: ngo-report")
    url = text.index("url:", start)
    line = text[:url].count("\n") + 1
    end = text.index("\n", url)
    sources.write_text(text[:url] + "url: htp:/not-a-url" + text[end:])
    problems = messages(copy)
    assert [(p.line, "url" in p.message) for p in problems.errors] == [(line, True)]
    assert not any("does not exist" in p.message for p in problems.errors)
    notes = [p for p in problems.warnings if "could not be checked" in p.message]
    assert len(notes) == 1 and "source 'ngo-report'" in notes[0].message
    assert not any("never cited" in p.message for p in problems.warnings)


def test_a_file_that_does_not_parse_is_one_error_and_one_note(copy):
    concerns = copy / "concerns.yaml"
    concerns.write_text(concerns.read_text() + "- id: broken\n  title: [unclosed\n")
    problems = messages(copy)
    assert len(problems.errors) == 1 and "YAML" in problems.errors[0].message
    notes = [p for p in problems.warnings if "could not be checked" in p.message]
    assert len(notes) == 1 and "did not parse" in notes[0].message
    assert str(notes[0].file).endswith("concerns.yaml")


def test_a_reference_to_an_id_that_never_existed_is_still_an_error(copy):
    examples = copy / "examples.yaml"
    text = examples.read_text()
    examples.write_text(text.replace("concerns: [", "concerns: [no-such-concern, ", 1))
    problems = messages(copy)
    assert any("concern 'no-such-concern' does not exist" in p.message for p in problems.errors)
