"""--merge: one print-ready PDF per organisation, audience and paper size, with a
contents page, made to be printed double-sided and split into handouts.

The contents page is a tiny HTML page rendered by the worker's PDF engine;
it lists each country, linked to the page its pack starts on (page numbers
count the contents pages too). Every pack starts on a right-hand page: where
the part before it ends on a right-hand page, a verso marked "intentionally
blank" in small type is added. Packs made in safety mode never go into a
branded file: they get an unbranded merged file of their own.

pikepdf (qpdf) appends the packs, each under a bookmark named for its country
with the pack's own bookmarks beneath, and grafts each pack's tags into one
structure tree so the merged file stays tagged. qpdf reads only the objects it
needs, where a pure-Python reader parsed each pack's whole tag tree: 195 packs
merge in seconds, not a minute.
"""

from __future__ import annotations

import hashlib
import html
import io
import time
from collections.abc import Sequence
from dataclasses import dataclass

from pikepdf import (
    Array,
    Dictionary,
    Name,
    NameTree,
    Object,
    ObjectStreamMode,
    OutlineItem,
    Pdf,
    String,
)

from briefgen import __version__
from briefgen.batch.manifest import Row
from briefgen.content.locale import country_name
from briefgen.render.metadata import Metadata

_STYLE = """
@page { size: %(paper)s; margin: 22mm 20mm;
        @bottom-center { content: counter(page); font-size: 8pt; } }
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
p.sub { margin: 0 0 14pt; color: #333; }
h2 { font-size: 12pt; margin: 0 0 6pt; }
table { width: 100%%; border-collapse: collapse; }
td { padding: 2.5pt 0; border-bottom: 0.4pt solid #bbb; }
td.page { text-align: right; width: 22mm; }
td.none { text-align: right; color: #555; font-style: italic; }
a { color: inherit; text-decoration: none; }
p.blank { margin-top: 120mm; text-align: center; font-size: 7.5pt; color: #555; }
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
    heading: str  # e.g. "Legislator briefings, Friends of Rivers"; no organisation in safety mode
    as_of: str  # ISO date, for the PDF's dates
    as_of_text: str  # the date as the packs print it
    language: str
    paper: str  # "A4" or "Letter": one paper size per file
    entries: tuple[MergeEntry, ...]
    key: str
    labels: dict  # MERGE_LABELS -> the text, from the pack language's labels
    safety: bool = False

    def label(self, name: str) -> str:
        return str(self.labels.get(name, name.replace("_", " ")))


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


# The labels (templates/labels/<lang>.yaml) a merged file prints.
MERGE_LABELS = (
    "contents",
    "contents_country",
    "contents_page",
    "not_available",
    "as_of",
    "blank_page",
)

PAPERS = ("A4", "Letter")


def merge_key(task_parts) -> str:
    return hashlib.sha256(repr((__version__, task_parts)).encode("utf-8")).hexdigest()


def plan_merges(
    plan, rows: Sequence[Row], traits: dict, format_date, labels_for=None
) -> list[MergeTask]:
    """One merge per organisation, audience, language, paper size and safety mode,
    countries in the batch's order.

    `traits` maps a job's index to its pack's (paper, safety); `format_date(date,
    language)` writes a date as the packs do, and `labels_for(language)` gives the
    `t(key, **values)` of that language's labels. Packs in different languages never
    share a file (a reader gets one language). A set that mixes paper sizes is split
    into one file per size, so a print shop loads one kind of paper per file; packs in
    safety mode go into their own file, whose title and metadata name no organisation.
    A pack that was not made (failed, or missing after an interruption) is listed in
    the contents as not available rather than silently left out.
    """
    labels_for = labels_for or (lambda language: lambda key, **values: key)
    content, campaign = plan.content, plan.content.campaign
    by_pack: dict[tuple, list[tuple[int, Row]]] = {}
    for i, r in enumerate(rows):
        by_pack.setdefault((r.org, r.audience, r.country), []).append((i, r))
    tasks = []
    for org in plan.orgs:
        profile = org.profile or content.default_org
        for audience in plan.audiences:
            groups: dict[tuple[str, str, bool], list[tuple[MergeEntry, str]]] = {}
            for code in plan.countries:
                for index, row in by_pack[(org.id, audience, code)]:
                    language = row.language or campaign.language
                    good = row.status in ("built", "skipped")
                    paper, safety = traits.get(index, ("A4", False))
                    name = country_name(content.countries[code], language, campaign.language)
                    entry = MergeEntry(code, name, row.file if good else None)
                    groups.setdefault((language, paper, safety), []).append(
                        (entry, row.sha256 if good else "")
                    )
            papers: dict[str, set] = {}
            for language, paper, _ in groups:
                papers.setdefault(language, set()).add(paper)
            for (language, paper, safety), members in sorted(
                groups.items(),
                key=lambda item: (_order(plan, item[0][0]), PAPERS.index(item[0][1]), item[0][2]),
            ):
                t = labels_for(language)
                title = campaign.title.get(language, campaign.language)
                as_of_text = format_date(campaign.as_of, language)
                labels = {name: t(name, date=as_of_text) for name in MERGE_LABELS}
                audience_name = content.audiences[audience].name.get(language, campaign.language)
                if safety:
                    heading = t("merged_heading_unbranded", audience=audience_name)
                else:
                    heading = t(
                        "merged_heading",
                        audience=audience_name,
                        name=profile.name if profile else title,
                    )
                name = plan.merged_file(
                    org.id,
                    audience,
                    paper=paper if len(papers[language]) > 1 else None,
                    safety=safety,
                    language=language,
                )
                entries = tuple(entry for entry, _ in members)
                key = merge_key(
                    (
                        name,
                        title,
                        heading,
                        paper,
                        language,
                        as_of_text,
                        safety,
                        [(e.code, e.name, e.file) for e in entries],
                        [sha for _, sha in members],
                        sorted(labels.items()),
                    )
                )
                tasks.append(
                    MergeTask(
                        name,
                        title,
                        heading,
                        campaign.as_of.isoformat(),
                        as_of_text,
                        language,
                        paper,
                        entries,
                        key,
                        labels,
                        safety,
                    )
                )
    return tasks


def _order(plan, language: str) -> int:
    """Merged files in the campaign's order of languages."""
    offered = plan.content.campaign.languages
    return offered.index(language) if language in offered else len(offered)


