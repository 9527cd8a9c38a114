"""One sandboxed, autoescaping Jinja environment over the template folders.

Folders are searched in order (a user's or the content's own templates
first, the shipped ones last), so any file can be overridden by name.
Templates are untrusted (they come with a partner's folder): they are read
through the safe open, see only frozen plain data (`briefgen.render.freeze`),
run in an immutable sandbox that allows no attribute of a system-touching
object, and are bounded in loop steps, call depth and output size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

import segno
from jinja2 import (
    BaseLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
    nodes,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from briefgen.content import limits as _limits
from briefgen.content import locale
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.errors import RenderError
from briefgen.render.freeze import PLAIN, Record
from briefgen.render.labels import Labels, format_label
from briefgen.render.template_cache import COMPILED

# str methods a template may call: none that pads or formats (widths, fields).
_STR_METHODS = frozenset(
    {
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "index",
        "isalnum",
        "isalpha",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    }
)
_SAFE_OBJECTS = (tuple, MappingProxyType, dict, list)
_PERCENT_WIDTH = re.compile(r"%[-+ #0]*(\*|[0-9]{3,})|%[-+ #0]*[0-9]*\.(\*|[0-9]{3,})")


class TemplateFault(RenderError):
    """A template failed; `file` and `line` say where (line 0: unknown)."""

    def __init__(self, file, line: int, detail: str):
        self.file, self.line, self.detail = str(file), line, detail
        super().__init__(f"{file}:{line}: {detail}" if line else f"{file}: {detail}")


class TemplateLimit(Exception):
    """A template went past one of the limits (steps, depth, output)."""


class SafeFolderLoader(BaseLoader):
    """Like FileSystemLoader, but every file goes through the safe open: a link
    leading outside the template folders, a FIFO or an oversized file is refused."""

    def __init__(self, folders):
        self.folders = [Path(f) for f in folders]

    def get_source(self, environment, template):
        pieces = split_template_path(template)  # refuses ".." and absolute names
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if not os.path.lexists(path):
                continue
            limit = _limits.current().template_bytes
            try:
                raw = read_inside(path, self.folders, limit, "template_bytes")
            except UnsafeFileError as exc:
                raise TemplateFault(path, 0, exc.message) from None
            try:
                source = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                raise TemplateFault(path, line, "the template is not UTF-8 text") from None
            mtime = os.path.getmtime(path)
            return source, str(path), lambda p=path, m=mtime: _mtime(p) == m
        raise TemplateNotFound(template)

    def list_templates(self):
        found = set()
        for folder in self.folders:
            for path in folder.rglob("*"):
                if path.suffix in (".j2", ".html") and not path.is_symlink():
                    found.add(path.relative_to(folder).as_posix())
        return sorted(found)


def _mtime(path: Path) -> float | None:
    try:
        return os.path.getmtime(path)
    except OSError:
        return None


class _Sandbox(ImmutableSandboxedEnvironment):
    """No attribute of anything but the frozen data, template machinery and a few
    harmless str/tuple/mapping methods; bounded operators, loops and calls."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])

    def __init__(self, **options):
        super().__init__(**options)
        self.steps = 0
        self.depth = 0
        self.limits = _limits.current()

    def reset(self) -> None:
        self.steps, self.depth, self.limits = 0, 0, _limits.current()

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.template_steps:
            raise TemplateLimit(
                f"the template ran more than {self.limits.template_steps:,} loop steps and "
                f"calls {_limits.how_to_raise('template_steps')}"
            )

    def is_safe_attribute(self, obj, attr, value) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, Record):
            return attr in obj.field_names()
        if isinstance(obj, str):
            return attr in _STR_METHODS or not callable(value)
        if isinstance(obj, dt.date):
            return attr in ("year", "month", "day", "isoformat", "weekday", "isoweekday")
        if isinstance(obj, (PLAIN, _SAFE_OBJECTS)):
            return True
        module = type(obj).__module__ or ""
        return module.startswith("jinja2.")  # loop, macro, namespace, cycler, joiner

    def wrap_str_format(self, value):
        return None  # no str.format at all: is_safe_attribute refuses it

    def format_string(self, s, args, kwargs, format_func=None):
        """str.format and format_map walk attributes and pad to any width: none in
        templates (a label's fields are formatted by `t`)."""
        raise TemplateLimit("str.format is not available in templates; use a label and t()")

    def call(__self, __context, __obj, *args, **kwargs):
        __self.step()
        __self.depth += 1
        try:
            if __self.depth > __self.limits.template_depth:
                raise TemplateLimit(
                    f"the template nests calls more than {__self.limits.template_depth} deep "
                    f"{_limits.how_to_raise('template_depth')}"
                )
            return super().call(__context, __obj, *args, **kwargs)
        finally:
            __self.depth -= 1

    def call_binop(self, context, op, left, right):
        self.step()
        cap = self.limits.html_chars
        numbers = _number(left) and _number(right)
        if op == "**" and numbers and (abs(right) > 64 or abs(left) > 10**9):
            raise TemplateLimit("a power in the template is too large to compute")
        if op == "*" and numbers and (abs(left) > 10**300 or abs(right) > 10**300):
            raise TemplateLimit("a product in the template is too large to compute")
        if op == "*":
            for seq, count in ((left, right), (right, left)):
                if _sized(seq) and _number(count) and len(seq) * max(int(count), 0) > cap:
                    raise TemplateLimit("a repeated text in the template is too long")
        if op == "%" and isinstance(left, str) and _PERCENT_WIDTH.search(left):
            raise TemplateLimit("a %-format in the template asks for a width of 100 or more")
        if op == "+" and _sized(left) and _sized(right) and len(left) + len(right) > cap:
            raise TemplateLimit("a text joined in the template is too long")
        return super().call_binop(context, op, left, right)

    def _parse(self, source, name, filename):
        """Every `for` loop counts its steps against the render's budget."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "_counted", [], [], None, None, lineno=loop.lineno)
        return tree

    def counted(self, iterable):
        for item in iterable if iterable is not None else ():
            self.step()
            yield item


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _sized(value) -> bool:
    return isinstance(value, (str, tuple, list))


def _bounded_filter(original, *positions, cap=500):
    """A builtin filter whose width-like arguments must stay under `cap`."""

    def filter_(value, *args, **kwargs):
        for position in positions:
            if position < len(args) and _number(args[position]) and abs(args[position]) > cap:
                raise TemplateLimit(f"a filter in the template asks for a width over {cap}")
        for key in ("width",):
            if _number(kwargs.get(key)) and abs(kwargs[key]) > cap:
                raise TemplateLimit(f"a filter in the template asks for a width over {cap}")
        return original(value, *args, **kwargs)

    return filter_


def _format(value, *args, **kwargs):
    if isinstance(value, str) and _PERCENT_WIDTH.search(value):
        raise TemplateLimit("a format in the template asks for a width of 100 or more")
    return (
        escape(value) % (kwargs or args) if isinstance(value, Markup) else value % (kwargs or args)
    )


def _replace(value, old, new, count=None):
    """Jinja's replace, refusing a result longer than the html_chars limit."""
    text, old, new = str(value), str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    if len(text) + hits * max(len(new) - len(old), 0) > _limits.current().html_chars:
        raise TemplateLimit("a replace in the template makes a text too long")
    times = -1 if count is None else int(count)
    if isinstance(value, Markup):
        return value.replace(old, new, times)
    return text.replace(old, new, times)


