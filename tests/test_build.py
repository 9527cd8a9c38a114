"""Real packs from the mini campaign: open the PDF and read it."""

import pytest
from helpers import flat, pdf_reader, pdf_text

from briefgen.render.engine import PackRequest

CASES = [(a, c) for a in ("legislator", "journalist", "public") for c in ("FR", "US", "BR")]


@pytest.fixture(scope="module")
def packs(mini_engine):
    friends = mini_engine.content.orgs["friends"]
    return {(a, c): mini_engine.render(PackRequest(a, c, org=friends)) for a, c in CASES}


@pytest.mark.parametrize("audience, country", CASES)
def test_each_pack_holds_its_country_asks_and_sources(mini_engine, packs, audience, country):
    pack = packs[(audience, country)]
    text = flat(pdf_text(pack.pdf))
    assert mini_engine.content.countries[country].name in text
    for note in pack.brief.sources:
        assert note.title in text and note.url in text
    for ask in pack.brief.asks:
        first_words = " ".join(v for k, v in ask if k == "text").split()[:5]
        assert " ".join(first_words) in text
    for word in ("TODO", "lorem", "[Your", "Undefined"):
        assert word not in text
    low, high = mini_engine.content.audiences[audience].pages
    assert low <= pack.pages <= high
    assert len(pdf_reader(pack.pdf).pages) == pack.pages
    assert pack.warnings == ()


def test_metadata_names_title_author_subject_and_language(packs):
    reader = pdf_reader(packs[("legislator", "FR")].pdf)
    info = reader.metadata
    assert info.title == "The Clean Rivers Accord: Legislator briefing, France"
    assert info.author == "Friends of Rivers"
    assert "Legislator briefing on France" in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_paper_size_follows_the_country(packs):
    us = pdf_reader(packs[("public", "US")].pdf).pages[0].mediabox
    fr = pdf_reader(packs[("public", "FR")].pdf).pages[0].mediabox
    assert (round(float(us.width)), round(float(us.height))) == (612, 792)
    assert (round(float(fr.width)), round(float(fr.height))) == (595, 842)


def test_country_without_profile_says_so_and_invents_nothing(packs):
    text = flat(pdf_text(packs[("legislator", "BR")].pdf))
    assert "We hold no sourced profile for Brazil" in text
    assert "Not recorded in our sources" in text
    assert "Signed" not in text and "Ratified" not in text


def test_same_inputs_give_the_same_bytes(mini_engine, packs):
    again = mini_engine.render(
        PackRequest("legislator", "FR", org=mini_engine.content.orgs["friends"])
    )
    assert again.pdf == packs[("legislator", "FR")].pdf
