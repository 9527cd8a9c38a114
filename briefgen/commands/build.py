"""`briefgen build`: one pack, and the file name the app shares with it."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from briefgen.batch.plan import pack_name
from briefgen.content.loader import load_content_or_raise
from briefgen.content.model import Content
from briefgen.errors import BriefgenError
from briefgen.render.engine import Engine, Pack, PackRequest, strict_refusal
from briefgen.render.writer import write_atomic


def open_content(content_dir: Path) -> Content:
    # Warnings are for `briefgen check`; building stays quiet about them.
    content, _ = load_content_or_raise(content_dir, reuse=True)
    return content


def default_name(content: Content, request: PackRequest) -> str:
    return pack_name(content.campaign.id, request.audience, request.country)


def build(
    content: Content,
    request: PackRequest,
    *,
    output: Path | None = None,
    template_dirs=(),
    html_output: Path | None = None,
    out=None,
    strict: bool = False,
) -> Pack:
    out = out or sys.stdout
    engine = Engine(content, template_dirs)
    brief = engine.brief(request)
    fallbacks = engine.fallbacks(brief) if strict else []
    if fallbacks:
        raise BriefgenError(strict_refusal(brief, len(fallbacks)))
    pack = engine.render_brief(brief)
    # The country's code, also when the request named it ("South Korea").
    resolved = dataclasses.replace(request, country=pack.brief.country.code)
    target = output or Path(default_name(content, resolved))
    if html_output:
        write_atomic(html_output, engine.html(pack.brief).encode("utf-8"))
    write_atomic(target, pack.pdf)
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{target}: {pack.pages} pages, {len(pack.pdf) // 1024} KB, {pack.seconds:.2f} s", file=out
    )
    return pack
