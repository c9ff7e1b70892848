"""A season's facts, as frozen dataclasses: what the pack file format holds.

`packread.py` reads YAML-shaped data into these, reporting every problem with
its file, line and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import PartialDate
from .text import norm

# Who appears this season: `confirmed` returns, `new` joins, `flashback_only` is confirmed to appear
# only in flashbacks. `departed` is confirmed NOT to return. `unconfirmed` and `flashback` (may appear,
# at most in flashbacks) are hedged: never asked as certain.
CAST_STATUSES = ("confirmed", "new", "unconfirmed", "flashback", "flashback_only", "departed")
IN_SEASON = ("confirmed", "new", "flashback_only")
FILMING_STATUSES = ("confirmed", "unconfirmed")
PRONOUNS = ("he", "she", "they")
PLACE_KINDS = ("city", "region", "country", "studio", "landmark")
MEDIA = ("film", "series", "video game", "documentary", "short film", "play")
# Season-wide facts whose source a pack can name in `facts.cite`; rows name theirs with `source`.
CITED_FACTS = ("premiere", "renewed", "network", "episodes", "creators", "setting", "franchise")
FRANCHISE_LINKS = {"spin_off_of": "a spin-off of", "prequel_to": "a prequel to", "sequel_to": "a sequel to"}
# Read "<character> is the wife of <other character>". Only relations that one character alone can
# hold towards the other are asked ("Who is the wife of Kiki?"): with "son of", any other character
# might be a son too.
RELATIONS = ("wife", "husband", "partner", "father", "mother", "son", "daughter", "brother", "sister")
EXCLUSIVE_RELATIONS = ("wife", "husband", "partner", "father", "mother")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A nickname inside a name, 'Joaquín ‘El Chapo’ Guzmán': both the short name and the nickname are aliases.
QUOTED = re.compile(r"\s*[‘'\"“]([^’'\"”]+)[’'\"”]\s*")


def derived_aliases(name: str) -> tuple[str, ...]:
    """Other ways fans write a name: without its quoted nickname, and the nickname alone."""
    match = QUOTED.search(name)
    if not match:
        return ()
    plain = " ".join(QUOTED.sub(" ", name).split())
    return tuple(dict.fromkeys(a for a in (plain, match[1].strip()) if a and a != name))


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    url: str | None = None
    date: PartialDate | None = None

    @property
    def heading(self) -> str:
        """'“Title”, Publisher': what a reader of the pack's page sees of the source first."""
        return f"“{self.title}”, {self.publisher}"

    def citation(self) -> str:
        """The heading, with the address when there is one: what an explanation cites. No date: an
        article dated the day a season premiered would give the premiere away in other questions."""
        return f"{self.heading} ({self.url})" if self.url else self.heading


@dataclass(frozen=True)
class Credit:
    """Another title an actor was in; medium, year and role only when the source gives them."""

    title: str
    medium: str | None = None
    year: int | None = None
    role: str | None = None
    source: int | None = None  # 1-based, into the pack's sources, when not the first source


@dataclass(frozen=True)
class Relation:
    relation: str  # "wife", read "<this character> is the wife of <of>"
    of: str


@dataclass(frozen=True)
class CastMember:
    actor: str
    role: str | None = None
    known_for: tuple[Credit, ...] = ()
    narrator: bool = False
    status: str = "confirmed"
    pronouns: str | None = None
    role_pronouns: str | None = None
    aliases: tuple[str, ...] = ()
    based_on: str | None = None
    relations: tuple[Relation, ...] = ()
    # 1-based: the sources that state this row, when not the first (two when none states it all).
    sources: tuple[int, ...] = ()

    @property
    def certain(self) -> bool:
        """Certainly in this season."""
        return self.status in IN_SEASON

    @property
    def character_pronouns(self) -> str | None:
        return self.role_pronouns or self.pronouns

    @property
    def names(self) -> tuple[str, ...]:
        return (self.actor, *self.aliases, *derived_aliases(self.actor))


@dataclass(frozen=True)
class Person:
    name: str
    pronouns: str | None = None
    aliases: tuple[str, ...] = ()
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Filming:
    place: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    status: str = "confirmed"
    kind: str | None = None
    country: str | None = None  # where the place is: wrong options are then places of that country
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Episodes:
    count: int
    at_least: bool = False


@dataclass(frozen=True)
class Franchise:
    link: str  # one of FRANCHISE_LINKS
    show: str


@dataclass(frozen=True)
class Setting:
    city: str | None = None
    era: str | None = None
    country: str | None = None  # the city's country


@dataclass(frozen=True)
class HandQuestion:
    prompt: str
    answer: str
    wrong: tuple[str, ...]
    explanation: str | None = None


@dataclass(frozen=True)
class Pack:
    slug: str
    title: str
    show: str
    season: int
    network: str
    sources: tuple[Source, ...]
    cast: tuple[CastMember, ...]
    description: str | None = None
    label: str | None = None
    country: tuple[str, ...] = ()
    premiere: PartialDate | None = None
    renewed: PartialDate | None = None
    creators: tuple[Person, ...] = ()
    episodes: Episodes | None = None
    filming: tuple[Filming, ...] = ()
    cast_complete: bool = False
    franchise: tuple[Franchise, ...] = ()
    setting: Setting | None = None
    questions: tuple[HandQuestion, ...] = ()
    # Which source states a season-wide fact, when not the first: (("premiere", 2), ...).
    cite: tuple[tuple[str, int], ...] = ()
    origin: str = field(default="<pack>", compare=False)

    @property
    def season_label(self) -> str:
        """The show's own name for the season: 'Season 2', 'Part 3', 'Series 2', 'Book One'."""
        return self.label or f"Season {self.season}"

    @property
    def creator_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.creators)

    def cited(self, fact: str) -> int:
        """The 1-based number of the source that states a season-wide fact (see CITED_FACTS)."""
        return dict(self.cite).get(fact, 1)

    @property
    def searchable(self) -> str:
        """What the shelf's search looks in: the show, the title, the network and every actor and
        character, compared without case or accents."""
        words = [self.show, self.title, self.network, self.label or ""]
        words += [name for member in self.cast for name in (member.actor, member.role or "")]
        return norm(" | ".join(word for word in words if word))


@dataclass(frozen=True)
class Problem:
    origin: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PackError(Exception):
    """One or more problems; str() gives one line per problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
