"""Hypothesis strategies for random but valid season packs."""

from __future__ import annotations

from hypothesis import strategies as st

from quiz.core.dates import PartialDate
from quiz.core.pack import CastMember, Episodes, Filming, Pack, Source
from quiz.core.world import norm

FIRST = ["Ana", "José", "Zoë", "Björn", "Chloé", "Seán", "Mía", "O'Neil", "Li", "Ngozi", "Ayşe", "Łukasz"]
LAST = ["Pérez", "Smith", "Núñez", "Kowalski", "D'Arcy", "Okafor", "Müller", "Ito", "García Márquez", "Ó Sé"]
WORDS = ["The", "Last", "Night", "Cartel", "Summer", "‘El Jefe’", "River", "Kings", "Of", "Glass", "Dawn", "Echo"]
PLACES = ["Ciudad de México", "Guadalajara", "Seville", "Cape Town", "Reykjavík", "Oaxaca", "Lagos", "Kyoto", "Hull"]

names = st.builds("{} {}".format, st.sampled_from(FIRST), st.sampled_from(LAST))
long_names = st.builds(lambda first, last: f"{first} {last}-{'y' * 150}", st.sampled_from(FIRST), st.sampled_from(LAST))
person = st.one_of(names, names, names, long_names)
title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


@st.composite
def partial_dates(draw, low=2000, high=2030):
    year = draw(st.integers(low, high))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    return PartialDate(year, month, draw(st.integers(1, 28)) if precision == "day" else None)


@st.composite
def cast_members(draw):
    return CastMember(
        actor=draw(person),
        role=draw(st.one_of(st.none(), person, title)),
        known_for=tuple(draw(st.lists(title, max_size=3, unique=True))),
        narrator=draw(st.booleans()) and draw(st.booleans()),
        status=draw(st.sampled_from(["confirmed", "confirmed", "new", "unconfirmed", "flashback"])),
    )


@st.composite
def filming(draw):
    start = draw(st.one_of(st.none(), partial_dates()))
    end = None
    if start is not None and draw(st.booleans()):
        end = draw(partial_dates(start.year, start.year + 1))
        if end < start:
            start, end = end, start
    return Filming(draw(st.sampled_from(PLACES)), start, end, draw(st.sampled_from(["confirmed", "unconfirmed"])))


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
        network=draw(st.sampled_from(["Netflix", "HBO", "Canal+", "Ñ Televisión", "BBC One"])),
        sources=(Source("An article", draw(st.sampled_from(["Example News", "Le Monde", "Diario Ñ"]))),),
        # The parser refuses the same actor twice in the same role, so the strategy never makes it.
        cast=tuple(draw(st.lists(cast_members(), min_size=1, max_size=9, unique_by=_actor_and_role))),
        premiere=premiere,
        renewed=renewed,
        creators=tuple(draw(st.lists(person, max_size=3, unique=True))),
        episodes=episodes,
        filming=tuple(draw(st.lists(filming(), max_size=3))),
    )
