"""A problem opens its file at its line, in the editor the user chose."""

import os
import sys
import time
from pathlib import Path

from gui_helpers import TIMEOUT
from PySide6.QtCore import Qt

from briefgen.gui.editor import command_for


def test_the_chosen_command_gets_the_file_and_the_line():
    path = Path("/c/countries/kr.yaml")
    assert command_for(path, 14, "code --goto {file}:{line}") == [
        "code",
        "--goto",
        "/c/countries/kr.yaml:14",
    ]
    assert command_for(path, 3, "my-editor") == ["my-editor", "/c/countries/kr.yaml"]


def test_a_windowed_editor_from_the_environment_is_used_with_its_line_syntax():
    path = Path("/c/a.yaml")
    assert command_for(path, 7, None, {"VISUAL": "gedit"}) == ["gedit", "+7", "/c/a.yaml"]
    assert command_for(path, 7, None, {"EDITOR": "kate"}) == ["kate", "--line", "7", "/c/a.yaml"]
    # a terminal editor needs a terminal the app does not have: the desktop opens the file
    assert command_for(path, 7, None, {"EDITOR": "vim"}) is None
    assert command_for(path, 7, None, {}) is None


def test_double_clicking_a_problem_opens_the_editor_at_its_line(
    qtbot, open_window, mini_copy, tmp_path
):
    log = tmp_path / "opened.txt"
    fake = tmp_path / "fake-editor"
    fake.write_text(
        f"#!{sys.executable}\nimport sys\nopen({str(log)!r}, 'w').write(' '.join(sys.argv[1:]))\n"
    )
    fake.chmod(0o755)
    window = open_window(mini_copy)
    window.settings.set_editor(f"{fake} --line {{line}} {{file}}")
    broken = mini_copy / "countries.yaml"
    with qtbot.waitSignal(window.renderer.loaded, timeout=TIMEOUT):
        broken.write_text(broken.read_text() + "- {code: KR, name: [unclosed\n")
    qtbot.waitUntil(lambda: window.problems_dock.isVisible())
    tree = window.problems.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(1).startswith("content/countries.yaml:")
    )
    line = int(item.text(1).split(":")[1])
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    deadline = time.monotonic() + 10
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log.read_text() == f"--line {line} {broken}"
    assert os.path.samefile(broken, log.read_text().split()[-1])
