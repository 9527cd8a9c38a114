"""Progress of a batch: one snapshot type for every listener, and a terminal bar."""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    phase: str  # "planning", "rendering", "merging", "writing", "done"
    done: int  # packs accounted for: built, skipped or failed
    total: int
    built: int = 0
    skipped: int = 0
    failed: int = 0
    rate: float = 0.0  # packs rendered per second
    eta: float | None = None  # seconds left, None when unknown
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes:02}:{seconds:02}"


class RateMeter:
    """Packs per second over what has been rendered, and the time left."""

    def __init__(self):
        self.started = None
        self.rendered = 0

    def start(self) -> None:
        self.started = time.perf_counter()

    def add(self) -> None:
        self.rendered += 1

    def rate(self) -> float:
        if not self.started or not self.rendered:
            return 0.0
        return self.rendered / max(time.perf_counter() - self.started, 1e-6)

    def eta(self, left: int) -> float | None:
        rate = self.rate()
        return left / rate if rate else None


class TerminalBar:
    """A one-line bar on a terminal; silent elsewhere (the caller prints a summary)."""

    def __init__(self, stream=None, enabled: bool | None = None, interval: float = 0.1):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.last = 0.0
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        final = progress.done >= progress.total or progress.phase != "rendering"
        if not final and now - self.last < self.interval:
            return
        self.last = now
        width = shutil.get_terminal_size((80, 20)).columns
        counts = f"{progress.done}/{progress.total}"
        rate = f"{progress.rate:.1f} packs/s" if progress.rate else "…"
        tail = f" {counts} {rate} left {format_seconds(progress.eta)}"
        if progress.phase != "rendering":
            tail = f" {counts} {progress.phase}…"
        if progress.failed:
            tail += f" ({progress.failed} failed)"
        bar_width = max(10, min(40, width - len(tail) - 3))
        filled = int(bar_width * progress.fraction)
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}]{tail}"
        self.stream.write("\r" + line[: width - 1].ljust(width - 1))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False
