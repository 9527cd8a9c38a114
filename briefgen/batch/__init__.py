"""Batch generation: every pack of an audience × country × organisation matrix.

plan.py      the matrix and the file names
keys.py      per-pack input keys and the "what changed" report
decide.py    what to build: manifest rows, and a task (with its key) per changed pack
pool.py      a generic bounded process pool: in-flight cap, restarts, stopping
executors.py where the pool's tasks run: local processes or a Dask cluster
worker.py    what runs in each worker process (one Engine per process)
record.py    the previous run's manifest, read once; merge records
run.py       wires the parts together: decide, render, merge, record, zip
manifest.py  manifest.csv and manifest.json
merge.py     --merge: combined PDFs with a contents page
progress.py  progress snapshots and the terminal bar
(the `briefgen batch` command's body is briefgen/commands/batch.py)
"""

from briefgen.batch.plan import BatchSpec
from briefgen.batch.progress import Progress
from briefgen.batch.run import BatchResult, run_batch

__all__ = ["BatchResult", "BatchSpec", "Progress", "run_batch"]
