"""The render thread and the file watcher, without a window."""

import os

from briefgen.gui import render_worker
from briefgen.gui.render_worker import Renderer
from briefgen.gui.watcher import ContentWatcher
from briefgen.render.engine import PackRequest

TIMEOUT = 20000


def loaded(qtbot, renderer, folder):
    with qtbot.waitSignal(renderer.loaded, timeout=TIMEOUT) as blocker:
        renderer.load(folder)
    return blocker.args[0]


def test_the_newest_request_wins(qtbot, mini):
    renderer = Renderer()
    try:
        assert loaded(qtbot, renderer, mini).usable
        shown, worked = [], []
        renderer.rendered.connect(lambda request, pack: shown.append(pack.brief.country.code))
        renderer._worker.rendered.connect(
            lambda generation, request, pack: worked.append(generation)
        )
        for code in ("FR", "DE", "BR", "US", "VN"):
            renderer.render(PackRequest("public", code))
        assert renderer.busy
        qtbot.waitUntil(lambda: not renderer.busy, timeout=TIMEOUT)
        qtbot.wait(50)  # anything still queued would arrive now
        assert shown == ["VN"]
        assert len(worked) < 5  # requests superseded while queued were never rendered
    finally:
        renderer.shutdown()


def test_errors_in_the_worker_come_back_as_messages(qtbot, mini, monkeypatch):
    renderer = Renderer()
    try:
        assert loaded(qtbot, renderer, mini).usable
        with qtbot.waitSignal(renderer.failed, timeout=TIMEOUT) as blocker:
            renderer.render(PackRequest("senator", "FR"))
        assert "unknown audience 'senator'" in blocker.args[0]

        def explode(root):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(render_worker, "load_content", explode)
        result = loaded(qtbot, renderer, mini)
        assert not result.usable
        assert "disk on fire" in str(result.problems.errors[0])
        with qtbot.waitSignal(renderer.rendered, timeout=TIMEOUT):  # the last good engine stays
            renderer.render(PackRequest("public", "FR"))
    finally:
        renderer.shutdown()


def test_the_watcher_follows_files_that_editors_replace(qtbot, mini_copy):
    watcher = ContentWatcher(delay_ms=30)
    watcher.watch(mini_copy)
    target = mini_copy / "countries.yaml"
    assert str(target) in watcher.paths()
    assert str(mini_copy / "orgs" / "logos") in watcher.paths()

    with qtbot.waitSignal(watcher.changed, timeout=5000):
        temporary = mini_copy / ".countries.yaml.new"
        temporary.write_text(target.read_text() + "\n")
        os.replace(temporary, target)  # how many editors save
    assert str(target) in watcher.paths()  # watched again after the swap
    with qtbot.waitSignal(watcher.changed, timeout=5000), target.open("a") as stream:
        stream.write("\n")  # an edit in place is still seen
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        (mini_copy / "countries" / "de.yaml").write_text("code: DE\n")  # a new file
    with qtbot.assertNotEmitted(watcher.changed, wait=300):
        (mini_copy / ".de.yaml.swp").write_text("noise")  # an editor's swap file
    watcher.watch(None)
    assert watcher.paths() == []
