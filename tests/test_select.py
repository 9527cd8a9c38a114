"""Selection is a pure function of content, audience, country and options."""

import dataclasses

import pytest
from builders import content_of

from briefgen.errors import UsageError
from briefgen.selection.select import Options, select


@pytest.fixture(scope="module")
def content(mini):
    return content_of(mini)


def cites(rich):
    return [int(value) for kind, value in rich if kind == "cite"]


def test_concerns_follow_the_audience_priority(content):
    assert [c.id for c in select(content, "legislator", "FR").concerns] == [
        "discharge",
        "monitoring",
    ]
    journalist = select(content, "journalist", "FR")
    assert [c.id for c in journalist.concerns][:2] == ["monitoring", "discharge"]


def test_a_country_can_put_its_own_concerns_first(mini_copy):
    path = mini_copy / "countries" / "fr.yaml"
    path.write_text(path.read_text() + "concern_priority: [fishing]\n")
    content = content_of(mini_copy)
    assert next(c.id for c in select(content, "legislator", "FR").concerns) == "fishing"


def test_examples_come_from_the_country_then_its_region(content):
    assert [e.id for e in select(content, "legislator", "FR").examples] == ["fr-loire", "de-rhine"]
    assert [e.id for e in select(content, "legislator", "DE").examples] == ["de-rhine", "fr-loire"]
    french = select(content, "legislator", "FR").examples[0]
    assert french.local and french.country_name == "France"


def test_asks_fit_the_treaty_status(content):
    def asks(audience, country):
        return [
            " ".join(v for k, v in ask if k == "text")
            for ask in select(content, audience, country).asks
        ]

    assert asks("legislator", "FR") == ["Do not ratify before an independent monitor exists."]
    assert asks("legislator", "VN") == ["Do not sign the Accord until monitoring is independent."]
    assert asks("public", "BR") == [
        "Ask your representative to oppose the Accord.",
        "Support the River Monitor Network, which tracks discharges .",  # "." follows a citation
    ]
    assert "Ask the ministry who will measure discharges." in asks("journalist", "FR")


def test_a_country_without_a_profile_says_what_is_not_recorded(content):
    brief = select(content, "legislator", "BR")
    assert not brief.country.has_profile
    assert [s.status for s in brief.statuses] == ["unknown", "unknown"]
    assert brief.position is None and brief.laws == ()
    assert brief.statuses[0].label is None  # the pack prints the `not_recorded` label


def test_citations_number_in_reading_order_and_endnotes_match(content):
    brief = select(content, "journalist", "FR")
    numbers = cites(brief.summary)
    for fact in brief.key_facts:
        numbers += cites(fact)
    for event in brief.timeline:
        numbers += cites(event.text)
    first_uses = list(dict.fromkeys(numbers))
    assert first_uses == list(range(1, len(first_uses) + 1))
    assert [note.number for note in brief.sources] == list(range(1, len(brief.sources) + 1))
    # Exactly the cited sources, nothing more.
    everything = set(numbers)
    for concern in brief.concerns:
        everything |= set(cites(concern.body))
    for example in brief.examples:
        everything |= set(cites(example.text))
    for status in brief.statuses:
        everything |= set(cites(status.note or ())) | set(cites(status.cites))
    assert everything == {note.number for note in brief.sources}


def test_safety_mode_is_automatic_for_high_risk_countries(content):
    org = content.orgs["friends"]
    assert select(content, "legislator", "FR", Options(org=org)).org.name == "Friends of Rivers"
    risky = select(content, "legislator", "VN", Options(org=org))
    assert risky.safety and risky.org is None
    assert select(content, "legislator", "VN", Options(org=org, safety=False)).org is not None
    assert select(content, "legislator", "FR", Options(org=org, safety=True)).org is None


def test_optional_sections_can_be_left_out(content):
    full = select(content, "legislator", "FR")
    assert "examples" in full.sections and "country" in full.sections
    brief = select(content, "legislator", "FR", Options(sections=frozenset({"country"})))
    assert "examples" not in brief.sections and brief.examples == ()
    assert "summary" in brief.sections  # not optional, always there


