"""Pack files: YAML in, with line numbers for every field, and YAML out."""

from __future__ import annotations

from pathlib import Path

import yaml

from .pack import Pack, PackError, Problem, dotted
from .packread import build_pack


def parse_pack(text: str, origin: str = "<pack>") -> Pack:
    """Validate one pack's YAML text; raise PackError listing every problem."""
    data, lines = load_yaml(text, origin)
    return build_pack(data, origin, lines)


def load_yaml(text: str, origin: str) -> tuple[object, dict[tuple, int]]:
    """Parse YAML into plain values plus a map from field path to line number."""
    loader = None
    try:
        loader = yaml.SafeLoader(text)  # the reader already rejects control characters here
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


def read_pack_file(path: Path) -> Pack:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError([Problem(str(path), 1, "", "is not UTF-8 text")]) from None
    return parse_pack(text, str(path))


def pack_files(paths: list[Path]) -> list[Path]:
    """Expand folders to the YAML files directly inside them, in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            found.append(path)
    return found


def read_packs(paths: list[Path]) -> list[Pack]:
    """Read several packs as one set; a duplicate slug is a problem of the later file."""
    packs, problems, slugs = [], [], {}
    for path in pack_files(paths):
        if not path.exists():
            problems.append(Problem(str(path), 1, "", "no such file or folder"))
            continue
        try:
            pack = read_pack_file(path)
        except PackError as error:
            problems.extend(error.problems)
            continue
        if pack.slug in slugs:
            _, lines = load_yaml(path.read_text(encoding="utf-8"), str(path))
            message = f"'{pack.slug}' is already used by {slugs[pack.slug]}"
            problems.append(Problem(str(path), lines.get(("slug",), 1), "slug", message))
            continue
        slugs[pack.slug] = str(path)
        packs.append(pack)
    if problems:
        raise PackError(problems)
    return packs
