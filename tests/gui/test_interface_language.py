"""The interface in Korean, Spanish, French and Arabic: Qt translators, RTL, the setting."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from briefgen.gui import interface_language
from briefgen.gui.settings import Settings

LANGUAGES = ["ko", "es", "fr", "ar"]
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def interface(qapp):
    """Installs an interface language; English and left-to-right again afterwards."""
    yield lambda language: interface_language.install(qapp, language)
    interface_language.install(qapp, "en")


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_message_is_translated(language):
    ts = ET.parse(interface_language.FOLDER / f"briefgen_{language}.ts")
    messages = list(ts.iter("message"))
    # English needs only its plural forms; the others every message.
    assert len(messages) > (3 if language == "en" else 100)
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") is None, f"{language}: {source!r} is unfinished"
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(t and t.strip() for t in texts), f"{language}: {source!r} is empty"
        assert all(t.count("%1") == source.count("%1") for t in texts), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_files_load_and_translate(language):
    translator = QTranslator()
    assert translator.load(f"briefgen_{language}", str(interface_language.FOLDER))
    assert translator.translate("MainWindow", "&File") not in ("", "&File")


def test_korean_interface_has_korean_menus_and_buttons(interface, open_window, mini_copy):
    assert interface("ko") == "ko"
    window = open_window(mini_copy)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["파일(&F)", "보기(&V)", "설정(&S)", "도움말(&H)"]
    assert window.save_button.text() == "PDF 저장…"
    assert window.print_button.text() == "인쇄…"
    assert HANGUL.search(window.problems.tree.headerItem().text(0))
    assert HANGUL.search(window.pack_info.text())  # "4쪽 · A4 · …"
    assert HANGUL.search(window.panel.countries.search.placeholderText())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_interface_is_right_to_left(interface, open_window, mini_copy):
    interface("ar")
    window = open_window(mini_copy)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.menuBar().actions()[0].text() == "&ملف"
    # Qt's own strings (standard buttons) come from qtbase_ar where PySide6 ships it.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_and_unknown_settings_show_english(interface):
    assert interface("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("MainWindow", "%n page(s)", "", 1) == "1 page"
    assert QCoreApplication.translate("MainWindow", "%n page(s)", "", 4) == "4 pages"
    assert interface_language.resolve("xx") in interface_language.LANGUAGES


def test_system_setting_follows_the_system_locale(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert interface_language.resolve(None) == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert interface_language.resolve(None) == "en"


def test_the_setting_is_stored_apart_from_the_pack_language(fresh_settings):
    settings = Settings()
    assert settings.interface_language() is None
    settings.set_interface_language("ar")
    assert Settings().interface_language() == "ar"
    assert Settings().choices().language is None  # the pack language is untouched


def test_choosing_the_language_in_the_menu_stores_it(open_window, mini_copy, monkeypatch):
    window = open_window(mini_copy)
    monkeypatch.setattr(
        "briefgen.gui.main_window.QInputDialog.getItem",
        lambda *args, **kwargs: ("한국어", True),
    )
    window.choose_interface_language()
    assert Settings().interface_language() == "ko"
    assert "starts again" in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_title_has_a_translation(language):
    from briefgen.content.sections import SECTION_TITLES

    ts = ET.parse(interface_language.FOLDER / f"briefgen_{language}.ts")
    sections = [c for c in ts.iter("context") if c.findtext("name") == "sections"]
    assert len(sections) == 1
    sources = {m.findtext("source") for m in sections[0].iter("message")}
    assert sources == set(SECTION_TITLES.values())


def test_the_contents_own_words_follow_the_interface_language(interface, open_window, qtbot):
    """Audience names, country names (CLDR's, for countries the content names only in
    English), section titles and pack languages in Korean when the interface is."""
    from briefgen.gui.batch_dialog import BatchDialog
    from briefgen.paths import shipped_content

    interface("ko")
    window = open_window(shipped_content())
    panel = window.panel
    audiences = [panel.audience.itemText(i) for i in range(panel.audience.count())]
    assert "국회의원" in audiences and "Legislator" not in audiences
    assert HANGUL.search(panel.audience_note.text())
    model = panel.countries.model
    assert model.data(model.index(model.row_of("KR"), 0)) == "대한민국"
    assert model.data(model.index(model.row_of("FR"), 0)) == "프랑스"
    panel.countries.search.setText("프랑")
    assert panel.countries.filter.codes()[0] == "FR"
    panel.countries.search.setText("France")  # the content's own name still finds it
    assert panel.countries.filter.codes()[0] == "FR"
    assert [box.text() for box in panel.section_boxes.values()] == ["사례", "국가 현황"]
    languages = [panel.language.itemText(i) for i in range(panel.language.count())]
    assert languages[0].startswith("국가 언어 (")  # the country's own, named
    assert languages[1:] == ["English", "한국어", "العربية", "Español", "Français"]

    dialog = BatchDialog(window, shipped_content(), window.org_choices(), window.content)
    qtbot.addWidget(dialog)
    names = [dialog.audiences.item(i).text() for i in range(dialog.audiences.count())]
    assert "국회의원" in names
    assert dialog.language.itemText(0) == "국가별 기본 언어"
    countries = [dialog.countries.item(i).text() for i in range(dialog.countries.count())]
    assert "KR  대한민국" in countries


def test_english_interface_shows_the_contents_default_words(open_window):
    from briefgen.paths import shipped_content

    window = open_window(shipped_content())
    model = window.panel.countries.model
    assert model.data(model.index(model.row_of("KR"), 0)) == ("Republic of Korea (South Korea)")
    assert window.panel.audience.itemText(0) == "Legislator"


def test_the_pack_language_is_the_countrys_unless_one_is_chosen(open_window, qtbot):
    """Korea's packs are in Korean by default; choosing English gives an English pack."""
    from briefgen.paths import shipped_content

    window = open_window(shipped_content())
    panel = window.panel
    panel.countries.set_current("KR")
    panel._country_changed("KR")
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.brief.country.code == "KR")
    assert panel.language.itemText(0) == "Country's language (한국어)"
    assert window.pack.brief.language == "ko"
    with qtbot.waitSignal(window.renderer.rendered, timeout=20000):
        panel.language.setCurrentIndex(panel.language.findData("en"))
    qtbot.waitUntil(lambda: window.pack.brief.language == "en", timeout=20000)
    assert window.pack.brief.country.code == "KR"
    panel.countries.set_current("FR")
    panel._country_changed("FR")
    assert panel.language.itemText(0) == "Country's language (Français)"
    assert panel.language.currentData() == "en"  # the choice stays when the country changes
