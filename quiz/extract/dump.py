"""A draft as pack YAML with each value's evidence on the line above it, for `packs draft`."""

from __future__ import annotations

import re

import yaml

from .draft import Draft, Evidence

_ORDER = ["slug", "title", "show", "season", "label", "network", "sources", "facts"]
_FACT_PATHS = {"premiere", "renewed", "episodes", "creators", "cast", "filming"}


def draft_yaml(draft: Draft) -> str:
    lines = [
        "# Drafted from articles by `flask packs draft`. Check every value against its evidence:",
        "# nothing here is certain until a person has reviewed it.",
    ]
    for note in draft.data.get("notes", []):
        lines.append(f'# Not a creator: {note["value"]}: "{_one_line(note["sentence"])}"')
    for path, items in draft.conflicts.items():
        lines.append(f"# CONFLICT at {path}, choose one and add it:")
        lines += [f"#   {item.value!s}: {_note(item)}" for item in items]
    data = {k: draft.data[k] for k in _ORDER if k in draft.data}
    _emit(data, "", 0, draft.evidence, lines)
    return "\n".join(lines) + "\n"


def _emit(value, path: str, indent: int, evidence: dict, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            child = key if path in ("", "facts") else f"{path}.{key}"
            if path == "" and key == "facts":
                child = "facts"
            _comment(child, pad, evidence, out)
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{key}:")
                _emit(item, child, indent + 2, evidence, out)
            else:
                out.append(f"{pad}{key}: {_scalar(item)}")
    else:
        for index, item in enumerate(value):
            child = f"{path}.{index}"
            _comment(child, pad, evidence, out)
            if isinstance(item, dict):
                lines = _lines_of(item, child, indent + 2, evidence)
                # Comments on the item's first key go above the "- " line.
                while lines and lines[0].lstrip().startswith("#"):
                    out.append(pad + lines.pop(0).lstrip())
                out.append(f"{pad}- {lines[0].lstrip()}")
                out += lines[1:]
            else:
                out.append(f"{pad}- {_scalar(item)}")


def _lines_of(item: dict, path: str, indent: int, evidence: dict) -> list[str]:
    lines: list[str] = []
    _emit(item, path, indent, evidence, lines)
    return lines


def _comment(path: str, pad: str, evidence: dict, out: list[str]) -> None:
    for item in evidence.get(path, []):
        note = f"# {_note(item)}"
        # An actor's role and status usually share the actor's sentence: say it once per row.
        if not any(line.strip() == note for line in out[-8:]):
            out.append(f"{pad}{note}")


def _note(item: Evidence) -> str:
    hedge = f" [hedged: {item.hedge}]" if item.hedge else ""
    return f'source {item.source}: "{_one_line(item.sentence)}"{hedge}'


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()[:300]


def _scalar(value) -> str:
    return (
        yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
        .strip()
        .removesuffix("...")
        .strip()
    )
