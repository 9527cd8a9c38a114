"""Loading validates everything once and reports every problem as file:line."""

import datetime as dt

from briefgen.content.loader import load_content


def problems_of(root, today=None):
    content, problems = load_content(root, today=today or dt.date(2026, 2, 1))
    return content, [str(p) for p in problems.sorted()]


def test_the_mini_campaign_loads_clean(mini):
    content, problems = problems_of(mini)
    assert problems == []
    assert set(content.audiences) == {"legislator", "journalist", "public"}
    assert content.countries["US"].paper == "letter"
    assert content.profiles["FR"].treaties["accord"].status == "signed"
    assert content.orgs["friends"].logo.name == "friends.svg"


def test_yaml_syntax_error_names_file_and_line(mini_copy):
    path = mini_copy / "concerns.yaml"
    lines = path.read_text().splitlines()
    lines[3] = "  body: [unclosed"
    path.write_text("\n".join(lines) + "\n")
    _content, problems = problems_of(mini_copy)
    assert any(p.startswith("content/concerns.yaml:") and "YAML syntax" in p for p in problems)


def test_every_problem_is_reported_at_once_with_its_line(mini_copy):
    (mini_copy / "examples.yaml").write_text(
        "- id: a\n"
        "  country: XX\n"  # line 2: not ISO
        "  concerns: [nonexistent]\n"
        "  title: A\n"
        "  text: Fact with no source.\n"  # no citation
        "- id: b\n"
        "  country: FR\n"
        "  concerns: [discharge]\n"
        "  title: B\n"
        "  text: Cites a ghost [@ghost].\n"
        "  colour: red\n"  # line 11: unknown field
        "- id: b\n"  # line 12: duplicate id
        "  country: FR\n"
        "  concerns: [discharge]\n"
        "  title: B\n"
        "  text: Again [@registry].\n"
    )
    _, problems = problems_of(mini_copy)
    text = "\n".join(problems)
    assert (
        "content/examples.yaml:2: example: 'XX' is not an ISO 3166-1 alpha-2 country code" in text
    )
    assert "example 'a': concern 'nonexistent' does not exist" in text
    assert "example 'a': states a fact but cites no source" in text
    assert "example 'b': cites source 'ghost', which does not exist" in text
    assert "content/examples.yaml:11: example: unknown field 'colour'" in text
    assert "content/examples.yaml:12: example id 'b' is already used at examples.yaml:6" in text


def test_duplicate_keys_and_missing_fields(mini_copy):
    (mini_copy / "asks.yaml").write_text(
        "- id: x\n"
        "  statuses: [signed]\n"
        "  statuses: [ratified]\n"
        "- id: y\n"
        "  statuses: [signed]\n"
        "  audiences: [senators]\n"
        "  text: Hello\n"
    )
    _, problems = problems_of(mini_copy)
    text = "\n".join(problems)
    assert "content/asks.yaml:3: 'statuses' is given twice in the same mapping" in text
    assert "content/asks.yaml:1: ask: missing required field 'text'" in text
    assert "ask 'y': audience 'senators' does not exist" in text


def test_placeholders_are_refused_with_their_line(mini_copy):
    path = mini_copy / "concerns.yaml"
    path.write_text(
        path.read_text().replace("Only the discharging state", "Only the [Your organization] state")
    )
    (mini_copy / "orgs" / "friends.yaml").write_text(
        (mini_copy / "orgs" / "friends.yaml")
        .read_text()
        .replace("name: Friends of Rivers", "name: Friends of Rivers TODO")
    )
    _, problems = problems_of(mini_copy)
    text = "\n".join(problems)
    assert "content/concerns.yaml:10: placeholder text '[Your organization]'" in text
    assert "content/orgs/friends.yaml:2: placeholder text 'TODO'" in text


