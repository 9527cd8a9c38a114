"""Where a batch's packs are rendered: the local process pool (the default), or
the workers of an existing Dask cluster (`--scheduler tcp://host:8786`).

Both are `concurrent.futures.Executor`s, so the batch submits, waits, cancels
and shuts down the same way whichever runs the packs. On a cluster each worker
gets the content once, renders packs and sends each PDF back; this process
writes every file (atomically, as always), so the manifest, resuming and the
bytes are the same as on one machine, and the workers need no shared folder.
Merges run in a local process: they read the packs from the output folder.
"""

from __future__ import annotations

from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path

from briefgen.batch import worker
from briefgen.errors import BriefgenError, UsageError
from briefgen.render.writer import write_atomic
from briefgen.workers_start import mp_context

CONNECT_SECONDS = 10


def local_pool(workers: int, initargs: tuple) -> ProcessPoolExecutor:
    # Workers start as tasks arrive: a two-pack batch starts at most two.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=mp_context(),
        initializer=worker.initialize,
        initargs=initargs,
    )


class DaskExecutor(Executor):
    """Renders on a Dask cluster's workers; everything else runs locally."""

    def __init__(self, address: str, initargs: tuple):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError(
                "--scheduler needs Dask's distributed package: pip install 'briefgen[distributed]'"
            ) from None
        try:
            self.client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise BriefgenError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        content, template_dirs, out = initargs[:3]
        self.out = Path(out)
        self.initargs = initargs
        self._setup = self.client.scatter((content, template_dirs), broadcast=True)
        self._local: ProcessPoolExecutor | None = None
        self._remote: dict = {}  # our Future -> Dask's future, for cancelling

    @property
    def slots(self) -> int:
        """Packs the cluster can render at once (its worker threads)."""
        return max(1, sum(self.client.nthreads().values()))

    def submit(self, fn, /, *args, **kwargs) -> Future:
        if fn is not worker.render:
            if self._local is None:
                self._local = local_pool(1, self.initargs)
            return self._local.submit(fn, *args, **kwargs)
        (task,) = args
        ours: Future = Future()
        theirs = self.client.submit(worker.render_remote, self._setup, task, pure=False)
        self._remote[ours] = theirs
        theirs.add_done_callback(lambda done: self._arrived(ours, task, done))
        return ours

    def _arrived(self, ours: Future, task, theirs) -> None:
        self._remote.pop(ours, None)
        if not ours.set_running_or_notify_cancel():
            return
        try:
            result, pdf = theirs.result()
            if result.ok:
                write_atomic(self.out / task.file, pdf)
        except Exception as exc:  # noqa: BLE001 - reported as this pack's failure
            ours.set_exception(exc)
        else:
            ours.set_result(result)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures:
            for ours, theirs in list(self._remote.items()):
                theirs.cancel()
                ours.cancel()
        if self._local is not None:
            self._local.shutdown(wait=wait, cancel_futures=cancel_futures)
        self.client.close()


def make_executor(scheduler: str | None, workers: int, initargs: tuple) -> Executor:
    if scheduler:
        return DaskExecutor(scheduler, initargs)
    return local_pool(workers, initargs)
