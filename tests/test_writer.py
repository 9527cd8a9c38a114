import os
import stat

import pytest

from briefgen.errors import OutputError
from briefgen.render.writer import write_atomic


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("briefgen.render.writer.os.replace", broken_replace)
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_writes_into_new_folders(tmp_path):
    write_atomic(tmp_path / "a" / "b" / "pack.pdf", b"data")
    assert (tmp_path / "a" / "b" / "pack.pdf").read_bytes() == b"data"


def test_a_written_file_gets_the_mode_the_umask_gives_a_new_file(tmp_path):
    previous = os.umask(0o027)
    try:
        write_atomic(tmp_path / "pack.pdf", b"%PDF-")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "pack.pdf").stat().st_mode) == 0o640
