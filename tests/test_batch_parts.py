"""The batch's parts on their own: the pool, deciding what to build, the record."""

import hashlib
import json
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest
from builders import content_of

from briefgen.batch import manifest, record
from briefgen.batch.decide import Decider, file_matches, initial_rows
from briefgen.batch.manifest import BUILT, FAILED, MISSING, SKIPPED
from briefgen.batch.plan import BatchSpec, make_plan
from briefgen.batch.pool import BoundedPool, Outcome
from briefgen.batch.record import MergeRow
from briefgen.render.engine import Engine, PackRequest
from briefgen.render.template_cache import COMPILED

# Tasks run in worker processes (forked, so these functions need no import there).
LIVE = multiprocessing.Value("i", 0)
PEAK = multiprocessing.Value("i", 0)


def square(n):
    return n * n


def fail_on_three(n):
    if n == 3:
        raise ValueError("three")
    return n


def die_on_three(n):
    if n == 3:
        os._exit(1)
    return n


def die_always(n):
    os._exit(1)


def counted(n):
    with LIVE.get_lock():
        LIVE.value += 1
        PEAK.value = max(PEAK.value, LIVE.value)
    threading.Event().wait(0.05)
    with LIVE.get_lock():
        LIVE.value -= 1
    return n


def compiles_in_worker(brief):
    """In a batch worker: templates already installed, and compiles made for one pack."""
    from briefgen.batch import worker
    from briefgen.render import templating

    installed = len(COMPILED)
    compiled = []
    original = templating._Sandbox.compile

    def counting(self, source, name=None, *args, **kwargs):
        compiled.append(name)
        return original(self, source, name, *args, **kwargs)

    templating._Sandbox.compile = counting
    try:
        html = worker.engine().html(brief)
    finally:
        templating._Sandbox.compile = original
    return installed, compiled, len(html)


def pool(workers=2, **kw):
    fork = multiprocessing.get_context("fork")
    return BoundedPool(workers, lambda: ProcessPoolExecutor(workers, mp_context=fork), **kw)


def run(p, fn, tasks, **kw):
    seen = {}
    p.run(fn, tasks, lambda task, outcome: seen.__setitem__(task, outcome), **kw)
    return seen


def test_every_task_gets_its_outcome():
    seen = run(pool(), square, range(6))
    assert {t: o.value for t, o in seen.items()} == {n: n * n for n in range(6)}
    assert all(o.ok for o in seen.values())


def test_a_task_that_raises_fails_alone():
    seen = run(pool(), fail_on_three, range(5))
    assert not seen[3].ok and not seen[3].crashed and str(seen[3].error) == "three"
    assert [seen[n].value for n in (0, 1, 2, 4)] == [0, 1, 2, 4]


def test_a_dead_worker_fails_what_it_held_and_a_fresh_pool_goes_on():
    p = pool(workers=1, per_worker=1)
    seen = run(p, die_on_three, range(6))
    assert seen[3].crashed
    assert [seen[n].value for n in (0, 1, 2, 4, 5)] == [0, 1, 2, 4, 5]
    assert p.restarts == 1


def test_workers_that_keep_dying_are_given_up_on():
    given_up = []
    p = pool(workers=1, per_worker=1, max_restarts=2)
    seen = run(p, die_always, range(10), on_give_up=given_up.extend)
    assert sorted(seen) == [0, 1, 2] and all(o.crashed for o in seen.values())
    assert given_up == list(range(3, 10))


def test_no_more_than_the_cap_is_taken_from_the_tasks_at_once():
    taken = []

    def tasks():
        for n in range(8):
            taken.append(n)
            yield n

    outstanding = []

    def on_result(task, outcome):
        outstanding.append(len(taken) - len(outstanding) - 1)

    p = pool(workers=2, per_worker=1)
    p.run(counted, tasks(), on_result)
    assert len(outstanding) == 8
    assert max(outstanding) <= 2  # tasks taken but not yet reported, besides this one
    assert PEAK.value <= 2


def test_once_stopped_no_task_starts_and_what_ran_is_reported():
    stop = threading.Event()
    seen = {}

    def on_result(task, outcome):
        seen[task] = outcome
        stop.set()

    p = pool(workers=1, per_worker=1)
    p.run(square, range(100), on_result, stopped=stop.is_set)
    assert 1 <= len(seen) <= 2


def test_what_goes_to_the_worker_can_be_less_than_the_task():
    seen = run(pool(), square, [("a", 2), ("b", 3)], send=lambda task: task[1])
    assert {t: o.value for t, o in seen.items()} == {("a", 2): 4, ("b", 3): 9}


