"""Builders for the tests: the fixture folders, engines and content made from a
folder, and a campaign made from the mini one for the design and accessibility tests.

Import it as the other test helpers are imported: `from builders import engine_for`."""

import shutil
import struct
import zlib
from pathlib import Path

from briefgen.content.loader import load_content_or_raise
from briefgen.render.engine import Engine

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"


def content_of(folder: Path):
    """The content loaded from `folder`, raising on any error."""
    return load_content_or_raise(folder)[0]


def engine_for(folder: Path, **kwargs) -> Engine:
    """An engine on the content of `folder`; keyword arguments go to Engine."""
    return Engine(content_of(folder), **kwargs)


# -- a campaign with organisations that exercise the branding ----------------


def _png(width: int, height: int, rgb=(23, 50, 77)) -> bytes:
    """A small solid PNG, made without any imaging library."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


HARBOUR = """\
id: harbour
name: Harbour Watch Collective
short_name: HWC
logo: logos/harbour.png
logo_alt: Harbour Watch Collective logo, a blue square
colors: {primary: "#ffe14d", accent: "#9fd8ff"}
contact:
  email: desk@harbourwatch.example.org
  phone: "+44 20 7946 0999"
  website: https://harbourwatch.example.org
  press: media@harbourwatch.example.org
members: [Tidewater Union, Estuary Action Group]
"""


def make_design_content(root: Path) -> Path:
    """The mini campaign plus a light-coloured coalition with a PNG logo, and an
    organisation with nothing but a name."""
    shutil.copytree(MINI, root)
    (root / "orgs" / "logos" / "harbour.png").write_bytes(_png(48, 24))
    (root / "orgs" / "harbour.yaml").write_text(HARBOUR)
    (root / "orgs" / "plain.yaml").write_text("id: plain\nname: Plain Rivers Group\n")
    # As the shipped campaign has it: journalists get the facts and dates first.
    audiences = root / "audiences.yaml"
    audiences.write_text(
        audiences.read_text().replace(
            "sections: [summary, key_facts, timeline, status,",
            "sections: [key_facts, timeline, summary, status,",
        )
    )
    return root
