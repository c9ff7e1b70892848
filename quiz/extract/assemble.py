"""Claims from one or more articles into pack data, with a field path for each value's evidence
and the fields the articles disagree on left empty as conflicts."""

from __future__ import annotations

from dataclasses import replace

from ..core.limits import MAX_ITEMS, MAX_ROWS
from .draft import Evidence

STATUS_ORDER = ["flashback_only", "flashback", "departed", "unconfirmed", "new"]


def _agree(key: tuple, evidence: list[Evidence]) -> tuple[object, list[Evidence], list[Evidence]]:
    """(value, its evidence, conflicting evidence) for one field across articles."""
    if key[-1] == "status":
        best = min(evidence, key=lambda e: STATUS_ORDER.index(e.value))
        return best.value, [e for e in evidence if e.value == best.value], []
    values: dict[str, list[Evidence]] = {}
    for item in evidence:
        values.setdefault(_comparable(item.value), []).append(item)
    keys = list(values)
    # A date at month precision agrees with the same month's day: keep the more precise.
    if (
        all(isinstance(e.value, str) for e in evidence)
        and key[0] in ("premiere", "renewed")
        or key[-1] in ("from", "to")
    ):
        longest = max(keys, key=len)
        if all(longest.startswith(k) for k in keys):
            return values[longest][0].value, [e for k in keys for e in values[k]], []
    if len(keys) == 1 or key[-2:-1] == ("known_for",) or key[-1] in ("actor", "place", "narrator"):
        return evidence[0].value, evidence, []
    return None, [], [group[0] for group in values.values()]


def _comparable(value) -> str:
    return str(value).casefold()


def assemble(claims: dict[tuple, list[Evidence]]) -> tuple[dict, dict, dict]:
    data: dict = {}
    facts: dict = {}
    evidence: dict[str, list[Evidence]] = {}
    conflicts: dict[str, list[Evidence]] = {}

    def settle(key: tuple, path: str):
        value, support, disagree = _agree(key, claims[key])
        if disagree:
            conflicts[path] = disagree
        elif support:
            evidence[path] = support
        return value

    for field in ("show", "season", "label", "network"):
        if (field,) in claims and (value := settle((field,), field)) is not None:
            data[field] = value
    for field in ("premiere", "renewed", "episodes"):
        if (field,) in claims and (value := settle((field,), field)) is not None:
            facts[field] = value
    creators = [key for key in claims if key[0] == "creators"][:MAX_ITEMS]
    if creators:
        facts["creators"] = [settle(key, f"creators.{i}") for i, key in enumerate(creators)]
    # A pack holds at most MAX_ROWS of each; a draft never offers more than the author could keep.
    cast_keys = list(dict.fromkeys(key[1] for key in claims if key[0] == "cast"))[: MAX_ROWS["cast"]]
    credits: dict[str, list[tuple]] = {}
    for key in claims:
        if key[0] == "cast" and key[2] == "known_for":
            credits.setdefault(key[1], []).append(key)
    if cast_keys:
        facts["cast"] = [
            _cast_row(claims, actor, i, settle, credits.get(actor, [])) for i, actor in enumerate(cast_keys)
        ]
        # A credit's evidence shows the value as the pack holds it: a title, or title and role.
        for i, row in enumerate(facts["cast"]):
            for j, value in enumerate(row.get("known_for", [])):
                path = f"cast.{i}.known_for.{j}"
                evidence[path] = [replace(e, value=value) for e in evidence.get(path, [])]
    places = list(dict.fromkeys(key[1] for key in claims if key[0] == "filming"))[: MAX_ROWS["filming"]]
    if places:
        facts["filming"] = [_filming_row(claims, place, i, settle) for i, place in enumerate(places)]
        for i, place in enumerate(places):
            if facts["filming"][i].get("status"):
                said = claims[("filming", place, "place")][0]
                evidence[f"filming.{i}.status"] = [replace(said, value="unconfirmed")]
    notes = [claims[key][0] for key in claims if key[0] == "crew"]
    if facts:
        data["facts"] = facts
    if notes:
        data["notes"] = [{"value": n.value, "sentence": n.sentence} for n in notes]
    return data, evidence, conflicts


def _cast_row(claims, actor: str, i: int, settle, credits: list[tuple]) -> dict:
    row: dict = {"actor": settle(("cast", actor, "actor"), f"cast.{i}.actor")}
    if ("cast", actor, "role") in claims and (role := settle(("cast", actor, "role"), f"cast.{i}.role")):
        row["role"] = role
    credits = credits[:MAX_ITEMS]
    if credits:
        row["known_for"] = []
        for j, key in enumerate(credits):
            credit = settle(key, f"cast.{i}.known_for.{j}")
            source = claims[key][0].source
            value = (
                {"title": credit["title"], "role": credit["role"], "source": source}
                if credit["role"]
                else credit["title"]
            )
            row["known_for"].append(value)
    if ("cast", actor, "narrator") in claims:
        row["narrator"] = bool(settle(("cast", actor, "narrator"), f"cast.{i}.narrator"))
    if ("cast", actor, "status") in claims:
        row["status"] = settle(("cast", actor, "status"), f"cast.{i}.status")
    return row


def _filming_row(claims, place: str, i: int, settle) -> dict:
    row: dict = {"place": settle(("filming", place, "place"), f"filming.{i}.place")}
    if "Studios" in row["place"] or "Studio" in row["place"]:
        row["kind"] = "studio"
    for end in ("from", "to"):
        if ("filming", place, end) in claims and (value := settle(("filming", place, end), f"filming.{i}.{end}")):
            row[end] = value
    if all(e.hedge for e in claims[("filming", place, "place")]):
        row["status"] = "unconfirmed"
    return row
