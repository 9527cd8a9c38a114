"""Shared by the benchmark scripts: pick content, optionally enlarge it."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.content.iso3166 import ALPHA2  # noqa: E402
from briefgen.paths import shipped_content  # noqa: E402


def add_content_args(parser) -> None:
    parser.add_argument(
        "--content", type=Path, default=None, help="content folder (default: the shipped campaign)"
    )
    parser.add_argument(
        "--expand",
        action="store_true",
        help="copy the content to a temporary folder and add every ISO 3166 "
        "country without a record to countries.yaml, for a large matrix "
        "while the shipped content is incomplete",
    )


def content_dir(args) -> Path:
    folder = Path(args.content or shipped_content()).resolve()
    if not getattr(args, "expand", False):
        return folder
    copy = Path(tempfile.mkdtemp(prefix="briefgen-bench-")) / folder.name
    shutil.copytree(folder, copy)
    import yaml

    listed = yaml.safe_load((copy / "countries.yaml").read_text(encoding="utf-8")) or []
    known = {str(c["code"]).upper() for c in listed}
    with open(copy / "countries.yaml", "a", encoding="utf-8") as stream:
        stream.write("\n")
        for code in sorted(ALPHA2 - known):
            stream.write(
                f"- {{code: {code}, name: Country {code}, region: Europe, "
                f"subregion: Western Europe, paper: a4}}\n"
            )
    return copy