class Templates:
    def __init__(self, folders, default_language: str = "en"):
        self.folders = [Path(folder) for folder in folders if folder and Path(folder).is_dir()]
        self.loader = SafeFolderLoader(self.folders)
        self.env = _Sandbox(
            loader=self.loader,
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=COMPILED,
        )
        self.env.globals.pop("lipsum", None)  # placeholder text has no place in a pack
        self.env.globals["range"] = self._range
        self.labels = Labels(self.folders, default_language)
        builtin = self.env.filters
        self.env.filters.update(
            rich=rich,
            date=self._date,
            month=self._month,
            readable=readable,
            ink=ink,
            tint=tint,
            contrast=contrast,
            isolate=isolate,
            columns=text_columns,
            _counted=self.env.counted,
            center=_bounded_filter(builtin["center"], 0),
            indent=_bounded_filter(builtin["indent"], 0),
            wordwrap=_bounded_filter(builtin["wordwrap"], 0),
            truncate=_bounded_filter(builtin["truncate"], 0, cap=self.env.limits.html_chars),
            format=_format,
            replace=_replace,
        )
        self.env.globals.update(qr_data_uri=qr_data_uri, file_url=file_url)

    def _range(self, *args):
        bounds = range(*args)
        if len(bounds) > self.env.limits.template_steps:
            raise TemplateLimit("a range in the template is too long")
        return bounds

    def precompile(self, names: Iterable[str], limit: int = 32) -> None:
        """Compile these templates and those they include, import or extend, now,
        into the shared cache (`template_cache`); at most `limit` files, however
        many a template folder holds. Only a head start: a template that fails
        here fails again, named with its file and line, in the render that needs it."""
        waiting, seen = list(names), set[str]()
        while waiting and len(seen) < limit:
            name = waiting.pop()
            if name in seen:
                continue
            seen.add(name)
            with contextlib.suppress(Exception):
                source = self.loader.get_source(self.env, name)[0]
                self.env.get_template(name)
                referenced = meta.find_referenced_templates(self.env.parse(source))
                waiting.extend(other for other in referenced if isinstance(other, str))

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            if os.path.lexists(folder / name):
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
        """`{{ d | date(lang) }}`: the long date, or only the year or month and year
        of a date known only to them (a source's `date: 2020`)."""
        return locale.format_date(value, language)  # CLDR's, through Babel

    def _month(self, value: dt.date | None, language: str = "en") -> str:
        """`{{ d | month(lang) }}`: month and year, short, or only the year."""
        return locale.format_month(value, language)

    def render(self, name: str, **context) -> str:
        """The rendered text; every failure is a TemplateFault naming the
        template file and line."""
        self.env.reset()
        cap = self.env.limits.html_chars
        try:
            template = self.env.get_template(name)
            pieces, size = [], 0
            for piece in template.generate(**context):
                size += len(piece)
                if size > cap:
                    raise TemplateLimit(
                        f"the template made more than {cap:,} characters of HTML "
                        f"{_limits.how_to_raise('html_chars')}"
                    )
                pieces.append(piece)
            return "".join(pieces)
        except RenderError:
            raise
        except TemplateNotFound as exc:
            searched = ", ".join(str(f) for f in self.folders)
            raise TemplateFault(
                name, 0, f"template '{exc.name}' not found (template folders: {searched})"
            ) from None
        except TemplateSyntaxError as exc:
            raise TemplateFault(
                exc.filename or name, exc.lineno or 0, f"template syntax: {exc.message}"
            ) from None
        except RecursionError:
            raise TemplateFault(
                name, 0, "template error: the templates include or call themselves without end"
            ) from None
        except Exception as exc:  # noqa: BLE001 - any failure of an untrusted template is its own
            file, line = _where(exc, self.folders)
            if isinstance(exc, (TemplateLimit, TemplateError)):
                message = str(getattr(exc, "message", None) or exc)
            else:
                message = f"{type(exc).__name__}: {exc}"
            raise TemplateFault(file or name, line, f"template error: {message}") from None

    def problems(self) -> list[tuple[Path, int, str]]:
        """Everything a render would refuse that can be found without data:
        unreadable templates and syntax errors (labels: `check_labels`)."""
        found: list[tuple[Path, int, str]] = []
        cap = self.env.limits.template_files
        for count, (name, path) in enumerate(self._effective_templates()):
            if count == cap:
                found.append(
                    (
                        path.parent,
                        0,
                        f"more than {cap:,} template files; only the first were checked "
                        + _limits.how_to_raise("template_files"),
                    )
                )
                break
            try:
                self.env.get_template(name)  # compiled once, then shared (template_cache)
            except TemplateFault as exc:
                found.append((path, exc.line, exc.detail))
                continue
            except TemplateSyntaxError as exc:
                found.append((path, exc.lineno or 0, f"template syntax: {exc.message}"))
                continue
            except Exception as exc:  # noqa: BLE001 - reported, never raised
                found.append((path, 0, f"template cannot be read: {type(exc).__name__}: {exc}"))
                continue
        return found

    def _effective_templates(self):
        """(name, path) of every template file a render could load, the first
        folder's file winning; links and special files are left to the loader."""
        seen: set[str] = set()
        for folder in self.folders:
            for top, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    if not file.endswith((".j2", ".html")):
                        continue
                    path = Path(top) / file
                    name = path.relative_to(folder).as_posix()
                    if name not in seen:
                        seen.add(name)
                        yield name, path


