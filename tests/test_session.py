"""The app's session model without Qt: content, problems, organisations, choices, defaults."""

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.content.problems import Problems
from briefgen.gui.choices import Choices
from briefgen.gui.session import Change, Defaults, LoadResult, Session, load
from briefgen.selection.select import select


@pytest.fixture(scope="module")
def result(mini):
    loaded = load(mini)
    assert loaded.usable
    return loaded


def broken(root: Path) -> LoadResult:
    problems = Problems(root)
    problems.error(root / "countries.yaml", 3, "a broken line")
    return LoadResult(root, None, problems)


def test_the_session_needs_no_qt():
    """PySide6 blocked: importing it would fail, so the session imports no Qt at all."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import briefgen.gui.session\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6') and sys.modules[m]]\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_new_content_reconciles_the_choices(result):
    session = Session(Choices(audience="senator", country="ZZ", org="gone", paper="a3"), "DE")
    assert session.content is None and session.request() is None
    session.loaded(result)
    assert session.content is result.content
    assert session.choices == Choices("legislator", "DE", "default", None)
    assert session.request().country == "DE"
    kept = Choices("journalist", "VN", "friends", "letter", True, frozenset({"timeline"}), "en")
    session.choose(kept)
    session.loaded(load(result.root))  # read again: what it still offers stays chosen
    assert session.choices == kept


def test_the_defaults_are_the_cores_and_follow_the_country(result):
    session = Session(Choices(country="VN"))
    assert session.defaults() is None  # no content yet
    session.loaded(result)
    content = result.content
    for code in content.countries:
        brief = select(content, "public", code)  # what the pack prints with nothing chosen
        defaults = session.defaults(code)
        assert defaults == Defaults(brief.paper.lower(), brief.safety, brief.language), code
    assert session.defaults() == Defaults("a4", True, "en")  # Viet Nam: high-risk
    session.choose(Choices("public", "US", "default"))
    assert session.defaults() == Defaults("letter", False, "en")
    session.choose(Choices("public", "FR", "default"))
    assert session.defaults().paper == "a4" and not session.defaults().safety
    assert session.defaults("XX") is None


def test_observers_are_told_once_per_change(result, tmp_path):
    session = Session()
    heard: list[Change] = []
    unsubscribe = session.subscribe(heard.append)
    session.loaded(result)
    assert heard == [Change.CONTENT]
    session.choose(Choices("public", "FR", "default"))
    assert heard == [Change.CONTENT, Change.CHOICES]
    profile = tmp_path / "member.yaml"
    profile.write_text("id: member\nname: Member Group\n")
    session.offer_profile(profile, "Member Group")
    session.offer_profile(profile, "Member Group")  # on offer already: no change
    assert heard[2:] == [Change.ORGS]
    session.loaded(broken(result.root))
    assert heard[3:] == [Change.LOAD_FAILED]
    unsubscribe()
    session.choose(Choices("public", "DE", "default"))
    assert len(heard) == 4


def test_a_failed_load_keeps_the_previous_content(result):
    session = Session()
    session.loaded(result)
    session.choose(Choices("journalist", "VN", "friends"))
    assert session.errors == 0
    assert not session.loaded(broken(result.root))
    assert session.content is result.content  # what the preview is still made from
    assert session.choices == Choices("journalist", "VN", "friends")
    assert session.errors == 1 and "a broken line" in session.problems[0].message
    assert session.request().audience == "journalist"
    assert session.loaded(result)  # fixed: the problems go
    assert session.errors == 0


def test_the_organisations_on_offer(result, tmp_path):
    profile = tmp_path / "member.yaml"
    profile.write_text("id: member\nname: Member Group\n")
    session = Session(Choices(org=str(profile)))  # remembered from the last run
    session.loaded(result)
    assert session.choices.org == str(profile)
    assert session.orgs == {
        "default": "Rivers Briefing",
        "friends": "Friends of Rivers",
        str(profile): "member (member.yaml)",
    }
    session.offer_profile(profile, "Member Group")
    assert session.orgs[str(profile)] == "Member Group (member.yaml)"
    profile.unlink()
    session.loaded(result)  # a file gone is no longer offered, nor chosen
    assert str(profile) not in session.orgs and session.choices.org == "default"
