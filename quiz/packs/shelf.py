"""The shelf on the home page: published packs to search by show, actor or character, filter by
network and year, and sort by show, newest or most played, with a show's seasons kept together."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import func, select

from ..core.text import norm
from ..extensions import db
from ..models import Game, Pack
from .access import with_question_counts

SORTS = {"show": "Show A–Z", "newest": "Newest", "played": "Most played"}
QUERY_MAX = 100


@dataclass(frozen=True)
class Card:
    pack: Pack
    questions: int
    games: int


@dataclass
class Show:
    """One show on the shelf with its seasons, in season order."""

    name: str
    cards: list[Card] = field(default_factory=list)

    @property
    def newest(self) -> str:
        return max((c.pack.premiere or "" for c in self.cards), default="")

    @property
    def games(self) -> int:
        return sum(c.games for c in self.cards)


@dataclass
class Page:
    shows: list[Show]
    number: int
    pages: int
    found: int  # seasons that match


def shelf_page(
    query: str = "", network: str = "", year: str = "", sort: str = "show", page: int = 1, per_page: int = 12
) -> Page:
    """One page of the shelf. Unknown filters match nothing rather than failing; the page is clamped."""
    conditions = [Pack.published]
    words = norm(query[:QUERY_MAX]).split()
    conditions += [Pack.search_text.contains(word, autoescape=True) for word in words]
    if network:
        conditions.append(Pack.network == network)
    if year:
        conditions.append(Pack.premiere.startswith(year, autoescape=True))
    games = (
        select(Game.pack_id, func.count().label("games"))
        .where(Game.finished_at.is_not(None))
        .group_by(Game.pack_id)
        .subquery()
    )
    query = (
        with_question_counts(*conditions)
        .add_columns(func.coalesce(games.c.games, 0))
        .outerjoin(games, games.c.pack_id == Pack.id)
        .order_by(Pack.show, Pack.season, Pack.title)
    )
    # A pack without questions can't be played, so it stays off the shelf.
    rows = [row for row in db.session.execute(query) if row[1]]
    shows = [Show(name, [Card(*row) for row in seasons]) for name, seasons in groupby(rows, key=lambda r: r[0].show)]
    if sort == "newest":
        shows.sort(key=lambda s: s.newest, reverse=True)
    elif sort == "played":
        shows.sort(key=lambda s: s.games, reverse=True)
    pages = max(1, -(-len(shows) // per_page))
    number = min(max(page, 1), pages)
    start = (number - 1) * per_page
    return Page(shows[start : start + per_page], number, pages, len(rows))


def filter_choices() -> tuple[list[str], list[str]]:
    """The networks and premiere years of published packs, for the filters."""
    networks = db.session.scalars(select(Pack.network).where(Pack.published).distinct().order_by(Pack.network))
    premieres = db.session.scalars(select(Pack.premiere).where(Pack.published, Pack.premiere.is_not(None)))
    return list(networks), sorted({p[:4] for p in premieres}, reverse=True)
