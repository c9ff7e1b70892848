"""Between the pack form and pack data: fill the form from a pack, read a pack
from the form, and put the validator's problems next to the fields they name."""

from __future__ import annotations

import re

from ..core.pack import Problem

_ROW = re.compile(r"^(?:facts\.)?(sources|cast|filming|questions)\[(\d+)\](?:\.(\w+))?")
_FIELD_NAMES = {"from": "start", "to": "end"}


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _clean(value):
    return value.strip() if isinstance(value, str) and value.strip() else None


def _number(text: str | None):
    text = _clean(text)
    return int(text) if text and text.isdigit() else text


def _present(row: dict) -> bool:
    """A row with anything typed in it; status and narrator have defaults, so they don't count."""
    return any(_clean(v) for k, v in row.items() if k not in ("status", "narrator") and isinstance(v, str))


def form_to_data(form) -> dict:
    """Plain pack data from the form's fields; empty rows are left out."""
    d = form.data
    episodes = _number(d["episodes"])
    if isinstance(episodes, int) and d["episodes_at_least"]:
        episodes = {"at_least": episodes}
    facts = {
        "premiere": _clean(d["premiere"]),
        "renewed": _clean(d["renewed"]),
        "creators": _split(d["creators"]) or None,
        "episodes": episodes,
        "cast": [
            {
                "actor": _clean(row["actor"]),
                "role": _clean(row["role"]),
                "known_for": _split(row["known_for"]) or None,
                "narrator": bool(row["narrator"]),
                "status": row["status"],
            }
            for row in d["cast"]
            if _present(row)
        ],
        "filming": [
            {
                "place": _clean(row["place"]),
                "from": _clean(row["start"]),
                "to": _clean(row["end"]),
                "status": row["status"],
            }
            for row in d["filming"]
            if _present(row)
        ],
    }
    data = {
        "slug": _clean(d["slug"]),
        "title": _clean(d["title"]),
        "show": _clean(d["show"]),
        "season": _number(d["season"]),
        "network": _clean(d["network"]),
        "description": _clean(d["description"]),
        "sources": [
            {k: _clean(row[k]) for k in ("title", "publisher", "url", "date")} for row in d["sources"] if _present(row)
        ],
        "facts": facts,
        "questions": [
            {
                "prompt": _clean(row["prompt"]),
                "answer": _clean(row["answer"]),
                "wrong": _split(row["wrong"]),
                "explanation": _clean(row["explanation"]),
            }
            for row in d["questions"]
            if _present(row)
        ],
    }
    return _drop_none(data)


def _drop_none(value):
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def data_to_form(data: dict) -> dict:
    """Form data from plain pack data (as pack_to_data gives it)."""
    facts = data.get("facts", {})
    episodes = facts.get("episodes")
    at_least = isinstance(episodes, dict)
    return {
        "slug": data.get("slug"),
        "title": data.get("title"),
        "show": data.get("show"),
        "season": str(data.get("season", "")),
        "network": data.get("network"),
        "description": data.get("description"),
        "premiere": facts.get("premiere"),
        "renewed": facts.get("renewed"),
        "creators": "; ".join(facts.get("creators", [])),
        "episodes": str(episodes["at_least"] if at_least else episodes or ""),
        "episodes_at_least": at_least,
        "sources": data.get("sources", []),
        "cast": [
            {**row, "known_for": "; ".join(row.get("known_for", [])), "status": row.get("status", "confirmed")}
            for row in facts.get("cast", [])
        ],
        "filming": [
            {
                "place": row["place"],
                "start": row.get("from"),
                "end": row.get("to"),
                "status": row.get("status", "confirmed"),
            }
            for row in facts.get("filming", [])
        ],
        "questions": [{**row, "wrong": "; ".join(row.get("wrong", []))} for row in data.get("questions", [])],
    }


def field_name(problem_field: str) -> str:
    """The form field a validator problem belongs to, e.g. facts.cast[2].status → cast-2-status.

    Empty rows were dropped from the data, so row numbers are mapped back to the form's rows.
    """
    match = _ROW.match(problem_field)
    if match:
        rows, index, name = match[1], int(match[2]), match[3]
        return f"{rows}-{index}-{_FIELD_NAMES.get(name, name)}" if name else f"{rows}-{index}"
    head = problem_field.removeprefix("facts.").split(".")[0].split("[")[0]
    return head


def attach_problems(form, problems: list[Problem], kept_rows: dict[str, list[int]]) -> list[str]:
    """Add each problem to its field's errors; return those that fit no field, for the summary."""
    loose = []
    for problem in problems:
        name = field_name(problem.field)
        match = re.match(r"^(sources|cast|filming|questions)-(\d+)(?:-(\w+))?$", name)
        field = None
        if match:
            entries = getattr(form, match[1]).entries
            kept = kept_rows.get(match[1], [])
            position = kept[int(match[2])] if int(match[2]) < len(kept) else None
            if position is not None and match[3]:
                field = getattr(entries[position].form, match[3], None)
        else:
            field = getattr(form, name, None)
        if field is not None and hasattr(field, "errors"):
            field.errors = [*field.errors, problem.message]
        else:
            loose.append(f"{problem.field}: {problem.message}" if problem.field else problem.message)
    return loose


def kept_rows(form) -> dict[str, list[int]]:
    """For each row list, the positions of the rows that went into the data (non-empty ones)."""
    return {
        name: [i for i, entry in enumerate(getattr(form, name).entries) if _present(entry.data)]
        for name in ("sources", "cast", "filming", "questions")
    }
