"""Problems found in content: collected all at once, reported as file:line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    severity: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        tag = "" if self.is_error else "warning: "
        return f"{where}: {tag}{self.message}"


@dataclass
class Problems:
    """Collects problems; paths are shown relative to `root` when inside it."""

    root: Path | None = None
    items: list[Problem] = field(default_factory=list)

    def _name(self, file: Path | str) -> str:
        path = Path(file)
        if self.root is not None:
            # The path as given first: a link must be named, not where it leads.
            base = self.root.resolve().parent
            for candidate in (path.absolute(), path.resolve()):
                try:
                    return str(candidate.relative_to(base))
                except ValueError:
                    continue
        return str(path)

    def error(self, file: Path | str, line: int, message: str) -> None:
        self.items.append(Problem(self._name(file), line, ERROR, message))

    def warning(self, file: Path | str, line: int, message: str) -> None:
        self.items.append(Problem(self._name(file), line, WARNING, message))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if not p.is_error]

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items))
