"""Pack files: YAML in, with line numbers for every field, and YAML out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .limits import MAX_PACK_BYTES, MAX_YAML_DEPTH, MAX_YAML_NODES, TOO_LARGE
from .pack import Pack, PackError, Problem, dotted
from .packread import build_pack


@dataclass(frozen=True)
class PackText:
    """A validated pack with the text it was read from, kept as written (comments and all)."""

    pack: Pack
    text: str
    slug_line: int


def parse_pack(text: str, origin: str = "<pack>") -> Pack:
    """Validate one pack's YAML text; raise PackError listing every problem."""
    return read_pack_text(text, origin).pack


def read_pack_text(text: str, origin: str = "<pack>") -> PackText:
    """Parse and validate one pack's text once, keeping the text and where its slug is."""
    data, lines = load_yaml(text, origin)
    return PackText(build_pack(data, origin, lines), text, lines.get(("slug",), 1))


# libyaml's loader where PyYAML was built with it (the wheels are): the same results, several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _refuse_unbounded(text: str, origin: str) -> None:
    """Walk the YAML events once, before anything is built from them, and refuse anchors and aliases
    and any file past the node or depth limit.

    An alias makes one node stand for a whole subtree, so a few nested anchors expand to billions
    of values (a "billion laughs" file); packs never need them.
    """
    nodes = depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            _refuse(origin, event, "YAML anchors and aliases (& and *) are not allowed in packs")
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_YAML_NODES:
                _refuse(origin, event, f"the file holds more than {MAX_YAML_NODES} values")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                _refuse(origin, event, f"the file nests deeper than {MAX_YAML_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _refuse(origin: str, event, message: str):
    raise PackError([Problem(origin, event.start_mark.line + 1, "", message)])


def load_yaml(text: str, origin: str) -> tuple[object, dict[tuple, int]]:
    """Parse YAML into plain values plus a map from field path to line number."""
    if len(text) > MAX_PACK_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_PACK_BYTES:
        raise PackError([Problem(origin, 1, "", TOO_LARGE)])
    loader = None
    try:
        _refuse_unbounded(text, origin)
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            raise PackError([Problem(origin, 1, "", "the file is empty")])
        lines: dict[tuple, int] = {}
        return _plain(node, loader, (), lines, origin), lines
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else _reader_line(text, error)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise PackError([Problem(origin, line, "", f"invalid YAML: {problem}")]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _reader_line(text: str, error: yaml.YAMLError) -> int:
    position = getattr(error, "position", None)
    return text.count("\n", 0, position) + 1 if isinstance(position, int) else 1


def _plain(node, loader, path, lines, origin):
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                line = key_node.start_mark.line + 1
                raise PackError([Problem(origin, line, dotted(path + (key,)), "duplicate key")])
            result[key] = _plain(value_node, loader, path + (key,), lines, origin)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, loader, path + (i,), lines, origin) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value  # PartialDate reads it; PyYAML would crash on 2021-02-30
    return loader.construct_object(node, deep=True)


def read_pack_file(path: Path) -> PackText:
    if path.stat().st_size > MAX_PACK_BYTES:
        raise PackError([Problem(str(path), 1, "", TOO_LARGE)])
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError([Problem(str(path), 1, "", "is not UTF-8 text")]) from None
    return read_pack_text(text, str(path))


def pack_files(paths: list[Path]) -> list[Path]:
    """Expand folders to the YAML files directly inside them, in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            found.append(path)
    return found


def read_pack_texts(paths: list[Path]) -> list[PackText]:
    """Read several packs as one set; a duplicate slug is a problem of the later file."""
    read, problems, slugs = [], [], {}
    for path in pack_files(paths):
        if not path.exists():
            problems.append(Problem(str(path), 1, "", "no such file or folder"))
            continue
        try:
            item = read_pack_file(path)
        except PackError as error:
            problems.extend(error.problems)
            continue
        if item.pack.slug in slugs:
            message = f"'{item.pack.slug}' is already used by {slugs[item.pack.slug]}"
            problems.append(Problem(str(path), item.slug_line, "slug", message))
            continue
        slugs[item.pack.slug] = str(path)
        read.append(item)
    if problems:
        raise PackError(problems)
    return read


def read_packs(paths: list[Path]) -> list[Pack]:
    return [item.pack for item in read_pack_texts(paths)]