def test_paper_follows_the_country_unless_overridden(content):
    assert select(content, "public", "US").paper == "Letter"
    assert select(content, "public", "FR").paper == "A4"
    assert select(content, "public", "US", Options(paper="a4")).paper == "A4"


def test_selection_is_pure(content):
    first = select(content, "journalist", "DE")
    second = select(content, "journalist", "DE")
    assert dataclasses.asdict(first) == dataclasses.asdict(second)


def test_items_record_what_went_into_the_pack(content):
    brief = select(content, "legislator", "FR")
    assert brief.items["concerns"] == ("discharge", "monitoring")
    assert brief.items["asks"] == ("do-not-ratify",)
    assert set(brief.items["sources"]) == {note.id for note in brief.sources}


@pytest.mark.parametrize(
    "audience, country, expected",
    [
        (
            "senator",
            "FR",
            "unknown audience 'senator'; choose one of: legislator, journalist, public",
        ),
        ("public", "ZZ", "unknown country 'ZZ'"),
    ],
)
def test_unknown_choices_name_the_valid_ones(content, audience, country, expected):
    with pytest.raises(UsageError, match=expected):
        select(content, audience, country)


def test_grouped_citations_ascend(mini_copy):
    path = mini_copy / "concerns.yaml"
    path.write_text(
        path.read_text().replace(
            "Only the discharging state measures what it discharges [@ngo-report].",
            "Only the discharging state measures what it discharges"
            " [@ngo-report; @accord-text; @ngo-report].",
        )
    )
    content = content_of(mini_copy)
    body = select(content, "journalist", "FR").concerns[0].body
    numbers = [int(v) for k, v in body if k == "cite"]
    assert numbers == sorted(set(numbers)) and len(numbers) == 2


def test_asks_follow_country_facts_and_safety(content):
    def ask_ids(audience, country, **options):
        return select(content, audience, country, Options(**options)).items["asks"]

    # parliament recorded as elected: the ask to write to an MP is chosen
    assert "write-to-mp" in ask_ids("public", "FR")
    # appointed parliament, or none recorded: it never is
    assert "write-to-mp" not in ask_ids("public", "VN", safety=False)
    assert "write-to-mp" not in ask_ids("public", "BR")
    # an ask naming organisations is left out whenever safety mode is on
    assert "support-monitor" in ask_ids("public", "BR")
    assert "support-monitor" not in ask_ids("public", "BR", safety=True)
    assert "support-monitor" not in ask_ids("public", "VN")


def test_safety_note_lists_what_the_mode_removed(content):
    brief = select(content, "public", "VN")
    assert brief.safety
    assert "named_organisation_asks" in brief.safety_removed
    assert "organisation" in brief.safety_removed
    assert select(content, "public", "FR").safety_removed == ()


def test_an_example_goes_no_further_than_its_reach(mini_copy):
    # by default an example stays in its region: the US pack shows Brazil's, not Europe's
    content = content_of(mini_copy)
    assert [e.id for e in select(content, "legislator", "US").examples] == ["br-amazon"]
    assert "br-amazon" not in select(content, "legislator", "VN").items.get("examples", ())
    path = mini_copy / "examples.yaml"
    text = path.read_text()
    text = text.replace("- id: br-amazon\n", "- id: br-amazon\n  reach: everywhere\n")
    text = text.replace("- id: de-rhine\n", "- id: de-rhine\n  reach: country\n")
    path.write_text(text)
    content = content_of(mini_copy)
    assert "br-amazon" in select(content, "legislator", "VN").items["examples"]
    assert "de-rhine" not in select(content, "legislator", "FR").items["examples"]
    assert "de-rhine" in select(content, "legislator", "DE").items["examples"]


def test_a_concern_with_a_condition_is_only_for_the_countries_it_names(mini_copy):
    path = mini_copy / "concerns.yaml"
    concern = path.read_text().split("- id: ", 2)[1].split("\n", 1)[0]
    path.write_text(
        path.read_text().replace(
            f"- id: {concern}\n", f"- id: {concern}\n  when: {{country: [FR]}}\n"
        )
    )
    content = content_of(mini_copy)
    assert concern in select(content, "journalist", "FR").items["concerns"]
    assert concern not in select(content, "journalist", "DE").items["concerns"]
