"""Does every character of a PDF have a real glyph in an embedded font?

A missing-glyph box is a character drawn with `.notdef` (glyph 0, or a glyph id
the embedded subset does not have), or a character no embedded font covers.
Each font's ToUnicode map says which characters its glyphs draw; fontTools reads
the embedded program's glyph order and character map. A shaped Arabic letter is
drawn by a contextual glyph the subset's cmap need not list under the letter's
code point, so a character counts as covered when a font's cmap has it or a
real glyph of a font draws it.
"""

import io
import re

import pikepdf
from fontTools.ttLib import TTFont

_BFCHAR = re.compile(r"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(r"beginbfrange(.*?)endbfrange", re.S)
_PAIR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def to_unicode(stream) -> dict[int, str]:
    text = stream.read_bytes().decode("latin-1")
    found: dict[int, str] = {}
    for block in _BFCHAR.findall(text):
        for source, target in _PAIR.findall(block):
            found[int(source, 16)] = bytes.fromhex(target).decode("utf-16-be")
    for block in _BFRANGE.findall(text):
        for low, high, target in _RANGE.findall(block):
            start = int.from_bytes(bytes.fromhex(target), "big")
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                found[code] = chr(start + offset)
    return found


def _program(font) -> bytes | None:
    described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
    descriptor = described.get("/FontDescriptor")
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if descriptor is not None and key in descriptor:
            return descriptor[key].read_bytes()
    return None


def _fonts(pdf: pikepdf.Pdf):
    seen = set()
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            if font.objgen not in seen:
                seen.add(font.objgen)
                yield font


def glyph_coverage(data: bytes) -> tuple[set[str], list[str]]:
    """(characters the embedded fonts cover, problems: .notdef drawn, unembedded fonts)."""
    covered: set[str] = set()
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for font in _fonts(pdf):
            name = str(font.get("/BaseFont", "?"))
            program = _program(font)
            if program is None:
                problems.append(f"{name} is not embedded")
                continue
            parsed = TTFont(io.BytesIO(program))
            covered |= {chr(code) for code in (parsed.getBestCmap() or {})}
            order = parsed.getGlyphOrder()
            # Type0 fonts with /Identity CIDToGIDMap (WeasyPrint's): code = glyph id
            for code, string in to_unicode(font.ToUnicode).items() if "/ToUnicode" in font else ():
                if code == 0 or code >= len(order) or order[code] == ".notdef":
                    problems.append(f"{name} draws {string!r} with .notdef (glyph {code})")
                else:
                    covered |= set(string)
    return covered, problems


def missing_glyphs(data: bytes, text: str) -> list[str]:
    """Every missing-glyph problem of the PDF whose extracted text is `text`."""
    covered, problems = glyph_coverage(data)
    absent = sorted({c for c in text if not c.isspace() and c not in covered})
    if absent:
        problems.append(
            "no embedded font has " + ", ".join(f"U+{ord(c):04X} {c!r}" for c in absent)
        )
    return problems
