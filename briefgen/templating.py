"""One sandboxed, autoescaping Jinja environment over the template folders.

Folders are searched in order (a user's or the content's own templates
first, the shipped ones last), so any file can be overridden by name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import segno
import yaml
from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from briefgen.errors import RenderError

LABELS_FILE = "labels.yaml"


class Templates:
    def __init__(self, folders):
        self.folders = [Path(folder) for folder in folders if folder and Path(folder).is_dir()]
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader(str(f)) for f in self.folders]),
            autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )
        self.labels = self._labels()
        self.env.filters.update(rich=rich, date=self._date, month=self._month)
        self.env.globals.update(qr_data_uri=qr_data_uri, file_url=file_url)

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            if (folder / name).is_file():
                return folder / name
        return None

    def _labels(self) -> dict:
        path = self.find(LABELS_FILE)
        if path is None:
            return {}
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return data if isinstance(data, dict) else {}

    def label_function(self, language: str):
        fallback = self.labels.get("en", {})
        table = {**fallback, **self.labels.get(language, {})}

        def t(key: str, **values) -> str:
            text = table.get(key, key.replace("_", " "))
            return text.format(**values) if values else text

        return t

    def _date(self, value: dt.date | None, language: str = "en") -> str:
        if value is None:
            return ""
        months = (self.labels.get(language) or self.labels.get("en") or {}).get("months")
        if isinstance(months, list) and len(months) == 12:
            pattern = (self.labels.get(language) or {}).get("date_format", "{day} {month} {year}")
            return pattern.format(day=value.day, month=months[value.month - 1], year=value.year)
        return value.isoformat()

    def _month(self, value: dt.date | None, language: str = "en") -> str:
        if value is None:
            return ""
        months = (self.labels.get(language) or self.labels.get("en") or {}).get("months")
        return f"{months[value.month - 1][:3]} {value.year}" if months else value.strftime("%Y-%m")

    def render(self, name: str, **context) -> str:
        try:
            template = self.env.get_template(name)
            return template.render(**context)
        except TemplateError as exc:
            where = f"{exc.filename}:{exc.lineno}: " if getattr(exc, "lineno", None) else ""
            searched = ", ".join(str(f) for f in self.folders)
            raise RenderError(f"{where}template error: {exc.message or exc} "
                              f"(template folders: {searched})") from None


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


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#000000")


def file_url(path) -> str:
    return Path(path).resolve().as_uri()
