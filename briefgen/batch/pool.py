"""A bounded process pool: a generic engine for running many tasks on a few workers.

It knows nothing of packs or rows. It takes tasks from an iterator only as
workers can take them (at most `per_worker` queued per worker, so a cancel
loses little and planning can run just ahead of rendering), hands every
outcome to a callback, starts a fresh pool when a worker dies (up to
`max_restarts` times), and stops taking tasks as soon as `stopped()` says so.
Tasks in flight when it stops finish and are reported; the rest are never
started. A second Ctrl+C while it waits for them stops the workers at once.

The seam is `make_executor`: any `concurrent.futures.Executor` (the local
process pool, or a Dask cluster's, see `briefgen.batch.executors`) stands
behind the same `run(fn, tasks, on_result, ...)`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

POLL_SECONDS = 0.2  # how often a wait looks at `stopped()`


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What became of one task: its value, or the exception it raised."""

    value: R | None = None
    error: BaseException | None = None
    timed_out: bool = False  # its worker was stopped for taking longer than `time_limit`

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def crashed(self) -> bool:
        """The worker process died while it held this task."""
        return isinstance(self.error, BrokenProcessPool)


class BoundedPool:
    def __init__(
        self,
        workers: int,
        make_executor: Callable[[], Executor],
        *,
        per_worker: int = 2,
        max_restarts: int = 3,
        time_limit: Callable[[], float] | None = None,
    ):
        self.workers = max(1, workers)
        self.make_executor = make_executor  # called when the first task arrives, and on restart
        self.per_worker = per_worker
        # Seconds a task may run before its worker is killed: for a task stuck where
        # the worker's own timer cannot reach (native code). None: no limit.
        self.time_limit = time_limit
        self.max_restarts = max_restarts
        self.restarts = 0
        self.terminated = False  # a second interrupt stopped the workers mid-task
        self._executor: Executor | None = None

    # -- the executor ----------------------------------------------------------
    @property
    def capacity(self) -> int:
        """Tasks in flight at most: per worker, or per slot of a cluster once it is known."""
        return self.workers * self.per_worker

    def _ensure(self) -> Executor:
        if self._executor is None:
            self._executor = self.make_executor()
            # On a cluster, as many tasks per slot as it has worker threads.
            self.workers = getattr(self._executor, "slots", self.workers)
        return self._executor

    def shutdown(self) -> None:
        """Wait for the workers to finish and stop them; a second Ctrl+C stops them now."""
        if self._executor is None:
            return
        executor, self._executor = self._executor, None
        try:
            executor.shutdown(wait=True, cancel_futures=True)
        except KeyboardInterrupt:
            self.terminated = True
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
            executor.shutdown(wait=False, cancel_futures=True)

    def _stop_stuck(self, running: dict, since: dict, stuck: set[int], limit: float) -> bool:
        """Kill the workers if a task has run past `limit`; True if they were killed."""
        now = time.monotonic()
        for future, task in running.items():
            if future.running() and now - since.setdefault(future, now) > limit:
                stuck.add(id(task))
        if stuck & {id(task) for task in running.values()} and self._executor is not None:
            for process in list((getattr(self._executor, "_processes", None) or {}).values()):
                process.kill()
            return True
        return False

    # -- running tasks ---------------------------------------------------------
    def run(
        self,
        fn: Callable[[Any], R],
        tasks: Iterable[T],
        on_result: Callable[[T, Outcome[R]], None],
        *,
        stopped: Callable[[], bool] = lambda: False,
        on_give_up: Callable[[list[T]], None] | None = None,
        on_start: Callable[[], None] | None = None,
        send: Callable[[T], Any] | None = None,
    ) -> None:
        """Run `fn` on every task, calling `on_result(task, outcome)` as each ends.

        `on_give_up(tasks)` gets the tasks never run because workers kept
        dying; `on_start()` is called once, when the first task is handed over.
        `send(task)`, if given, is what goes to the worker (the task itself
        otherwise): the parent may keep more with a task than a worker needs.
        """
        source: Iterator[T] = iter(tasks)
        held: deque[T] = deque()  # taken from `tasks`, not yet handed to a worker
        running: dict[Future[R], T] = {}
        exhausted = False
        broken = False
        started = False
        running_since: dict[Future[R], float] = {}
        stuck: set[int] = set()  # id() of tasks whose worker was killed for time

        def take(future: Future[R], task: T) -> None:
            nonlocal broken
            running_since.pop(future, None)
            try:
                outcome: Outcome[R] = Outcome(value=future.result())
            except BrokenProcessPool as exc:
                broken = True
                outcome = Outcome(error=exc, timed_out=id(task) in stuck)
            except Exception as exc:  # noqa: BLE001 - pickling trouble and the like: this task only
                outcome = Outcome(error=exc)
            on_result(task, outcome)

        try:
            while not stopped():
                while not exhausted and len(held) + len(running) < self.capacity:
                    try:
                        held.append(next(source))
                    except StopIteration:
                        exhausted = True
                if not held and not running:
                    break
                if held:
                    executor = self._ensure()
                    if not started and on_start is not None:
                        on_start()
                    started = True
                    try:
                        while held:
                            payload = held[0] if send is None else send(held[0])
                            running[executor.submit(fn, payload)] = held[0]
                            held.popleft()
                    except BrokenProcessPool:
                        broken = True
                if not broken:
                    finished, _ = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    for future in finished:
                        take(future, running.pop(future))
                    if self.time_limit is not None and self._stop_stuck(
                        running, running_since, stuck, self.time_limit()
                    ):
                        broken = True
                if broken:
                    # A worker died (a crash in native code, out of memory): every task
                    # the pool held fails with it; record them, go on with a fresh pool.
                    wait(running)
                    for future, task in list(running.items()):
                        take(future, task)
                    running.clear()
                    self.shutdown()
                    broken = False
                    self.restarts += 1
                    if self.restarts > self.max_restarts:
                        remaining = [*held, *source]
                        held.clear()
                        exhausted = True
                        if on_give_up is not None:
                            on_give_up(remaining)
        finally:
            # Interrupted or stopped: what has not started will not; what is in
            # flight finishes and is reported.
            for future in list(running):
                future.cancel()
            self.shutdown()
            for future, task in running.items():
                if future.done() and not future.cancelled():
                    take(future, task)
