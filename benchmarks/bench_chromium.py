"""briefgen's batch against headless Chromium printing the same HTML, side by side.

    .venv/bin/python benchmarks/bench_chromium.py [--content DIR] [--audience all]
                                                  [--country KR,US,...] [--limit 45]
                                                  [--jobs 2] [--rounds 2]

Both make the same packs in the same run, alternating round by round (this
machine's absolute timings drift, a ratio measured in one run does not):

- briefgen: `run_batch` with --jobs workers into a fresh folder (start-up of the
  pool included, as a user's batch has it);
- Chromium (Debian's `chromium`): one browser per job, each driven over
  `--remote-debugging-pipe`, printing briefgen's own HTML and stylesheets with
  `Page.printToPDF` (CSS page size, backgrounds). The HTML is made once, before
  the clock starts, so Chromium is timed on printing alone.

Prints packs/s for each and the ratio briefgen / Chromium. Without Chromium
installed it says so and exits 0 (`apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from _common import add_content_args, content_dir

from briefgen.batch import BatchSpec, run_batch
from briefgen.batch.plan import resolve_audiences, resolve_countries
from briefgen.content.loader import load_content_or_raise
from briefgen.render.engine import Engine, PackRequest

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


class PipeBrowser:
    """One headless Chromium, spoken to over the DevTools pipe (fds 3 and 4)."""

    def __init__(self, executable: str, profile: Path):
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Chromium reads commands from fd 3 and writes replies to fd 4: a shell
        # puts the pipe ends there, then becomes the browser.
        self.process = subprocess.Popen(
            [
                "/bin/bash",
                "-c",
                f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}',
                executable,
                "--headless=new",
                "--remote-debugging-pipe",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--allow-file-access-from-files",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            pass_fds=(to_browser_read, from_browser_write),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.call("Page.enable", session=self.session)

    def _send(self, message: dict) -> None:
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _receive(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self._next_id += 1
        message: dict = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._send(message)
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def wait_event(self, name: str) -> None:
        while self._receive().get("method") != name:
            pass

    def print_pdf(self, url: str) -> bytes:
        self.call("Page.navigate", session=self.session, url=url)
        self.wait_event("Page.loadEventFired")
        result = self.call(
            "Page.printToPDF",
            session=self.session,
            preferCSSPageSize=True,
            printBackground=True,
        )
        return base64.b64decode(result["data"])

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):  # already gone is fine
            self.call("Browser.close")
        self.process.wait(timeout=10)
        os.close(self._to_browser)
        os.close(self._from_browser)


def standalone_html(engine: Engine, request: PackRequest) -> str:
    """briefgen's HTML with its stylesheets linked, as a browser would load it."""
    brief = engine.brief(request)
    links = "".join(
        f'<link rel="stylesheet" href="{path.resolve().as_uri()}">'
        for path in engine.stylesheets(brief)
    )
    return engine.html(brief).replace("</head>", links + "</head>", 1)


def chromium_round(executable: str, pages: list[Path], jobs: int) -> float:
    """Wall time for `jobs` browsers to print every page (browser start-up included)."""
    queue = list(pages)
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work() -> None:
        profile = Path(tempfile.mkdtemp(prefix="bench-chromium-profile-"))
        try:
            browser = PipeBrowser(executable, profile)
            try:
                while True:
                    with lock:
                        if not queue:
                            return
                        page = queue.pop()
                    page.with_suffix(".pdf").write_bytes(browser.print_pdf(page.as_uri()))
            finally:
                browser.close()
        except Exception as exc:  # noqa: BLE001 - re-raised in the main thread after the round
            errors.append(exc)
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    started = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_content_args(parser)
    parser.add_argument("--audience", default="all")
    parser.add_argument("--country", default="all")
    parser.add_argument("--limit", type=int, default=45, help="about N packs (fewer countries)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep Chromium's HTML and PDFs in this folder")
    args = parser.parse_args()

    executable = next((shutil.which(name) for name in CHROMIUM_NAMES if shutil.which(name)), None)
    if executable is None:
        print("Chromium is not installed (apt-get install chromium): nothing to compare.")
        return
    root = content_dir(args)
    content, _ = load_content_or_raise(root)
    audiences = resolve_audiences(content, args.audience)
    countries = resolve_countries(content, args.country)
    countries = countries[: max(1, args.limit // len(audiences))]
    requests = [PackRequest(a, c) for a in audiences for c in countries]
    engine = Engine(content)
    html_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-chromium-html-"))
    html_dir.mkdir(parents=True, exist_ok=True)
    pages = []
    for index, request in enumerate(requests):
        page = html_dir / f"{index:04d}-{request.audience}-{request.country}.html"
        page.write_text(standalone_html(engine, request), encoding="utf-8")
        pages.append(page)
    print(
        f"{len(requests)} packs ({len(audiences)} audiences × {len(countries)} countries), "
        f"--jobs {args.jobs}, {os.cpu_count()} cores; Chromium: {executable}"
    )
    ratios = []
    for round_number in range(1, args.rounds + 1):
        out = Path(tempfile.mkdtemp(prefix="bench-chromium-briefgen-"))
        spec = BatchSpec(root, out, ",".join(audiences), ",".join(countries), (), args.jobs)
        started = time.perf_counter()
        result = run_batch(spec)
        ours = time.perf_counter() - started
        built = result.counts["built"]
        theirs = chromium_round(executable, pages, args.jobs)
        ours_rate, their_rate = built / ours, len(pages) / theirs
        ratios.append(ours_rate / their_rate)
        print(
            f"round {round_number}: briefgen {ours_rate:.2f} packs/s ({built} in {ours:.1f} s), "
            f"Chromium {their_rate:.2f} packs/s ({len(pages)} in {theirs:.1f} s): "
            f"briefgen / Chromium = {ratios[-1]:.2f}×"
        )
        shutil.rmtree(out, ignore_errors=True)
    print(
        f"ratio over {len(ratios)} rounds: median {statistics.median(ratios):.2f}×, "
        f"min {min(ratios):.2f}×, max {max(ratios):.2f}×"
    )
    if not args.keep:
        shutil.rmtree(html_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
