"""The country search: by name, common name, ISO code, without caring about case or accents."""

import pytest

from briefgen.content.country_search import match_rank
from briefgen.content.model import Country, Where
from briefgen.gui.country_picker import (
    CODE_ROLE,
    CountryFilter,
    CountryModel,
    CountryPicker,
)


def country(code, name, common=None):
    return Country(code, name, common, "Asia", None, "a4", (), "member", Where("countries.yaml", 1))


COUNTRIES = [
    country("KR", "Republic of Korea", "South Korea"),
    country("KP", "Democratic People's Republic of Korea", "North Korea"),
    country("CI", "Côte d'Ivoire", "Ivory Coast"),
    country("VN", "Viet Nam", "Vietnam"),
    country("GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
    country("KE", "Kenya"),
    country("TR", "Türkiye"),
]


@pytest.fixture
def model(qapp):
    source = CountryModel()
    source.set_countries(COUNTRIES, profiled={"KR"})
    proxy = CountryFilter()
    proxy.setSourceModel(source)
    return proxy


@pytest.mark.parametrize(
    "query, codes",
    [
        ("kor", ["KP", "KR"]),
        ("KR", ["KR"]),
        ("kr", ["KR"]),
        ("south korea", ["KR"]),
        ("vietnam", ["VN"]),
        ("viet", ["VN"]),
        ("cote", ["CI"]),
        ("ivory", ["CI"]),
        ("turkiye", ["TR"]),
        ("united kingdom", ["GB"]),
        ("zzz", []),
    ],
)
def test_the_filter_finds_names_common_names_and_codes(model, query, codes):
    model.set_query(query)
    assert sorted(model.codes()) == sorted(codes)


def test_an_exact_code_comes_before_names_that_contain_it(model):
    model.set_query("ke")
    assert model.codes()[0] == "KE"  # the code, and the start of "Kenya"
    model.set_query("ko")
    assert set(model.codes()) == {"KR", "KP"}


def test_an_empty_query_lists_everything_by_name(model):
    model.set_query("")
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert len(names) == len(COUNTRIES)
    assert names[0].startswith("Côte d'Ivoire")  # accents sort with their letter


def test_match_rank_prefers_code_then_name_start_then_word_start():
    korea = COUNTRIES[0]
    assert match_rank(korea, "KR") == 0
    assert match_rank(korea, "repub") == 1
    assert match_rank(korea, "kor") == 2
    assert match_rank(korea, "orea") == 3
    assert match_rank(korea, "japan") is None


def test_the_picker_selects_the_first_match_on_enter(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.set_countries(COUNTRIES, current="VN")
    with qtbot.waitSignal(picker.countryChanged) as signal:
        qtbot.keyClicks(picker.search, "south k")
        qtbot.keyClick(picker.search, "\r")
    assert signal.args == ["KR"]
    assert picker.current() == "KR"


def test_kor_and_enter_picks_the_republic_of_korea(qtbot):
    """Both Koreas match "kor" at the start of a word: the shorter name is the
    closer match, so Enter picks the Republic of Korea, not the DPRK."""
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.set_countries(COUNTRIES, current="VN")
    with qtbot.waitSignal(picker.countryChanged) as signal:
        qtbot.keyClicks(picker.search, "kor")
        qtbot.keyClick(picker.search, "\r")
    assert signal.args == ["KR"]


def test_typing_does_not_change_the_country_until_one_is_picked(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.set_countries(COUNTRIES, current="VN")
    changes = []
    picker.countryChanged.connect(changes.append)
    qtbot.keyClicks(picker.search, "kor")
    assert changes == [] and picker.current() == "VN"
    qtbot.keyClick(picker.search, "\x1b")  # nothing happens on other keys either
    from PySide6.QtCore import Qt

    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert changes and changes[-1] in ("KR", "KP")
    assert picker.list.currentIndex().data(CODE_ROLE) == changes[-1]
