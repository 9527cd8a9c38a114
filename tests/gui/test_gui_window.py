"""The app driven as a user drives it, on a copy of the mini campaign."""

import sys
import types
from pathlib import Path

from builders import engine_for
from gui_helpers import TIMEOUT, choose
from helpers import flat, pdf_reader, pdf_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from briefgen import __version__
from briefgen.gui import printing
from briefgen.gui.main_window import MainWindow


def all_text(window) -> str:
    document = window.preview.document
    return flat(" ".join(document.getAllText(page).text() for page in range(document.pageCount())))


def pick_country(qtbot, window, text):
    search = window.panel.countries.search
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def test_choosing_audience_and_country_updates_the_preview(qtbot, open_window, mini_copy):
    window = open_window(mini_copy)
    assert window.windowTitle() == "briefgen — The Clean Rivers Accord"
    assert not window.windowIcon().isNull()
    audience = window.panel.audience
    choose(qtbot, window, lambda: audience.setCurrentIndex(audience.findData("journalist")))
    choose(qtbot, window, lambda: pick_country(qtbot, window, "vietn"))
    pack = window.pack
    assert pack.brief.audience == "journalist" and pack.brief.country.code == "VN"
    assert window.preview.document.pageCount() == pack.pages >= 1
    assert "Viet Nam" in all_text(window)
    assert f"{pack.pages} page" in window.pack_info.text()
    assert "s ·" in window.pack_info.text()  # the render time
    assert "safety mode" in window.pack_info.text()  # VN is high-risk in the mini campaign


def test_options_reach_the_pack(qtbot, open_window, mini_copy):
    window = open_window(mini_copy)
    panel = window.panel
    choose(qtbot, window, lambda: panel.set_country("FR"))
    choose(qtbot, window, lambda: panel.paper.setCurrentIndex(panel.paper.findData("letter")))
    assert window.pack.brief.paper == "Letter"
    box = pdf_reader(window.pack.pdf).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)
    assert panel.section_boxes.keys() == {"examples", "country"}
    choose(qtbot, window, lambda: panel.section_boxes["examples"].setChecked(False))
    assert "examples" not in window.pack.brief.sections
    choose(qtbot, window, lambda: panel.safety.setCurrentIndex(panel.safety.findData(True)))
    assert window.pack.brief.safety
    choose(qtbot, window, lambda: panel.org.setCurrentIndex(panel.org.findData("friends")))
    assert window.pack_request.org.id == "friends"


def test_save_writes_the_pack_where_the_user_chose(
    qtbot, open_window, mini_copy, tmp_path, monkeypatch
):
    window = open_window(mini_copy)
    choose(qtbot, window, lambda: window.panel.set_country("DE"))
    asked = {}

    def dialog(parent, title, suggested, filters):
        asked["suggested"] = suggested
        return str(tmp_path / "out" / "my pack"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.save_action.trigger()
    saved = tmp_path / "out" / "my pack.pdf"
    assert saved.is_file()
    assert Path(asked["suggested"]).name.startswith("water-legislator-de-")
    reader = pdf_reader(saved.read_bytes())
    assert len(reader.pages) == window.pack.pages
    assert "Germany" in pdf_text(saved.read_bytes())
    window.save_action.trigger()  # the next save starts in the same folder
    assert Path(asked["suggested"]).parent == tmp_path / "out"


def test_save_waits_for_the_preview_to_match_the_choices(
    qtbot, open_window, mini_copy, tmp_path, monkeypatch
):
    window = open_window(mini_copy, debounce_ms=5000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "us.pdf"), ""))
    window.panel.set_country("US")  # the debounce has not fired yet
    with qtbot.waitSignal(window.renderer.rendered, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "United States of America" in pdf_text((tmp_path / "us.pdf").read_bytes())


def test_broken_content_is_listed_and_the_last_preview_stays(
    qtbot, open_window, mini_copy, monkeypatch
):
    window = open_window(mini_copy)
    pages = window.preview.document.pageCount()
    broken = mini_copy / "countries.yaml"
    good = broken.read_text()
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):  # the watcher notices
        broken.write_text(good + "- {code: KR, name: [unclosed\n")
    qtbot.waitUntil(lambda: window.problems_dock.isVisible())
    rows = window.problems.rows()
    assert any(
        severity == "error"
        and location.startswith("content/countries.yaml:")
        and location.split(":")[1].isdigit()
        for severity, location, _ in rows
    ), rows
    assert window.isVisible()
    assert window.preview.has_preview() and window.preview.document.pageCount() == pages
    assert window.preview.notice.isVisible()
    assert "error" in window.problems_dock.windowTitle()

    opened = []
    monkeypatch.setattr(
        "briefgen.gui.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    tree = window.problems.tree
    item = tree.topLevelItem(0)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [str(broken)]

    with qtbot.waitSignal(window.renderer.rendered, timeout=TIMEOUT):
        broken.write_text(good)  # fixed: the preview comes back up to date
    qtbot.waitUntil(lambda: not window.problems_dock.isVisible())
    assert not window.preview.notice.isVisible()


def test_content_broken_from_the_start_shows_problems_not_a_crash(qtbot, open_window, mini_copy):
    (mini_copy / "concerns.yaml").write_text("- id: [\n")
    window = open_window(mini_copy, wait=False)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=TIMEOUT)
    assert any(
        location.startswith("content/concerns.yaml:") for _, location, _ in window.problems.rows()
    )
    assert not window.preview.has_preview()
    assert "error" in window.preview.placeholder.text()
    assert not window.save_action.isEnabled()