def _where(exc: BaseException, folders) -> tuple[str, int]:
    """(file, line) of the innermost template frame in the traceback, if any."""
    roots = [str(Path(f).resolve()) for f in folders] + [str(f) for f in folders]
    found: tuple[str, int] = ("", 0)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if any(filename.startswith(root) for root in roots):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def text_columns(value) -> int:
    """How wide a text sets, in Latin characters: a Hangul or CJK character (East
    Asian Wide or Fullwidth) takes the room of two. Type fitting measures with it."""
    text = str(value)
    return len(text) + sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")


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


def qr_data_uri(url) -> str:
    """A QR code as a one-pixel-per-module PNG (scale it up in CSS with
    `image-rendering: pixelated`): an SVG path costs WeasyPrint far more to draw.
    `check` refuses a campaign URL longer than the qr_chars limit; a template
    that passes a longer text gets a sentence, not a stalled encoder."""
    text = str(url)
    limit = _limits.current().qr_chars
    if len(text) > limit:
        raise TemplateLimit(
            f"the QR code text is {len(text):,} characters, more than {limit} "
            + _limits.how_to_raise("qr_chars")
        )
    return _qr(text)


@functools.lru_cache(maxsize=64)
def _qr(text: str) -> str:
    """Cached: every pack of a campaign links the same few addresses."""
    return segno.make(text, error="m").png_data_uri(scale=1, border=0, dark="#000000")


def file_url(path) -> str:
    """A file: URL for a path (a frozen Path already is one). Reading it is the
    PDF engine's fetcher's job, which serves only the allowed folders."""
    text = str(path)
    if text.startswith(("file:", "data:")):
        return text
    return Path(text).resolve().as_uri()


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
