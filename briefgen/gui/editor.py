"""Opening a content file at the line a problem names, in the user's editor.

Which editor: the app's setting (Settings › Editor for problems…, a command
with `{file}` and `{line}`, e.g. `code --goto {file}:{line}` or
`gedit +{line} {file}`), else $VISUAL or $EDITOR when it is an editor that
opens a window and is known to take a line (terminal editors need a terminal
the app does not have). Without either, the desktop's default application
opens the file, at its start, and the status bar says how to choose an editor.
Needs no Qt: `command_for` is a plain function.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

# How editors that open their own window take a line number.
KNOWN = {
    "code": "{editor} --goto {file}:{line}",
    "codium": "{editor} --goto {file}:{line}",
    "subl": "{editor} {file}:{line}",
    "gedit": "{editor} +{line} {file}",
    "gnome-text-editor": "{editor} +{line} {file}",
    "kate": "{editor} --line {line} {file}",
    "kwrite": "{editor} --line {line} {file}",
    "mousepad": "{editor} --line {line} {file}",
    "pluma": "{editor} +{line} {file}",
    "geany": "{editor} +{line} {file}",
    "gvim": "{editor} +{line} {file}",
    "emacs": "{editor} +{line} {file}",
}


def command_for(
    path: Path, line: int, template: str | None = None, environ=os.environ
) -> list[str] | None:
    """The command that opens `path` at `line`, or None to fall back to the desktop."""
    line = max(1, int(line or 1))
    if not template:
        for variable in ("VISUAL", "EDITOR"):
            words = shlex.split(environ.get(variable, ""))
            if words and Path(words[0]).name in KNOWN:
                template = KNOWN[Path(words[0]).name].replace("{editor}", shlex.join(words))
                break
    if not template:
        return None
    words = shlex.split(template)
    if not any("{file}" in word for word in words):
        words.append("{file}")
    return [word.replace("{file}", str(path)).replace("{line}", str(line)) for word in words]


def open_at_line(path: Path, line: int, template: str | None = None) -> str | None:
    """Start the editor; None when done, else why it could not (to fall back)."""
    command = command_for(path, line, template)
    if command is None:
        return "no editor is set"
    if shutil.which(command[0]) is None:
        return f"the editor '{command[0]}' is not installed"
    subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)
    return None
