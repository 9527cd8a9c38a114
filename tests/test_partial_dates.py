"""Source dates known only to the year or month: read once at load, printed as
only what is known in every language, counted as the first day of their period
for staleness, and never printed with a made-up day."""

from __future__ import annotations

import datetime as dt
import pickle
import re
import shutil

import pytest
from builders import MINI, content_of
from helpers import flat, pdf_text

from briefgen.batch.keys import stable
from briefgen.content.fields import PartialDate
from briefgen.content.loader import load_content
from briefgen.content.locale import format_date, format_month
from briefgen.content.status import checked_on, is_stale, status_freshness
from briefgen.paths import shipped_content
from briefgen.render.engine import Engine, PackRequest

LANGUAGES = ("en", "ko", "es", "fr", "ar")


def _set_source(folder, source_id: str, **values) -> None:
    """Give `source_id` in the mini campaign's sources.yaml these `date`/`accessed` lines."""
    path = folder / "sources.yaml"
    blocks = path.read_text().split("- id: ")
    for index, block in enumerate(blocks):
        if block.startswith(f"{source_id}\n"):
            kept = [line for line in block.splitlines() if not line.startswith(tuple(values), 2)]
            added = [f"  {key}: {value}" for key, value in values.items()]
            blocks[index] = "\n".join([*kept, *added]) + "\n"
    path.write_text("- id: ".join(blocks))


def _set_campaign(folder, **values) -> None:
    path = folder / "campaign.yaml"
    text = path.read_text()
    for key, value in values.items():
        text, count = re.subn(rf"(?m)^{key}: .*$", f"{key}: {value}", text)
        assert count == 1, key
    path.write_text(text)


def _problems(folder, today=dt.date(2026, 2, 1)):
    content, problems = load_content(folder, today=today)
    return content, [str(p) for p in problems.sorted()]


# -- the value -------------------------------------------------------------------


def test_a_partial_date_is_the_first_day_of_its_period_and_keeps_its_precision():
    year, month = PartialDate(2020), PartialDate(2020, 5)
    assert year == dt.date(2020, 1, 1) and month == dt.date(2020, 5, 1)
    assert dt.date(2019, 12, 31) < year < dt.date(2020, 1, 2)
    assert max([dt.date(2020, 3, 15), year]) == dt.date(2020, 3, 15)
    assert (year.precision, month.precision) == ("year", "month")
    assert (year.isoformat(), str(month)) == ("2020", "2020-05")
    assert dt.date(2021, 1, 1) - year == dt.timedelta(days=366)
    # arithmetic makes a complete day, never one that claims a precision it lacks
    assert (year + dt.timedelta(days=3)).isoformat() == "2020-01-04"
    assert year.replace(day=4).isoformat() == "2020-01-04"
    for value in (year, month, PartialDate(2020, 5, 14)):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            copy = pickle.loads(pickle.dumps(value, protocol))
            assert type(copy) is PartialDate
            assert (copy, copy.precision) == (value, value.precision)


def test_a_batch_key_tells_a_year_from_its_first_day():
    """Changing `date: 2020-01-01` to `date: 2020` changes what the pack prints, so it
    must change the pack's key (keys hash dates by their ISO form)."""
    assert stable(PartialDate(2020)) == "2020"
    assert stable(PartialDate(2020, 5)) == "2020-05"
    assert stable(dt.date(2020, 1, 1)) == "2020-01-01"


# -- reading -----------------------------------------------------------------------


