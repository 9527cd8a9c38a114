"""--merge: one print-ready PDF per organisation and audience, with a contents page.

The contents page is a tiny HTML page rendered by the worker's PDF engine;
it lists each country and the page its pack starts on (page numbers count
the contents pages too). pypdf then appends the packs, each under a
bookmark named for its country, keeping the packs' own bookmarks beneath.
"""

from __future__ import annotations

import hashlib
import html
import io
import time
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from briefgen import __version__
from briefgen.pdf import Metadata

_STYLE = """
@page { size: %(paper)s; margin: 22mm 20mm; @bottom-center { content: counter(page); font-size: 8pt; } }
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
p.sub { margin: 0 0 14pt; color: #333; }
h2 { font-size: 12pt; margin: 0 0 6pt; }
table { width: 100%%; border-collapse: collapse; }
td { padding: 2.5pt 0; border-bottom: 0.4pt solid #bbb; }
td.page { text-align: right; width: 22mm; }
td.none { text-align: right; color: #555; font-style: italic; }
"""


@dataclass(frozen=True)
class MergeEntry:
    code: str
    name: str
    file: str | None  # relative to the output folder; None when the pack is not available


@dataclass(frozen=True)
class MergeTask:
    file: str
    title: str  # the campaign's
    heading: str  # e.g. "Legislator briefings, Friends of Rivers"
    as_of: str  # ISO date
    language: str
    paper: str  # "A4" or "Letter"
    entries: tuple[MergeEntry, ...]
    key: str
    labels: dict  # "contents", "page", "country", "not_available", "as_of"


@dataclass(frozen=True)
class MergeResult:
    file: str
    ok: bool
    pages: int = 0
    bytes: int = 0
    sha256: str = ""
    error: str = ""
    seconds: float = 0.0
    key: str = ""
    countries: int = 0


LABELS = {"contents": "Contents", "country": "Country", "page": "Page",
          "not_available": "not available", "as_of": "As of {date}"}


def merge_key(task_parts) -> str:
    return hashlib.sha256(repr((__version__, task_parts)).encode("utf-8")).hexdigest()


def plan_merges(plan, rows, papers: dict) -> list[MergeTask]:
    """One merge per organisation and audience, countries in the batch's order.

    A pack that was not made (failed, or missing after an interruption) is
    listed in the contents as not available rather than silently left out.
    """
    content, campaign = plan.content, plan.content.campaign
    language = plan.spec.language or campaign.language
    title = campaign.title.get(language, campaign.language)
    by_pack = {(r.org, r.audience, r.country): (i, r) for i, r in enumerate(rows)}
    tasks = []
    for org in plan.orgs:
        profile = org.profile or content.default_org
        for audience in plan.audiences:
            entries, shas, sizes = [], [], set()
            for code in plan.countries:
                index, row = by_pack[(org.id, audience, code)]
                good = row.status in ("built", "skipped")
                entries.append(MergeEntry(code, content.countries[code].name,
                                          row.file if good else None))
                shas.append(row.sha256 if good else "")
                sizes.add(papers.get(index, "A4"))
            audience_name = content.audiences[audience].name.get(language, campaign.language)
            heading = f"{audience_name} briefings, {profile.name if profile else title}"
            paper = "Letter" if sizes == {"Letter"} else "A4"
            name = plan.merged_file(org.id, audience)
            as_of = campaign.as_of.isoformat()
            key = merge_key((name, title, heading, paper, language, as_of,
                             [(e.code, e.name, e.file) for e in entries], shas))
            tasks.append(MergeTask(name, title, heading, as_of, language, paper,
                                   tuple(entries), key, {}))
    return tasks


def contents_html(task: MergeTask, starts: dict[str, int]) -> str:
    e = html.escape
    labels = {**LABELS, **task.labels}
    rows = []
    for entry in task.entries:
        if entry.file is not None:
            rows.append(f'<tr><td>{e(entry.name)}</td><td class="page">{starts[entry.code]}</td></tr>')
        else:
            rows.append(f'<tr><td>{e(entry.name)}</td>'
                        f'<td class="none">{e(labels["not_available"])}</td></tr>')
    return (
        f'<!DOCTYPE html><html lang="{e(task.language)}"><head><meta charset="utf-8">'
        f"<title>{e(task.title)}: {e(task.heading)}</title>"
        f"<style>{_STYLE % {'paper': task.paper}}</style></head><body>"
        f"<h1>{e(task.title)}</h1>"
        f'<p class="sub">{e(task.heading)}. {e(labels["as_of"].format(date=task.as_of))}</p>'
        f'<h2>{e(labels["contents"])}</h2><table><thead><tr><td>{e(labels["country"])}</td>'
        f'<td class="page">{e(labels["page"])}</td></tr></thead><tbody>{"".join(rows)}</tbody>'
        "</table></body></html>")


def merge(task: MergeTask, read_pdf, render_html) -> tuple[bytes, int]:
    """Contents page + every available pack, in order. Returns (pdf bytes, pages).

    `read_pdf(file)` gives a pack's bytes; `render_html(html, metadata)` gives
    (pdf bytes, page count), so this stays testable without a pool.
    """
    readers = {entry.code: PdfReader(io.BytesIO(read_pdf(entry.file)))
               for entry in task.entries if entry.file is not None}
    metadata = Metadata(
        title=f"{task.title}: {task.heading}", authors=(), subject=task.heading,
        keywords=(), language=task.language, created=f"{task.as_of}T00:00:00Z",
        generator=f"briefgen {__version__}")
    contents_pages, contents = 1, None
    for _ in range(4):  # the contents' own length moves every start page
        starts, page = {}, contents_pages + 1
        for entry in task.entries:
            if entry.code in readers:
                starts[entry.code] = page
                page += len(readers[entry.code].pages)
        contents, pages = render_html(contents_html(task, starts), metadata)
        if pages == contents_pages:
            break
        contents_pages = pages
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(contents)), import_outline=False)
    writer.add_outline_item(LABELS["contents"] if "contents" not in task.labels
                            else task.labels["contents"], 0)
    for entry in task.entries:
        if entry.code in readers:
            writer.append(readers[entry.code], outline_item=entry.name)
    writer.add_metadata({"/Title": metadata.title, "/Creator": metadata.generator,
                         "/Producer": metadata.generator,
                         "/CreationDate": _pdf_date(task.as_of), "/ModDate": _pdf_date(task.as_of)})
    writer._root_object[NameObject("/Lang")] = TextStringObject(task.language)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), len(writer.pages)


def _pdf_date(iso_date: str) -> str:
    return "D:" + iso_date.replace("-", "") + "000000Z"


def run_merge(task: MergeTask, out, renderer) -> MergeResult:
    """Used by workers: read the packs from `out`, write the merged file atomically."""
    from briefgen.writer import write_atomic

    started = time.perf_counter()
    try:
        def render_html(text, metadata):
            pdf, pages, _ = renderer.render(text, [], metadata)
            return pdf, pages

        pdf, pages = merge(task, lambda name: (out / name).read_bytes(), render_html)
        write_atomic(out / task.file, pdf)
    except Exception as exc:  # a merge failure is reported, the packs stand
        return MergeResult(task.file, False, error=f"{type(exc).__name__}: {exc}",
                           seconds=time.perf_counter() - started, key=task.key)
    return MergeResult(task.file, True, pages, len(pdf), hashlib.sha256(pdf).hexdigest(),
                       seconds=time.perf_counter() - started, key=task.key,
                       countries=sum(1 for e in task.entries if e.file))
