"""Lint checks that a question's options are of one kind: the same pronouns, kind of place and medium,
from shows that fit the pack, no two from one other show, and places of the answer's country."""

from __future__ import annotations

from collections import Counter

from .pack import Pack
from .questions import Question
from .text import norm
from .world import World

# The world's list of names each answer type draws its options from.
VOCABULARY = {
    "actor": "actors",
    "person": "people",
    "model": "models",
    "credit_role": "credit_roles",
    "role": "roles",
    "title": "titles",
    "place": "places",
    "network": "networks",
}


def homogeneity(q: Question, pack: Pack, world: World):
    """Flaw 2: options of one kind (pronouns, kind of place, medium), from fitting shows, one per other show."""
    vocabulary = VOCABULARY.get(q.type)
    if vocabulary is None:
        return
    for options in q.sets:
        taggings = [world.taggings(vocabulary, o) for o in options]
        shared = set.intersection(*({e.tags() for e in found} for found in taggings if found)) if any(taggings) else {0}
        if not shared:
            yield "mixed-options", f"options of different kinds: {_describe(options, taggings)}"
        groups = Counter(_foreign_group(found, pack) for found in taggings if _foreign_group(found, pack))
        for group, count in groups.items():
            if count > 1 and q.type == "person":
                yield "mixed-options", f"{count} wrong options come from one other show ({group})"
        for option, found in zip(options, taggings, strict=True):
            if option == q.answer or not found or any(_fits(e, pack) for e in found):
                continue
            yield "mixed-options", f"'{option}' comes from a show of another country, which does not fit {pack.show}"
        if q.type == "place":
            yield from _one_country(q, options, taggings, pack)


def _one_country(q: Question, options, taggings, pack: Pack):
    """A place whose country the pack gives is offered among places of that country only."""
    where = [f.country for f in pack.filming if f.place == q.answer and f.country]
    if pack.setting and pack.setting.city == q.answer and pack.setting.country:
        where.append(pack.setting.country)
    if not where:
        return
    for option, found in zip(options, taggings, strict=True):
        if option != q.answer and found and not any(norm(where[0]) in map(norm, e.country) for e in found):
            yield "mixed-options", f"'{option}' is not in {where[0]}, where '{q.answer}' is"


def _foreign_group(found, pack: Pack) -> str | None:
    groups = {e.group for e in found if e.group}
    return next(iter(groups)) if len(groups) == 1 and norm(next(iter(groups))) != norm(pack.show) else None


def _fits(entry, pack: Pack) -> bool:
    same_show = entry.group and norm(entry.group) == norm(pack.show)
    return bool(same_show or set(map(norm, entry.country)) & set(map(norm, pack.country)))


def _describe(options, taggings) -> str:
    def tags(found):
        return " or ".join("/".join(t for t in e.tags() if t) or "untagged" for e in found) or "unknown"

    return ", ".join(f"{o} ({tags(found)})" for o, found in zip(options, taggings, strict=True))
