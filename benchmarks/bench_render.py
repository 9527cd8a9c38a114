"""Print the warm render time of one pack and briefgen's overhead over plain WeasyPrint.

    .venv/bin/python benchmarks/bench_render.py [--content DIR] [--audience A] [--country CC]
                                                [-n 15] [--profile]

Figures, for this machine, one process, after two warm-up renders:
- briefgen: Engine.render(request), the whole path (select, Jinja, WeasyPrint, PDF);
- its parts: selection, HTML, layout + PDF;
- plain WeasyPrint on the same HTML and the same stylesheets, parsed once with
  one FontConfiguration (what a careful hand-written script would do), both
  with WeasyPrint's defaults and with the tagged PDF/UA output briefgen asks for.
The overhead is briefgen's median minus plain WeasyPrint's (PDF/UA) median.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import time

from _common import add_content_args, content_dir

from briefgen.content.loader import load_content_or_raise
from briefgen.render.engine import Engine, PackRequest


def timed(functions: dict, n: int) -> dict:
    """Median, min and max of each function, run in turn (interleaved) so that
    a busy neighbour or a CPU clock change hits every variant alike."""
    times = {name: [] for name in functions}
    for round_ in range(n):
        names = list(functions)
        names = names[round_ % len(names) :] + names[: round_ % len(names)]
        for name in names:
            started = time.perf_counter()
            functions[name]()
            times[name].append(time.perf_counter() - started)
    return {name: (statistics.median(t), min(t), max(t)) for name, t in times.items()}


def collector_time(*functions, n: int) -> list[float]:
    """Seconds per call that gc spent collecting, for each function."""
    spent = [0.0]
    started = [0.0]

    def on_collect(phase, _info):
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - started[0]

    gc.callbacks.append(on_collect)
    try:
        figures = []
        for function in functions:
            spent[0] = 0.0
            for _ in range(n):
                function()
            figures.append(spent[0] / n)
        return figures
    finally:
        gc.callbacks.remove(on_collect)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_content_args(parser)
    parser.add_argument("--audience", default=None, help="default: the first audience")
    parser.add_argument("--country", default=None, help="default: the first country with a profile")
    parser.add_argument("--org", default=None, help="organisation id (default: the content's)")
    parser.add_argument("-n", type=int, default=15, help="renders to time (median)")
    parser.add_argument(
        "--profile", action="store_true", help="also print a cProfile of briefgen renders"
    )
    args = parser.parse_args()

    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    content, _ = load_content_or_raise(content_dir(args))
    audience = args.audience or next(iter(content.audiences))
    country = args.country or (sorted(content.profiles) or sorted(content.countries))[0]
    org = content.orgs.get(args.org) if args.org else None
    engine = Engine(content)
    request = PackRequest(audience, country, org=org)
    for _ in range(2):
        pack = engine.render(request)
    brief = pack.brief
    html = engine.html(brief)
    sheets = engine.stylesheets(brief)
    print(
        f"pack: {audience} × {country} ({content.countries[country].name}), {pack.pages} pages, "
        f"{len(pack.pdf) // 1024} KB; n = {args.n}"
    )

    fonts = FontConfiguration()
    css = [CSS(filename=str(p), font_config=fonts) for p in sheets]
    base = str(content.root)

    def plain(variant=None):
        options = {"pdf_variant": variant} if variant else {}
        return HTML(string=html, base_url=base).write_pdf(
            stylesheets=css, font_config=fonts, **options
        )

    for _ in range(2):
        plain(), plain("pdf/ua-1")
    figures = timed(
        {
            "total": lambda: engine.render(request),
            "plain_ua": lambda: plain("pdf/ua-1"),
            "plain": plain,
        },
        args.n,
    )
    parts = timed(
        {"select": lambda: engine.brief(request), "html": lambda: engine.html(brief)}, args.n * 5
    )
    total, plain_ua, plain_default = figures["total"], figures["plain_ua"], figures["plain"]
    select, template = parts["select"], parts["html"]

    def row(name, figures):
        median, low, high = figures
        print(f"  {name:44} {median * 1000:8.1f} ms  (min {low * 1000:.1f}, max {high * 1000:.1f})")

    print("median time per pack:")
    row("briefgen Engine.render (whole path)", total)
    row("  of which selection (engine.brief)", select)
    row("  of which HTML (Jinja, engine.html)", template)
    row("plain WeasyPrint, same HTML + CSS, PDF/UA", plain_ua)
    row("plain WeasyPrint, same HTML + CSS, default", plain_default)
    overhead = total[0] - plain_ua[0]
    print(
        f"briefgen overhead over plain WeasyPrint (PDF/UA): {overhead * 1000:+.1f} ms "
        f"= {overhead / plain_ua[0] * 100:+.1f}% (target: within 10%)"
    )
    print(
        f"PDF/UA tagging itself costs {(plain_ua[0] - plain_default[0]) * 1000:+.1f} ms "
        f"= {(plain_ua[0] / plain_default[0] - 1) * 100:+.1f}% over WeasyPrint's default output"
    )

    collector = collector_time(lambda: engine.render(request), lambda: plain("pdf/ua-1"), n=args.n)
    print(
        "Python's garbage collector, per pack (briefgen pauses it during a render and "
        "collects once after):"
    )
    print(
        f"  briefgen {collector[0] * 1000:6.1f} ms, plain WeasyPrint {collector[1] * 1000:6.1f} ms"
    )

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.n):
            engine.render(request)
        profiler.disable()
        print(f"\ncProfile of {args.n} briefgen renders, top 25 by cumulative time:")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        print("top 20 by own time:")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
