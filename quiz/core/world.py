"""What the generator may rely on: the packs being played together, plus a pool.

"Truth" is judged against every pack in the world, so a distractor is dropped
as soon as any pack states it as a fact of the same season (or, for an actor's
credits, of anyone).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .pack import CastMember, Pack

POOL_KINDS = ("actors", "places", "titles", "people", "networks")


def norm(text: str) -> str:
    """Compare names the way a reader would: case and accents do not matter."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


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
        self._credits: dict[str, set[str]] = {}
        for pack in self.packs:
            for member in pack.cast:
                self._credits.setdefault(norm(member.actor), set()).update(norm(t) for t in member.known_for)

    def season_packs(self, pack: Pack) -> list[Pack]:
        """Packs about the same season: they all state facts about it."""
        return [p for p in self.packs if norm(p.show) == norm(pack.show) and p.season == pack.season] or [pack]

    def show_packs(self, pack: Pack) -> list[Pack]:
        return [p for p in self.packs if norm(p.show) == norm(pack.show)] or [pack]

    def season_cast(self, pack: Pack) -> list[CastMember]:
        return [member for p in self.season_packs(pack) for member in p.cast]

    def credits(self, actor: str) -> set[str]:
        return self._credits.get(norm(actor), set())

    def others(self, pack: Pack) -> list[Pack]:
        return [p for p in self.packs if p is not pack]
