"""Between the pack form and pack data: fill the form from a pack, read a pack
from the form, and put the validator's problems next to the fields they name."""

from __future__ import annotations

import json
import re

from ..core.pack import Problem

# Fields of the pack format that the form does not show; they ride along in hidden fields.
PACK_MORE = ("cast_complete", "setting", "spin_off_of", "prequel_to", "sequel_to", "cite")
CAST_MORE = ("aliases", "role_pronouns", "based_on", "relations", "source")
FILMING_MORE = ("source",)

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
    """A row with anything typed in it; status, narrator and hidden fields don't count."""
    ignored = ("status", "narrator", "more", "pronouns", "kind")
    return any(_clean(v) for k, v in row.items() if k not in ignored and isinstance(v, str))


def _more(text: str | None) -> dict:
    """Hidden form data comes back from the browser: anything but a JSON object is ignored."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _people(names: list[str], details) -> list | None:
    """Creators as typed, with the pronouns and aliases the file gave each name that is still there."""
    details = details if isinstance(details, dict) else {}
    return [
        details[n] if isinstance(details.get(n), dict) and details[n].get("name") == n else n for n in names
    ] or None


def _credits(titles: list[str], details: dict):
    """Known-for titles as typed, with the details the file gave each title that is still there."""
    return [{"title": t, **details[t]} if isinstance(details.get(t), dict) else t for t in titles] or None


def form_to_data(form) -> dict:
    """Plain pack data from the form's fields; empty rows are left out."""
    d = form.data
    episodes = _number(d["episodes"])
    if isinstance(episodes, int) and d["episodes_at_least"]:
        episodes = {"at_least": episodes}
    facts = {
        "premiere": _clean(d["premiere"]),
        "renewed": _clean(d["renewed"]),
        "creators": _people(_split(d["creators"]), _more(d["more"]).get("creators")),
        "episodes": episodes,
        "cast": [_cast_data(row) for row in d["cast"] if _present(row)],
        "filming": [
            {
                "place": _clean(row["place"]),
                "kind": _clean(row["kind"]),
                "country": _clean(row["country"]),
                "from": _clean(row["start"]),
                "to": _clean(row["end"]),
                "status": row["status"],
                **{k: v for k, v in _more(row["more"]).items() if k in FILMING_MORE},
            }
            for row in d["filming"]
            if _present(row)
        ],
        **{k: v for k, v in _more(d["more"]).items() if k in PACK_MORE},
    }
    data = {
        "slug": _clean(d["slug"]),
        "title": _clean(d["title"]),
        "show": _clean(d["show"]),
        "season": _number(d["season"]),
        "label": _clean(d["label"]),
        "network": _clean(d["network"]),
        "country": _split(d["country"]) or None,
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


def _cast_data(row: dict) -> dict:
    more = _more(row["more"])
    details = more.get("credits") if isinstance(more.get("credits"), dict) else {}
    return {
        "actor": _clean(row["actor"]),
        "pronouns": _clean(row["pronouns"]),
        "role": _clean(row["role"]),
        "known_for": _credits(_split(row["known_for"]), details),
        "narrator": bool(row["narrator"]),
        "status": row["status"],
        **{k: v for k, v in more.items() if k in CAST_MORE},
    }


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
        "label": data.get("label"),
        "network": data.get("network"),
        "country": "; ".join(data.get("country", [])),
        "more": json.dumps(
            {k: facts[k] for k in PACK_MORE if k in facts}
            | {"creators": {c["name"]: c for c in facts.get("creators", []) if isinstance(c, dict)}},
            ensure_ascii=False,
        ),
        "description": data.get("description"),
        "premiere": facts.get("premiere"),
        "renewed": facts.get("renewed"),
        "creators": "; ".join(c["name"] if isinstance(c, dict) else c for c in facts.get("creators", [])),
        "episodes": str(episodes["at_least"] if at_least else episodes or ""),
        "episodes_at_least": at_least,
        "sources": data.get("sources", []),
        "cast": [_cast_form(row) for row in facts.get("cast", [])],
        "filming": [
            {
                "place": row.get("place"),
                "kind": row.get("kind", ""),
                "country": row.get("country"),
                "start": row.get("from"),
                "end": row.get("to"),
                "status": row.get("status", "confirmed"),
                "more": json.dumps({k: row[k] for k in FILMING_MORE if k in row}),
            }
            for row in facts.get("filming", [])
        ],
        "questions": [{**row, "wrong": "; ".join(row.get("wrong", []))} for row in data.get("questions", [])],
    }


def _cast_form(row: dict) -> dict:
    credits = row.get("known_for", [])
    titles = [c["title"] if isinstance(c, dict) else c for c in credits]
    details = {c["title"]: {k: v for k, v in c.items() if k != "title"} for c in credits if isinstance(c, dict)}
    more = {k: row[k] for k in CAST_MORE if k in row} | ({"credits": details} if details else {})
    return {
        "actor": row.get("actor"),
        "pronouns": row.get("pronouns", ""),
        "role": row.get("role"),
        "known_for": "; ".join(titles),
        "narrator": row.get("narrator", False),
        "status": row.get("status", "confirmed"),
        "more": json.dumps(more, ensure_ascii=False),
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
