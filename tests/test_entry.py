"""The `briefgen` command's entry: a local batch starts its workers' server
before the rest of briefgen is imported; nothing else does."""

import subprocess
import sys

from briefgen.entry import local_batch_requested

PROBE = """
import sys
import briefgen.workers_start as start
seen = []
start.start_local_workers_early = lambda: seen.append(
    sorted(m for m in ("briefgen.cli", "briefgen.batch", "weasyprint", "yaml") if m in sys.modules)
)
import briefgen.entry
sys.argv = ["briefgen", *sys.argv[1:]]
code = briefgen.entry.main()
print("seen", seen, "code", code)
"""


def test_which_commands_start_the_workers_early():
    assert local_batch_requested(["batch", "--out", "x"])
    assert not local_batch_requested(["batch", "--help"])
    assert not local_batch_requested(["batch", "--out", "x", "--scheduler", "tcp://h:8786"])
    assert not local_batch_requested(["batch", "--scheduler=tcp://h:8786", "--out", "x"])
    assert not local_batch_requested(["build", "--out", "x"])
    assert not local_batch_requested([])


def run_probe(tmp_path, *args):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120
    )
    return done.stdout + done.stderr


def test_a_batch_starts_them_before_importing_briefgen_and_still_runs_as_the_cli(tmp_path):
    missing = tmp_path / "no-such-content"
    output = run_probe(tmp_path, "batch", "--content", str(missing), "--out", str(tmp_path / "o"))
    # First before anything of briefgen's was imported; run_batch asks again later.
    assert output.startswith("seen [[], "), output
    assert " code 1\n" in output
    assert "no-such-content: content folder not found" in output  # the CLI's own message
    assert "Traceback" not in output


def test_other_commands_do_not_start_them(tmp_path):
    output = run_probe(tmp_path, "list", "audiences")
    assert "seen [] code 0" in output, output
