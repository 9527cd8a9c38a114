"""What runs in a batch worker process.

The pool initializer builds one Engine per process (stylesheets parsed and
fonts loaded once); each task then renders one pack, writes it with
`write_atomic` and returns a small result, never the PDF bytes. Workers
ignore SIGINT: Ctrl+C is the parent's to handle, so a worker is never
stopped half-way through a file.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from briefgen.content.limits import ENVIRONMENT
from briefgen.content.model import Content
from briefgen.errors import BriefgenError
from briefgen.render.engine import Engine
from briefgen.render.template_cache import COMPILED, Exported
from briefgen.render.writer import write_atomic
from briefgen.selection.brief import Brief

_state: dict = {}


@dataclass(frozen=True)
class RenderTask:
    index: int
    file: str  # relative to the output folder
    brief: Brief


@dataclass(frozen=True)
class RenderResult:
    index: int
    ok: bool
    pages: int = 0
    bytes: int = 0
    sha256: str = ""
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds this process spent on the pack
    warnings: tuple[str, ...] = ()
    error: str = ""
    pid: int = 0
    done: int = 0  # packs this worker has rendered so far, this one included
    rss_kb: int = 0  # resident memory now
    peak_kb: int = 0  # peak resident memory of the process so far (VmHWM)


def initialize(
    content: Content, template_dirs, out: str, limits: str = "", compiled: Exported | None = None
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if compiled is not None:
        COMPILED.install(compiled)
    # The batch's limits: a forkserver's environment is the one it started with.
    if limits:
        os.environ[ENVIRONMENT] = limits
    else:
        os.environ.pop(ENVIRONMENT, None)
    exit_with_parent()
    _state["engine"] = Engine(content, tuple(template_dirs))
    _state["out"] = Path(out)
    _state["done"] = 0


def exit_with_parent() -> None:
    """Stop when the batch process dies without shutting the pool down (killed, or
    a crash): a worker would otherwise wait for work forever, holding its memory."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def engine() -> Engine:
    return _state["engine"]


def memory_kb() -> tuple[int, int]:
    """(current, peak) resident set size of this process, in KiB."""
    try:
        fields = {}
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    name, value = line.split(":", 1)
                    fields[name] = int(value.split()[0])
        return fields["VmRSS"], fields["VmHWM"]
    except (OSError, KeyError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak, peak


def render(task: RenderTask) -> RenderResult:
    started = time.perf_counter()
    _state["cpu"] = time.process_time()
    _state["done"] += 1
    try:
        pack = engine().render_brief(task.brief, started)
        write_atomic(_state["out"] / task.file, pack.pdf)
    except BriefgenError as exc:
        return _result(task, started, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad pack must not stop the batch
        return _result(task, started, error=f"{type(exc).__name__}: {exc}")
    return _result(
        task,
        started,
        ok=True,
        pages=pack.pages,
        size=len(pack.pdf),
        sha256=hashlib.sha256(pack.pdf).hexdigest(),
        warnings=pack.warnings,
    )


def render_remote(setup: tuple, task: RenderTask) -> tuple[RenderResult, bytes]:
    """On a Dask worker: render without writing, and return the PDF with the result
    (the batch process writes every file, so the output folder need not be shared).
    `setup` is (content, template_dirs), sent to each worker once; one Engine is
    built per worker process and content version."""
    content, template_dirs = setup
    version = (content.fingerprint, tuple(template_dirs))
    if _state.get("remote_version") != version:
        _state["engine"] = Engine(content, tuple(template_dirs))
        _state["remote_version"] = version
        _state["done"] = 0
    started = time.perf_counter()
    _state["cpu"] = time.process_time()
    _state["done"] = _state.get("done", 0) + 1
    try:
        pack = engine().render_brief(task.brief, started)
    except BriefgenError as exc:
        return _result(task, started, error=str(exc)), b""
    except Exception as exc:  # noqa: BLE001 - one bad pack must not stop the batch
        return _result(task, started, error=f"{type(exc).__name__}: {exc}"), b""
    result = _result(
        task,
        started,
        ok=True,
        pages=pack.pages,
        size=len(pack.pdf),
        sha256=hashlib.sha256(pack.pdf).hexdigest(),
        warnings=pack.warnings,
    )
    return result, pack.pdf


def _result(task, started, ok=False, pages=0, size=0, sha256="", warnings=(), error=""):
    rss, peak = memory_kb()
    return RenderResult(
        task.index,
        ok,
        pages,
        size,
        sha256,
        time.perf_counter() - started,
        time.process_time() - _state["cpu"],
        tuple(warnings),
        error,
        os.getpid(),
        _state["done"],
        rss,
        peak,
    )


def merge(task):
    from briefgen.batch.merge import run_merge

    return run_merge(task, _state["out"], engine().renderer)
