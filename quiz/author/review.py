"""Reviewing a pack drafted from articles: which extracted values the author has accepted or edited.

A field path names one extracted value: "premiere", "season", "creators.1", "cast.0.role",
"cast.0.known_for.1", "filming.0.from". Its state comes from comparing the data as edited with the
value as extracted, both held on the server; only the author's explicit "accept" and "leave it out"
marks come from the form. Plain Python, no Flask: the views in drafts.py use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOP = ("show", "season", "label", "network", "country", "description")
FACT_ORDER = ("show", "season", "label", "network", "country", "premiere", "renewed", "creators", "episodes")
ROW_LISTS = ("cast", "filming")
ROW_FIELDS = {
    "cast": ("actor", "pronouns", "role", "known_for", "narrator", "status"),
    "filming": ("place", "kind", "country", "from", "to", "status"),
}
FORM_NAMES = {"from": "start", "to": "end"}
DEFAULTS = {"status": "confirmed", "narrator": False}
# How a field is named beside its evidence, where capitalising its key is not enough.
LABELS = {"label": "Season label", "country": "Countries", "creators": "Creator", "kind": "Kind of place"}
_PATH = re.compile(r"^(cast|filming)\.(\d+)\.(\w+)(?:\.(\d+))?$|^(creators)\.(\d+)$|^(\w+)$")

UNREVIEWED = "unreviewed"
STATE_TEXT = {
    UNREVIEWED: "Not reviewed yet",
    "accepted": "Accepted",
    "edited": "Edited: differs from the article",
    "chosen": "Chosen",
    "left out": "Left out",
}


@dataclass(frozen=True)
class Path:
    rows: str | None  # "cast", "filming", or None for a season-wide field
    index: int | None  # the row
    name: str  # the field: "premiere", "creators", "role", "known_for"…
    item: int | None  # the position in a list field (creators, known_for), as extracted

    @property
    def is_item(self) -> bool:
        return self.item is not None


def parse(path: str) -> Path | None:
    match = _PATH.match(path)
    if not match:
        return None
    if match[1]:
        return Path(match[1], int(match[2]), match[3], int(match[4]) if match[4] is not None else None)
    if match[5]:
        return Path(None, None, "creators", int(match[6]))
    return Path(None, None, match[7], None)


def form_field(path: str) -> str | None:
    """The pack form's field id showing this path's value, e.g. cast.0.known_for.1 -> cast-0-known_for."""
    p = parse(path)
    if p is None:
        return None
    if p.rows:
        return f"{p.rows}-{p.index}-{FORM_NAMES.get(p.name, p.name)}" if p.name in ROW_FIELDS[p.rows] else None
    return p.name if p.name in FACT_ORDER else None


def order(path: str) -> tuple:
    """Where a path's field sits in the form, so the review reads top to bottom."""
    p = parse(path)
    if p is None:
        return (9, 0, 0, 0, path)
    if p.rows:
        fields = ROW_FIELDS[p.rows]
        where = fields.index(p.name) if p.name in fields else len(fields)
        return (1 + ROW_LISTS.index(p.rows), p.index, where, p.item or 0, path)
    where = FACT_ORDER.index(p.name) if p.name in FACT_ORDER else len(FACT_ORDER)
    return (0, 0, where, p.item or 0, path)


def _name(value) -> str | None:
    """A creator or credit as a comparable name: plain text, or the name/title of a mapping."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return normal(value)


def normal(value):
    """Values as the form gives them back: blank is None, digits are numbers, text is stripped."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        value = value.strip()
        return None if not value else int(value) if value.isdigit() else value
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normal(v) for v in value]
    return str(value)


def _facts(data: dict) -> dict:
    facts = data.get("facts")
    return facts if isinstance(facts, dict) else {}


def _row(data: dict, p: Path) -> dict | None:
    rows = _facts(data).get(p.rows)
    if isinstance(rows, list) and p.index < len(rows) and isinstance(rows[p.index], dict):
        return rows[p.index]
    return None


def _items(data: dict, p: Path) -> list:
    """The list a list-item path points into (creators, or a cast row's known_for)."""
    holder = _row(data, p) if p.rows else _facts(data)
    items = (holder or {}).get(p.name)
    return items if isinstance(items, list) else []


def value_at(data: dict, path: str):
    """The value at `path` in pack data; for a list item, the item at that position, if any."""
    p = parse(path)
    if p is None:
        return None
    if p.is_item:
        items = _items(data, p)
        return items[p.item] if p.item < len(items) else None
    if p.rows:
        row = _row(data, p)
        return None if row is None else row.get(p.name, DEFAULTS.get(p.name))
    return data.get(p.name) if p.name in TOP else _facts(data).get(p.name)


def present(data: dict, path: str, value) -> bool:
    """Whether the data still holds `value` at `path`: for a list item, anywhere in its list."""
    p = parse(path)
    if p is not None and p.is_item:
        return _name(value) in [_name(v) for v in _items(data, p)]
    return normal(value_at(data, path)) == normal(value)


