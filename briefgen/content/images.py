"""Is this file the image it claims to be, and small enough to draw?

A logo or image comes from a partner's folder: a text file named logo.png, a
PNG that declares 100,000 x 100,000 pixels, or an SVG with a million elements
or an entity bomb would crash or stall the PDF engine. `image_problem` looks at
the bytes (never the name alone) and returns one sentence, or None.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ElementTree

from briefgen.content.limits import Limits, current, how_to_raise
from briefgen.content.safeopen import UnsafeFileError, read_inside

PNG = b"\x89PNG\r\n\x1a\n"
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def kind_of(data: bytes) -> str | None:
    """ "png", "jpeg", "gif", "webp", "svg" from the bytes, or None."""
    if data.startswith(PNG):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:65536].lower():
        return "svg"
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def _svg_problem(data: bytes, limits: Limits) -> str | None:
    if _DECLARATION.search(data):
        return "an SVG with a DOCTYPE or ENTITY declaration is refused (entities can explode)"
    count = 0
    try:
        for _event, element in ElementTree.iterparse(_Stream(data), events=("start",)):
            count += 1
            if count == 1 and not element.tag.endswith("svg"):
                return "the file is not an SVG image"
            if count > limits.svg_elements:
                return (
                    f"the SVG has more than {limits.svg_elements:,} elements "
                    f"{how_to_raise('svg_elements')}"
                )
    except ElementTree.ParseError as exc:
        return f"the SVG is not well-formed XML ({exc})"
    return None if count else "the file is not an SVG image"


class _Stream:
    """A bytes reader for iterparse (io.BytesIO would do; this keeps no copy)."""

    def __init__(self, data: bytes):
        self.data, self.position = data, 0

    def read(self, size: int = -1) -> bytes:
        size = len(self.data) if size < 0 else size
        chunk = self.data[self.position : self.position + size]
        self.position += len(chunk)
        return chunk


def image_problem(
    data: bytes, name: str, limits: Limits, allowed=("png", "jpeg", "svg")
) -> str | None:
    """One sentence if `data` (from the file `name`) is not a drawable image."""
    kind = kind_of(data)
    if kind is None or kind not in allowed:
        what = "an image" if kind is None else f"a {kind.upper()} image"
        return f"{name} is not {what} briefgen can use ({', '.join(a.upper() for a in allowed)})"
    if kind == "svg":
        return _svg_problem(data, limits)
    size = _png_size(data) if kind == "png" else _jpeg_size(data) if kind == "jpeg" else None
    if kind in ("png", "jpeg") and size is None:
        return f"{name} is a damaged {kind.upper()} file (no image size found)"
    if size and (size[0] == 0 or size[1] == 0):
        return f"{name} is an empty image (0 pixels)"
    if size and size[0] * size[1] > limits.image_pixels:
        return (
            f"{name} is {size[0]:,} x {size[1]:,} pixels, more than {limits.image_pixels:,} "
            f"{how_to_raise('image_pixels')}"
        )
    return None


def logo_problem(path, folder) -> str | None:
    """Why the logo at `path` (inside `folder`) cannot be used, or None."""
    limits = current()
    try:
        data = read_inside(path, (folder,), limits.image_bytes, "image_bytes")
    except UnsafeFileError as exc:
        return exc.message
    problem = image_problem(data, path.name, limits)
    if problem:
        return problem
    claimed = _SUFFIXES.get(path.suffix.lower())
    actual = kind_of(data)
    if claimed and actual != claimed:
        return f"{path.name} holds a {str(actual).upper()} image, not {claimed.upper()}"
    return None


_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}
