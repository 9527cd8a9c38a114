"""Imported once by the batch's forkserver, before any worker forks from it.

The forkserver starts while the batch process is still reading the content
(`briefgen.workers_start.start_local_workers_early`), on another core; what it does here
every worker then has for free: the worker module, WeasyPrint and the modules
a first render imports lazily.
"""

import contextlib

from briefgen.batch import worker  # noqa: F401 - preloaded for the workers
from briefgen.render.pdf import warm_up

# Only a head start: if it fails, the worker's first pack reports the real error.
with contextlib.suppress(Exception):
    warm_up()
