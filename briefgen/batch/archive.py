"""--zip: one zip of the output folder, written atomically; same files in, same zip out."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from briefgen.render.writer import write_atomic


def zip_folder(out: Path, name: str, stamp: dt.date) -> Path:
    """Zip every file under `out` but hidden ones and zips, dated `stamp`.

    Entries are sorted and carry a fixed date and mode, so the zip's bytes
    depend only on the files. PDFs are stored as they are: their streams are
    compressed already, and deflating them again costs time for next to nothing.
    """
    out = Path(out)
    target = out / name
    files = sorted(
        p
        for p in out.rglob("*")
        if p.is_file()
        and p.suffix != ".zip"
        and not any(part.startswith(".") for part in p.relative_to(out).parts)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in files:
            info = zipfile.ZipInfo(
                path.relative_to(out).as_posix(),
                date_time=(stamp.year, stamp.month, stamp.day, 0, 0, 0),
            )
            info.external_attr = 0o644 << 16
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix == ".pdf" else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, path.read_bytes())
    write_atomic(target, buffer.getvalue())
    return target
