"""The batch forkserver's preload: WeasyPrint imported and warmed, still one thread."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

import pytest

from briefgen.workers_start import mp_context

PROBE = """
import os, sys, threading
import briefgen.batch.forkserver_preload
print(int("weasyprint" in sys.modules), int("fontTools.subset" in sys.modules),
      threading.active_count(), len(os.listdir("/proc/self/task")))
"""


def test_the_forkserver_preloads_the_warm_up_module(monkeypatch):
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver on this platform: workers are spawned")
    asked = []
    context = multiprocessing.get_context("forkserver")
    monkeypatch.setattr(context, "set_forkserver_preload", asked.append)
    assert mp_context() is context
    assert asked == [["briefgen.batch.forkserver_preload"]]


def test_the_preload_leaves_weasyprint_warm_and_one_thread_to_fork_from():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    weasyprint, subset, threads, tasks = map(int, done.stdout.split())
    assert weasyprint == 1, "WeasyPrint is imported before the workers fork"
    assert subset == 1, "the first write_pdf's lazy imports are done too"
    # Forking a process with other threads is unsafe: the preload must start none.
    assert threads == 1
    assert tasks == 1