def _anchor(code: str) -> str:
    return f"briefgen-pack-{code}"


def contents_html(task: MergeTask, starts: dict[str, int]) -> str:
    e = html.escape
    rows = []
    # Empty targets, so that WeasyPrint keeps the links; merge() re-points them.
    anchors = "".join(
        f'<span id="{_anchor(entry.code)}"></span>' for entry in task.entries if entry.file
    )
    for entry in task.entries:
        if entry.file is not None:
            # Links to named destinations that merge() points at each pack's first page.
            link = f'<a href="#{_anchor(entry.code)}">'
            rows.append(
                f"<tr><td>{link}{e(entry.name)}</a></td>"
                f'<td class="page">{link}{starts[entry.code]}</a></td></tr>'
            )
        else:
            rows.append(
                f"<tr><td>{e(entry.name)}</td>"
                f'<td class="none">{e(task.label("not_available"))}</td></tr>'
            )
    return (
        f'<!DOCTYPE html><html lang="{e(task.language)}"><head><meta charset="utf-8">'
        f"<title>{e(task.title)}: {e(task.heading)}</title>"
        f"<style>{_STYLE % {'paper': task.paper}}</style></head><body>"
        f"<h1>{e(task.title)}</h1>"
        f'<p class="sub">{e(task.heading)}. {e(task.label("as_of"))}'
        f"</p><h2>{e(task.label('contents'))}</h2><table><thead><tr>"
        f"<td>{e(task.label('contents_country'))}</td>"
        f'<td class="page">{e(task.label("contents_page"))}</td></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>"
        f"</table>{anchors}</body></html>"
    )


def blank_html(task: MergeTask) -> str:
    """A verso left blank so that the next pack starts on a right-hand page."""
    e = html.escape
    return (
        f'<!DOCTYPE html><html lang="{e(task.language)}"><head><meta charset="utf-8">'
        f"<title>{e(task.title)}</title>"
        f"<style>{_STYLE % {'paper': task.paper}} @page {{ @bottom-center {{ content: none }} }}"
        f'</style></head><body><p class="blank">{e(task.label("blank_page"))}</p></body></html>'
    )