def test_a_render_failure_is_reported_not_raised(qtbot, open_window, mini_copy, tmp_path):
    window = open_window(mini_copy)
    profile = tmp_path / "member.yaml"
    profile.write_text("id: member\nname: Member Group\n")
    choose(qtbot, window, lambda: window.panel.add_org_file(profile, "Member Group"))
    assert window.pack.brief.org.name == "Member Group"
    profile.write_text("id: member\nname: [broken\n")
    window.panel.set_country("BR")
    qtbot.waitUntil(lambda: any("member.yaml" in m for _, _, m in window.problems.rows()))
    assert window.preview.has_preview()
    assert "could not be made" in window.statusBar().currentMessage()


def test_print_to_file_writes_the_pack_itself_at_its_size_off_the_gui_thread(
    qtbot, open_window, mini_copy, tmp_path, monkeypatch
):
    window = open_window(mini_copy)
    choose(qtbot, window, lambda: window.panel.set_country("US"))
    output = tmp_path / "printed.pdf"
    shown = {}

    def fake_dialog(parent, page_count, current_page, page_size):
        assert page_count == window.pack.pages
        shown["paper"] = page_size.id()  # the dialog opens at the pack's paper
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(printing, "ask_printer", fake_dialog)
    window.print_action.trigger()
    assert window.is_printing()  # sent from a worker thread: the window goes on
    qtbot.waitUntil(lambda: not window.is_printing(), timeout=TIMEOUT)
    assert shown["paper"] == QPageSize.PageSizeId.Letter
    reader = pdf_reader(output.read_bytes())
    assert len(reader.pages) == window.pack.pages
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)  # the US pack is on Letter
    assert "Images" not in str(reader.pages[0]["/Resources"])  # vector text, not a raster
    assert "Sent" in window.statusBar().currentMessage()


def test_print_to_file_honours_page_range_and_copies(qapp, tmp_path, mini):
    from PySide6.QtGui import QPageRanges

    from briefgen.render.engine import PackRequest

    pdf = engine_for(mini).render(PackRequest("journalist", "FR")).pdf
    pages = len(pdf_reader(pdf).pages)
    assert pages >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    printer.setCopyCount(3)
    job = printing.job_from_printer(printer, pages, 0, "two", "A4")
    assert (job.pages, job.copies, printing.route(job)) == ((2,), 3, "file")
    worker = printing.PrintWorker(pdf, job, printer)
    done = []
    worker.finished.connect(lambda sheets, where: done.append(sheets))
    worker.run()
    assert done == [3]
    printed = pdf_reader((tmp_path / "two.pdf").read_bytes())
    source = pdf_reader(pdf)
    assert len(printed.pages) == 3
    assert {page.extract_text() for page in printed.pages} == {source.pages[1].extract_text()}


def test_raster_printing_can_be_cancelled(qapp, tmp_path, mini, monkeypatch):
    """The fallback for printers that take no PDF stops at Cancel, between pages."""
    from briefgen.render.engine import PackRequest

    pdf = engine_for(mini).render(PackRequest("journalist", "FR")).pdf
    monkeypatch.setattr(printing, "MAX_DPI", 36)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    job = printing.PrintJob(
        "raster", (1, 2), 2, copies=2, collate=True, sides="one-sided", media="A4"
    )
    assert printing.route(job) == "raster"
    sent = printing.raster_print(pdf, printer, job, lambda done, total: None, lambda: False)
    assert sent == 2 if printer.supportsMultipleCopies() else sent == 4
    worker = printing.PrintWorker(pdf, job, printer)
    outcome = []
    worker.progress.connect(lambda done, total: worker.cancel())
    worker.cancelled.connect(lambda: outcome.append("cancelled"))
    worker.finished.connect(lambda *_: outcome.append("finished"))
    worker.run()
    assert outcome == ["cancelled"]


