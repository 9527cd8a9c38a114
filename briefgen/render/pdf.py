"""HTML to PDF with WeasyPrint: fonts and stylesheets loaded once, reused.

A `PdfRenderer` lives as long as its process (the GUI's render thread, a
batch worker), so parsing CSS and loading fonts happen once, not per pack.
Only what renders imports this module, and WeasyPrint with it (see
`Engine.renderer`).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from briefgen.content.limits import current
from briefgen.content.safeopen import UnsafeFileError, check_regular, read_inside
from briefgen.errors import RenderError
from briefgen.render.fetcher import FolderFetcher
from briefgen.render.metadata import Metadata
from briefgen.render.weasyprint_import import CSS, HTML, FontConfiguration

_LOGGER = logging.getLogger("weasyprint")
_CAPTURE_LOCK = threading.Lock()


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


# Enough to load every module a render needs and to start Pango, HarfBuzz and
# fontconfig; Latin only, so no font beyond the system's default is opened.
_WARM_UP_HTML = "<html lang='en'><p>Warm <b>up</b>, <i>once</i>.</p></html>"


def warm_up() -> None:
    """Render and write a tiny PDF, then forget it: the first real pack then
    skips WeasyPrint's import and its lazy imports (fontTools, Pillow), about
    a quarter of a second. Run where it overlaps other work: the batch
    forkserver does it while the batch process reads the content, and every
    worker forked from it inherits the result."""
    fonts = FontConfiguration()
    HTML(string=_WARM_UP_HTML).render(font_config=fonts).write_pdf(pdf_variant="pdf/ua-1")


class PdfRenderer:
    def __init__(self, roots):
        self.roots = tuple(Path(r).resolve() for r in roots)
        self.fonts = FontConfiguration()
        self.fetcher = FolderFetcher(self.roots)
        self._stylesheets: dict[Path, CSS] = {}

    def stylesheet(self, path: Path) -> CSS:
        """A parsed stylesheet, parsed once per renderer; read through the safe
        open (inside the allowed folders, a regular file, bounded in size)."""
        given = Path(path)
        try:
            real = check_regular(given, self.roots)
            if real not in self._stylesheets:
                raw = read_inside(given, self.roots, current().template_bytes, "template_bytes")
                self._stylesheets[real] = CSS(
                    string=raw.decode("utf-8"),
                    base_url=real.as_uri(),
                    url_fetcher=self.fetcher,
                    font_config=self.fonts,
                )
        except UnsafeFileError as exc:
            raise RenderError(f"{given}: {exc.message}") from None
        except UnicodeDecodeError:
            raise RenderError(f"{given}: the stylesheet is not UTF-8 text") from None
        except Exception as exc:  # noqa: BLE001 - a hostile stylesheet fails as a sentence
            raise RenderError(f"{given}: the stylesheet cannot be read ({exc})") from None
        return self._stylesheets[real]

    def render(
        self, html: str, stylesheets, metadata: Metadata, extra_roots=()
    ) -> tuple[bytes, int, list[str]]:
        """Returns (pdf bytes, page count, warnings from the PDF engine)."""
        fetcher = FolderFetcher((*self.roots, *extra_roots)) if extra_roots else self.fetcher
        collector = _Collector()
        with _CAPTURE_LOCK:
            _LOGGER.addHandler(collector)
        try:
            document = HTML(string=html, base_url=str(self.roots[0]), url_fetcher=fetcher).render(
                stylesheets=[self.stylesheet(p) for p in stylesheets], font_config=self.fonts
            )
            info = document.metadata
            info.title = metadata.title
            info.authors = list(metadata.authors)
            info.description = metadata.subject
            info.keywords = list(metadata.keywords)
            info.lang = metadata.language
            info.created = info.modified = metadata.created
            info.generator = metadata.generator
            pdf = document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=False)
            return pdf, len(document.pages), collector.messages
        except RenderError:
            raise
        except Exception as exc:  # WeasyPrint raises many kinds; the user needs one message
            raise RenderError(f"PDF rendering failed: {exc}") from exc
        finally:
            with _CAPTURE_LOCK:
                _LOGGER.removeHandler(collector)
