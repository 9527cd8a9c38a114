"""Where a batch's local workers come from, and starting them early.

Workers fork from a forkserver: a clean, single-threaded process that has
already imported WeasyPrint and made one tiny PDF (`batch/forkserver_preload`),
so starting them is quick and safe even from the app's threads. Starting that
server takes about a second on the 2-core machine, so it starts as soon as a
batch is known to come: `briefgen batch` starts it before importing the rest of
briefgen (`briefgen/entry.py`), and `run_batch` makes sure it runs.

Kept outside `briefgen.batch` on purpose: importing this module imports only
the standard library.
"""

from __future__ import annotations

import multiprocessing

PRELOAD = "briefgen.batch.forkserver_preload"


def mp_context():
    """The forkserver context with its preload; spawn where there is no forkserver."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


def start_local_workers_early() -> None:
    """Start the forkserver now: it imports WeasyPrint and warms it up on another
    core while this process imports, loads the content and decides what to
    build, instead of after. Its workers fork from it when the first pack is
    sent. Calling it again changes nothing."""
    if mp_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
