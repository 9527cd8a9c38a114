"""Nothing lost: a failed write leaves the previous file whole and no .part behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import build, extends, one_sentence, run, template

from briefgen.batch import BatchSpec, run_batch
from briefgen.render import writer


def no_part_files(folder):
    return not [p for p in folder.rglob("*.part")]


def test_a_read_only_folder_is_a_sentence_and_the_old_file_stays(content, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "p.pdf").write_bytes(b"old good file")
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):  # root: a read-only mount is what refuses it
            pytest.skip("running as root: permissions do not stop writes here")
        code, _, err = build(content, folder / "p.pdf")
    finally:
        os.chmod(folder, 0o755)
    assert code == 1 and "cannot write" in err and "permission denied" in err
    one_sentence(err)
    assert (folder / "p.pdf").read_bytes() == b"old good file" and no_part_files(folder)


def test_a_read_only_folder_is_refused_even_for_root(content, tmp_path, monkeypatch):
    def refuse(path):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    (tmp_path / "p.pdf").write_bytes(b"old good file")
    monkeypatch.setattr(writer, "_create_temporary", refuse)
    code, _, err = build(content, tmp_path / "p.pdf")
    assert code == 1 and "the folder is on a read-only disk" in err
    assert (tmp_path / "p.pdf").read_bytes() == b"old good file"


def test_an_output_path_that_is_a_folder_is_a_sentence(content, tmp_path):
    (tmp_path / "p.pdf").mkdir()
    code, _, err = build(content, tmp_path / "p.pdf")
    assert code == 1 and "it is a folder; give a file name" in err
    one_sentence(err)


def test_an_output_under_a_file_is_a_sentence(content, tmp_path):
    (tmp_path / "file").write_text("x")
    code, _, err = build(content, tmp_path / "file" / "p.pdf")
    assert code == 1 and "cannot write" in err
    one_sentence(err)


def test_a_full_disk_keeps_the_old_file_and_leaves_no_part(content, tmp_path, monkeypatch):
    target = tmp_path / "p.pdf"
    target.write_bytes(b"old good file")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full)
    code, _, err = build(content, target)
    assert code == 1 and "the disk is full" in err
    assert target.read_bytes() == b"old good file" and no_part_files(tmp_path)


def test_a_batch_into_a_folder_that_is_a_file_is_a_sentence(content, tmp_path):
    (tmp_path / "out").write_text("not a folder")
    code, _, err = run(
        "batch",
        "--content",
        content,
        "--audience",
        "public",
        "--country",
        "FR",
        "--out",
        tmp_path / "out",
        "--jobs",
        "1",
    )
    assert code == 1
    one_sentence(err)


def test_a_killed_batch_reruns_to_the_same_bytes_as_a_clean_run(content, tmp_path):
    clean = tmp_path / "clean"
    assert run_batch(BatchSpec(content, clean, "all", "all", jobs=1)).exit_code == 0
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "briefgen",
        "batch",
        "--content",
        str(content),
        "--out",
        str(out),
        "--jobs",
        "2",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.rglob("*.pdf")):
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)  # the batch and its workers, mid-run
    process.wait(30)
    rerun = run_batch(BatchSpec(content, out, "all", "all", jobs=1))
    assert rerun.exit_code == 0
    assert no_part_files(out)
    made = sorted(p.relative_to(clean) for p in clean.rglob("*.pdf"))
    assert made == sorted(p.relative_to(out) for p in out.rglob("*.pdf"))
    for name in made:
        assert (clean / name).read_bytes() == (out / name).read_bytes(), name


def test_a_pack_past_the_time_limit_fails_in_batch_and_the_others_are_built(
    content, override, tmp_path, monkeypatch
):
    body = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    template(override, "public.html.j2", extends(body))
    monkeypatch.setenv("BRIEFGEN_LIMITS", "render_seconds=2,template_steps=100000000000")
    out = tmp_path / "out"
    result = run_batch(
        BatchSpec(content, out, "public,journalist", "FR", template_dirs=(override,), jobs=1)
    )
    assert result.exit_code == 1
    by_audience = {row.audience: row for row in result.rows}
    assert by_audience["public"].status == "failed"
    assert "took longer than 2 seconds" in by_audience["public"].error
    assert by_audience["journalist"].status == "built"
    assert no_part_files(out)