def test_unfinished_links_and_lorem_are_placeholders(mini_copy):
    path = mini_copy / "examples.yaml"
    path.write_text(
        path.read_text().replace(
            "Catches fell by a third", "See [the report](#) and (https lorem ipsum. Catches fell"
        )
    )
    _, problems = problems_of(mini_copy)
    assert sum("placeholder text" in p for p in problems) == 1  # one per string, the first found


def test_python_tags_are_refused(mini_copy):
    (mini_copy / "sources.yaml").write_text("- !!python/object/apply:os.system ['true']\n")
    _, problems = problems_of(mini_copy)
    assert any(p.startswith("content/sources.yaml:1:") and "YAML syntax" in p for p in problems)


def test_stale_status_and_uncited_source_are_warnings(mini_copy):
    with (mini_copy / "sources.yaml").open("a") as stream:
        stream.write("- id: unused\n  publisher: P\n  title: T\n  url: https://example.org/u\n")
    # staleness is measured against the content's as_of, not the day check runs
    campaign = mini_copy / "campaign.yaml"
    campaign.write_text(campaign.read_text().replace("as_of: 2026-01-15", "as_of: 2027-03-01"))
    content, problems = problems_of(mini_copy)
    text = "\n".join(problems)
    assert (
        "content/countries/fr.yaml:6: warning: profile FR accord status 'signed': its newest "
        "evidence is from 2026-01-10, more than 365 days before as_of 2027-03-01" in text
    )
    assert "warning: source 'unused' is never cited" in text
    assert "warning: source 'unused' has neither 'date' nor 'accessed'" in text
    assert content is not None


def test_bad_urls_dates_and_codes(mini_copy):
    (mini_copy / "sources.yaml").write_text(
        "- id: s\n  publisher: P\n  title: T\n  url: www.example.org\n  date: 25/10/2025\n"
    )
    (mini_copy / "countries" / "fr.yaml").write_text("code: FX\naccord: {status: sort-of}\n")
    _, problems = problems_of(mini_copy)
    text = "\n".join(problems)
    assert (
        "content/sources.yaml:4: source: 'url' is not a full http(s) URL: www.example.org" in text
    )
    assert "content/sources.yaml:5: source: 'date' must be a date like 2025-10-25" in text
    assert (
        "content/countries/fr.yaml:1: country profile: 'FX' is not an ISO 3166-1 alpha-2 code"
        in text
    )
    assert "'status' is 'sort-of', expected one of: not_signed, signed, ratified, unknown" in text


def test_missing_asks_for_a_status_is_a_warning(mini_copy):
    path = mini_copy / "asks.yaml"
    path.write_text(
        path.read_text().replace("when: {accord: [ratified]}", "when: {accord: [signed]}")
    )
    _, problems = problems_of(mini_copy)
    assert any(
        "warning: audience 'legislator' has no ask for countries whose accord status "
        "is 'ratified'" in p
        for p in problems
    )


def test_a_missing_campaign_file_is_one_clear_error(tmp_path):
    _, problems = problems_of(tmp_path)
    assert (
        len(problems) == 1 and "missing: every content folder needs a campaign.yaml" in problems[0]
    )


def test_a_text_without_a_default_needs_a_version_for_each_audience_it_is_for(mini_copy):
    concerns = mini_copy / "concerns.yaml"
    concerns.write_text(
        concerns.read_text().replace(
            "  body:\n    default: Article 4", "  body:\n    legislator: Article 4", 1
        )
    )
    asks = mini_copy / "asks.yaml"
    journalists_only = (
        "- id: only-for-journalists\n"
        "  audiences: [journalist]\n"
        "  when: {accord: [signed]}\n"
        "  text: {journalist: Ask who pays for the monitor.}\n"
    )
    asks.write_text(asks.read_text() + journalists_only)
    _, problems = problems_of(mini_copy)
    assert problems == [
        "content/concerns.yaml:3: concern: 'body' has no version for journalist; "
        "add a 'default' version or one for each"
    ]