def test_a_source_date_may_be_a_year_or_a_month(mini_copy):
    _set_source(mini_copy, "ngo-report", date="2020")
    _set_source(mini_copy, "risk-index", date="2020-05", accessed='"2021"')
    content, problems = _problems(mini_copy)
    assert problems == []
    report, risk = content.sources["ngo-report"], content.sources["risk-index"]
    assert (report.date, report.date.precision) == (dt.date(2020, 1, 1), "year")
    assert (risk.date, risk.date.precision) == (dt.date(2020, 5, 1), "month")
    assert (risk.accessed, risk.accessed.precision) == (dt.date(2021, 1, 1), "year")
    # a full date stays a plain date
    assert type(content.sources["registry"].date) is dt.date
    # the content crosses to batch workers by pickle, precision and all
    again = pickle.loads(pickle.dumps(content))
    assert again.sources["ngo-report"].date.precision == "year"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2020-13", "'2020-13'"),
        ("20x0", "'20x0'"),
        ("2020-00", "'2020-00'"),
        ("2020-5", "'2020-5'"),
        ("20200", "20200"),  # YAML reads these two as numbers
        ("0000", "0"),
    ],
)
def test_a_bad_source_date_names_its_file_and_line(mini_copy, value, shown):
    _set_source(mini_copy, "ngo-report", accessed=value)
    path = mini_copy / "sources.yaml"
    line = next(
        number
        for number, text in enumerate(path.read_text().splitlines(), 1)
        if text == f"  accessed: {value}"
    )
    _, problems = _problems(mini_copy)
    assert [p for p in problems if "'accessed'" in p] == [
        f"content/sources.yaml:{line}: source: 'accessed' must be a date like "
        f"2025-10-25 (or 2025-10 or 2025 when only the month or year is known), not {shown}"
    ]


def test_other_dates_must_still_be_full_days(mini_copy):
    """Only a source's dates may be partial: the as_of, for one, is a day."""
    _set_campaign(mini_copy, as_of="2026")
    _, problems = _problems(mini_copy)
    assert (
        "content/campaign.yaml:6: campaign: 'as_of' must be a date like 2025-10-25, not 2026"
        in problems
    )


# -- printing ------------------------------------------------------------------------

