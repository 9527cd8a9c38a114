"""Where the shipped content, templates and assets are.

In a wheel they are packed under briefgen/_data (see pyproject.toml); in a
checkout or an editable install they sit at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    packed = _PACKAGE / "_data" / name
    if packed.is_dir():
        return packed
    return _PACKAGE.parent / name


def shipped_content() -> Path:
    return shipped("content")


def shipped_templates() -> Path:
    return shipped("templates")


def shipped_assets() -> Path:
    return shipped("assets")
