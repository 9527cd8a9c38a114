"""Print what a rerun costs: nothing changed, and after one edit to the content.

    .venv/bin/python benchmarks/bench_rerun.py [--content DIR] [--limit 600] [--jobs 2]
                                               [--rounds 3] [--profile]

Builds about --limit packs (every audience × the first countries) once into a
temporary folder from a temporary copy of the content, then:

- reruns the same batch --rounds times with nothing changed: every pack must
  be skipped; prints the whole rerun's wall time and its parts (loading the
  content, deciding what to build: selection, keys and the file check of every
  pack, writing the manifest). Target: deciding under 1 s for 600 packs.
- edits one example's text in the copy (an example only some packs print) and
  reruns: prints how many packs were rebuilt, against how many print that
  example, and the time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import tempfile
import time
from pathlib import Path

from _common import add_content_args, content_dir
from bench_batch import matrix

from briefgen.batch import BatchSpec, run_batch
from briefgen.batch.manifest import BUILT
from briefgen.content.loader import load_content_or_raise
from briefgen.render.engine import Engine, PackRequest


def edited_example(copy: Path) -> str:
    """Change the first example's title in the copy (a plain one-line value); return its id."""
    path = copy / "examples.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    example_id = None
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("- id:"):
            example_id = stripped.split(":", 1)[1].strip()
        elif example_id and stripped.startswith("title:") and not stripped.endswith(("|", ">")):
            lines[number] = line.rstrip("\n") + " (edited)\n"
            path.write_text("".join(lines), encoding="utf-8")
            return example_id
    raise SystemExit(f"{path}: no example with a one-line title to edit")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_content_args(parser)
    parser.add_argument("--limit", type=int, default=600, help="about N packs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=3, help="reruns with nothing changed (1+)")
    parser.add_argument("--profile", action="store_true", help="cProfile the last rerun")
    args = parser.parse_args()
    args.rounds = max(1, args.rounds)

    work = Path(tempfile.mkdtemp(prefix="briefgen-bench-rerun-"))
    copy = work / "content"
    shutil.copytree(content_dir(args), copy)
    out = work / "packs"
    audiences, countries = matrix(copy, "all", "all", args.limit)

    def spec() -> BatchSpec:
        return BatchSpec(copy, out, audiences, countries, (), args.jobs)

    try:
        started = time.perf_counter()
        first = run_batch(spec())
        print(
            f"first run: {first.counts['built']} packs built in "
            f"{time.perf_counter() - started:.1f} s ({args.jobs} jobs)"
        )
        for round_number in range(1, args.rounds + 1):
            profiler = cProfile.Profile() if args.profile and round_number == args.rounds else None
            started = time.perf_counter()
            if profiler:
                profiler.enable()
            again = run_batch(spec())
            if profiler:
                profiler.disable()
            wall = time.perf_counter() - started
            t = again.timings
            print(
                f"rerun {round_number}, nothing changed: {again.counts['skipped']} of "
                f"{again.counts['total']} skipped in {wall:.2f} s: load content "
                f"{t['load'] * 1000:.0f} ms, decide {t['plan'] * 1000:.0f} ms "
                f"({t['plan'] / max(1, again.counts['total']) * 1000:.2f} ms/pack; target for "
                f"600 packs: under 1 s), manifest {t['manifest'] * 1000:.0f} ms"
            )
            if profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

        before = {r.file: r.sha256 for r in again.rows}
        example = edited_example(copy)
        content, _ = load_content_or_raise(copy)
        engine = Engine(content)
        languages = []
        for row in again.rows:
            brief = engine.brief(
                PackRequest(row.audience, row.country, language=row.language or None)
            )
            if example in map(str, brief.items["examples"]):
                languages.append(brief.language)
        in_source = sum(language == content.campaign.language for language in languages)
        started = time.perf_counter()
        edited = run_batch(spec())
        wall = time.perf_counter() - started
        rebuilt = [r for r in edited.rows if r.status == BUILT]
        new_bytes = sum(r.sha256 != before[r.file] for r in rebuilt)
        print(
            f"after editing example '{example}': {len(rebuilt)} rebuilt ({new_bytes} of them "
            f"with new bytes), {edited.counts['skipped']} skipped, in {wall:.1f} s; "
            f"{len(languages)} packs print that example, {in_source} in the language edited "
            f"({content.campaign.language}), the others in a translation the edit leaves alone"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
