"""The `briefgen` command: a batch on this machine starts its workers' server
first, so that it gets ready while the rest of briefgen is imported (about a
third of a second of imports that would otherwise come before it)."""

from __future__ import annotations

import sys


def local_batch_requested(args: list[str]) -> bool:
    """`briefgen batch …` that will render here (no --scheduler, no --help)."""
    if not args or args[0] != "batch":
        return False
    return not any(
        a in ("-h", "--help") or a == "--scheduler" or a.startswith("--scheduler=") for a in args
    )


def main() -> int:
    if local_batch_requested(sys.argv[1:]):
        from briefgen.workers_start import start_local_workers_early

        start_local_workers_early()
    from briefgen.cli import main as cli_main

    return cli_main()
