"""The plain functions behind the window: choices, file names, print plans, settings, watching."""

import datetime as dt
import os
from pathlib import Path

import pytest
from builders import content_of

from briefgen.gui.choices import Choices, pdf_target, reconcile, request_for, suggested_name
from briefgen.gui.printing import page_plan
from briefgen.gui.settings import Settings
from briefgen.gui.watcher import snapshot


@pytest.fixture(scope="module")
def content(mini):
    return content_of(mini)


def test_reconcile_replaces_what_the_content_does_not_offer(content):
    choices = reconcile(
        content, Choices(audience="senator", country="ZZ", org="gone", paper="a3"), "DE"
    )
    assert choices.audience == "legislator"  # the first audience
    assert choices.country == "DE"  # the locale's country when the content has it
    assert choices.org == "default"
    assert choices.paper is None
    assert reconcile(content, Choices(), None).country == "BR"  # else the first by name


def test_reconcile_keeps_valid_choices(content):
    choices = Choices("journalist", "VN", "friends", "letter", True, frozenset({"timeline"}), "en")
    assert reconcile(content, choices) == choices


def test_request_for_leaves_out_unticked_optional_sections(content):
    request = request_for(
        content, Choices("legislator", "FR", "friends", without=frozenset({"examples", "timeline"}))
    )
    assert request.sections == frozenset({"country"})
    assert request.org.name == "Friends of Rivers"
    assert (
        request_for(
            content, Choices("public", "FR", "default", without=frozenset({"timeline"}))
        ).sections
        is None
    )


def test_the_suggested_name_has_audience_country_and_the_contents_as_of_date(content):
    """The date the facts stand at, not the day of saving: a pack saved twice is one file."""
    request = request_for(content, Choices("journalist", "VN", "default"))
    assert content.campaign.as_of == dt.date(2026, 1, 15)
    assert suggested_name(content, request) == "water-journalist-vn-2026-01-15.pdf"


def test_pdf_target_adds_the_suffix_only_when_missing():
    assert pdf_target("") is None
    assert pdf_target("/tmp/pack") == Path("/tmp/pack.pdf")
    assert pdf_target("/tmp/pack.PDF") == Path("/tmp/pack.PDF")
    assert pdf_target("/tmp/v1.2") == Path("/tmp/v1.2.pdf")


def test_page_plan_honours_range_copies_and_collation():
    assert page_plan(3) == [0, 1, 2]
    assert page_plan(3, [2, 3, 9]) == [1, 2]
    assert page_plan(2, None, copies=2) == [0, 1, 0, 1]
    assert page_plan(2, None, copies=2, collate=False) == [0, 0, 1, 1]


def test_settings_round_trip(fresh_settings):
    settings = Settings()
    choices = Choices(
        "journalist", "VN", "/x/org.yaml", "letter", False, frozenset({"timeline", "examples"})
    )
    settings.set_choices(choices)
    settings.set_content_dir(Path("/some/where"))
    settings.sync()
    again = Settings()
    assert again.choices() == choices
    assert again.content_dir() == Path("/some/where")
    assert (fresh_settings / "briefgen" / "briefgen.ini").is_file()


def test_the_watcher_snapshot_ignores_hidden_and_temporary_files(tmp_path):
    (tmp_path / "a.yaml").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text("y")
    before = snapshot(tmp_path)
    for name in (".a.yaml.swp", "a.yaml~", ".pack.pdf.x.part", "#a.yaml#"):
        (tmp_path / name).write_text("noise")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "index").write_text("noise")
    assert snapshot(tmp_path) == before
    (tmp_path / "sub" / "b.yaml").write_text("changed")
    os.utime(tmp_path / "sub" / "b.yaml", ns=(1, 1))
    assert snapshot(tmp_path) != before
