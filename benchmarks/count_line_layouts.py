"""Count WeasyPrint's line-layout passes for one pack: a repeatable cost figure.

Timings on a shared VM swing by a third; the number of times WeasyPrint lays
out a line of text does not. Layout that measures text before placing it
(flex items, auto-width tables, shrink-to-fit boxes) shows up here as layout
calls well above the number of lines drawn.

    .venv/bin/python benchmarks/count_line_layouts.py --audience legislator --country KR
    .venv/bin/python benchmarks/count_line_layouts.py --extra-css '.qr{display:flex}'
    .venv/bin/python benchmarks/count_line_layouts.py --org content/orgs/members/northlight.yaml
"""

from __future__ import annotations

import argparse
from pathlib import Path

import weasyprint.text.line_break as line_break
from weasyprint import CSS, HTML

from briefgen.content.loader import load_content_or_raise
from briefgen.content.orgs import resolve_org
from briefgen.paths import shipped_content
from briefgen.render.engine import Engine, PackRequest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=shipped_content())
    parser.add_argument("--audience", default=None, help="default: the content's first")
    parser.add_argument("--country", default=None, help="default: the first with a profile")
    parser.add_argument("--org", default=None, help="organisation: an id or a profile file")
    parser.add_argument("--extra-css", default="", help="CSS appended, to try a change")
    args = parser.parse_args()

    content = load_content_or_raise(args.content)[0]
    engine = Engine(content)
    audience = args.audience or next(iter(content.audiences))
    country = args.country or next(iter(content.profiles), next(iter(content.countries)))
    brief = engine.brief(PackRequest(audience, country, org=resolve_org(content, args.org)))
    html = engine.html(brief)
    fonts = engine.renderer.fonts
    sheets = [engine.renderer.stylesheet(path) for path in engine.stylesheets(brief)]
    if args.extra_css:
        sheets.append(CSS(string=args.extra_css, font_config=fonts))

    calls = {"n": 0}
    original = line_break.Layout.get_first_line

    def counted(self):
        calls["n"] += 1
        return original(self)

    line_break.Layout.get_first_line = counted
    document = HTML(
        string=html, base_url=str(engine.content.root), url_fetcher=engine.renderer.fetcher
    ).render(stylesheets=sheets, font_config=fonts)
    laid_out, calls["n"] = calls["n"], 0
    document.write_pdf(pdf_variant="pdf/ua-1")
    drawn = calls["n"]
    print(
        f"{args.audience} × {args.country}: {len(document.pages)} pages; "
        f"line layouts {laid_out}, lines drawn {drawn}, ratio {laid_out / max(drawn, 1):.2f}"
    )


if __name__ == "__main__":
    main()
