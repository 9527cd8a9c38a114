"""Helpers for the app's tests: how long to wait for the app, and waiting for a preview.

Import it as the other test helpers are imported: `from gui_helpers import choose`."""

TIMEOUT = 20000


def choose(qtbot, window, action):
    """Do `action` and wait for the preview it causes."""
    with qtbot.waitSignal(window.renderer.rendered, timeout=TIMEOUT):
        action()
