"""A pack's PDF streams are compressed at zlib's default level (see
briefgen/render/pdf_compression.py), and still compressed: the file is a valid,
Flate-compressed PDF with the pack's text."""

import io
import types
import zlib

import pikepdf
import pypdf
from builders import MINI, engine_for

from briefgen.render import pdf_compression
from briefgen.render.engine import PackRequest


def test_every_stream_of_a_pack_is_compressed_at_the_default_level(monkeypatch):
    engine = engine_for(MINI)
    request = PackRequest(next(iter(engine.content.audiences)), "FR")
    engine.render(request)  # fonts and stylesheets loaded before counting
    levels = []
    original = zlib.compressobj

    def spy(level=-1, *args, **kwargs):
        levels.append(level)
        return original(level, *args, **kwargs)

    monkeypatch.setattr(zlib, "compressobj", spy)
    pack = engine.render(request)
    monkeypatch.undo()
    assert levels, "no stream was compressed"
    assert set(levels) == {zlib.Z_DEFAULT_COMPRESSION}

    with pikepdf.open(io.BytesIO(pack.pdf)) as pdf:
        content = pdf.pages[0].obj.Contents
        streams = content if isinstance(content, pikepdf.Array) else [content]
        assert all(s.get("/Filter") == pikepdf.Name.FlateDecode for s in streams)
    text = pypdf.PdfReader(io.BytesIO(pack.pdf)).pages[0].extract_text()
    assert text.strip()


def test_a_writer_that_no_longer_reaches_zlib_by_its_attribute_is_left_alone():
    without = types.SimpleNamespace()
    other = types.SimpleNamespace(zlib=object())
    assert pdf_compression.use_default_level(without) is False
    assert not hasattr(without, "zlib")
    before = other.zlib
    assert pdf_compression.use_default_level(other) is False
    assert other.zlib is before


def test_applying_it_twice_changes_nothing():
    module = types.SimpleNamespace(zlib=zlib)
    assert pdf_compression.use_default_level(module) is True
    first = module.zlib
    assert pdf_compression.use_default_level(module) is True
    assert module.zlib is first
    assert module.zlib.decompress(module.zlib.compress(b"x" * 100)) == b"x" * 100
