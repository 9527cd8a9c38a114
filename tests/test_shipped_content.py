"""The shipped campaign: clean under the checker, and real packs read right."""

import pytest
from helpers import flat, pdf_text

from briefgen.content.loader import load_content
from briefgen.paths import shipped_content
from briefgen.render.engine import Engine, PackRequest

COUNTRIES = ["KR", "US", "VN", "BR", "ZA"]


@pytest.fixture(scope="module")
def loaded():
    return load_content(shipped_content())


@pytest.fixture(scope="module")
def engine(loaded):
    return Engine(loaded[0])


@pytest.mark.xfail(
    strict=True,
    reason="issue 12: 46 Budapest statuses rest on evidence older than stale_after_days "
    "and 2 sources show no date; no newer dated source could be read here",
)
def test_the_checker_finds_nothing(loaded):
    content, problems = loaded
    assert [str(p) for p in problems.sorted()] == []
    assert len(content.countries) == 195  # 193 UN members and 2 observer states


def test_what_the_checker_still_finds_is_only_old_budapest_evidence(loaded):
    """Until those are re-checked against newer sources: nothing else may creep in."""
    _, problems = loaded
    found = [str(p) for p in problems.sorted()]
    stale = [f for f in found if "budapest status" in f and "newest evidence is from" in f]
    undated = [f for f in found if "has neither 'date' nor 'accessed'" in f]
    assert sorted(stale + undated) == sorted(found)
    assert len(stale) <= 46 and len(undated) <= 2


def test_every_audience_has_asks_for_every_status(loaded):
    content, _ = loaded
    for audience in content.audiences:
        for status in content.campaign.primary_treaty.statuses:
            assert any(
                (a.audiences is None or audience in a.audiences)
                and all(status in c.values for c in a.when if c.key == "uncc")
                for a in content.asks.values()
            ), (audience, status)


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("audience", ["legislator", "journalist", "public"])
def test_packs_hold_their_country_asks_and_sources(engine, audience, country):
    pack = engine.render(PackRequest(audience, country))
    text = flat(pdf_text(pack.pdf))
    content = engine.content
    assert pack.brief.country.name in text  # in the pack's language
    assert pack.brief.asks, "every pack asks something"
    for ask in pack.brief.asks:
        words = " ".join(v for k, v in ask if k == "text").split()
        assert " ".join(words[:6]) in text
    assert pack.brief.sources
    for note in pack.brief.sources:
        assert note.url in text.replace(" ", "") or note.url in text
    for marker in ("TODO", "FIXME", "lorem", "[Your", "(#)"):
        assert marker not in text
    low, high = content.audiences[audience].pages
    assert low <= pack.pages <= high, f"{audience}/{country}: {pack.pages} pages"
    # Only the stale statuses `check` lists too (the pack says "last confirmed …"):
    # no missing glyph, no overflow, no untranslated text.
    assert [w for w in pack.warnings if "rests on evidence from" not in w] == []
