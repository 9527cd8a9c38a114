"""Batch generation: every pack of an audience × country × organisation matrix.

plan.py      the matrix and the file names
keys.py      per-pack input keys and the "what changed" report
worker.py    what runs in each worker process (one Engine per process)
run.py       orchestration: skip, render in parallel, interrupt, record
manifest.py  manifest.csv and manifest.json
merge.py     --merge: combined PDFs with a contents page
progress.py  progress snapshots and the terminal bar
command.py   the `briefgen batch` command's plain function and report
"""

from briefgen.batch.plan import BatchSpec
from briefgen.batch.progress import Progress
from briefgen.batch.run import BatchResult, run_batch

__all__ = ["BatchResult", "BatchSpec", "Progress", "run_batch"]
