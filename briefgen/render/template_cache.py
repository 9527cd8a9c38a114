"""Templates compiled once per process, whichever `Templates` asks first.

Opening the app compiled the same two templates three times: once to check
their syntax, once for the check's trial render and once for the first
preview, each time in a new Jinja environment (~100 ms a compile). Jinja's
bytecode cache hook lets environments share the compiled code: it is keyed by
the template's name and file and checked against a hash of its source, so an
edited template is compiled afresh. Kept in memory only (nothing written to
disk that a later run would execute), bounded, and used only by the sandboxed
environments `Templates` makes, which are all configured alike.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from types import CodeType

from jinja2.bccache import Bucket, BytecodeCache


class CompiledTemplates(BytecodeCache):
    def __init__(self, size: int = 64):
        self.size = size
        self._store: OrderedDict[str, tuple[str, CodeType]] = OrderedDict()
        self._lock = threading.Lock()  # the app compiles on its load and render threads

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            entry = self._store.get(bucket.key)
        if entry is not None and entry[0] == bucket.checksum:
            bucket.code = entry[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None:
            return
        with self._lock:
            self._store[bucket.key] = (bucket.checksum, bucket.code)
            self._store.move_to_end(bucket.key)
            while len(self._store) > self.size:
                self._store.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._store.clear()

    def __len__(self) -> int:
        return len(self._store)


COMPILED = CompiledTemplates()
