"""A print job that reaches a real CUPS queue: the pack's own PDF, with the job's
copies, page range and paper. The queue is cups-pdf's virtual printer, started by
this module when CUPS is installed (scripts/setup installs it)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from builders import engine_for
from gui_helpers import TIMEOUT, choose
from helpers import pdf_reader
from PySide6.QtPrintSupport import QPrinter

from briefgen.gui import printing
from briefgen.render.engine import PackRequest

QUEUE = "briefgen-test-pdf"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_OUT = Path.home() / "PDF"  # cups-pdf's "Out ${HOME}/PDF", for a job run as root


def _scheduler_running() -> bool:
    return subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.startswith(
        "scheduler is running"
    )


@pytest.fixture(scope="module")
def cups_queue():
    if not (shutil.which("lp") and shutil.which("lpadmin") and Path("/usr/sbin/cupsd").exists()):
        pytest.skip("CUPS is not installed (scripts/setup installs cups and cups-pdf)")
    if not PPD.exists():
        pytest.skip("cups-pdf is not installed (printer-driver-cups-pdf)")
    if not _scheduler_running():
        subprocess.run(["/usr/sbin/cupsd"], check=True)
        for _ in range(50):
            if _scheduler_running():
                break
            time.sleep(0.1)
    subprocess.run(
        ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-P", str(PPD)],
        check=True,
        capture_output=True,
    )
    yield QUEUE
    subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)


def printed_file(title: str, timeout: float = 60) -> Path:
    """cups-pdf names its output after the job title; wait until it is complete."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(CUPS_PDF_OUT.glob(f"{title}*.pdf"))
        if (
            found
            and not subprocess.run(
                ["lpstat", "-o", QUEUE], capture_output=True, text=True
            ).stdout.strip()
        ):
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"no job titled {title} arrived in {CUPS_PDF_OUT}")


@pytest.fixture(scope="module")
def letter_pack(mini):
    engine = engine_for(mini)
    return engine.render(PackRequest("journalist", "US"))  # the US pack is on Letter


@pytest.mark.parametrize(
    "sides, pages",
    [
        ("one-sided", 2),  # page 1, twice
        ("two-sided-long-edge", 4),  # each copy on its own sheet: page 1 and a blank back
    ],
)
def test_a_job_reaches_the_queue_as_the_pack_itself_with_copies_pages_and_sides(
    qapp, cups_queue, letter_pack, sides, pages
):
    assert letter_pack.pages >= 2
    title = f"briefgen-test-{time.monotonic_ns()}"
    job = printing.PrintJob(
        title,
        (1,),
        letter_pack.pages,
        copies=2,
        collate=True,
        sides=sides,
        media=letter_pack.brief.paper,
        printer=cups_queue,
    )
    assert printing.route(job) == "cups"
    worker = printing.PrintWorker(letter_pack.pdf, job)
    outcome = []
    worker.finished.connect(lambda sheets, where: outcome.append((sheets, where)))
    worker.failed.connect(outcome.append)
    worker.run()
    assert outcome == [(2, cups_queue)]
    reader = pdf_reader(printed_file(title).read_bytes())
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)  # Letter, the pack's paper


def test_printing_from_the_window_sends_the_pdf_to_cups(
    qtbot, open_window, mini_copy, monkeypatch, cups_queue
):
    window = open_window(mini_copy)
    choose(qtbot, window, lambda: window.panel.set_country("FR"))

    def fake_dialog(parent, page_count, current_page, page_size):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(cups_queue)
        printer.setCopyCount(1)
        return printer

    monkeypatch.setattr(printing, "ask_printer", fake_dialog)
    for old in CUPS_PDF_OUT.glob(f"{Path(printing_title(window)).stem}*.pdf"):
        old.unlink()  # an earlier run's job
    window.print_action.trigger()
    qtbot.waitUntil(lambda: not window.is_printing(), timeout=TIMEOUT)
    assert cups_queue in window.statusBar().currentMessage()
    title = Path(printing_title(window)).stem
    reader = pdf_reader(printed_file(title).read_bytes())
    assert len(reader.pages) == window.pack.pages
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)  # France: A4


def printing_title(window) -> str:
    from briefgen.gui.choices import suggested_name

    return suggested_name(window.content, window.pack_request)