# What CLDR's `y` and `yMMMM` skeletons give in each pack language (none typed in
# by briefgen: these are the expected outputs).
YEAR = {"en": "2020", "ko": "2020년", "es": "2020", "fr": "2020", "ar": "2020"}
MONTH = {
    "en": "May 2020",
    "ko": "2020년 5월",
    "es": "mayo de 2020",
    "fr": "mai 2020",
    "ar": "مايو 2020",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partial_date_prints_only_what_is_known(language):
    assert format_date(PartialDate(2020), language) == YEAR[language]
    assert format_date(PartialDate(2020, 5), language) == MONTH[language]
    assert format_month(PartialDate(2020), language) == YEAR[language]
    # a full date and the short month are as they were
    assert format_date(dt.date(2020, 5, 14), language) == format_date(
        PartialDate(2020, 5, 14), language
    )
    assert "14" in format_date(dt.date(2020, 5, 14), language)
    assert format_month(PartialDate(2020, 5), language) == format_month(
        dt.date(2020, 5, 14), language
    )


def test_an_unknown_language_falls_back_to_the_iso_form():
    assert format_date(PartialDate(2020), "xx-invalid!") == "2020"
    assert format_date(PartialDate(2020, 5), "xx-invalid!") == "2020-05"
    assert format_month(PartialDate(2020), "xx-invalid!") == "2020"


@pytest.fixture(scope="module")
def year_only(tmp_path_factory):
    """The mini campaign in English, Korean and French, with France's status resting
    only on a source dated `2020` (so its evidence is old against the as_of)."""
    folder = tmp_path_factory.mktemp("year-only") / "content"
    shutil.copytree(MINI, folder)
    _set_campaign(folder, languages="[en, ko, fr]")
    _set_source(folder, "registry", date="2020")
    return content_of(folder)


# (language, what a year-only date prints, what a made-up 1 January would print)
PACKS = [
    ("en", "2020", "1 January 2020"),
    ("ko", "2020년", "2020년 1월 1일"),
    ("fr", "2020", "1 janvier 2020"),
]


@pytest.mark.parametrize(("language", "year", "made_up"), PACKS)
def test_a_pack_prints_a_year_only_source_as_its_year(year_only, language, year, made_up):
    engine = Engine(year_only)
    pack = engine.render(PackRequest("legislator", "FR", language=language))
    text = flat(pdf_text(pack.pdf))
    assert made_up not in text
    # the source note: publisher, title, then the date
    assert f"Rivers Secretariat, Signature registry, {year}." in text
    # the status cell: its only evidence is the registry, old against the as_of
    status = pack.brief.primary_status
    assert (status.checked, status.checked.precision, status.stale) == (
        dt.date(2020, 1, 1),
        "year",
        True,
    )
    t = engine.templates.label_function(language)
    assert flat(t("status_last_confirmed", date=year)) in text
    # the pack's own warning names the period the ISO way
    assert any("rests on evidence from 2020;" in w for w in pack.warnings), pack.warnings


def test_a_year_and_month_source_prints_month_and_year(mini_copy):
    _set_source(mini_copy, "registry", date="2025-12")
    content = content_of(mini_copy)
    pack = Engine(content).render(PackRequest("legislator", "FR"))
    text = flat(pdf_text(pack.pdf))
    assert "Rivers Secretariat, Signature registry, December 2025." in text
    assert "checked December 2025" in text
    assert "1 December 2025" not in text


def test_the_south_african_budapest_source_prints_only_its_year():
    content = content_of(shipped_content())
    source = content.sources["pmg-za-budapest"]
    assert source.date.precision == "year"
    pack = Engine(content).render(PackRequest("legislator", "ZA", language="en"))
    text = flat(pdf_text(pack.pdf))
    assert "1 January 2020" not in text
    assert "Committee question and reply on ratification of the Budapest Convention, 2020." in text
    assert "status last confirmed 2020" in text


# -- staleness -----------------------------------------------------------------------


def test_staleness_counts_a_year_from_its_first_day(mini_copy):
    """2020 is judged as 1 January 2020, the earliest the evidence can be from: on
    2 January 2021 it is 367 days old, stale, though it might be from December."""
    _set_source(mini_copy, "registry", date="2020")
    _set_campaign(mini_copy, stale_after_days="365")
    for as_of, stale in (("2020-12-31", False), ("2021-01-02", True)):
        _set_campaign(mini_copy, as_of=as_of)
        content, problems = _problems(mini_copy)
        assert content is not None
        record = content.profiles["FR"].treaties["accord"]
        checked = checked_on(record.sources, content.sources)
        assert checked == dt.date(2020, 1, 1)
        assert is_stale(checked, content.campaign.as_of, 365) is stale
        warnings = [
            p
            for p in problems
            if p.startswith(f"content/countries/fr.yaml:{record.where.line}:")
            and "newest evidence" in p
        ]
        expected = f"its newest evidence is from 2020, more than 365 days before as_of {as_of}"
        assert [expected in w for w in warnings] == ([True] if stale else [])
        # the app measures the same day against today
        fresh = status_freshness(content, "FR", dt.date.fromisoformat(as_of))
        assert next(f for f in fresh if f.treaty_id == "accord").stale is stale


def test_a_month_counts_from_its_first_day(mini_copy):
    _set_source(mini_copy, "registry", date="2020-05")
    _set_campaign(mini_copy, as_of="2021-05-02", stale_after_days="365")
    content, problems = _problems(mini_copy)
    checked = checked_on(content.profiles["FR"].treaties["accord"].sources, content.sources)
    assert (checked, checked.precision) == (dt.date(2020, 5, 1), "month")
    assert any("its newest evidence is from 2020-05, more than 365 days" in p for p in problems)


def test_a_status_known_to_its_month_prints_the_month_and_is_settled():
    """Malta's notices disagree on the day (12 or 13 April 2012): the record says April."""
    content = content_of(shipped_content())
    record = content.profiles["MT"].treaties["budapest"]
    assert (record.date.isoformat(), record.date.precision) == ("2012-04", "month")
    pack = Engine(content).render(PackRequest("legislator", "MT", language="en"))
    text = flat(pdf_text(pack.pdf))
    assert "Party April 2012 · checked" in text
    assert "April 2012 · status last confirmed" not in text  # a deposit settles it
    assert "1 April 2012" not in text
    french = Engine(content).render(PackRequest("legislator", "MT", language="fr"))
    assert "avril 2012" in flat(pdf_text(french.pdf))