def merge(task: MergeTask, read_pdf, render_html) -> tuple[bytes, int]:
    """Contents page + every available pack, in order. Returns (pdf bytes, pages).

    `read_pdf(file)` gives a pack's bytes; `render_html(html, metadata)` gives
    (pdf bytes, page count), so this stays testable without a pool.
    """
    packs = {
        entry.code: Pdf.open(io.BytesIO(read_pdf(entry.file)))
        for entry in task.entries
        if entry.file is not None
    }
    metadata = Metadata(
        title=f"{task.title}: {task.heading}",
        authors=(),
        subject=task.heading,
        keywords=(),
        language=task.language,
        created=f"{task.as_of}T00:00:00Z",
        generator=f"briefgen {__version__}",
    )
    contents_pages, contents = 1, b""
    for _ in range(4):  # the contents' own length moves every start page
        starts, page = {}, contents_pages + 1
        for entry in task.entries:
            if entry.code in packs:
                page += _blank_needed(page - 1)
                starts[entry.code] = page
                page += len(packs[entry.code].pages)
        contents, pages = render_html(contents_html(task, starts), metadata)
        if pages == contents_pages:
            break
        contents_pages = pages

    # The contents page is the base document: its title, language and
    # metadata become the merged file's.
    merged = Pdf.open(io.BytesIO(contents))
    blank = Pdf.open(io.BytesIO(render_html(blank_html(task), metadata)[0]))
    tags = TagTree(merged)
    outline = [OutlineItem(task.label("contents"), 0)]
    first_pages = {}
    for entry in task.entries:
        pack = packs.get(entry.code)
        if pack is None:
            continue
        if _blank_needed(len(merged.pages)):
            _append(merged, tags, blank)
        first = _append(merged, tags, pack)
        first_pages[entry.code] = first
        outline.append(_country_bookmark(entry.name, pack, merged, first))
    tags.finish()
    _point_contents_links(merged, task, first_pages)
    with merged.open_outline() as tree:
        tree.root[:] = outline
    buffer = io.BytesIO()
    merged.save(buffer, deterministic_id=True, object_stream_mode=ObjectStreamMode.generate)
    return buffer.getvalue(), len(merged.pages)


def _blank_needed(pages_so_far: int) -> int:
    """1 when the next page would be a left-hand one (an even page number)."""
    return 1 if pages_so_far % 2 else 0


def _append(merged: Pdf, tags: TagTree, part: Pdf) -> int:
    """Appends every page of `part` with its tags; returns the index of its first page."""
    first = len(merged.pages)
    # Carries the part's named destinations too (renamed where two packs share a
    # name), so citation links still jump within their own pack.
    merged.add_pages_from(part, outlines="ignore")
    tags.graft(part, merged.pages[first:])
    return first


def _point_contents_links(merged: Pdf, task: MergeTask, first_pages: dict[str, int]) -> None:
    """The contents' links lead to placeholders on the contents page: point each at
    its pack's first page, and give the link the country's name for screen readers."""
    names = merged.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return
    dests = NameTree(names.Dests)
    for code, index in first_pages.items():
        if _anchor(code) in dests:
            dests[_anchor(code)] = Array([merged.pages[index].obj, Name.Fit])
    labels = {_anchor(e.code): e.name for e in task.entries}
    for page in merged.pages[: min(first_pages.values(), default=0)]:
        for annotation in page.obj.get("/Annots", ()):
            target = str(annotation.get("/Dest", ""))
            if target in labels:
                annotation.Contents = String(labels[target])


def _country_bookmark(name: str, pack: Pdf, merged: Pdf, first: int) -> OutlineItem:
    """A bookmark for the pack's first page, with the pack's own bookmarks beneath."""
    index: dict[tuple[int, int], int] = {
        page.obj.objgen: number for number, page in enumerate(pack.pages)
    }

    def moved(item: OutlineItem) -> OutlineItem:
        target = item.destination
        if isinstance(target, Array) and len(target) and target[0].objgen in index:
            page = merged.pages[first + index[target[0].objgen]].obj
            target = Array([page, *list(target)[1:]])
        else:  # a destination we cannot follow: the pack's first page
            target = first
        copy = OutlineItem(item.title, target)
        copy.children.extend(moved(child) for child in item.children)
        return copy

    country = OutlineItem(name, first)
    with pack.open_outline() as tree:
        country.children.extend(moved(item) for item in tree.root)
    return country


