"""What the generator may rely on: the packs being played together, plus a pool.

"Truth" is judged against every pack in the world, so a distractor is dropped
as soon as any pack states it as a fact of the same season (or, for an actor's
credits, of anyone). Everything is indexed once, so generating questions for
thousands of packs stays linear.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .pack import CastMember, Pack

POOL_KINDS = ("actors", "places", "titles", "people", "networks")


@lru_cache(maxsize=1 << 18)
def norm(text: str) -> str:
    """Compare names the way a reader would: case and accents do not matter."""
    if text.isascii():
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def mentions(text: str, name: str) -> bool:
    """Whether `name` appears in `text` as whole words, ignoring case and accents."""
    needle, haystack = norm(name), norm(text)
    if not needle:
        return False
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if (start == 0 or not haystack[start - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            return True
        start = haystack.find(needle, start + 1)
    return False


@dataclass(frozen=True)
class Pool:
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()


def load_pool(folder: Path) -> Pool:
    entries: dict[str, list[str]] = {kind: [] for kind in POOL_KINDS}
    if folder.is_dir():
        for path in sorted(folder.glob("*.y*ml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for kind in POOL_KINDS:
                entries[kind].extend(str(item) for item in data.get(kind, []) or [])
    return Pool(**{kind: tuple(values) for kind, values in entries.items()})


class World:
    def __init__(self, packs: list[Pack], pool: Pool | None = None):
        self.packs = list(packs)
        self.pool = pool or Pool()
        self._seasons: dict[tuple[str, int], list[Pack]] = defaultdict(list)
        self._shows: dict[str, list[Pack]] = defaultdict(list)
        self._credits: dict[str, set[str]] = defaultdict(set)
        # World-wide vocabularies, in pack order, for wrong options beyond a pack's own.
        self.actors: list[str] = []
        self.roles: list[str] = []
        self.titles: list[str] = []
        self.places: list[str] = []
        self.creators: list[str] = []
        self.networks: list[str] = []
        for pack in self.packs:
            self._seasons[(norm(pack.show), pack.season)].append(pack)
            self._shows[norm(pack.show)].append(pack)
            self.networks.append(pack.network)
            self.creators.extend(pack.creators)
            self.places.extend(f.place for f in pack.filming)
            for member in pack.cast:
                self._credits[norm(member.actor)].update(norm(t) for t in member.known_for)
                self.titles.extend(member.known_for)
                if member.certain:
                    self.actors.append(member.actor)
                if member.role:
                    self.roles.append(member.role)

    def season_packs(self, pack: Pack) -> list[Pack]:
        """Packs about the same season: they all state facts about it."""
        return self._seasons.get((norm(pack.show), pack.season)) or [pack]

    def show_packs(self, pack: Pack) -> list[Pack]:
        return self._shows.get(norm(pack.show)) or [pack]

    def season_cast(self, pack: Pack) -> list[CastMember]:
        return [member for p in self.season_packs(pack) for member in p.cast]

    def credits(self, actor: str) -> set[str]:
        return self._credits.get(norm(actor), set())
