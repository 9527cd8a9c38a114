"""The batch dialog: the form makes the same BatchSpec as the command line, the batch
runs off the GUI thread, Cancel stops it cleanly."""

import json
import threading
from pathlib import Path

import pytest
from gui_helpers import choose
from PySide6.QtCore import Qt, QTimer

from briefgen.batch import BatchSpec
from briefgen.errors import BriefgenError
from briefgen.gui import batch_dialog, threads
from briefgen.gui.batch_dialog import BatchDialog, make_spec


def test_make_spec_says_all_when_everything_is_ticked(tmp_path):
    spec = make_spec(
        tmp_path,
        str(tmp_path / "out"),
        ["a", "b"],
        ["b", "a"],
        ["FR"],
        ["FR", "DE"],
        ["friends"],
        2,
        zip=True,
        merge=True,
        paper="a4",
        safety=False,
        without=["timeline"],
    )
    assert spec == BatchSpec(
        tmp_path,
        tmp_path / "out",
        "all",
        ["FR"],
        ("friends",),
        2,
        True,
        True,
        (),
        "a4",
        None,
        False,
        ("timeline",),
    )
    with pytest.raises(BriefgenError, match="output folder"):
        make_spec(tmp_path, " ", ["a"], ["a"], ["FR"], ["FR"], [], 1)
    with pytest.raises(BriefgenError, match="country"):
        make_spec(tmp_path, "out", ["a"], ["a"], [], ["FR"], [], 1)


def tick_only(widget, values):
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


@pytest.fixture
def dialog(qtbot, mini):
    made = BatchDialog(None, mini, {"friends": "Friends of Rivers", "default": "Rivers Briefing"})
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.content is not None, timeout=20_000)  # read in the background
    yield made
    if made.running:
        made.cancel()
        qtbot.waitUntil(lambda: not made.running, timeout=60_000)
    batch_dialog.stop_all_batches()
    assert not batch_dialog.live_batches(), "a batch thread was left running"


def test_the_form_offers_the_content_choices(dialog):
    assert dialog.audiences.count() == 3 and dialog.countries.count() == 5
    assert dialog.orgs.count() == 2
    dialog._profiled()
    tick_only(dialog.audiences, {"public"})
    dialog.out.setText("/tmp/somewhere")
    spec = dialog.spec()
    assert spec.audiences == ["public"] and spec.countries == ["FR", "VN"]
    assert spec.orgs == () and spec.jobs == dialog.jobs.maximum()


def test_a_batch_runs_off_the_gui_thread_and_reports(dialog, qtbot, tmp_path):
    out = tmp_path / "out"
    dialog.out.setText(str(out))
    tick_only(dialog.audiences, {"public"})
    tick_only(dialog.countries, {"FR", "DE"})
    tick_only(dialog.orgs, {"friends"})
    dialog.jobs.setValue(1)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.form.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    timer.stop()
    assert len(ticks) > 5  # the event loop kept running while packs were made
    assert dialog.outcome.exit_code == 0
    assert sorted(p.name for p in (out / "friends").iterdir()) == [
        "water-public-de.pdf",
        "water-public-fr.pdf",
    ]
    assert "2 packs: 2 built" in dialog.status.text()
    assert dialog.open_button.isEnabled() and dialog.form.isEnabled()
    assert dialog.cancel_button.text() == "Close"


