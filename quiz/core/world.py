"""What the generator may rely on: the packs being played together, plus a pool.

"Truth" is judged against every pack in the world, so a distractor is dropped
as soon as any pack states it as a fact of the same season (or, for an actor's
credits, of anyone). Wrong options must also belong with the answer: the same
pronouns, the same kind of place, the same medium, and from a show of the same
country. Everything is indexed once by those tags, so generating questions for
thousands of packs stays linear.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from .pack import CastMember, Pack
from .text import norm

POOL_KINDS = ("actors", "places", "titles", "people", "networks")


@dataclass(frozen=True)
class Entry:
    """A name that can be offered as an option, with the tags that say what it belongs with.

    `kind` is a place's kind (city, studio…) or a title's medium (film, series…); `country` lists
    the countries of the shows it fits; `group` is the show it comes from, so that two co-creators
    of one show are never offered together.
    """

    name: str
    pronouns: str | None = None
    kind: str | None = None
    country: tuple[str, ...] = ()
    group: str | None = None

    def tags(self) -> tuple[str | None, str | None]:
        return (self.pronouns, self.kind)


def _entry(item) -> Entry:
    if isinstance(item, dict):
        country = item.get("country") or ()
        return Entry(
            str(item["name"]),
            item.get("pronouns"),
            item.get("kind"),
            tuple(country) if isinstance(country, list) else (str(country),),
            item.get("group"),
        )
    return Entry(str(item))


@dataclass(frozen=True)
class Pool:
    actors: tuple[Entry, ...] = ()
    places: tuple[Entry, ...] = ()
    titles: tuple[Entry, ...] = ()
    people: tuple[Entry, ...] = ()
    networks: tuple[Entry, ...] = ()

    @classmethod
    def of(cls, **lists) -> Pool:
        """A pool from plain names or tagged mappings, as the pool files hold them."""
        return cls(**{kind: tuple(_entry(item) for item in items) for kind, items in lists.items()})


def load_pool(folder: Path) -> Pool:
    entries: dict[str, list] = {kind: [] for kind in POOL_KINDS}
    if folder.is_dir():
        for path in sorted(folder.glob("*.y*ml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for kind in POOL_KINDS:
                entries[kind].extend(data.get(kind, []) or [])
    return Pool.of(**entries)


class World:
    def __init__(self, packs: list[Pack], pool: Pool | None = None):
        self.packs = list(packs)
        self.pool = pool or Pool()
        self._seasons: dict[tuple[str, int], list[Pack]] = defaultdict(list)
        self._shows: dict[str, list[Pack]] = defaultdict(list)
        self._credits: dict[str, set[str]] = defaultdict(set)
        self._actor_packs: dict[str, list[Pack]] = defaultdict(list)
        # Every name the world can offer, by vocabulary, then by tags and country, for wrong options
        # beyond a pack's own; a name found twice keeps its first tags.
        self._index: dict[str, dict[tuple, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        # Every tagging a name was given: two shows may call one title a film and a series.
        self.entries: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        for pack in self.packs:
            self._seasons[(norm(pack.show), pack.season)].append(pack)
            self._shows[norm(pack.show)].append(pack)
            for member in pack.cast:
                self._credits[norm(member.actor)].update(norm(c.title) for c in member.known_for)
                self._actor_packs[norm(member.actor)].append(pack)
        for vocabulary, entries in self._pack_entries():
            for entry in entries:
                self._add(vocabulary, entry)
        for vocabulary in POOL_KINDS:
            for entry in getattr(self.pool, vocabulary):
                self._add(vocabulary, entry)
        self._premieres = sorted((p.premiere.sort_key(), i) for i, p in enumerate(self.packs) if p.premiere)

    def nearest_premieres(self, pack: Pack, count: int = 6) -> list[Pack]:
        """Packs of other shows whose premiere is nearest this pack's: a bisection, not a scan."""
        if not pack.premiere:
            return []
        at = bisect.bisect_left(self._premieres, (pack.premiere.sort_key(), -1))
        window = self._premieres[max(0, at - 4 * count) : at + 4 * count]
        others = [self.packs[i] for _, i in window if norm(self.packs[i].show) != norm(pack.show)]
        return sorted(others, key=lambda p: abs(p.premiere.ordinal() - pack.premiere.ordinal()))[:count]

    def _pack_entries(self):
        for pack in self.packs:
            country, show = pack.country, pack.show
            yield "networks", [Entry(pack.network, country=country, group=show)]
            yield "people", [Entry(p.name, p.pronouns, country=country, group=show) for p in pack.creators]
            yield (
                "places",
                [
                    Entry(f.place, kind=f.kind, country=(f.country,) if f.country else country, group=show)
                    for f in pack.filming
                ],
            )
            if pack.setting and pack.setting.city:
                where = (pack.setting.country,) if pack.setting.country else country
                yield "places", [Entry(pack.setting.city, kind="city", country=where, group=show)]
            yield "titles", [Entry(link.show, kind="series", country=country, group=show) for link in pack.franchise]
            yield (
                "models",
                [Entry(m.based_on, m.character_pronouns, country=country, group=show) for m in pack.cast if m.based_on],
            )
            yield "actors", [Entry(m.actor, m.pronouns, country=country, group=show) for m in pack.cast]
            yield "roles", [Entry(m.role, m.character_pronouns, group=show) for m in pack.cast if m.role]
            yield (
                "credit_roles",
                [
                    Entry(c.role, m.pronouns, country=country, group=show)
                    for m in pack.cast
                    for c in m.known_for
                    if c.role
                ],
            )
            yield (
                "titles",
                [Entry(c.title, kind=c.medium, country=country, group=show) for m in pack.cast for c in m.known_for],
            )

    def _add(self, vocabulary: str, entry: Entry) -> None:
        known = self.entries[vocabulary][norm(entry.name)]
        if any(e.tags() == entry.tags() and e.group == entry.group for e in known):
            return
        known.append(entry)
        for country in entry.country:
            self._index[vocabulary][(*entry.tags(), norm(country))].append(entry)

    def entry(self, vocabulary: str, name: str) -> Entry | None:
        """The first tagging of a name."""
        found = self.entries[vocabulary].get(norm(name))
        return found[0] if found else None

    def taggings(self, vocabulary: str, name: str) -> list[Entry]:
        return self.entries[vocabulary].get(norm(name), [])

    def fitting(self, vocabulary: str, pack: Pack, like: Entry) -> list[list[Entry]]:
        """Lists of names that share `like`'s tags, from `like`'s own country when it has one (a place
        in Mexico among other Mexican places), or else from shows of the pack's countries."""
        return [self._index[vocabulary].get((*like.tags(), norm(c)), []) for c in like.country or pack.country]

    def packs_with_actors(self, actors) -> list[Pack]:
        """Packs whose cast lists any of these normalised names."""
        found = {id(p): p for name in actors for p in self._actor_packs.get(name, ())}
        return list(found.values())

    def season_packs(self, pack: Pack) -> list[Pack]:
        """Packs about the same season: they all state facts about it."""
        return self._seasons.get((norm(pack.show), pack.season)) or [pack]

    def show_packs(self, pack: Pack) -> list[Pack]:
        return self._shows.get(norm(pack.show)) or [pack]

    def season_cast(self, pack: Pack) -> list[CastMember]:
        return [member for p in self.season_packs(pack) for member in p.cast]

    def credits(self, actor: str) -> set[str]:
        return self._credits.get(norm(actor), set())