def test_choices_and_folder_are_remembered_between_runs(qtbot, open_window, mini_copy, monkeypatch):
    window = open_window(mini_copy)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(mini_copy))
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        window.open_action.trigger()
    audience = window.panel.audience
    choose(qtbot, window, lambda: audience.setCurrentIndex(audience.findData("journalist")))
    choose(qtbot, window, lambda: window.panel.set_country("VN"))
    choose(qtbot, window, lambda: window.panel.section_boxes["timeline"].setChecked(False))
    window.close()

    again = open_window(None)  # no folder given: the one opened last time
    assert again.content_dir == mini_copy.resolve()
    choices = again.panel.choices()
    assert (choices.audience, choices.country, choices.without) == (
        "journalist",
        "VN",
        {"timeline"},
    )
    assert not again.panel.section_boxes["timeline"].isChecked()


def test_keyboard_shortcuts_and_tab_order(open_window, mini_copy):
    window = open_window(mini_copy)
    assert window.save_action.shortcut() == QKeySequence("Ctrl+S")
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.reload_action.shortcut() == QKeySequence("F5")
    panel = window.panel
    wanted = [
        panel.audience,
        panel.countries.search,
        panel.countries.list,
        panel.org,
        *panel.section_boxes.values(),
        panel.paper,
        panel.safety,
        window.save_button,
        window.print_button,
    ]
    chain, widget = [], panel.audience
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is panel.audience:
            break
    positions = [chain.index(w) for w in wanted]
    assert positions == sorted(positions)
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in wanted)


def test_about_names_the_version(open_window, mini_copy, monkeypatch):
    window = open_window(mini_copy)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert __version__ in shown[0]


def test_batch_appears_only_when_its_dialog_exists(qtbot, open_window, mini_copy, monkeypatch):
    monkeypatch.setitem(sys.modules, "briefgen.gui.batch_dialog", None)
    window = open_window(mini_copy, wait=False)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.batch_action not in file_menu.actions()
    window.close()

    made = []

    class BatchDialog:
        def __init__(self, parent, content_dir, org_choices, **window_state):
            made.append((parent, content_dir, org_choices))

        def show(self):
            pass

    module = types.ModuleType("briefgen.gui.batch_dialog")
    module.BatchDialog = BatchDialog
    monkeypatch.setitem(sys.modules, "briefgen.gui.batch_dialog", module)
    window = open_window(mini_copy)
    assert window.batch_action in window.menuBar().actions()[0].menu().actions()
    window.batch_action.trigger()
    parent, folder, orgs = made[0]
    assert parent is window and folder == mini_copy.resolve()
    assert orgs == {"default": "Rivers Briefing", "friends": "Friends of Rivers"}


def test_run_opens_the_window_and_returns_when_it_closes(qapp, mini_copy):
    from briefgen.gui.app import run

    def close_when_shown():
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows:
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    QTimer.singleShot(50, close_when_shown)
    assert run(mini_copy) == 0


def test_open_profile_file_adds_it_to_the_organisations(
    qtbot, open_window, mini_copy, tmp_path, monkeypatch
):
    window = open_window(mini_copy)
    good, bad = tmp_path / "member.yaml", tmp_path / "bad.yaml"
    good.write_text("id: member\nname: Member Group\n")
    bad.write_text("id: bad\nname: Bad\nlogo: logos/none.svg\n")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    org = window.panel.org
    from briefgen.gui.side_panel import OPEN_PROFILE

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    org.setCurrentIndex(org.findData(OPEN_PROFILE))
    assert "logo" in warnings[0]  # the user is told what is wrong with the file
    assert org.currentData() == "default"  # and the choice did not change

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    choose(qtbot, window, lambda: org.setCurrentIndex(org.findData(OPEN_PROFILE)))
    assert org.currentData() == str(good) and "Member Group" in org.currentText()
    assert window.pack.brief.org.name == "Member Group"


