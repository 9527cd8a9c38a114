"""Labels: the fixed words a pack prints, per language, merged key by key.

Layout, in every template folder (the shipped `templates/`, the content's
own `templates/`, each `--templates DIR`):

    labels/<lang>.yaml    one flat mapping, label key -> text, for one language
    labels.yaml           (older layout, still read) {lang: {key: text}}

A folder's file overrides only the keys it names. For a pack in language L a
key is looked up in L in every folder (first folder first), then in the
campaign's default language, then in English, so a partial file never blanks
the labels it leaves out. The shipped English file is the reference: it
names every known key and the `{fields}` each one may use.
"""

from __future__ import annotations

import hashlib
import json
import string
from dataclasses import dataclass
from pathlib import Path

from briefgen.content.yamlfile import YamlFileError, read_yaml

LABELS_DIR = "labels"
LEGACY_FILE = "labels.yaml"
REFERENCE_LANGUAGE = "en"
# Keys whose value is a list of strings (all others are one string).
LIST_KEYS = {"months": 12}


@dataclass(frozen=True)
class Label:
    value: object
    file: Path
    line: int


def format_label(text: str, **values) -> str:
    """`text` with its `{field}`s filled in: the one place labels are formatted.

    Only plain named fields are filled; anything else (an attribute, an index,
    a format spec, a field not given) stays in the text as written, so a
    label can never reach into the values it is given.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # an unbalanced brace: print the label as it is
        return text
    out = []
    for literal, field, spec, conversion in parsed:
        out.append(literal)
        if field is None:
            continue
        if field.isidentifier() and not spec and not conversion and field in values:
            out.append(str(values[field]))
        else:
            out.append(
                "{"
                + field
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    return "".join(out)


def not_plain(text: str) -> str | None:
    """The first field of `text` that is not a plain name (an attribute, an
    index, a conversion or a format spec such as a padding), or a stray brace;
    None when every field is plain. Such a field prints as written."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return "a stray brace (write {{ or }} for a brace)"
    for _, field, spec, conversion in parsed:
        if field is not None and (not field.isidentifier() or spec or conversion):
            shown = field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            return f"the field {{{shown}}}"
    return None


def fields(text: str) -> set[str]:
    """The `{field}` names a label uses (empty for a malformed one)."""
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return set()


class Labels:
    """Every folder's labels, read once; `table(language)` merges them."""

    def __init__(self, folders, default_language: str = REFERENCE_LANGUAGE):
        self.folders = [Path(f) for f in folders]
        self.default_language = default_language
        # one dict per folder, search order: language -> key -> Label
        self.layers: list[dict[str, dict[str, Label]]] = []
        self.problems: list[tuple[Path, int, str]] = []  # unreadable files
        for folder in self.folders:
            self.layers.append(self._read_folder(folder))
        self._tables: dict[str, dict[str, object]] = {}

    # -- reading ---------------------------------------------------------------
    def _read_folder(self, folder: Path) -> dict[str, dict[str, Label]]:
        layer: dict[str, dict[str, Label]] = {}
        legacy = folder / LEGACY_FILE
        if legacy.is_file():
            data = self._read(legacy)
            if isinstance(data, dict):
                for language, table in data.items():
                    if isinstance(table, dict):
                        lines = getattr(table, "key_lines", {})
                        layer.setdefault(str(language), {}).update(
                            {str(k): Label(v, legacy, lines.get(k, 0)) for k, v in table.items()}
                        )
                    else:
                        line = getattr(data, "key_lines", {}).get(language, 0)
                        self.problems.append(
                            (
                                legacy,
                                line,
                                f"labels for '{language}' must be a mapping of key to text",
                            )
                        )
            elif data is not None:
                self.problems.append(
                    (legacy, 1, "a labels file must be a mapping of language to labels")
                )
        directory = folder / LABELS_DIR
        if directory.is_dir():
            for path in sorted(directory.glob("*.yaml")):
                data = self._read(path)
                if isinstance(data, dict):
                    lines = getattr(data, "key_lines", {})
                    layer.setdefault(path.stem, {}).update(
                        {str(k): Label(v, path, lines.get(k, 0)) for k, v in data.items()}
                    )
                elif data is not None:
                    self.problems.append(
                        (path, 1, "a labels file must be a mapping of key to text")
                    )
        return layer

    def _read(self, path: Path):
        try:
            data, duplicates = read_yaml(path)
        except YamlFileError as exc:
            self.problems.append((path, exc.line, exc.message))
            return None
        except OSError as exc:
            self.problems.append((path, 0, f"cannot read: {exc.strerror or exc}"))
            return None
        for line, key in duplicates:
            self.problems.append((path, line, f"label '{key}' is given twice"))
        return data

    # -- looking up ------------------------------------------------------------
    def chain(self, language: str) -> list[str]:
        """Languages a key is looked up in, in order."""
        result = []
        for candidate in (language, self.default_language, REFERENCE_LANGUAGE):
            if candidate not in result:
                result.append(candidate)
        return result

    def entry(self, language: str, key: str) -> Label | None:
        for candidate in self.chain(language):
            for layer in self.layers:
                found = layer.get(candidate, {}).get(key)
                if found is not None and _usable(key, found.value):
                    return found
        return None

    def table(self, language: str) -> dict[str, object]:
        """Every label for `language`, merged key by key; cached."""
        if language not in self._tables:
            keys: set[str] = set()
            for layer in self.layers:
                for candidate in self.chain(language):
                    keys.update(layer.get(candidate, {}))
            merged = {}
            for key in sorted(keys):
                found = self.entry(language, key)
                if found is not None:
                    merged[key] = found.value
            self._tables[language] = merged
        return self._tables[language]

    def digest(self, language: str) -> str:
        """What the labels of a pack in `language` say, hashed (for batch keys)."""
        text = json.dumps(self.table(language), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    # -- the reference: the last folder's (shipped) English labels ---------------
    def reference(self) -> dict[str, Label]:
        return self.layers[-1].get(REFERENCE_LANGUAGE, {}) if self.layers else {}

    def languages(self) -> set[str]:
        return {language for layer in self.layers for language in layer}


def _usable(key: str, value) -> bool:
    if key in LIST_KEYS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)


