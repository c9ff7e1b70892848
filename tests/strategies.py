"""Hypothesis strategies for random but valid season packs, tagged or not."""

from __future__ import annotations

from hypothesis import strategies as st

from quiz.core.dates import PartialDate
from quiz.core.pack import (
    CAST_STATUSES,
    CastMember,
    Credit,
    Episodes,
    Filming,
    Franchise,
    Pack,
    Person,
    Relation,
    Setting,
    Source,
)
from quiz.core.text import norm
from quiz.core.world import Pool

FIRST = ["Ana", "José", "Zoë", "Björn", "Chloé", "Seán", "Mía", "O'Neil", "Li", "Ngozi", "Ayşe", "Łukasz"]
LAST = ["Pérez", "Smith", "Núñez", "Kowalski", "D'Arcy", "Okafor", "Müller", "Ito", "García Márquez", "Ó Sé"]
WORDS = ["The", "Last", "Night", "Cartel", "Summer", "‘El Jefe’", "River", "Kings", "Of", "Glass", "Dawn", "Echo"]
PLACES = ["Ciudad de México", "Guadalajara", "Seville", "Cape Town", "Reykjavík", "Oaxaca", "Lagos", "Kyoto", "Hull"]
COUNTRIES = ["Mexico", "United States", "Spain", "Norway"]

names = st.builds("{} {}".format, st.sampled_from(FIRST), st.sampled_from(LAST))
long_names = st.builds(lambda first, last: f"{first} {last}-{'y' * 150}", st.sampled_from(FIRST), st.sampled_from(LAST))
person = st.one_of(names, names, names, long_names)
title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
pronouns = st.sampled_from([None, "he", "she", "she", "he"])

# A tagged pool of the kind questions/pools holds, for the countries above.
POOL = Pool.of(
    actors=[
        {"name": "Pedro Pascal", "pronouns": "he", "country": ["United States", "Mexico"]},
        {"name": "Oscar Isaac", "pronouns": "he", "country": ["United States"]},
        {"name": "Kate del Castillo", "pronouns": "she", "country": ["Mexico", "United States"]},
        {"name": "Eiza González", "pronouns": "she", "country": ["Mexico"]},
        {"name": "Penélope Cruz", "pronouns": "she", "country": ["Spain"]},
        {"name": "Javier Bardem", "pronouns": "he", "country": ["Spain"]},
    ],
    places=[
        {"name": "Bogotá", "kind": "city", "country": ["Mexico", "Spain"]},
        {"name": "Madrid", "kind": "city", "country": ["Spain"]},
        {"name": "Lisbon", "kind": "city", "country": ["Spain", "Norway"]},
        {"name": "Monterrey", "kind": "city", "country": ["Mexico"]},
        {"name": "Pinewood Studios", "kind": "studio", "country": ["United States", "Norway"]},
    ],
    titles=[
        {"name": "Sicario", "kind": "film", "country": ["United States", "Mexico"]},
        {"name": "The Wire", "kind": "series", "country": ["United States"]},
        {"name": "Max Payne 3", "kind": "video game", "country": ["United States"]},
    ],
    people=[
        {"name": "Vince Gilligan", "pronouns": "he", "country": ["United States"], "group": "Breaking Bad"},
        {"name": "Peter Gould", "pronouns": "he", "country": ["United States"], "group": "Breaking Bad"},
        {"name": "David Simon", "pronouns": "he", "country": ["United States", "Mexico"], "group": "The Wire"},
        {"name": "Jenji Kohan", "pronouns": "she", "country": ["United States", "Mexico"], "group": "Weeds"},
    ],
    networks=[
        {"name": "HBO", "country": ["United States", "Mexico"]},
        {"name": "Hulu", "country": ["United States"]},
        {"name": "Movistar+", "country": ["Spain"]},
        {"name": "NRK1", "country": ["Norway"]},
    ],
)


@st.composite
def partial_dates(draw, low=2000, high=2030):
    year = draw(st.integers(low, high))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    return PartialDate(year, month, draw(st.integers(1, 28)) if precision == "day" else None)


credits = st.builds(
    Credit,
    title,
    st.sampled_from([None, "film", "series", "video game"]),
    st.one_of(st.none(), st.integers(1990, 2024)),
    st.one_of(st.none(), person),
)


@st.composite
def cast_members(draw):
    role = draw(st.one_of(st.none(), person, title))
    relations = ()
    if role is not None and draw(st.booleans()):
        relations = (Relation(draw(st.sampled_from(["wife", "husband", "brother", "mother"])), draw(person)),)
    return CastMember(
        actor=draw(person),
        role=role,
        known_for=tuple(draw(st.lists(credits, max_size=3, unique_by=lambda c: c.title.casefold()))),
        narrator=draw(st.booleans()) and draw(st.booleans()),
        status=draw(st.sampled_from(["confirmed", "confirmed", *CAST_STATUSES])),
        pronouns=draw(pronouns),
        role_pronouns=draw(st.one_of(st.none(), pronouns)),
        aliases=tuple(draw(st.lists(names, max_size=1))),
        based_on=draw(st.one_of(st.none(), st.none(), person)) if role else None,
        relations=relations,
    )


@st.composite
def filming(draw):
    start = draw(st.one_of(st.none(), partial_dates()))
    end = None
    if start is not None and draw(st.booleans()):
        end = draw(partial_dates(start.year, start.year + 1))
        if end < start:
            start, end = end, start
    status = draw(st.sampled_from(["confirmed", "unconfirmed"]))
    return Filming(draw(st.sampled_from(PLACES)), start, end, status, draw(st.sampled_from([None, "city", "studio"])))


def _actor_and_role(member: CastMember) -> tuple[str, str]:
    return norm(member.actor), norm(member.role or "")


@st.composite
def packs(draw, slug="random-pack"):
    renewed = draw(st.one_of(st.none(), partial_dates()))
    premiere = draw(st.one_of(st.none(), partial_dates()))
    if renewed and premiere and renewed > premiere:
        renewed, premiere = premiere, renewed
    episodes = draw(st.one_of(st.none(), st.builds(Episodes, st.integers(1, 30), st.booleans())))
    return Pack(
        slug=slug,
        title=draw(title),
        show=draw(title),
        season=draw(st.integers(1, 12)),
        label=draw(st.sampled_from([None, None, "Part 3", "Series 2"])),
        network=draw(st.sampled_from(["Netflix", "HBO", "Canal+", "Ñ Televisión", "BBC One"])),
        country=tuple(draw(st.lists(st.sampled_from(COUNTRIES), max_size=2, unique=True))),
        sources=(Source("An article", draw(st.sampled_from(["Example News", "Le Monde", "Diario Ñ"]))),),
        # The parser refuses the same actor twice in the same role, so the strategy never makes it.
        cast=tuple(draw(st.lists(cast_members(), min_size=1, max_size=9, unique_by=_actor_and_role))),
        premiere=premiere,
        renewed=renewed,
        creators=tuple(Person(n, draw(pronouns)) for n in draw(st.lists(person, max_size=3, unique=True))),
        episodes=episodes,
        filming=tuple(draw(st.lists(filming(), max_size=3))),
        cast_complete=draw(st.booleans()),
        franchise=tuple(Franchise("spin_off_of", t) for t in draw(st.lists(title, max_size=1))),
        setting=draw(st.one_of(st.none(), st.builds(Setting, st.sampled_from(PLACES)))),
    )
