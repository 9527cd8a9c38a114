"""Small helpers for reading what briefgen made, as a user's tools would."""

import io
import re

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"[ \t]+", " ", text)


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def flat(text: str) -> str:
    """Text with line breaks folded, for phrase searches across wrapped lines."""
    return re.sub(r"\s+", " ", text.replace("-\n", "-"))
