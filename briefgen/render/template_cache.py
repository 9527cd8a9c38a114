"""Templates compiled once per process, whichever `Templates` asks first.

Opening the app compiled the same two templates three times: once to check
their syntax, once for the check's trial render and once for the first
preview, each time in a new Jinja environment (~100 ms a compile). Jinja's
bytecode cache hook lets environments share the compiled code: it is keyed by
the template's name and file and checked against a hash of its source, so an
edited template is compiled afresh. Kept in memory only (nothing written to
disk that a later run would execute), bounded, and used only by the sandboxed
environments `Templates` makes, which are all configured alike.

A batch compiles its templates in the batch process while the workers start,
and hands the code to each worker (`export`, `install`): a worker's first
pack then skips the compile (about 0.1-0.2 s each, at the start of every batch).
"""

from __future__ import annotations

import importlib.util
import marshal
import threading
from collections import OrderedDict
from types import CodeType

from jinja2.bccache import Bucket, BytecodeCache

# Code objects only load into the interpreter that made them.
_CODE_VERSION = importlib.util.MAGIC_NUMBER

Exported = tuple[bytes, tuple[tuple[str, str, bytes], ...]]


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
        if bucket.code is not None:
            self._put(bucket.key, bucket.checksum, bucket.code)

    def _put(self, key: str, checksum: str, code: CodeType) -> None:
        with self._lock:
            self._store[key] = (checksum, code)
            self._store.move_to_end(key)
            while len(self._store) > self.size:
                self._store.popitem(last=False)

    def export(self) -> Exported:
        """The compiled templates, as bytes another process of this Python can install."""
        with self._lock:
            entries = tuple(
                (key, checksum, marshal.dumps(code))
                for key, (checksum, code) in self._store.items()
            )
        return _CODE_VERSION, entries

    def install(self, exported: Exported) -> None:
        """Add what `export` gave (in the batch process); code from another
        Python version is ignored, and compiled afresh when it is needed."""
        version, entries = exported
        if version != _CODE_VERSION:
            return
        for key, checksum, data in entries:
            code = marshal.loads(data)
            if isinstance(code, CodeType):
                self._put(key, checksum, code)

    def clear(self) -> None:
        with self._lock:
            self._store.clear()

    def __len__(self) -> int:
        return len(self._store)


COMPILED = CompiledTemplates()
