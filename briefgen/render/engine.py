"""The one render path: content -> selection -> HTML -> PDF.

The GUI, the command line and batch all build packs through an `Engine`,
made once per process for one content folder. It imports no Qt.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import __version__
from briefgen.content.images import image_problem
from briefgen.content.limits import current
from briefgen.content.model import Content, OrgProfile
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.errors import RenderError
from briefgen.paths import shipped_assets, shipped_templates
from briefgen.render.deadline import time_limit
from briefgen.render.freeze import freeze
from briefgen.render.gcdefer import collection_deferred
from briefgen.render.pdf import Metadata, PdfRenderer
from briefgen.render.templating import Templates, file_url
from briefgen.selection.brief import Brief
from briefgen.selection.select import Options, select

BASE_STYLESHEET = "pack.css"


@dataclass(frozen=True)
class PackRequest:
    audience: str
    country: str
    org: OrgProfile | None = None
    sections: frozenset[str] | None = None
    paper: str | None = None
    language: str | None = None
    safety: bool | None = None

    def options(self) -> Options:
        return Options(self.sections, self.paper, self.language, self.safety, self.org)


@dataclass(frozen=True)
class Pack:
    brief: Brief
    pdf: bytes
    pages: int
    warnings: tuple[str, ...] = field(default=())
    seconds: float = 0.0


class Engine:
    def __init__(self, content: Content, template_dirs=()):
        self.content = content
        folders = [*template_dirs, content.template_dir, shipped_templates()]
        self.templates = Templates(folders)
        self.renderer = PdfRenderer([content.root, shipped_assets(), *self.templates.folders])
        self._logos: dict[tuple, str] = {}  # (path, size, mtime) -> data: URI

    def brief(self, request: PackRequest) -> Brief:
        return select(self.content, request.audience, request.country, request.options())

    def html(self, brief: Brief) -> str:
        audience = self.content.audiences[brief.audience]
        return self.templates.render(
            audience.template,
            brief=freeze(brief),
            t=self.templates.label_function(brief.language),
            version=__version__,
            logo_src=self.logo_src(brief),
        )

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
        names = [BASE_STYLESHEET, f"{brief.audience}.css"]
        found = [self.templates.find(name) for name in names]
        if found[0] is None:
            raise RenderError(f"stylesheet {BASE_STYLESHEET} not found in the template folders")
        return [path for path in found if path is not None]

    def metadata(self, brief: Brief) -> Metadata:
        authors = () if brief.safety or brief.org is None else (brief.org.name,)
        return Metadata(
            title=f"{brief.title}: {brief.audience_name} briefing, {brief.country.name}",
            authors=authors,
            subject=f"{brief.title}. {brief.audience_name} briefing on {brief.country.name}, "
            f"as of {brief.as_of.isoformat()}.",
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
        return Pack(brief, pdf, pages, tuple(warnings), time.perf_counter() - started)

    def _pdf(self, brief: Brief):
        # A function of its own so that WeasyPrint's document is out of scope,
        # and so garbage, when the deferred collection runs.
        extra = (brief.org.logo.parent,) if brief.org and brief.org.logo else ()
        return self.renderer.render(
            self.html(brief), self.stylesheets(brief), self.metadata(brief), extra_roots=extra
        )
