"""Run a batch: plan, skip what is unchanged, render the rest in parallel, report.

`run_batch` is the plain function the command line and the app both call;
it prints nothing. Progress goes to an optional callback, and an optional
`cancel` event (anything with `is_set()`) stops it the way Ctrl+C does:
packs already written are kept, packs in flight finish (each is written
atomically, so no half-written file can remain), the rest are recorded as
"missing" in the manifest.

The parts: `decide` (what to build, with each pack's key), `pool` (a generic
bounded process pool), `record` (the previous run's manifest, merge records)
and `manifest` (writing this run's). This module only wires them together.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from briefgen import __version__
from briefgen.batch import keys, manifest, record, worker
from briefgen.batch.archive import zip_folder
from briefgen.batch.decide import Decider, Planned, file_matches, initial_rows
from briefgen.batch.executors import make_executor
from briefgen.batch.manifest import BUILT, FAILED, MISSING, SKIPPED, Row
from briefgen.batch.merge import MergeTask, plan_merges
from briefgen.batch.plan import BatchSpec, Plan, make_plan
from briefgen.batch.pool import BoundedPool, Outcome
from briefgen.batch.progress import Progress, RateMeter
from briefgen.batch.record import MergeRow
from briefgen.content import limits
from briefgen.content.limits import current
from briefgen.content.loader import load_content_or_raise
from briefgen.content.model import Content
from briefgen.errors import BriefgenError
from briefgen.render.engine import Engine
from briefgen.render.template_cache import COMPILED
from briefgen.workers_start import start_local_workers_early

MAX_POOL_RESTARTS = 3
STUCK_GRACE_SECONDS = 15  # past render_seconds, before a worker is killed
IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker: enough to keep it busy, little to cancel
CRASHED = (
    "a worker process stopped while making this pack (it, or a pack made "
    "beside it, crashed it); run the batch again to retry"
)


class Cancel(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class BatchResult:
    out: Path
    rows: list[Row]
    merged: list[MergeRow] = field(default_factory=list)
    zip_path: Path | None = None
    interrupted: bool = False
    timings: dict = field(default_factory=dict)
    memory: dict = field(default_factory=dict)  # worker pid -> [(packs done, rss KiB, peak KiB)]
    cpu: list = field(default_factory=list)  # CPU seconds each rendered pack took in its worker
    campaign: str = ""
    multiple_orgs: bool = False
    default_language: str = ""  # the campaign's: packs in it have no language in their names

    @property
    def counts(self) -> dict:
        return manifest.summary(self.rows)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        failed = self.counts[FAILED] or any(not m.ok for m in self.merged)
        return 1 if failed else 0

    def label(self, row: Row) -> str:
        name = f"{row.audience}-{row.country.lower()}"
        if row.language and row.language != self.default_language:
            name += f"-{row.language}"
        return f"{row.org}/{name}" if self.multiple_orgs else name

    def changed(self) -> list[tuple[str, list[str]]]:
        """(pack, reasons) for every pack rebuilt because something it holds changed."""
        return [
            (self.label(r), r.changes)
            for r in self.rows
            if r.status in (BUILT, FAILED, MISSING) and r.changes and r.changes != ["new pack"]
        ]


def run_batch(
    spec: BatchSpec,
    progress: Callable[[Progress], None] | None = None,
    cancel: Cancel | None = None,
    content: Content | None = None,
) -> BatchResult:
    """Build the batch `spec` describes; `content`, if given, is used instead of loading it."""
    started = time.perf_counter()
    if spec.scheduler is None:
        start_local_workers_early()
    if content is None:
        content, _ = load_content_or_raise(spec.content_dir, reuse=True)
    loaded = time.perf_counter()
    plan = make_plan(content, spec)
    batch = _Batch(plan, progress, cancel)
    batch.result.timings["load"] = loaded - started
    batch.run()
    batch.result.timings["total"] = time.perf_counter() - started
    return batch.result


class _Batch:
    def __init__(
        self,
        plan: Plan,
        progress: Callable[[Progress], None] | None,
        cancel: Cancel | None,
    ):
        self.plan = plan
        self.content = plan.content
        self.spec = plan.spec
        self.out = Path(plan.spec.out).resolve()
        self.listener = progress
        self.cancel = cancel
        self.meter = RateMeter()
        self.engine = Engine(self.content, self.spec.template_dirs)
        workers = plan.spec.job_count()
        # Compiled here while the workers start, then handed to each of them.
        self.engine.templates.precompile(self.engine.template_name(a) for a in plan.audiences)
        initargs = (
            self.content,
            tuple(str(d) for d in self.spec.template_dirs),
            str(self.out),
            os.environ.get(limits.ENVIRONMENT, ""),  # a forkserver's env is old
            COMPILED.export(),
        )
        self.pool = BoundedPool(
            workers,
            lambda: make_executor(self.spec.scheduler, workers, initargs),
            per_worker=IN_FLIGHT_PER_WORKER,
            time_limit=lambda: current().render_seconds + STUCK_GRACE_SECONDS,
            max_restarts=MAX_POOL_RESTARTS,
        )
        self.result = BatchResult(
            self.out,
            [],
            campaign=self.content.campaign.id,
            multiple_orgs=len(plan.orgs) > 1,
            default_language=self.content.campaign.language,
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
        previous = record.read(self.out)
        self.result.rows = initial_rows(self.plan, previous.packs)
        decider = Decider(self.plan, self.result.rows, self.engine, self.out)
        try:
            self._emit("planning")
            tick = time.perf_counter()
            self._emit("rendering")
            self.pool.run(
                worker.render,
                decider.tasks(self._stopped, lambda: self._emit("rendering")),
                self._take,
                stopped=self._stopped,
                on_give_up=self._give_up,
                on_start=self.meter.start,
                send=lambda planned: planned.task,
            )
            timings["render"] = time.perf_counter() - tick
            timings["plan"] = decider.seconds
            if self.spec.merge and not self._stopped():
                tick = time.perf_counter()
                self._emit("merging")
                self._merge(previous.merged, decider.traits)
                timings["merge"] = time.perf_counter() - tick
        except KeyboardInterrupt:
            self.result.interrupted = True
        finally:
            self.pool.shutdown()
            if self.pool.terminated:
                self.result.interrupted = True
            self._sweep_partial_files()
            for row in self.result.rows:
                if row.status == MISSING:
                    row.error = "not made: the batch was stopped before this pack"
            self._emit("writing")
            tick = time.perf_counter()
            kept = manifest.retained(previous.packs, {r.file for r in self.result.rows}, self.out)
            merged = [m.to_dict() for m in self.result.merged]
            manifest.write_manifest(self.out, self.result.rows, self._meta(), merged, kept)
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
        if self.pool.terminated:
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

    # -- rendering -------------------------------------------------------------------
    def _take(self, planned: Planned, outcome: Outcome[worker.RenderResult]) -> None:
        index = planned.task.index
        row = self.result.rows[index]
        if outcome.value is not None:
            result = outcome.value
        elif outcome.timed_out:
            slow = (
                f"the pack took longer than {current().render_seconds} seconds to make; "
                "its worker was stopped and replaced"
            )
            result = worker.RenderResult(index, False, error=slow)
        elif outcome.crashed:
            result = worker.RenderResult(index, False, error=CRASHED)
        else:
            error = outcome.error
            result = worker.RenderResult(index, False, error=f"{type(error).__name__}: {error}")
        if result.ok:
            inputs = planned.inputs
            row.status, row.error = BUILT, ""
            row.pages, row.bytes, row.sha256 = result.pages, result.bytes, result.sha256
            row.key, row.items, row.parts = inputs.key, inputs.items, inputs.parts
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

    def _give_up(self, never_run: list[Planned]) -> None:
        for planned in never_run:
            row = self.result.rows[planned.task.index]
            row.status, row.error = FAILED, "worker processes kept stopping; gave up"

    def _sweep_partial_files(self) -> None:
        # A second Ctrl+C may stop a worker mid-write and leave a temporary *.part file.
        folders = {self.out, *((self.out / row.file).parent for row in self.result.rows)}
        for folder in folders:
            for leftover in folder.glob(".*.part"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    # -- merging ---------------------------------------------------------------------
    def _merge_tasks(
        self, previous: dict[str, MergeRow], traits: dict[int, tuple[str, bool]]
    ) -> list[MergeTask]:
        tasks = []
        templates = self.engine.templates
        dates, labels = templates.format_date, templates.label_function
        for task in plan_merges(self.plan, self.result.rows, traits, dates, labels):
            old = previous.get(task.file)
            if not any(e.file for e in task.entries):
                self.result.merged.append(
                    MergeRow.failed(task.file, "no pack of this set is available")
                )
            elif old and old.key == task.key and file_matches(self.out / task.file, old.sha256):
                old.status = SKIPPED
                self.result.merged.append(old)
            else:
                tasks.append(task)
        return tasks

    def _merge(self, previous: dict[str, MergeRow], traits: dict[int, tuple[str, bool]]) -> None:
        tasks = self._merge_tasks(previous, traits)
        if not tasks:
            return
        done: dict[str, MergeRow] = {}

        def took(task: MergeTask, outcome: Outcome[Any]) -> None:
            merged = outcome.value
            if merged is not None:
                done[task.file] = MergeRow(
                    file=merged.file,
                    ok=merged.ok,
                    status=BUILT if merged.ok else FAILED,
                    pages=merged.pages,
                    bytes=merged.bytes,
                    sha256=merged.sha256,
                    countries=merged.countries,
                    key=merged.key,
                    error=merged.error,
                    seconds=round(merged.seconds, 3),
                )
            else:  # one failed merge must not lose the manifest
                error = outcome.error
                done[task.file] = MergeRow.failed(task.file, f"{type(error).__name__}: {error}")
            self._emit("merging", task.file)

        self.pool.run(worker.merge, tasks, took, on_give_up=self._merges_given_up(done))
        # In the planned order, whichever finished first.
        self.result.merged.extend(done[t.file] for t in tasks if t.file in done)

    @staticmethod
    def _merges_given_up(done: dict[str, MergeRow]) -> Callable[[list[MergeTask]], None]:
        def give_up(tasks: list[MergeTask]) -> None:
            for task in tasks:
                done[task.file] = MergeRow.failed(task.file, "worker processes kept stopping")

        return give_up

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
                # null: each country's pack in its own default language
                "languages": [lang for lang in plan.languages if lang] or None,
                "options": options,
            },
        }
