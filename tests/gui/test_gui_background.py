"""The render thread and the file watcher, without a window."""

import os

from gui_helpers import TIMEOUT

from briefgen.gui import session
from briefgen.gui.render_worker import Renderer
from briefgen.gui.watcher import ContentWatcher
from briefgen.render.engine import PackRequest


def loaded(qtbot, renderer, folder):
    with qtbot.waitSignal(renderer.loaded, timeout=TIMEOUT) as blocker:
        renderer.load(folder)
    return blocker.args[0]


def test_the_newest_request_wins(qtbot, mini):
    renderer = Renderer(prefetch=False)
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
    renderer = Renderer(prefetch=False)
    try:
        assert loaded(qtbot, renderer, mini).usable
        with qtbot.waitSignal(renderer.failed, timeout=TIMEOUT) as blocker:
            renderer.render(PackRequest("senator", "FR"))
        assert "unknown audience 'senator'" in blocker.args[0]

        def explode(root):
            raise RuntimeError("disk on fire")

        monkeypatch.setenv("BRIEFGEN_CACHE", "off")  # the read itself must fail
        monkeypatch.setattr(session, "load_content", explode)
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


def test_a_pack_seen_before_is_not_rendered_again(qtbot, mini, monkeypatch):
    renderer = Renderer(prefetch=False)
    try:
        assert loaded(qtbot, renderer, mini).usable
        engine = renderer._worker.engine
        made = []
        original = engine.render_brief
        monkeypatch.setattr(
            engine, "render_brief", lambda brief, *a: made.append(brief) or original(brief, *a)
        )
        packs = []
        for code in ("FR", "DE", "FR"):
            with qtbot.waitSignal(renderer.rendered, timeout=TIMEOUT) as blocker:
                renderer.render(PackRequest("public", code))
            packs.append(blocker.args[1])
        assert len(made) == 2  # France once, Germany once
        assert packs[2] is packs[0]
        with qtbot.waitSignal(renderer.loaded, timeout=TIMEOUT):
            renderer.load(mini)  # new content: nothing kept from before
        with qtbot.waitSignal(renderer.rendered, timeout=TIMEOUT) as blocker:
            renderer.render(PackRequest("public", "FR"))
        assert blocker.args[1] is not packs[0]
    finally:
        renderer.shutdown()


def test_the_other_audiences_are_made_ahead_of_time(qtbot, mini):
    """After one pack, the same country's other audiences are rendered in a
    low-priority process; asking for one then needs no render in the app."""
    renderer = Renderer(prefetch=True)
    try:
        assert loaded(qtbot, renderer, mini).usable
        worker = renderer._worker
        with qtbot.waitSignal(renderer.rendered, timeout=TIMEOUT):
            renderer.render(PackRequest("legislator", "FR"))
        others = [a for a in worker.engine.content.audiences if a != "legislator"]
        wanted = [worker._key(worker.engine.brief(PackRequest(a, "FR"))) for a in others]
        qtbot.waitUntil(lambda: all(k in worker.cache for k in wanted), timeout=60_000)
        rendered_here = []
        worker.engine.render_brief = lambda *a: rendered_here.append(a)  # would be a miss
        with qtbot.waitSignal(renderer.rendered, timeout=TIMEOUT) as blocker:
            renderer.render(PackRequest(others[0], "FR"))
        assert rendered_here == []
        pack = blocker.args[1]
        assert pack.brief.audience == others[0] and pack.pdf.startswith(b"%PDF")
    finally:
        renderer.shutdown()


def test_the_jobs_in_flight_are_the_applications_not_a_modules(qapp):
    """One registry, a child of the application; the modules hold no state of their own."""
    import threading

    from briefgen.gui import batch_dialog, interface_language, threads

    registry = threads.jobs()
    assert registry is threads.jobs() and registry.parent() is qapp
    for module in (threads, batch_dialog, interface_language):
        state = [
            name
            for name, value in vars(module).items()
            if isinstance(value, set | list) and not name.startswith("__")
        ]
        assert not state, f"{module.__name__} keeps {state}"

    release = threading.Event()
    job = threads.Background("briefgen-test", release.wait, cancel=release.set)
    returned = []
    job.returned.connect(returned.append)
    job.start()
    assert registry.live("briefgen-test") == [job]
    job.cancel()
    assert job.wait(5)
    assert registry.live("briefgen-test") == []  # finished: forgotten at once
    registry.wait_all()


def test_the_app_waits_for_its_jobs_but_not_for_daemons(qapp, qtbot):
    import threading

    from briefgen.gui import threads

    release, finished = threading.Event(), []
    daemon = threads.Background("briefgen-daemon", release.wait, daemon=True)
    job = threads.Background("briefgen-job", lambda: finished.append(1) or "made")
    returned = []
    job.returned.connect(returned.append)
    daemon.start()
    job.start()
    threads.jobs().wait_all()  # returns although the daemon still runs
    assert finished == [1] and daemon.is_running()
    qtbot.waitUntil(lambda: returned == ["made"])  # the work's result, on the GUI thread
    release.set()
    assert daemon.wait(5)
