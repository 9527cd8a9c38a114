"""Run a batch: plan, skip what is unchanged, render the rest in parallel, report.

`run_batch` is the plain function the command line and the app both call;
it prints nothing. Progress goes to an optional callback, and an optional
`cancel` event (anything with `is_set()`) stops it the way Ctrl+C does:
packs already written are kept, packs in flight finish (each is written
atomically, so no half-written file can remain), the rest are recorded as
"missing" in the manifest.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import __version__
from briefgen.batch import keys, manifest, worker
from briefgen.batch.archive import zip_folder
from briefgen.batch.manifest import BUILT, FAILED, MISSING, SKIPPED, Row
from briefgen.batch.merge import MergeTask, plan_merges
from briefgen.batch.plan import BatchSpec, Plan, make_plan
from briefgen.batch.progress import Progress, RateMeter
from briefgen.content.loader import load_content_or_raise
from briefgen.errors import BriefgenError
from briefgen.paths import shipped_assets
from briefgen.render.engine import Engine

MAX_POOL_RESTARTS = 3
IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker: enough to keep it busy, little to cancel


@dataclass
class BatchResult:
    out: Path
    rows: list[Row]
    merged: list[dict] = field(default_factory=list)
    zip_path: Path | None = None
    interrupted: bool = False
    timings: dict = field(default_factory=dict)
    memory: dict = field(default_factory=dict)  # worker pid -> [(packs done, rss KiB, peak KiB)]
    cpu: list = field(default_factory=list)  # CPU seconds each rendered pack took in its worker
    campaign: str = ""
    multiple_orgs: bool = False

    @property
    def counts(self) -> dict:
        return manifest.summary(self.rows)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        failed = self.counts[FAILED] or any(not m.get("ok", True) for m in self.merged)
        return 1 if failed else 0

    def label(self, row: Row) -> str:
        name = f"{row.audience}-{row.country.lower()}"
        return f"{row.org}/{name}" if self.multiple_orgs else name

    def changed(self) -> list[tuple[str, list[str]]]:
        """(pack, reasons) for every pack rebuilt because something it holds changed."""
        return [
            (self.label(r), r.changes)
            for r in self.rows
            if r.status in (BUILT, FAILED, MISSING) and r.changes and r.changes != ["new pack"]
        ]


def run_batch(spec: BatchSpec, progress=None, cancel=None) -> BatchResult:
    started = time.perf_counter()
    content, _ = load_content_or_raise(spec.content_dir)
    loaded = time.perf_counter()
    plan = make_plan(content, spec)
    batch = _Batch(plan, progress, cancel)
    batch.result.timings["load"] = loaded - started
    batch.run()
    batch.result.timings["total"] = time.perf_counter() - started
    return batch.result


def mp_context():
    """forkserver: workers fork from a clean, single-threaded server that has
    already imported WeasyPrint, so starting them is quick and safe even from
    the app's threads; spawn where there is no forkserver."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["briefgen.batch.worker"])
        return context
    return multiprocessing.get_context("spawn")