def test_cancel_stops_cleanly(dialog, qtbot, tmp_path):
    out = tmp_path / "out"
    dialog.out.setText(str(out))
    dialog.jobs.setValue(1)
    dialog.start()
    qtbot.waitUntil(lambda: bool(list(out.glob("*/*.pdf"))), timeout=60_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.outcome.interrupted
    statuses = [r["status"] for r in json.loads((out / "manifest.json").read_text())["packs"]]
    assert "missing" in statuses and "built" in statuses
    assert not list(Path(out).rglob("*.part"))
    assert "interrupted" in dialog.status.text()


def test_closing_while_running_cancels_first(dialog, qtbot, tmp_path):
    dialog.out.setText(str(tmp_path / "out"))
    dialog.jobs.setValue(1)
    dialog.show()
    dialog.start()
    dialog.close()
    assert dialog.running  # not closed yet: the packs in flight finish first
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert not dialog.isVisible()


def test_the_dialog_starts_from_the_windows_content_org_and_last_output_folder(
    qtbot, open_window, mini_copy, tmp_path
):
    window = open_window(mini_copy)
    org = window.panel.org
    choose(qtbot, window, lambda: org.setCurrentIndex(org.findData("friends")))
    window.settings.set_folder("batch", tmp_path)
    window.batch_action.trigger()
    opened = window._batch
    qtbot.addWidget(opened)
    assert opened.content is window.content  # not read again on the GUI thread
    ticked = [
        opened.orgs.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(opened.orgs.count())
        if opened.orgs.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["friends"]
    assert opened.out.text() == str(tmp_path)
    out = tmp_path / "round-two"
    opened.out.setText(str(out))
    tick_only(opened.audiences, {"public"})
    tick_only(opened.countries, {"FR"})
    opened.jobs.setValue(1)
    qtbot.mouseClick(opened.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not opened.running, timeout=60_000)
    assert (out / "friends" / "water-public-fr.pdf").is_file()
    assert window.settings.folder("batch") == out  # offered first next time


def test_the_dialog_opened_from_the_window_does_not_read_the_content_again(
    qtbot, open_window, mini_copy, monkeypatch
):
    window = open_window(mini_copy)

    def no_reading(*args, **kwargs):
        raise AssertionError("the batch dialog read the content again")

    monkeypatch.setattr("briefgen.content.loader.load_content", no_reading)
    monkeypatch.setattr("briefgen.gui.session.load_content", no_reading)
    window.batch_action.trigger()
    opened = window._batch
    qtbot.addWidget(opened)
    assert opened.content is window.content and opened.reading is None
    assert opened.audiences.count() == 3 and opened.countries.count() == 5
    assert opened.start_button.isEnabled()
    qtbot.wait(50)  # nothing read later either
    assert opened.reading is None and not threads.jobs().live("briefgen-load")


def test_the_dialog_opened_while_the_content_has_errors_makes_nothing(
    qtbot, open_window, mini_copy, monkeypatch
):
    window = open_window(mini_copy)
    broken = mini_copy / "countries.yaml"
    with qtbot.waitSignal(window.renderer.loaded, timeout=20_000):
        broken.write_text(broken.read_text() + "- {code: KR, name: [unclosed\n")
    assert window.content_errors()
    monkeypatch.setattr(
        "briefgen.gui.session.load_content", lambda *a: pytest.fail("read the content again")
    )
    window.batch_action.trigger()
    opened = window._batch
    qtbot.addWidget(opened)
    assert opened.reading is None and not opened.start_button.isEnabled()
    assert "has errors" in opened.status.text()


def test_the_dialog_opened_without_content_reads_it_off_the_gui_thread(qtbot, mini, monkeypatch):
    from briefgen.gui import session

    readers = []
    original = session.load_content

    def recording(root):
        readers.append(threading.current_thread())
        return original(root)

    monkeypatch.setenv("BRIEFGEN_CACHE", "off")  # watch the read itself, not the cache
    monkeypatch.setattr(session, "load_content", recording)
    made = BatchDialog(None, mini, {"default": "Rivers Briefing"})
    qtbot.addWidget(made)
    assert made.content is None and not made.start_button.isEnabled()  # not read yet
    qtbot.waitUntil(lambda: made.content is not None, timeout=20_000)
    assert [t.name for t in readers] == ["briefgen-load"]
    assert readers[0] is not threading.main_thread()
    assert made.audiences.count() == 3 and made.start_button.isEnabled()
    qtbot.waitUntil(lambda: made.reading is None)


def test_a_folder_with_errors_read_by_the_dialog_makes_nothing(qtbot, mini_copy):
    (mini_copy / "concerns.yaml").write_text("- id: [\n")
    made = BatchDialog(None, mini_copy, {})
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.reading is None, timeout=20_000)
    assert made.content is None and not made.start_button.isEnabled()
    assert "has errors" in made.status.text()
