"""The one render path: content -> selection -> HTML -> PDF.

The GUI, the command line and batch all build packs through an `Engine`,
made once per process for one content folder. It imports no Qt.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import babel

from briefgen import __version__
from briefgen.content.images import image_problem
from briefgen.content.limits import current
from briefgen.content.model import Content
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.errors import RenderError
from briefgen.paths import shipped_assets, shipped_templates
from briefgen.render.deadline import time_limit
from briefgen.render.designs import Designs, Look
from briefgen.render.freeze import freeze
from briefgen.render.gcdefer import collection_deferred
from briefgen.render.linebreak import keep_words_whole
from briefgen.render.metadata import Metadata
from briefgen.render.templating import Templates, file_url
from briefgen.selection.brief import Brief
from briefgen.selection.fallback import fallback_texts
from briefgen.selection.select import Options, select

if TYPE_CHECKING:
    from briefgen.render.pdf import PdfRenderer

BASE_STYLESHEET = "pack.css"
SHOWN_FALLBACKS = 5


@dataclass(frozen=True)
class PackRequest(Options):
    """One pack: an audience and a country, positional, then the options by keyword."""

    audience: str
    country: str

    def options(self) -> Options:
        return Options(**{f.name: getattr(self, f.name) for f in fields(Options)})


@dataclass(frozen=True)
class Pack:
    brief: Brief
    pdf: bytes
    pages: int
    warnings: tuple[str, ...] = field(default=())
    seconds: float = 0.0
    fallbacks: tuple[str, ...] = field(default=())  # texts printed in the default language


def fallback_warning(brief: Brief, default: str, fallbacks) -> str | None:
    """'N texts fall back to English in this ko pack: …', the list shortened."""
    if not fallbacks:
        return None
    shown = ", ".join(fallbacks[:SHOWN_FALLBACKS])
    more = len(fallbacks) - SHOWN_FALLBACKS
    rest = f" and {more} more" if more > 0 else ""
    count = len(fallbacks)
    return (
        f"{count} text{'s' if count != 1 else ''} fall{'' if count != 1 else 's'} back to "
        f"{language_name(default)} in this {brief.language} pack: {shown}{rest}"
    )


def strict_refusal(brief: Brief, count: int) -> str:
    """Why --strict makes no pack: how many texts its language lacks."""
    return (
        f"--strict: not written, {count} text{'s' if count != 1 else ''} of this "
        f"{brief.language} pack would print in the default language "
        f"(briefgen check counts what each language lacks)"
    )


def language_name(code: str) -> str:
    try:
        return babel.Locale.parse(code).english_name or code
    except (ValueError, babel.UnknownLocaleError):
        return code


def stale_warnings(brief: Brief) -> list[str]:
    """The printed statuses whose evidence is older than the campaign allows: the pack
    says "status last confirmed …"; build, batch and the app say so too."""
    return [
        f"{brief.country.code} "
        f"{status.treaty_id} status '{status.status}' rests on evidence from "
        f"{status.checked.isoformat() if status.checked else 'an undated source'}; "
        "re-check it (the pack says 'status last confirmed …')"
        for status in brief.statuses
        if status.stale
    ]


def page_bounds_warning(brief: Brief, pages: int) -> str | None:
    """A sentence when a pack, after type fitting, has more pages than its
    audience allows (or fewer than it asks for)."""
    low, high = brief.page_limits
    if pages > high:
        return (
            f"{pages} pages, more than the {high} the '{brief.audience}' audience allows "
            "(pages: max in audiences.yaml)"
        )
    if pages < low:
        return (
            f"{pages} page{'s' if pages != 1 else ''}, fewer than the {low} the "
            f"'{brief.audience}' audience asks for (pages: min in audiences.yaml)"
        )
    return None


class Engine:
    def __init__(self, content: Content, template_dirs=()):
        self.content = content
        folders = [*template_dirs, content.template_dir, shipped_templates()]
        self.templates = Templates(folders, content.campaign.language)
        self.designs = Designs(self.templates.folders)
        self._logos: dict[tuple, str] = {}  # (path, size, mtime) -> data: URI

    @cached_property
    def renderer(self) -> PdfRenderer:
        # Made on first use: a batch's parent, `list` and `check` never render,
        # and importing WeasyPrint would add about 0.35 s to their start.
        from briefgen.render.pdf import PdfRenderer

        return PdfRenderer([self.content.root, shipped_assets(), *self.templates.folders])

    def brief(self, request: PackRequest) -> Brief:
        return select(self.content, request.audience, request.country, request.options())

    def look(self, audience_id: str) -> Look:
        """The audience's design with its own overrides; a clear error for a design
        no template folder declares."""
        audience = self.content.audiences[audience_id]
        look = self.designs.look(audience.presentation)
        if look is None:
            raise RenderError(
                f"{audience.where.file}:{audience.where.line}: audience '{audience_id}': "
                f"unknown design '{audience.presentation.design}' "
                f"(designs: {', '.join(self.designs.names()) or 'none'})"
            )
        return look

    def template_name(self, audience_id: str) -> str:
        """The audience's `template:`, else a template named after it if a
        template folder holds one (an override hook), else its design's."""
        audience = self.content.audiences[audience_id]
        if audience.presentation.template:
            return audience.presentation.template
        own = f"{audience_id}.html.j2"
        return own if self.templates.find(own) else self.look(audience_id).template

    def html(self, brief: Brief) -> str:
        html = self.templates.render(
            self.template_name(brief.audience),
            brief=freeze(brief),
            look=freeze(self.look(brief.audience), methods=("heading",)),
            t=self.templates.label_function(brief.language),
            version=__version__,
            logo_src=self.logo_src(brief),
        )
        return keep_words_whole(html, brief.language)

    def logo_src(self, brief: Brief) -> str | None:
        """The organisation's logo for <img src>. A PNG or JPEG goes inline as a
        data: URI, because WeasyPrint names raster images by a hash of their URL
        and the PDF would change with the folder the content sits in. Encoded
        once per file version, not once per pack."""
        logo = brief.org.logo if brief.org and not brief.safety else None
        if logo is None:
            return None
        kind = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(
            logo.suffix.lower()
        )
        if kind is None:
            return file_url(logo)
        try:
            stat = logo.stat()
            version = (logo, stat.st_size, stat.st_mtime_ns)
            if version not in self._logos:
                data = read_inside(logo, (logo.parent,), current().image_bytes, "image_bytes")
                problem = image_problem(data, logo.name, current())
                if problem:
                    raise RenderError(f"{logo}: organisation logo: {problem}")
                encoded = base64.b64encode(data).decode("ascii")
                self._logos[version] = f"data:{kind};base64,{encoded}"
        except (OSError, UnsafeFileError) as exc:
            raise RenderError(f"{logo}: organisation logo: {exc}") from None
        return self._logos[version]

    def stylesheets(self, brief: Brief) -> list[Path]:
        """pack.css, the design's stylesheet, and one named after the audience if
        a template folder holds one (an override hook)."""
        look = self.look(brief.audience)
        base = self.templates.find(BASE_STYLESHEET)
        if base is None:
            raise RenderError(f"stylesheet {BASE_STYLESHEET} not found in the template folders")
        found = [base]
        if look.stylesheet:
            design = self.templates.find(look.stylesheet)
            if design is None:
                raise RenderError(
                    f"design '{look.design}': stylesheet {look.stylesheet} not found "
                    "in the template folders"
                )
            found.append(design)
        own = self.templates.find(f"{brief.audience}.css")
        return [*found, *([own] if own else [])]

    def metadata(self, brief: Brief) -> Metadata:
        authors = () if brief.safety or brief.org is None else (brief.org.name,)
        t = self.templates.label_function(brief.language)
        words = {
            "title": brief.title,
            "audience": brief.audience_name,
            "country": brief.country.name,
        }
        return Metadata(
            title=t("pdf_title", **words),
            authors=authors,
            subject=t("pdf_subject", **words, date=brief.as_of.isoformat()),
            keywords=(brief.campaign_id, brief.audience, brief.country.code),
            language=brief.language,
            created=f"{brief.as_of.isoformat()}T00:00:00Z",
            generator=f"briefgen {__version__}",
        )

    def render(self, request: PackRequest) -> Pack:
        started = time.perf_counter()
        brief = self.brief(request)
        return self.render_brief(brief, started)

    def render_brief(self, brief: Brief, started: float | None = None) -> Pack:
        started = time.perf_counter() if started is None else started
        with time_limit(current().render_seconds), collection_deferred():
            pdf, pages, warnings = self._pdf(brief)
        bounds = page_bounds_warning(brief, pages)
        fallbacks = self.fallbacks(brief)
        fallback = fallback_warning(brief, self.content.campaign.language, fallbacks)
        warnings = [
            *([bounds] if bounds else []),
            *([fallback] if fallback else []),
            *stale_warnings(brief),
            *warnings,
        ]
        return Pack(
            brief, pdf, pages, tuple(warnings), time.perf_counter() - started, tuple(fallbacks)
        )

    def fallbacks(self, brief: Brief) -> list[str]:
        """Texts and labels `brief` prints in the default language, its own lacking them."""
        lacking = self.templates.labels.lacking(brief.language)
        return [*fallback_texts(self.content, brief), *(f"label '{key}'" for key in lacking)]

    def _pdf(self, brief: Brief):
        # A function of its own so that WeasyPrint's document is out of scope,
        # and so garbage, when the deferred collection runs.
        extra = (brief.org.logo.parent,) if brief.org and brief.org.logo else ()
        return self.renderer.render(
            self.html(brief), self.stylesheets(brief), self.metadata(brief), extra_roots=extra
        )
