"""Issue 12 on real packs of the shipped campaign: every status dated by its
evidence, labels and asks from one record, safety mode that does what it says."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from helpers import flat, pdf_text

from briefgen.content.loader import load_content
from briefgen.content.status import checked_on, country_facts, stale_today, status_freshness
from briefgen.paths import shipped_content
from briefgen.render.engine import Engine, PackRequest
from briefgen.selection.select import select

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@pytest.fixture(scope="module")
def content():
    content, problems = load_content(shipped_content())
    assert content is not None and not problems.errors
    return content


@pytest.fixture(scope="module")
def engine(content):
    return Engine(content)


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _dated_status(content):
    """A profile whose primary status is recorded and dated by its evidence."""
    treaty = content.campaign.primary_treaty
    for code, profile in sorted(content.profiles.items()):
        record = profile.treaties.get(treaty.id)
        if record and record.status != "unknown" and checked_on(record.sources, content.sources):
            return code, record
    return None, None


def test_a_status_cell_shows_its_evidence_date(content, engine):
    code, record = _dated_status(content)
    checked = checked_on(record.sources, content.sources)
    pack = engine.render(PackRequest("legislator", code))
    text = flat(pdf_text(pack.pdf))
    label = content.campaign.primary_treaty.statuses[record.status].get("en", "en")
    stale = pack.brief.primary_status.stale
    said = "status last confirmed" if stale else "checked"
    assert f"{said} {_long_date(checked)}" in text
    assert label in text
    # no blanket "as of" freshness claim over the table (audit E1)
    assert "Status as of" not in text


def test_old_evidence_makes_check_warn_and_the_pack_say_last_confirmed(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(shipped_content(), folder)
    original, _ = load_content(folder)
    code, record = _dated_status(original)
    checked = checked_on(record.sources, original.sources)
    # move as_of past the limit from that status's evidence
    late = checked + dt.timedelta(days=original.campaign.stale_after_days + 30)
    campaign = folder / "campaign.yaml"
    text = re.sub(r"(?m)^as_of: .*$", f"as_of: {late.isoformat()}", campaign.read_text())
    campaign.write_text(text)
    content, problems = load_content(folder)
    line = record.where.line
    warning = next(
        str(p)
        for p in problems.warnings
        if f"countries/{code.lower()}.yaml:{line}:" in str(p) and "newest evidence" in str(p)
    )
    assert f"its newest evidence is from {checked.isoformat()}" in warning
    pack = Engine(content).render(PackRequest("journalist", code))
    assert f"status last confirmed {_long_date(checked)}" in flat(pdf_text(pack.pdf))
    # build, batch and the app say so too: it is one of the pack's warnings
    assert any(
        w.startswith(f"{code} ") and f"rests on evidence from {checked.isoformat()}" in w
        for w in pack.warnings
    ), pack.warnings
    # the app measures the same evidence against today
    treaty = content.campaign.primary_treaty.id
    soon = status_freshness(content, code, checked + dt.timedelta(days=1))
    assert not next(f for f in soon if f.treaty_id == treaty).stale
    assert next(f for f in status_freshness(content, code, late) if f.treaty_id == treaty).stale
    # and names the status's line only for what `check` has not reported already
    assert not [
        p for p in stale_today(content, code, late).items if f"'{record.status}'" in p.message
    ]
    today = stale_today(original, code, late).items
    assert [(p.file, p.line) for p in today if f"'{record.status}'" in p.message] == [
        (f"content/countries/{code.lower()}.yaml", line)
    ]


def test_a_label_and_its_asks_agree_for_every_status(content, engine):
    treaty = content.campaign.primary_treaty
    seen = set()
    for code in sorted(content.profiles):
        facts = country_facts(content, code)
        status = facts[treaty.id]
        for audience in content.audiences:
            brief = select(content, audience, code)
            assert brief.primary_status.status == status
            label = treaty.statuses[status].get(brief.language, "en")  # in the pack's language
            assert brief.primary_status.label == label
            for ask_id in brief.items.get("asks", ()):
                on_treaty = [c for c in content.asks[ask_id].when if c.key == treaty.id]
                assert all(status in c.values for c in on_treaty), (code, ask_id, status)
        if status not in seen:
            seen.add(status)
            pack = engine.render(PackRequest("legislator", code, language="en"))
            assert treaty.statuses[status].get("en", "en") in flat(pdf_text(pack.pdf))
    assert seen, "no profile records a status"


def test_safety_packs_of_every_high_risk_country_name_no_one_to_contact(content, engine):
    org = content.default_org
    high_risk = sorted(code for code, p in content.profiles.items() if p.high_risk)
    assert high_risk
    naming = {a.id for a in content.asks.values() if a.names_organisations}
    for code in high_risk:
        for audience in content.audiences:
            brief = select(content, audience, code)
            assert brief.safety and brief.org is None
            assert not naming & set(brief.items.get("asks", ())), (code, audience)
            html = engine.html(brief)
            assert not EMAIL.search(re.sub(r"<[^>]+>", " ", html)), (code, audience)
        pack = engine.render(PackRequest("public", code, language="en"))
        text = flat(pdf_text(pack.pdf))
        assert not EMAIL.search(text)
        if org is not None:
            for value in (org.name, *org.members, org.contact.phone, org.contact.website):
                if value:
                    assert value not in text, (code, value)
        # the note lists what was left out, and claims nothing it did not do
        assert "names no organisation, person or contact" not in text
        assert "Left out of this pack" in text or "advocacy carries risk" in text


MP_WORDS = re.compile(r"member of parliament|your MP\b|members of parliament", re.IGNORECASE)


def test_no_write_to_your_mp_ask_without_an_elected_parliament(content):
    for code in sorted(content.profiles):
        if country_facts(content, code)["parliament"] == "elected":
            continue
        for audience in content.audiences:
            brief = select(content, audience, code)
            for ask in brief.asks:
                text = " ".join(v for k, v in ask if k != "cite")
                assert not MP_WORDS.search(text), (code, audience, text)
