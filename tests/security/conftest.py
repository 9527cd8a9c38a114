"""Hostile-content fixtures: a private campaign copy, a canary file outside it,
and helpers that run briefgen as a user would and inspect what it made."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from pathlib import Path

import pikepdf
import pytest

from briefgen import cli
from briefgen.content.limits import ENVIRONMENT

CANARY = "CANARY-7f3a9c-DO-NOT-LEAK"


@pytest.fixture
def canary(tmp_path) -> Path:
    """A secret outside every folder briefgen may read, as ~/.ssh/id_rsa would be."""
    secret = tmp_path / "home" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"{CANARY}\n")
    return secret


@pytest.fixture
def content(mini_copy) -> Path:
    return mini_copy


@pytest.fixture
def override(tmp_path) -> Path:
    folder = tmp_path / "override"
    folder.mkdir()
    return folder


def run(*args, limits: str = "") -> tuple[int, str, str]:
    """briefgen's command line in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    argv = [*(["--limit", limits] if limits else []), *map(str, args)]
    before = os.environ.get(ENVIRONMENT)  # --limit hands limits on through the environment
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        finally:
            if before is None:
                os.environ.pop(ENVIRONMENT, None)
            else:
                os.environ[ENVIRONMENT] = before
    return code, out.getvalue(), err.getvalue()


def build(content: Path, out: Path, *extra, audience="public", country="FR", limits=""):
    return run(
        "build",
        "--content",
        content,
        "--audience",
        audience,
        "--country",
        country,
        "-o",
        out,
        *extra,
        limits=limits,
    )


def check(content: Path, *extra, limits=""):
    return run("check", "--content", content, *extra, limits=limits)


def one_sentence(stderr: str) -> None:
    """A failure the user can read: no traceback, something said."""
    assert "Traceback" not in stderr
    assert stderr.strip()


def pdf_bytes_everywhere(pdf: bytes) -> bytes:
    """The raw file plus every stream decoded, so that a leak hidden by
    compression is found too."""
    parts = [pdf]
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for obj in document.objects:
            if isinstance(obj, pikepdf.Stream):
                with contextlib.suppress(pikepdf.PdfError):
                    parts.append(obj.read_bytes())
    return b"\n".join(parts)


def assert_clean_pdf(path: Path) -> None:
    """qpdf finds the file sound, and the canary is nowhere in it."""
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    data = pdf_bytes_everywhere(path.read_bytes())
    assert CANARY.encode() not in data
    from helpers import pdf_text

    assert CANARY not in pdf_text(path.read_bytes())


def template(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def extends(block_body: str) -> str:
    """A public template override that adds `block_body` to the cover."""
    return (
        '{% extends "base.html.j2" %}{% block cover %}' + block_body + "{{ super() }}{% endblock %}"
    )
