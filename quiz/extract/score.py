"""Scoring a draft against the facts a careful person took from the same article.

Each fact is one unit: the show, the season, its label, the network, the premiere, the renewal,
the episode count, each creator, each cast member, each (actor, role), each (actor, credit title),
each filming place, each filming period. Statuses are scored apart: for every expected cast member
or place the draft found, is its status the same (confirmed when none is given)?
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..core.text import fold

TYPES = ["show", "season", "label", "network", "premiere", "renewed", "episodes", "creator", "actor", "role",
         "credit", "place", "period"]  # fmt: skip


def _text(value) -> str:
    return fold(str(value)).replace(".", "").strip()


def fact_units(data: dict, credits: bool = True) -> set[tuple]:
    facts = data.get("facts", {})
    units = {(key, _text(data[key])) for key in ("show", "season", "label", "network") if data.get(key) is not None}
    for key in ("premiere", "renewed", "episodes"):
        if facts.get(key) is not None:
            units.add((key, _text(facts[key])))
    for creator in facts.get("creators", []):
        units.add(("creator", _text(creator["name"] if isinstance(creator, dict) else creator)))
    for row in facts.get("cast", []):
        actor = _text(row["actor"])
        units.add(("actor", actor))
        if row.get("role"):
            units.add(("role", actor, _text(row["role"])))
        for credit in row.get("known_for", []) if credits else []:
            units.add(("credit", actor, _text(credit["title"] if isinstance(credit, dict) else credit)))
    for row in facts.get("filming", []):
        place = _text(row["place"])
        units.add(("place", place))
        if row.get("from") or row.get("to"):
            units.add(("period", place, _text(row.get("from", "")), _text(row.get("to", ""))))
    return units


def statuses(data: dict) -> dict[tuple, str]:
    facts = data.get("facts", {})
    found = {("actor", _text(r["actor"])): r.get("status", "confirmed") for r in facts.get("cast", [])}
    found |= {("place", _text(r["place"])): r.get("status", "confirmed") for r in facts.get("filming", [])}
    return found


@dataclass
class Score:
    right: Counter = field(default_factory=Counter)  # extracted and expected, per type
    extracted: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    status_right: int = 0
    status_total: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    def add(self, got: dict, want: dict, name: str = "", credits: bool = True) -> None:
        got_units, want_units = fact_units(got, credits), fact_units(want, credits)
        for unit in got_units:
            self.extracted[unit[0]] += 1
            if unit in want_units:
                self.right[unit[0]] += 1
            else:
                self.wrong.append((name, unit))
        for unit in want_units:
            self.expected[unit[0]] += 1
            if unit not in got_units:
                self.misses.append((name, unit))
        got_status, want_status = statuses(got), statuses(want)
        for key, status in want_status.items():
            if key in got_status:
                self.status_total += 1
                if got_status[key] == status:
                    self.status_right += 1
                else:
                    self.misses.append((name, ("status", *key, f"want {status}, got {got_status[key]}")))

    def precision(self, kind: str | None = None) -> float:
        right = self.right[kind] if kind else sum(self.right.values())
        extracted = self.extracted[kind] if kind else sum(self.extracted.values())
        return right / extracted if extracted else 1.0

    def recall(self, kind: str | None = None) -> float:
        right = self.right[kind] if kind else sum(self.right.values())
        expected = self.expected[kind] if kind else sum(self.expected.values())
        return right / expected if expected else 1.0

    def status_share(self) -> float:
        return self.status_right / self.status_total if self.status_total else 1.0