class TagTree:
    """The merged file's structure tree (what a screen reader follows): each
    pack's tags go under the root in order, their parent-tree keys renumbered
    so that keys from different packs never collide."""

    def __init__(self, pdf: Pdf):
        self.pdf = pdf
        root = pdf.Root.get("/StructTreeRoot")
        if root is None:
            root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
            pdf.Root.StructTreeRoot = root
            pdf.Root.MarkInfo = Dictionary(Marked=True)
        self.root: Object = root
        self.kids = _as_list(self.root.get("/K"))
        self.numbers = _number_tree(self.root.get("/ParentTree"))
        self.next_key = max((key for key, _ in self.numbers), default=-1) + 1
        self.language = str(pdf.Root.get("/Lang", ""))

    def graft(self, pack: Pdf, pages) -> None:
        source = pack.Root.get("/StructTreeRoot")
        if source is None:
            return  # an untagged pack: its pages come without tags
        offset = self.next_key
        numbers = _number_tree(source.get("/ParentTree"))
        for key, value in numbers:
            self.numbers.append((key + offset, self._copy(pack, value)))
        for page in pages:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + offset
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation:
                    annotation.StructParent = int(annotation.StructParent) + offset
        language = str(pack.Root.get("/Lang", ""))
        for element in _as_list(source.get("/K")):
            copy = self._copy(pack, element)
            copy.P = self.root
            if language and language != self.language:
                copy.Lang = language
            self.kids.append(copy)
        for role, standard in source.get("/RoleMap", Dictionary()).items():
            if "/RoleMap" not in self.root:
                self.root.RoleMap = Dictionary()
            role_map = self.root.RoleMap
            if role not in role_map:
                role_map[role] = standard
        self.next_key = offset + max((key for key, _ in numbers), default=-1) + 1

    def _copy(self, pack: Pdf, value):
        """`value` from `pack` as an object of the merged file. The copy shares
        the page and annotation objects `add_pages_from` already copied."""
        if isinstance(value, Array) and not value.is_indirect:
            return Array([self._copy(pack, item) for item in value])
        if isinstance(value, Dictionary) and not value.is_indirect:
            value = pack.make_indirect(value)
        if isinstance(value, Object) and value.is_indirect:
            return self.pdf.copy_foreign(value)
        return value  # null, a number, a name: nothing to copy

    def finish(self) -> None:
        # One Document element under the root (PDF/UA), each part beneath it.
        document = self.pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name.Document, P=self.root)
        )
        for kid in self.kids:
            kid.P = document
            if kid.get("/S") == Name.Document:
                kid.S = Name.Part
        document.K = Array(self.kids)
        self.root.K = Array([document])
        flat: list[object] = []
        for key, value in sorted(self.numbers, key=lambda pair: pair[0]):
            flat.extend((key, value))
        self.root.ParentTree = self.pdf.make_indirect(Dictionary(Nums=Array(flat)))
        self.root.ParentTreeNextKey = self.next_key


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, Array) else [value]


def _number_tree(node) -> list[tuple[int, object]]:
    """(key, value) pairs of a PDF number tree, leaves and kids alike."""
    if node is None:
        return []
    pairs: list[tuple[int, object]] = []
    numbers = list(node.get("/Nums", ()))
    pairs.extend((int(numbers[i]), numbers[i + 1]) for i in range(0, len(numbers) - 1, 2))
    for kid in node.get("/Kids", ()):
        pairs.extend(_number_tree(kid))
    return pairs


def run_merge(task: MergeTask, out, renderer) -> MergeResult:
    """Used by workers: read the packs from `out`, write the merged file atomically."""
    from briefgen.render.writer import write_atomic

    started = time.perf_counter()
    try:

        def render_html(text, metadata):
            pdf, pages, _ = renderer.render(text, [], metadata)
            return pdf, pages

        pdf, pages = merge(task, lambda name: (out / name).read_bytes(), render_html)
        write_atomic(out / task.file, pdf)
    except Exception as exc:  # noqa: BLE001 - a merge failure is reported, the packs stand
        return MergeResult(
            task.file,
            False,
            error=f"{type(exc).__name__}: {exc}",
            seconds=time.perf_counter() - started,
            key=task.key,
        )
    return MergeResult(
        task.file,
        True,
        pages,
        len(pdf),
        hashlib.sha256(pdf).hexdigest(),
        seconds=time.perf_counter() - started,
        key=task.key,
        countries=sum(1 for e in task.entries if e.file),
    )
