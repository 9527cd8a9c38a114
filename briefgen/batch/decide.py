"""Deciding what a batch builds: a manifest row per pack, a render task per changed pack.

Planning is lazy: `Decider.tasks` selects and keys each pack just ahead of the
workers, so the first packs render while the parent is still deciding the
rest. A pack whose key matches the last good build, and whose file on disk is
still that build, is marked skipped and never rendered.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.batch import keys, manifest
from briefgen.batch.manifest import FAILED, SKIPPED, Row
from briefgen.batch.plan import Plan
from briefgen.batch.worker import RenderTask
from briefgen.errors import BriefgenError
from briefgen.paths import shipped_assets
from briefgen.render.engine import Engine


@dataclass(frozen=True)
class PackInputs:
    """What a pack's key is made of (see briefgen/batch/keys.py)."""

    key: str
    items: dict
    parts: dict


@dataclass(frozen=True)
class Planned:
    """A pack to render, with the inputs its manifest row records once it is built."""

    task: RenderTask
    inputs: PackInputs


def initial_rows(plan: Plan, previous: dict[str, Row]) -> list[Row]:
    """One row per job of the plan, each remembering its last good build."""
    content = plan.content
    rows = []
    for job in plan.jobs:
        old = previous.get(job.file)
        profile = job.org.profile or (content.default_org if job.org.error is None else None)
        rows.append(
            Row(
                job.org.id,
                job.audience,
                job.country,
                job.file,
                org_name=profile.name if profile else "",
                country_name=content.countries[job.country].name,
                last_good=old.baseline() if old else None,
            )
        )
    return rows


def file_matches(path: Path, sha256: str | None) -> bool:
    """The file is there and is exactly the one recorded."""
    if not sha256:
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() == sha256


def mark_skipped(row: Row, baseline: dict) -> None:
    row.status = SKIPPED
    for name in manifest.BASELINE_FIELDS:
        setattr(row, name, baseline.get(name))
    row.last_good = None


@dataclass
class Decider:
    plan: Plan
    rows: list[Row]  # as from initial_rows; failed and skipped rows are marked here
    engine: Engine
    out: Path
    traits: dict[int, tuple[str, bool]] = field(default_factory=dict)  # job -> (paper, safety)
    seconds: float = 0.0  # time spent deciding, not waiting for workers

    def tasks(
        self,
        stopped: Callable[[], bool] = lambda: False,
        tick: Callable[[], None] = lambda: None,
    ) -> Iterator[Planned]:
        """Yield a task for every pack whose inputs changed; mark the rest."""
        started = time.perf_counter()
        content, engine = self.plan.content, self.engine
        hashes = keys.PackHashes(content, engine, [*engine.templates.folders, shipped_assets()])
        common = {
            "engine": keys.engine_versions(),
            "options": keys.short(keys.digest(self.plan.options)),
        }
        org_digests: dict[str, str] = {}
        for job, row in zip(self.plan.jobs, self.rows, strict=False):
            if stopped():
                break
            if job.index % 50 == 0:
                tick()
            if job.request is None:
                row.status, row.error = FAILED, job.org.error or "unusable organisation profile"
                continue
            try:
                brief = engine.brief(job.request)
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
                **hashes.parts(brief.audience, brief.language, engine.stylesheets(brief)),
                "country": own.countries[job.country],
                "org": org_digests[shown.id] if brief.org is not None and shown else "",
                "brief": keys.short(keys.digest(brief)),
            }
            key = keys.pack_key(items, parts)
            baseline = row.last_good
            if baseline and baseline.get("key") == key:
                if file_matches(self.out / job.file, baseline.get("sha256")):
                    mark_skipped(row, baseline)
                    continue
                row.changes = ["the file was missing or modified since the last run"]
            else:
                row.changes = keys.describe_changes(
                    baseline.get("items") if baseline else None,
                    baseline.get("parts") if baseline else None,
                    items,
                    parts,
                )
            self.seconds += time.perf_counter() - started
            yield Planned(RenderTask(job.index, job.file, brief), PackInputs(key, items, parts))
            started = time.perf_counter()
        self.seconds += time.perf_counter() - started