def set_value(data: dict, path: str, value) -> None:
    """Put a chosen value at `path` (a list item is added to its list unless already there)."""
    p = parse(path)
    if p is None:
        return
    if p.is_item:
        holder = _row(data, p) if p.rows else data.setdefault("facts", {})
        if holder is not None and value is not None and not present(data, path, value):
            holder[p.name] = [*_items(data, p), value]
        return
    target = _row(data, p) if p.rows else data if p.name in TOP else data.setdefault("facts", {})
    if target is None:
        return
    if value is None:
        target.pop(p.name, None)
    else:
        target[p.name] = value


def extracted_values(data: dict, paths) -> dict:
    """Each path's value as the extractor gave it, kept to compare the edited draft with."""
    return {path: value_at(data, path) for path in paths}


def remap(mapping: dict[str, dict[int, int | None]], path: str) -> str | None:
    """The path after rows were removed or dropped: `mapping` gives each list's old row -> new row."""
    p = parse(path)
    if p is None or p.rows is None or p.rows not in mapping:
        return path
    new = mapping[p.rows].get(p.index, p.index)
    if new is None:
        return None
    return ".".join(str(part) for part in (p.rows, new, p.name, p.item) if part is not None)


def remap_keys(mapping, values: dict) -> dict:
    moved = {}
    for path, value in values.items():
        new = remap(mapping, path)
        if new is not None:
            moved[new] = value
    return moved


def display(value) -> str:
    """An extracted value as the author reads it."""
    if isinstance(value, dict):
        if "at_least" in value:
            return f"at least {value['at_least']}"
        name = value.get("name") or value.get("title") or ""
        role = value.get("role")
        return f"{name} (as {role})" if role else str(name)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(display(v) for v in value)
    return "" if value is None else str(value)


@dataclass
class Item:
    path: str
    field: str | None  # the form field it is shown beside
    label: str
    value: str  # as extracted, for reading
    evidence: list[dict]
    conflict: bool
    state: str
    accepted: bool
    choice: str | None = None  # for a disagreement: the option now in force ("0", "other", "omit")

    @property
    def anchor(self) -> str:
        return "fact-" + self.path.replace(".", "-")

    @property
    def todo(self) -> bool:
        return self.state == UNREVIEWED

    @property
    def state_text(self) -> str:
        return STATE_TEXT[self.state]

    @property
    def shown(self) -> list[str]:
        """Each piece of evidence's value as the author reads it."""
        return [display(e.get("value")) for e in self.evidence]


@dataclass
class Review:
    items: list[Item]
    sources: list = field(default_factory=list)
    by_field: dict[str, list[Item]] = field(default_factory=dict)

    def __post_init__(self):
        for item in self.items:
            if item.field:
                self.by_field.setdefault(item.field, []).append(item)

    @property
    def todo(self) -> list[Item]:
        return [item for item in self.items if item.todo]

    @property
    def loose(self) -> list[Item]:
        """Items with no form field to sit beside."""
        return [item for item in self.items if not item.field]

    def source(self, number) -> str:
        """'Source 2: The Reel Dispatch' for a 1-based source number."""
        row = self.sources[number - 1] if isinstance(number, int) and 0 < number <= len(self.sources) else None
        publisher = row.get("publisher") if isinstance(row, dict) else None
        return f"Source {number}: {publisher}" if publisher else f"Source {number}"


def _label(path: str) -> str:
    p = parse(path)
    if p is None:
        return path
    name = LABELS.get(p.name, p.name.replace("_", " ").capitalize())
    return f"{'Cast member' if p.rows == 'cast' else 'Filming place'} {p.index + 1}: {name}" if p.rows else name


def review(data: dict, extracted: dict, evidence: dict, conflicts: dict, reviewed: list) -> Review:
    """Every extracted value with its evidence and whether the author has reviewed it."""
    marks = set(reviewed)
    items = []
    for path in sorted({*evidence, *conflicts}, key=order):
        if path in conflicts:
            options = conflicts[path]
            choice = next((str(i) for i, o in enumerate(options) if present(data, path, o.get("value"))), None)
            listed = parse(path) is not None and parse(path).is_item
            if choice is None and not listed and normal(value_at(data, path)) is not None:
                choice = "other"
            if choice is None and path in marks:
                choice = "omit"
            state = {None: UNREVIEWED, "omit": "left out"}.get(choice, "chosen")
            items.append(Item(path, form_field(path), _label(path), "", options, True, state, False, choice))
            continue
        value = extracted.get(path)
        edited = not present(data, path, value)
        state = "edited" if edited else "accepted" if path in marks else UNREVIEWED
        items.append(
            Item(path, form_field(path), _label(path), display(value), evidence[path], False, state, path in marks)
        )
    sources = data.get("sources")
    return Review(items, sources if isinstance(sources, list) else [])
