"""What a person types finds the same country on the command line as in the app."""

import pytest

from briefgen.cli import main
from briefgen.content.country_search import resolve_country, search
from briefgen.content.model import Country, Where
from briefgen.errors import UsageError


def country(code, name, common=None):
    return Country(code, name, common, "Asia", None, "a4", (), "member", Where("countries.yaml", 1))


COUNTRIES = [
    country("KP", "Democratic People's Republic of Korea", "North Korea"),
    country("KR", "Republic of Korea", "South Korea"),
    country("CI", "Côte d'Ivoire", "Ivory Coast"),
    country("NE", "Niger"),
    country("NG", "Nigeria"),
]


@pytest.mark.parametrize(
    "query, code",
    [
        ("KR", "KR"),
        ("kr", "KR"),
        ("South Korea", "KR"),
        ("republic of korea", "KR"),
        ("north korea", "KP"),
        ("cote d'ivoire", "CI"),
        ("Ivory", "CI"),
        ("niger", "NE"),  # the whole name, although "Nigeria" starts with it
    ],
)
def test_a_code_a_name_or_an_unambiguous_part_finds_one_country(query, code):
    assert resolve_country(COUNTRIES, query).code == code


def test_an_ambiguous_query_lists_the_candidates():
    with pytest.raises(UsageError) as error:
        resolve_country(COUNTRIES, "kor")
    message = str(error.value)
    assert "could mean" in message and "KR (Republic of Korea)" in message and "KP" in message


def test_search_puts_the_closer_of_equal_matches_first():
    assert [c.code for c in search(COUNTRIES, "kor")] == ["KR", "KP"]


def test_nothing_matching_names_example_codes_from_the_content():
    with pytest.raises(UsageError, match=r"unknown country 'Atlantis'.*\(e\.g\. KP, KR, CI\)"):
        resolve_country(COUNTRIES, "Atlantis")


def test_build_takes_a_country_name_as_the_app_does(mini, tmp_path, capsys):
    target = tmp_path / "us.pdf"
    arguments = ["build", "--content", str(mini), "--audience", "public", "--country", "USA"]
    code = main([*arguments, "-o", str(target)])
    assert code == 0 and target.is_file()
    assert main(["build", "--content", str(mini), "--audience", "public", "--country", "Atl"]) == 2
    assert "unknown country 'Atl'" in capsys.readouterr().err
