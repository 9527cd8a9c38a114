"""Read YAML with safe_load semantics, keeping the line of every key and item.

Mappings become `LineDict` and sequences `LineList`; both remember where they
and their entries start, so every later check can name file and line.
A key given twice in one mapping is reported instead of silently overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from briefgen.content import limits as _limits
from briefgen.content.safeopen import UnsafeFileError, read_inside

if TYPE_CHECKING:
    from yaml import CSafeLoader as _BaseLoader
else:  # the C parser is much faster (construction stays in Python either way);
    # the pure-Python one, with the same interface, where libyaml is missing
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    line: int = 0
    key_lines: dict


class LineList(list):
    line: int = 0
    item_lines: list


class _LineLoader(_BaseLoader):
    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                ) from None
            if key in result:
                self.duplicates.append((key_node.start_mark.line + 1, str(key)))
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node, deep=False):
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)


def _checked(tag: str, kind: str):
    """PyYAML raises a bare ValueError for `2025-02-30` or an overflowing
    number; give it the node's line like any other YAML error."""
    base = SafeConstructor.yaml_constructors[tag]

    def construct(loader, node):
        try:
            return base(loader, node)
        except (ValueError, OverflowError, TypeError) as exc:
            raise ConstructorError(
                None, None, f"'{node.value}' is not a valid {kind} ({exc})", node.start_mark
            ) from None

    _LineLoader.add_constructor(tag, construct)


for _tag, _kind in (("timestamp", "date"), ("int", "number"), ("float", "number")):
    _checked(f"tag:yaml.org,2002:{_tag}", _kind)


class YamlFileError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


_NUMBER = re.compile(r"[-+]?(0[xob])?[0-9a-fA-F_:.]+([eE][-+]?[0-9]+)?")


class _Frame:
    __slots__ = ("anchor", "children", "line", "size")

    def __init__(self, anchor, line):
        self.anchor, self.line, self.children, self.size = anchor, line, 0, 1


def _line_of(mark) -> int:
    """The 1-based line of a parser mark, 0 when the parser gave none."""
    return mark.line + 1 if mark is not None else 0


def _bounded(text: str, limits: _limits.Limits) -> None:
    """Walk the document's events (no tree is built) and refuse it when it is
    deeper, larger or more aliased than the limits allow. Sizes count aliases
    expanded, so a "billion laughs" file is refused before it is constructed."""
    stack: list[_Frame] = []
    anchors: dict[str, int] = {}
    aliases = 0

    def fail(mark, what: str, limit: str) -> None:
        raise YamlFileError(_line_of(mark), f"{what} {_limits.how_to_raise(limit)}")

    def add(size: int, mark) -> None:
        if not stack:
            return
        frame = stack[-1]
        frame.children += 1
        frame.size += size
        if frame.size > limits.yaml_nodes:
            fail(mark, f"more than {limits.yaml_nodes:,} values, aliases expanded", "yaml_nodes")

    for event in yaml.parse(text, Loader=_BaseLoader):
        mark = event.start_mark
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= limits.yaml_depth:
                fail(mark, f"nested more than {limits.yaml_depth} levels deep", "yaml_depth")
            stack.append(_Frame(event.anchor, mark))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = stack.pop()
            count = (
                frame.children // 2 if isinstance(event, yaml.MappingEndEvent) else frame.children
            )
            if count > limits.items:
                fail(
                    frame.line, f"a list or mapping of more than {limits.items:,} entries", "items"
                )
            if frame.anchor is not None:
                anchors[frame.anchor] = frame.size
            add(frame.size, mark)
        elif isinstance(event, yaml.ScalarEvent):
            value = event.value
            if len(value) > limits.string_chars:
                fail(
                    mark, f"a text of more than {limits.string_chars:,} characters", "string_chars"
                )
            if (
                event.implicit[0]
                and len(value) > limits.number_digits
                and _NUMBER.fullmatch(value)
                and sum(c.isdigit() for c in value) > limits.number_digits
            ):
                fail(mark, f"a number of more than {limits.number_digits} digits", "number_digits")
            if event.anchor is not None:
                anchors[event.anchor] = 1
            add(1, mark)
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.yaml_aliases:
                fail(mark, f"more than {limits.yaml_aliases:,} aliases", "yaml_aliases")
            if event.anchor not in anchors:
                if any(frame.anchor == event.anchor for frame in stack):
                    raise YamlFileError(
                        _line_of(mark), f"alias *{event.anchor} refers to itself (a loop)"
                    )
                raise YamlFileError(_line_of(mark), f"alias *{event.anchor} is not defined")
            add(anchors[event.anchor], mark)


def parse_yaml(
    text: str, limits: _limits.Limits | None = None
) -> tuple[object, list[tuple[int, str]]]:
    """Parse one YAML document; returns (data, duplicate keys as (line, key))."""
    limits = limits or _limits.current()
    loader = None
    try:
        _bounded(text, limits)
        loader = _LineLoader(text)
        data = loader.get_single_data()
        return data, loader.duplicates
    except yaml.MarkedYAMLError as exc:
        line = _line_of(exc.problem_mark or exc.context_mark)
        raise YamlFileError(line, f"YAML syntax: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlFileError(0, f"YAML syntax: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise YamlFileError(0, "nested too deeply to read") from None
    finally:
        if loader is not None:
            loader.dispose()


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlFileError(line, f"not UTF-8 text ({exc.reason})") from None


def read_bytes(path: Path, roots) -> bytes:
    """The raw bytes of a YAML file inside `roots`, through the safe open."""
    limits = _limits.current()
    try:
        return read_inside(path, roots, limits.yaml_bytes, "yaml_bytes")
    except UnsafeFileError as exc:
        raise YamlFileError(0, exc.message) from None


def read_yaml(path: Path, roots=None) -> tuple[object, list[tuple[int, str]]]:
    """Read a YAML file that must lie inside `roots` (default: its own folder)."""
    raw = read_bytes(path, roots or (Path(path).parent,))
    return parse_yaml(decode(raw))