class _Batch:
    def __init__(self, plan: Plan, progress, cancel):
        self.plan = plan
        self.content = plan.content
        self.spec = plan.spec
        self.out = Path(plan.spec.out).resolve()
        self.listener = progress
        self.cancel = cancel
        self.meter = RateMeter()
        self.pool: ProcessPoolExecutor | None = None
        self.restarts = 0
        self.broken = False
        self.pending_inputs: dict[int, tuple[str, dict, dict]] = {}  # index -> key, items, parts
        self.traits: dict[int, tuple[str, bool]] = {}  # job index -> (paper, safety)
        self.plan_seconds = 0.0
        self.workers = plan.spec.job_count()
        self.result = BatchResult(
            self.out, [], campaign=self.content.campaign.id, multiple_orgs=len(plan.orgs) > 1
        )

    # -- the whole run ---------------------------------------------------------
    def run(self) -> None:
        timings = self.result.timings
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BriefgenError(
                f"cannot create the output folder {self.out}: {exc.strerror or exc}"
            ) from None
        previous = manifest.read_previous(self.out)
        self.previous_rows = previous
        self.result.rows = self._rows(previous)
        try:
            self._emit("planning")
            tick = time.perf_counter()
            # Planning is lazy: packs are selected and keyed just ahead of the workers,
            # so the first ones render while the parent is still deciding the rest.
            self._render(self._decide())
            timings["render"] = time.perf_counter() - tick
            timings["plan"] = self.plan_seconds
            if self.spec.merge and not self._stopped():
                tick = time.perf_counter()
                self._emit("merging")
                self._merge()
                timings["merge"] = time.perf_counter() - tick
        except KeyboardInterrupt:
            self.result.interrupted = True
        finally:
            self._shutdown()
            self._sweep_partial_files()
            for row in self.result.rows:
                if row.status == MISSING:
                    row.error = "not made: the batch was stopped before this pack"
            self._emit("writing")
            tick = time.perf_counter()
            kept = manifest.retained(previous, {r.file for r in self.result.rows}, self.out)
            manifest.write_manifest(
                self.out, self.result.rows, self._meta(), self.result.merged, kept
            )
            timings["manifest"] = time.perf_counter() - tick
        if self.spec.zip and not self.result.interrupted:
            tick = time.perf_counter()
            self.result.zip_path = zip_folder(
                self.out,
                f"{self.content.campaign.id}-briefing-packs.zip",
                self.content.campaign.as_of,
            )
            timings["zip"] = time.perf_counter() - tick
        self._emit("done")

    def _stopped(self) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            self.result.interrupted = True
        return self.result.interrupted

    def _emit(self, phase: str, message: str = "") -> None:
        if self.listener is None:
            return
        counts = manifest.summary(self.result.rows)
        done = counts[BUILT] + counts[SKIPPED] + counts[FAILED]
        left = counts[MISSING] if phase == "rendering" else 0
        self.listener(
            Progress(
                phase,
                done,
                counts["total"],
                counts[BUILT],
                counts[SKIPPED],
                counts[FAILED],
                self.meter.rate(),
                self.meter.eta(left),
                message,
            )
        )

    # -- planning: select every pack, key it, skip what is unchanged ----------------
    def _rows(self, previous) -> list[Row]:
        rows = []
        for job in self.plan.jobs:
            old = previous.get(job.file)
            profile = job.org.profile or (
                self.content.default_org if job.org.error is None else None
            )
            rows.append(
                Row(
                    job.org.id,
                    job.audience,
                    job.country,
                    job.file,
                    org_name=profile.name if profile else "",
                    country_name=self.content.countries[job.country].name,
                    last_good=old.baseline() if old else None,
                )
            )
        return rows

    def _decide(self):
        """Yield a render task for every pack whose inputs changed; mark the rest."""
        tick = time.perf_counter()
        content = self.content
        self.engine = Engine(content, self.spec.template_dirs)
        hashes = keys.PackHashes(
            content, self.engine, [*self.engine.templates.folders, shipped_assets()]
        )
        common = {
            "engine": keys.engine_versions(),
            "options": keys.short(keys.digest(self.plan.options)),
        }
        org_digests: dict[str, str] = {}
        for job, row in zip(self.plan.jobs, self.result.rows, strict=False):
            if self._stopped():
                break
            if job.index % 50 == 0:
                self._emit("rendering")
            if job.request is None:
                row.status, row.error = FAILED, job.org.error or "unusable organisation profile"
                continue
            try:
                brief = self.engine.brief(job.request)
            except BriefgenError as exc:
                row.status, row.error = FAILED, str(exc)
                continue
            self.traits[job.index] = (brief.paper, brief.safety)
            shown = job.request.org or content.default_org
            if brief.org is not None and shown is not None and shown.id not in org_digests:
                org_digests[shown.id] = keys.short(keys.org_digest(shown))
            own = hashes.items_for(brief.audience, brief.language)
            items = own.items(brief.items)
            parts = {
                **common,
                **hashes.parts(brief.audience, brief.language, self.engine.stylesheets(brief)),
                "country": own.countries[job.country],
                "org": org_digests[shown.id] if brief.org is not None and shown else "",
                "brief": keys.short(keys.digest(brief)),
            }
            key = keys.pack_key(items, parts)
            baseline = row.last_good
            if baseline and baseline.get("key") == key:
                if self._file_matches(job.file, baseline.get("sha256")):
                    self._skip(row, baseline)
                    continue
                row.changes = ["the file was missing or modified since the last run"]
            else:
                row.changes = keys.describe_changes(
                    baseline.get("items") if baseline else None,
                    baseline.get("parts") if baseline else None,
                    items,
                    parts,
                )
            self.pending_inputs[job.index] = (key, items, parts)
            self.plan_seconds += time.perf_counter() - tick
            yield worker.RenderTask(job.index, job.file, brief)
            tick = time.perf_counter()
        self.plan_seconds += time.perf_counter() - tick

    def _file_matches(self, name: str, sha256: str | None) -> bool:
        if not sha256:
            return False
        try:
            data = (self.out / name).read_bytes()
        except OSError:
            return False
        return hashlib.sha256(data).hexdigest() == sha256

    def _skip(self, row: Row, baseline: dict) -> None:
        row.status = SKIPPED
        for name in manifest.BASELINE_FIELDS:
            setattr(row, name, baseline.get(name))
        row.last_good = None

    # -- rendering -------------------------------------------------------------------
    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # Workers start as tasks arrive: a two-pack batch starts at most two.
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=mp_context(),
                initializer=worker.initialize,
                initargs=(
                    self.content,
                    tuple(str(d) for d in self.spec.template_dirs),
                    str(self.out),
                ),
            )
        return self.pool

    def _render(self, tasks) -> None:
        self._emit("rendering")
        source = iter(tasks)
        held: deque = deque()  # planned, not yet handed to the pool
        running: dict = {}
        exhausted = False
        capacity = self.workers * IN_FLIGHT_PER_WORKER
        try:
            while not self._stopped():
                while not exhausted and len(held) + len(running) < capacity:
                    try:
                        held.append(next(source))
                    except StopIteration:
                        exhausted = True
                if not held and not running:
                    break
                if held:
                    pool = self._ensure_pool()
                    if self.meter.started is None:
                        self.meter.start()
                    try:
                        while held:
                            running[pool.submit(worker.render, held[0])] = held[0]
                            held.popleft()
                    except BrokenProcessPool:
                        self.broken = True
                if not self.broken:
                    finished, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
                    for future in finished:
                        self._take(running.pop(future), future)
                if self.broken:
                    self._restart_pool(running, held, source)
        finally:
            # Interrupted or cancelled: what has not started will not; what is in
            # flight finishes and is recorded (each file is written atomically).
            for future in list(running):
                future.cancel()
            self._shutdown()
            for future, task in running.items():
                if future.done() and not future.cancelled():
                    self._take(task, future)

    def _take(self, task, future) -> None:
        row = self.result.rows[task.index]
        try:
            result = future.result()
        except BrokenProcessPool:
            self.broken = True
            result = worker.RenderResult(
                task.index,
                False,
                error=(
                    "a worker process stopped while making this pack (it, or a pack made "
                    "beside it, crashed it); run the batch again to retry"
                ),
            )
        except Exception as exc:  # noqa: BLE001 - pickling trouble and the like: this pack only
            result = worker.RenderResult(task.index, False, error=f"{type(exc).__name__}: {exc}")
        key, items, parts = self.pending_inputs.pop(task.index)
        if result.ok:
            row.status, row.error = BUILT, ""
            row.pages, row.bytes, row.sha256 = result.pages, result.bytes, result.sha256
            row.key, row.items, row.parts = key, items, parts
            row.content_version = self.content.fingerprint
            row.last_good = None
            self.meter.add()
        else:
            row.status, row.error = FAILED, result.error
        row.seconds = round(result.seconds, 3)
        row.warnings = list(result.warnings)
        if result.pid:
            self.result.memory.setdefault(result.pid, []).append(
                (result.done, result.rss_kb, result.peak_kb)
            )
            self.result.cpu.append(result.cpu)
        self._emit("rendering")

    def _restart_pool(self, running: dict, held: deque, source) -> None:
        """A worker died (a crash in the PDF engine, out of memory): every task the
        pool held fails with it; record them and go on with a fresh pool."""
        wait(running)
        for future, task in list(running.items()):
            self._take(task, future)
        running.clear()
        self._shutdown()
        self.broken = False
        self.restarts += 1
        if self.restarts > MAX_POOL_RESTARTS:
            for task in [*held, *source]:
                self.pending_inputs.pop(task.index, None)
                row = self.result.rows[task.index]
                row.status, row.error = FAILED, "worker processes kept stopping; gave up"
            held.clear()

    def _shutdown(self) -> None:
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        except KeyboardInterrupt:
            # A second Ctrl+C: stop the workers now. A file being written may
            # leave a temporary *.part file behind; _sweep_partial_files removes it.
            self.result.interrupted = True
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)

    def _sweep_partial_files(self) -> None:
        folders = {self.out, *((self.out / row.file).parent for row in self.result.rows)}
        for folder in folders:
            for leftover in folder.glob(".*.part"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    # -- merging ---------------------------------------------------------------------
    def _merge_tasks(self) -> list[MergeTask]:
        previous = {m.get("file"): m for m in self._previous_merged()}
        tasks = []
        language = self.plan.spec.language or self.plan.content.campaign.language
        t = self.engine.templates.label_function(language)
        for task in plan_merges(
            self.plan, self.result.rows, self.traits, self.engine.templates.format_date, t
        ):
            old = previous.get(task.file)
            if not any(e.file for e in task.entries):
                self.result.merged.append(
                    {
                        "file": task.file,
                        "ok": False,
                        "status": FAILED,
                        "error": "no pack of this set is available",
                    }
                )
            elif (
                old
                and old.get("key") == task.key
                and self._file_matches(task.file, old.get("sha256"))
            ):
                self.result.merged.append({**old, "status": SKIPPED})
            else:
                tasks.append(task)
        return tasks

    def _previous_merged(self) -> list[dict]:
        try:
            return list(manifest.read_manifest(self.out).get("merged", []))
        except (OSError, ValueError, AttributeError):
            return []

    def _merge(self) -> None:
        tasks = self._merge_tasks()
        if not tasks:
            return
        pool = self._ensure_pool()
        futures = {pool.submit(worker.merge, task): task for task in tasks}
        for future in futures:
            task = futures[future]
            try:
                merged = future.result()
                record = {
                    "file": merged.file,
                    "ok": merged.ok,
                    "status": BUILT if merged.ok else FAILED,
                    "pages": merged.pages,
                    "bytes": merged.bytes,
                    "sha256": merged.sha256,
                    "countries": merged.countries,
                    "key": merged.key,
                    "error": merged.error,
                    "seconds": round(merged.seconds, 3),
                }
            except Exception as exc:  # noqa: BLE001 - one failed merge must not lose the manifest
                record = {
                    "file": task.file,
                    "ok": False,
                    "status": FAILED,
                    "error": f"{type(exc).__name__}: {exc}",
                }
            self.result.merged.append(record)
            self._emit("merging", record["file"])

    # -- the record ------------------------------------------------------------------
    def _meta(self) -> dict:
        content, plan = self.content, self.plan
        options = {
            k: (sorted(v) if isinstance(v, frozenset) else v) for k, v in plan.options.items()
        }
        return {
            "briefgen": __version__,
            "engine": keys.engine_versions(),
            "campaign": content.campaign.id,
            "content_version": content.fingerprint,
            "content": str(content.root),
            "interrupted": self.result.interrupted,
            "choices": {
                "audiences": list(plan.audiences),
                "countries": list(plan.countries),
                "orgs": [o.id for o in plan.orgs],
                "options": options,
            },
        }
