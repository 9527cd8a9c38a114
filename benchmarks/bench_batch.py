"""Print batch throughput with one worker and with every core, and worker memory.

    .venv/bin/python benchmarks/bench_batch.py [--content DIR] [--limit N] [--jobs 1,2]
                                               [--audience all] [--country all] [--profile]

For each --jobs value: a fresh batch of every audience × country (at most
--limit packs) into a temporary folder; prints packs/second, the time a
600-pack batch would take at that rate, the speed-up over the first --jobs
value, how the parent spent its time, and every worker's resident memory at
several points of the batch (it must stay flat, not grow with the count).
Then a rerun of the last batch, which should skip everything.
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

from briefgen.batch import BatchSpec, run_batch
from briefgen.content.loader import load_content_or_raise


def matrix(content_root: Path, audiences: str, countries: str, limit: int | None):
    """Audiences × countries, cut to about `limit` packs by taking fewer countries."""
    content, _ = load_content_or_raise(content_root)
    from briefgen.batch.plan import resolve_audiences, resolve_countries

    chosen_audiences = resolve_audiences(content, audiences)
    chosen_countries = resolve_countries(content, countries)
    if limit:
        per = max(1, limit // len(chosen_audiences))
        chosen_countries = chosen_countries[:per]
    return ",".join(chosen_audiences), ",".join(chosen_countries)


def memory_report(memory: dict) -> list[str]:
    lines = []
    for pid, samples in sorted(memory.items()):
        samples = sorted(samples)
        count = len(samples)
        points = sorted({0, count // 10, count // 4, count // 2, (3 * count) // 4, count - 1})
        shown = ", ".join(f"#{samples[i][0]}: {samples[i][1] / 1024:.0f}" for i in points)
        first_half = max(s[1] for s in samples[: max(1, count // 2)])
        second_half = max(s[1] for s in samples[count // 2 :])
        lines.append(
            f"  worker {pid}: {count} packs; RSS MiB after pack {shown}; "
            f"peak (VmHWM) {samples[-1][2] / 1024:.0f} MiB; "
            f"max RSS 1st half {first_half / 1024:.0f} vs 2nd half {second_half / 1024:.0f} MiB"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_content_args(parser)
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="at most about N packs per organisation (fewer countries)",
    )
    parser.add_argument(
        "--jobs",
        default=f"1,{os.cpu_count()}",
        help="comma-separated worker counts to compare (default: 1 and every core)",
    )
    parser.add_argument("--audience", default="all")
    parser.add_argument("--country", default="all")
    parser.add_argument("--org", action="append", default=[])
    parser.add_argument("--merge", action="store_true", help="also time --merge")
    parser.add_argument("--zip", action="store_true", help="also time --zip")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the parent process (planning, keys, collection)",
    )
    args = parser.parse_args()

    root = content_dir(args)
    audiences, countries = matrix(root, args.audience, args.country, args.limit)
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"content: {root}; {os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}")
    rates = {}
    out = None
    outs = []
    for jobs in jobs_list:
        out = Path(tempfile.mkdtemp(prefix=f"briefgen-bench-{jobs}-"))
        outs.append(out)
        spec = BatchSpec(
            root, out, audiences, countries, tuple(args.org), jobs, zip=args.zip, merge=args.merge
        )
        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        result = run_batch(spec)
        if profiler:
            profiler.disable()
        wall = time.perf_counter() - started
        counts = result.counts
        t = result.timings
        built = counts["built"]
        rate = built / t["render"] if t.get("render") else 0.0
        rates[jobs] = rate
        print(
            f"\n--jobs {jobs}: {counts['total']} packs ({built} built, {counts['failed']} failed) "
            f"in {wall:.1f} s wall"
        )
        print(
            f"  rendering: {t['render']:.1f} s = {rate:.2f} packs/s "
            f"(from the first task to the last result, worker start-up included)"
        )
        print(
            f"  parent: load content {t['load'] * 1000:.0f} ms, plan (selection + keys for every "
            f"pack) {t['plan'] * 1000:.0f} ms = {t['plan'] / max(1, counts['total']) * 1000:.2f} "
            f"ms/pack, manifest {t['manifest'] * 1000:.0f} ms"
            + (f", merge {t['merge']:.1f} s" if "merge" in t else "")
            + (f", zip {t['zip']:.1f} s" if "zip" in t else "")
        )
        if rate:
            print(
                f"  a 600-pack batch at this rate: {600 / rate:.0f} s"
                " (target: under 180 s on 2 cores)"
            )
        seconds = sorted(r.seconds for r in result.rows if r.seconds)
        if seconds:
            print(
                f"  per pack in the worker: median {seconds[len(seconds) // 2] * 1000:.0f} ms, "
                f"slowest {seconds[-1] * 1000:.0f} ms"
            )
        if result.cpu:
            cpu = sorted(result.cpu)
            per = sum(cpu) / len(cpu)
            print(
                f"  CPU time per pack in the worker: mean {per * 1000:.0f} ms, median "
                f"{cpu[len(cpu) // 2] * 1000:.0f} ms; on {jobs} otherwise idle core(s) that is at "
                f"most {jobs / per:.2f} packs/s, 600 packs in {600 * per / jobs:.0f} s "
                "(CPU time does not grow when other programs share the cores)"
            )
        for line in memory_report(result.memory):
            print(line)
        failures = [r for r in result.rows if r.status == "failed"]
        if failures:
            print(f"  first failure: {failures[0].file}: {failures[0].error[:200]}")
        if profiler:
            print("  parent cProfile, top 15 by cumulative time:")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
    if len(jobs_list) > 1 and rates.get(jobs_list[0]):
        base = rates[jobs_list[0]]
        for jobs in jobs_list[1:]:
            print(
                f"\nspeed-up --jobs {jobs} over --jobs {jobs_list[0]}: {rates[jobs] / base:.2f}× "
                "(target: at least 1.8× on 2 cores)"
            )
    if out is not None:
        started = time.perf_counter()
        result = run_batch(
            BatchSpec(
                root,
                out,
                audiences,
                countries,
                tuple(args.org),
                jobs_list[-1],
                zip=args.zip,
                merge=args.merge,
            )
        )
        print(
            f"\nrerun, nothing changed: {result.counts['skipped']} of {result.counts['total']} "
            f"skipped in {time.perf_counter() - started:.2f} s"
        )
    for folder in outs:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