def test_show_content_folder_opens_it(open_window, mini_copy, monkeypatch):
    window = open_window(mini_copy)
    opened = []
    monkeypatch.setattr(
        "briefgen.gui.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    window.folder_action.trigger()
    assert opened == [str(mini_copy.resolve())]


def test_run_without_a_display_says_so_instead_of_aborting(monkeypatch, capsys):
    from briefgen.gui.app import run

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run(None) == 1
    assert "no display" in capsys.readouterr().err


def test_the_preview_ends_on_the_last_choice_after_quick_changes(qtbot, open_window, mini_copy):
    window = open_window(mini_copy, debounce_ms=1)
    search = window.panel.countries.search
    search.setFocus()
    for _ in range(4):
        qtbot.keyClick(search, Qt.Key.Key_Down)
        qtbot.wait(5)
    for _ in range(2):
        qtbot.keyClick(search, Qt.Key.Key_Up)
    qtbot.waitUntil(
        lambda: (
            not window.renderer.busy
            and not window._debounce.isActive()
            and window.pack.brief.country.code == window.panel.choices().country
        ),
        timeout=TIMEOUT,
    )


def test_saving_while_the_content_has_errors_asks_first(
    qtbot, open_window, mini_copy, tmp_path, monkeypatch
):
    """The pack shown predates the broken edit: saving it silently would hand out
    a pack without the latest changes."""
    window = open_window(mini_copy)
    broken = mini_copy / "countries.yaml"
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        broken.write_text(broken.read_text() + "- {code: KR, name: [unclosed\n")
    assert window.content_errors() >= 1
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.Cancel
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.pdf"), ""))
    window.save_action.trigger()
    assert asked and "older pack" in asked[0]
    assert not (tmp_path / "x.pdf").exists()  # cancelled: nothing saved
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.save_action.trigger()
    assert (tmp_path / "x.pdf").is_file()  # saved on purpose


def test_the_window_fits_the_screen_whatever_was_saved(qtbot, open_window, mini_copy):
    window = open_window(mini_copy)
    room = window.screen().availableGeometry()
    window.resize(room.width() + 600, room.height() + 400)  # as restored from a larger monitor
    window.move(room.right() - 50, room.bottom() - 50)
    window.fit_to_screen()
    frame = window.frameGeometry()
    assert room.contains(frame), (room, frame)
    window.resize(window.width(), 420)  # a short screen: the choices scroll, not the buttons
    qtbot.wait(50)
    for button in (window.save_button, window.print_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and window.rect().contains(corner), (corner, window.rect())


def test_the_app_uses_a_templates_folder_and_remembers_it(qtbot, open_window, mini_copy, tmp_path):
    overrides = tmp_path / "overrides" / "labels"
    overrides.mkdir(parents=True)
    (overrides / "en.yaml").write_text('page_of: "Sheet {page} of {pages}"\n')
    window = open_window(mini_copy, templates_dir=overrides.parent)
    assert "Sheet 1 of" in all_text(window)
    window.close()
    again = open_window(mini_copy)  # no folder given: the one used last time
    assert again.templates_dir == overrides.parent.resolve()
    with qtbot.waitSignal(again.renderer.rendered, timeout=TIMEOUT):
        again.no_templates_action.trigger()
    assert "Sheet 1 of" not in all_text(again) and "Page 1 of" in all_text(again)
    assert again.templates_dir is None and not again.no_templates_action.isEnabled()


def test_recent_content_folders_are_offered(qtbot, open_window, mini_copy, tmp_path, monkeypatch):
    other = tmp_path / "other"
    import shutil

    shutil.copytree(mini_copy, other)
    window = open_window(mini_copy)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(other))
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        window.open_action.trigger()
    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[0] == str(other.resolve())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(mini_copy))
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        window.open_action.trigger()
    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == [str(mini_copy.resolve()), str(other.resolve())]
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        window.recent_menu.actions()[1].trigger()
    assert window.content_dir == other.resolve()


def test_the_status_bar_counts_the_warnings_the_problems_panel_lists(qtbot, open_window, mini_copy):
    from briefgen.gui.main_window import pack_summary

    window = open_window(mini_copy)
    own = len(window.pack.warnings)
    assert pack_summary(window.pack, 2).endswith(f"{own + 2} warnings")
    shown = sum(1 for p in window.session.problems if not p.is_error) + own
    expected = f"{shown} warning{'s' if shown != 1 else ''}" if shown else "no warnings"
    assert window.pack_info.text().endswith(expected)


def test_the_app_warns_when_a_status_is_stale_today(qtbot, open_window, mini_copy):
    """`check` measures evidence against the content's as_of; the app against today."""
    import datetime as dt

    window = open_window(mini_copy)
    window.today = lambda: dt.date(2026, 1, 15)  # the mini campaign's as_of
    choose(qtbot, window, lambda: pick_country(qtbot, window, "vietn"))
    assert not window.preview.notice.isVisible()
    assert not [p for p in window._render_problems if "before today" in p.message]

    window.today = lambda: dt.date(2027, 6, 1)
    audience = window.panel.audience
    choose(qtbot, window, lambda: audience.setCurrentIndex(audience.findData("journalist")))
    notice = window.preview.notice
    assert notice.isVisible()
    assert "Re-check before you use this pack" in notice.text()
    assert "10 January 2026" in notice.text()  # the registry source's date
    assert "more than 365 days old today" in notice.text()
    stale = [p for p in window._render_problems if "before today (2027-06-01)" in p.message]
    assert stale and all(p.file.endswith("countries/vn.yaml") and p.line > 0 for p in stale)
    assert str(len(stale) + len(window.pack.warnings)) in window.pack_info.text()