def _expected_file(labels: Labels, language: str) -> Path:
    """Where a language's labels would go: beside the reference file."""
    return labels.folders[-1] / LABELS_DIR / f"{language}.yaml" if labels.folders else Path(".")


def check_labels(
    labels: Labels, languages, extra_keys=(), report=None
) -> list[tuple[str, Path, int, str]]:
    """Problems in the label files, as (severity, file, line, message).

    - a key the reference does not know (nor an audience's heading names);
    - a `{field}` the reference's label for that key does not use;
    - a value of the wrong type (text, or a list for the month names);
    - a declared language with labels missing, with the count.
    """
    found: list[tuple[str, Path, int, str]] = [
        ("error", file, line, message) for file, line, message in labels.problems
    ]
    reference = labels.reference()
    known = set(reference) | set(extra_keys)
    for layer in labels.layers:
        for language, table in layer.items():
            for key, label in table.items():
                where = (label.file, label.line)
                if key not in known:
                    found.append(("warning", *where, f"unknown label key '{key}' ({language})"))
                    continue
                if not _usable(key, label.value):
                    kind = f"a list of {LIST_KEYS[key]} texts" if key in LIST_KEYS else "a text"
                    found.append(("error", *where, f"label '{key}' ({language}) must be {kind}"))
                    continue
                if key in LIST_KEYS:
                    if len(label.value) != LIST_KEYS[key]:  # type: ignore[arg-type]
                        found.append(
                            (
                                "error",
                                *where,
                                f"label '{key}' ({language}) needs {LIST_KEYS[key]} items",
                            )
                        )
                    continue
                odd = not_plain(str(label.value))
                if odd:
                    found.append(
                        (
                            "error",
                            *where,
                            f"label '{key}' ({language}) has {odd}; a field is a plain name "
                            "like {country}, with no dots, brackets, conversion or padding",
                        )
                    )
                    continue
                reference_text = reference[key].value if key in reference else None
                if not isinstance(reference_text, str):
                    continue
                allowed = fields(reference_text)
                for name in sorted(fields(str(label.value)) - allowed):
                    choices = ", ".join("{" + f + "}" for f in sorted(allowed)) or "none"
                    found.append(
                        (
                            "error",
                            *where,
                            f"label '{key}' ({language}) uses an unknown field {{{name}}} "
                            f"(it may use: {choices})",
                        )
                    )
    for language in languages:
        if language == REFERENCE_LANGUAGE:
            continue
        missing = [
            key
            for key in reference
            if not any(
                key in layer.get(language, {}) and _usable(key, layer[language][key].value)
                for layer in labels.layers
            )
        ]
        if missing:
            held = [t for layer in labels.layers for t in layer.get(language, {}).values()]
            file = held[0].file if held else _expected_file(labels, language)
            found.append(
                (
                    "warning",
                    file,
                    0,
                    f"language '{language}' is declared but {len(missing)} of {len(reference)} "
                    f"labels have no translation (e.g. {', '.join(missing[:3])}); "
                    "they print in the default language",
                )
            )
    return found