def test_an_outcome_says_whether_it_crashed():
    assert Outcome(value=1).ok and not Outcome(error=ValueError()).ok


# -- deciding ------------------------------------------------------------------
@pytest.fixture(scope="module")
def content(mini):
    return content_of(mini)


def test_a_worker_renders_with_the_templates_the_batch_process_compiled(content, tmp_path):
    from briefgen.batch import worker

    engine = Engine(content)
    COMPILED.clear()
    engine.templates.precompile(engine.template_name(a) for a in content.audiences)
    exported = COMPILED.export()
    brief = engine.brief(PackRequest(next(iter(content.audiences)), "FR"))
    COMPILED.clear()  # the forked worker starts with nothing compiled
    fork = multiprocessing.get_context("fork")
    initargs = (content, (), str(tmp_path), "", exported)
    with ProcessPoolExecutor(
        1, mp_context=fork, initializer=worker.initialize, initargs=initargs
    ) as p:
        installed, compiled, size = p.submit(compiles_in_worker, brief).result(timeout=120)
    assert installed == len(exported[1]) > 0
    assert compiled == []
    assert size > 1000


def test_every_changed_pack_is_planned_with_its_key(content, tmp_path):
    plan = make_plan(content, BatchSpec(content.root, tmp_path, "public", "FR,VN"))
    rows = initial_rows(plan, {})
    assert [r.status for r in rows] == [MISSING, MISSING]
    decider = Decider(plan, rows, Engine(content), tmp_path)
    planned = list(decider.tasks())
    assert [p.task.file for p in planned] == [j.file for j in plan.jobs]
    assert all(len(p.inputs.key) == 64 and p.inputs.items for p in planned)
    assert rows[0].changes == ["new pack"]
    assert set(decider.traits) == {0, 1}


def test_a_pack_whose_file_is_its_last_good_build_is_skipped(content, tmp_path):
    plan = make_plan(content, BatchSpec(content.root, tmp_path, "public", "FR"))
    (first,) = Decider(plan, initial_rows(plan, {}), Engine(content), tmp_path).tasks()
    (tmp_path / first.task.file).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / first.task.file).write_bytes(b"%PDF-made")

    row = initial_rows(plan, {})[0]
    row.status, row.key, row.sha256 = (
        BUILT,
        first.inputs.key,
        hashlib.sha256(b"%PDF-made").hexdigest(),
    )
    rows = initial_rows(plan, {row.file: row})
    assert list(Decider(plan, rows, Engine(content), tmp_path).tasks()) == []
    assert rows[0].status == SKIPPED
    (tmp_path / first.task.file).write_bytes(b"%PDF-edited")
    rows = initial_rows(plan, {row.file: row})
    assert len(list(Decider(plan, rows, Engine(content), tmp_path).tasks())) == 1
    assert rows[0].changes == ["the file was missing or modified since the last run"]
    assert not file_matches(tmp_path / "absent.pdf", row.sha256)


# -- the record ----------------------------------------------------------------
def test_the_manifest_is_read_once_for_packs_and_merged_files(tmp_path):
    rows = [manifest.Row("default", "public", "FR", "default/a.pdf", BUILT, sha256="ab")]
    merged = [
        MergeRow("default/m.pdf", True, BUILT, pages=3, key="k", sha256="cd").to_dict(),
        MergeRow.failed("default/n.pdf", "no pack of this set is available").to_dict(),
    ]
    manifest.write_manifest(tmp_path, rows, {}, merged)
    previous = record.read(tmp_path)
    assert (
        list(previous.packs) == ["default/a.pdf"] and previous.packs["default/a.pdf"].sha256 == "ab"
    )
    assert previous.merged["default/m.pdf"] == MergeRow(
        "default/m.pdf", True, BUILT, pages=3, key="k", sha256="cd"
    )
    assert previous.merged["default/n.pdf"].status == FAILED
    on_disk = json.loads((tmp_path / "manifest.json").read_text())["merged"][1]
    assert on_disk == {
        "file": "default/n.pdf",
        "ok": False,
        "status": "failed",
        "error": "no pack of this set is available",
    }


def test_an_unreadable_or_foreign_manifest_reads_as_none(tmp_path):
    assert record.read(tmp_path) == record.Previous()
    (tmp_path / "manifest.json").write_text("{not json")
    assert record.read(tmp_path) == record.Previous()
    (tmp_path / "manifest.json").write_text(json.dumps({"format": 99, "packs": [{}]}))
    assert record.read(tmp_path) == record.Previous()
