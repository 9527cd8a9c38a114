"""Logos and images must be the images they claim, and small enough to draw."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from conftest import CANARY, assert_clean_pdf, build, check, extends, template

from briefgen.content.images import image_problem
from briefgen.content.limits import Limits


def png(width: int, height: int) -> bytes:
    """A PNG header declaring width x height (the pixels need not follow)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def use_logo(content, name: str, data: bytes):
    logos = content / "orgs" / "logos"
    (logos / name).write_bytes(data)
    path = content / "orgs" / "friends.yaml"
    path.write_text(path.read_text().replace("logos/friends.svg", f"logos/{name}"))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.png", b"just some text", "logo.png is not an image briefgen can use"),
        (
            "logo.png",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            "logo.png holds a SVG image, not PNG",
        ),
        ("logo.png", png(100_000, 100_000), "100,000 x 100,000 pixels"),
        ("logo.png", png(0, 10), "an empty image"),
        ("logo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "damaged JPEG"),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><g>", "not well-formed"),
        (
            "logo.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            "DOCTYPE or ENTITY",
        ),
        ("logo.svg", b"<svg>" + b"<g/>" * 20_001 + b"</svg>", "more than 20,000 elements"),
        ("logo.svg", b"<html><svg/></html>", "is not an image"),
    ],
)
def test_a_logo_that_is_not_a_usable_image_is_refused_by_check_and_build(
    content, tmp_path, name, data, message
):
    use_logo(content, name, data)
    code, out, _ = check(content)
    assert code == 1 and "friends.yaml:4: organisation: logo" in out and message in out
    code, _, err = build(content, tmp_path / "p.pdf", "--org", "friends")
    assert code == 1 and message in err and not (tmp_path / "p.pdf").exists()


def test_an_svg_logo_pointing_outside_draws_nothing_from_there(content, canary, tmp_path):
    use_logo(
        content,
        "logo.svg",
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="10" height="10"><image href="file://{canary}" width="10" height="10"/>'
            f'<image xlink:href="http://example.com/x.png" width="1" height="1"/></svg>'
        ).encode(),
    )
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--org", "friends")
    assert code == 0, err
    assert_clean_pdf(out)


def test_a_pixel_bomb_in_a_data_url_is_refused(content, override, tmp_path):
    bomb = base64.b64encode(png(60_000, 60_000)).decode()
    template(
        override, "public.html.j2", extends(f'<img src="data:image/png;base64,{bomb}" alt="">')
    )
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--templates", override)
    assert code == 0 and "refused image" in err and "60,000 x 60,000 pixels" in err
    assert_clean_pdf(out)


def test_a_large_image_file_is_refused_by_size(content, override, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMITS", "image_bytes=1000")
    (content / "big.png").write_bytes(png(10, 10) + b"\x00" * 5000)
    template(override, "public.html.j2", extends('<img src="big.png" alt="">'))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 0 and "big.png is larger than 1,000 bytes" in err


def test_a_good_logo_still_works(content, tmp_path):
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--org", "friends")
    assert code == 0, err
    assert_clean_pdf(out)
    assert CANARY not in err


def test_the_image_check_reads_bytes_not_names():
    assert image_problem(png(10, 10), "x.svg", Limits()) is None  # a PNG whatever its name
    assert "is not an image" in image_problem(b"GIF", "x.gif", Limits())
