"""One sandboxed, autoescaping Jinja environment over the template folders.

Folders are searched in order (a user's or the content's own templates
first, the shipped ones last), so any file can be overridden by name.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from pathlib import Path

import segno
from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from briefgen.errors import RenderError
from briefgen.render.labels import Labels, format_label


class Templates:
    def __init__(self, folders, default_language: str = "en"):
        self.folders = [Path(folder) for folder in folders if folder and Path(folder).is_dir()]
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader(str(f)) for f in self.folders]),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.labels = Labels(self.folders, default_language)
        self.env.filters.update(
            rich=rich,
            date=self._date,
            month=self._month,
            readable=readable,
            ink=ink,
            tint=tint,
            contrast=contrast,
            isolate=isolate,
        )
        self.env.globals.update(qr_data_uri=qr_data_uri, file_url=file_url)

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            if (folder / name).is_file():
                return folder / name
        return None

    def label_function(self, language: str):
        table = self.labels.table(language)

        def t(key: str, **values) -> str:
            text = table.get(key)
            if not isinstance(text, str):
                return key.replace("_", " ")
            return format_label(text, **values) if values else text

        return t

    def format_date(self, value: dt.date | None, language: str = "en") -> str:
        """A date as the packs print it (the merged file's contents page uses it too)."""
        return self._date(value, language)

    def _date(self, value: dt.date | None, language: str = "en") -> str:
        if value is None:
            return ""
        table = self.labels.table(language)
        months = table.get("months")
        if isinstance(months, list) and len(months) == 12:
            pattern = table.get("date_format")
            pattern = pattern if isinstance(pattern, str) else "{day} {month} {year}"
            return format_label(
                pattern, day=value.day, month=months[value.month - 1], year=value.year
            )
        return value.isoformat()

    def _month(self, value: dt.date | None, language: str = "en") -> str:
        if value is None:
            return ""
        months = self.labels.table(language).get("months")
        if isinstance(months, list) and len(months) == 12:
            return f"{months[value.month - 1][:3]} {value.year}"
        return value.strftime("%Y-%m")

    def render(self, name: str, **context) -> str:
        try:
            template = self.env.get_template(name)
            return template.render(**context)
        except TemplateError as exc:
            where = f"{exc.filename}:{exc.lineno}: " if getattr(exc, "lineno", None) else ""
            searched = ", ".join(str(f) for f in self.folders)
            raise RenderError(
                f"{where}template error: {exc.message or exc} (template folders: {searched})"
            ) from None


def rich(parts) -> Markup:
    """Render inline parts; every string is escaped, citations become links."""
    if not parts:
        return Markup("")
    html = []
    previous = None
    for kind, value in parts:
        if kind == "cite":
            if previous == "cite":
                html.append(Markup('<sup class="cite-sep">,</sup>'))
            html.append(Markup('<a class="cite" href="#source-{0}">{0}</a>').format(value))
        elif kind == "strong":
            html.append(Markup("<strong>{}</strong>").format(value))
        else:
            html.append(escape(value))
        previous = kind
    return Markup("").join(html)


def text_direction(text: str) -> str | None:
    """ "rtl" or "ltr" from the first strongly directional character, None if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def isolate(value, direction: str = "ltr") -> Markup:
    """Text (a string or inline parts) set in its own direction when that differs
    from the document's: an English fallback in an Arabic pack keeps its
    punctuation where it belongs."""
    if isinstance(value, (tuple, list)):
        html, text = rich(value), "".join(v for kind, v in value if kind != "cite")
    else:
        html = value if isinstance(value, Markup) else escape(value if value is not None else "")
        text = Markup(html).striptags()
    found = text_direction(text)
    if found and found != direction:
        return Markup('<span dir="{}">{}</span>').format(found, html)
    return Markup(html)


@functools.lru_cache(maxsize=64)
def qr_data_uri(url: str) -> str:
    """A QR code as a one-pixel-per-module PNG (scale it up in CSS with
    `image-rendering: pixelated`): an SVG path costs WeasyPrint far more to draw.
    Cached: every pack of a campaign links the same few addresses."""
    return segno.make(url, error="m").png_data_uri(scale=1, border=0, dark="#000000")


def file_url(path) -> str:
    return Path(path).resolve().as_uri()


# -- colours: brand colours are user data, so text set in them must stay readable --


def _rgb(color) -> tuple[int, int, int] | None:
    """(r, g, b) from "#rrggbb" or "#rgb"; None for anything else."""
    value = str(color or "").strip()
    if not value.startswith("#"):
        return None
    value = value[1:]
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    if len(value) != 6 or any(c not in "0123456789abcdefABCDEF" for c in value):
        return None
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _luminance(rgb) -> float:
    """WCAG 2 relative luminance."""

    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first, second) -> float:
    """WCAG contrast ratio of two colours (1 to 21); 1 if either is not a colour."""
    a, b = _rgb(first), _rgb(second)
    if a is None or b is None:
        return 1.0
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color, background="#ffffff", ratio=4.5, fallback="#1b1b1b") -> str:
    """`color`, darkened (or lightened, on a dark background) just enough to reach
    `ratio` against `background`; `fallback` if it is not a colour."""
    rgb, back = _rgb(color), _rgb(background)
    if rgb is None or back is None:
        return fallback
    target = (0, 0, 0) if _luminance(back) > 0.18 else (255, 255, 255)
    for step in range(21):
        mixed = [c + (t - c) * step / 20 for c, t in zip(rgb, target, strict=False)]
        if contrast(_hex(mixed), background) >= ratio:
            return _hex(mixed)
    return _hex(target)


def ink(background, light="#ffffff", dark="#111111", ratio=4.5) -> str:
    """Text colour for `background`: `light` if it reaches `ratio`, else `dark`, else
    whichever of pure white and black reads better (one always reaches 4.5:1)."""
    for candidate in (light, dark):
        if contrast(candidate, background) >= ratio:
            return candidate
    return max(("#ffffff", "#000000"), key=lambda c: contrast(c, background))


def tint(color, amount=0.9, fallback="#f2f2f2") -> str:
    """`color` mixed with white: amount 0 is the colour, 1 is white."""
    rgb = _rgb(color)
    if rgb is None:
        return fallback
    return _hex(c + (255 - c) * float(amount) for c in rgb)
