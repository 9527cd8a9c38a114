"""A pack's PDF metadata: what the renderer writes into the document information."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metadata:
    title: str
    authors: tuple[str, ...]
    subject: str
    keywords: tuple[str, ...]
    language: str
    created: str  # ISO date: fixed so the same inputs give the same bytes
    generator: str
