"""Question kinds about the season: dates, filming, creators, network, episodes, setting, franchise."""

from __future__ import annotations

from collections.abc import Iterator

from .dates import PartialDate, months, span
from .facts import creator_fact, period_fact, place_fact
from .pack import FRANCHISE_LINKS, Pack
from .questions import Context, Question, Skip, join_names
from .text import norm
from .world import Entry

# How far wrong dates sit from the answer, by difficulty, in the date's own unit (weeks for days,
# so every option falls on the same weekday).
DATE_BANDS = {
    "day": {"hard": range(1, 6), "medium": range(6, 18), "easy": range(18, 53)},
    "month": {"hard": range(1, 3), "medium": range(3, 6), "easy": range(6, 15)},
    "year": {"hard": range(1, 3), "medium": range(3, 5), "easy": range(5, 9)},
}
PERIOD_BANDS = {"hard": range(1, 3), "medium": range(3, 6), "easy": range(6, 13)}
COUNT_BANDS = {"hard": range(1, 3), "medium": range(3, 5), "easy": range(5, 9)}


def _move(date: PartialDate, steps: int) -> PartialDate:
    return date.shifted(steps * 7) if date.precision == "day" else date.shifted(steps)


def date_bands(date: PartialDate, fair) -> dict[str, tuple[list[str], list[str]]]:
    """Wrong dates below and above the answer, nearest first, that `fair` accepts."""
    bands = {}
    for band, steps in DATE_BANDS[date.precision].items():
        # Not the same month of another year: "December 2017" beside "December 2018" is a tell.
        steps = [s for s in steps if date.precision != "month" or s % 12]
        below = [d.human() for d in (_move(date, -s) for s in steps) if fair(d)]
        above = [d.human() for d in (_move(date, s) for s in steps) if fair(d)]
        bands[band] = (below, above)
    return bands


def confirmed_spots(pack: Pack):
    return [f for f in pack.filming if f.status == "confirmed"]


def premiere_floor(pack: Pack) -> list[PartialDate]:
    """What a premiere must come after: the renewal and the end of confirmed filming."""
    floor = [pack.renewed] if pack.renewed else []
    return floor + [f.end or f.start for f in confirmed_spots(pack) if f.end or f.start]


def renewal_ceiling(pack: Pack) -> list[PartialDate]:
    """What a renewal must come before: the premiere and the start of confirmed filming."""
    ceiling = [pack.premiere] if pack.premiere else []
    return ceiling + [f.start for f in confirmed_spots(pack) if f.start]


def premiere(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.premiere
    if not date:
        return
    truths = [p.premiere for p in ctx.world.season_packs(ctx.pack) if p.premiere]
    floor = premiere_floor(ctx.pack)

    def fair(d):
        return not any(d.overlaps(t) for t in truths) and all(f.before(d) for f in floor)

    bands = date_bands(date, fair)
    if date.precision == "day" and _month_is_public(ctx, date):
        # Every explanation cites a source whose title gives the month, so all options share it.
        month = [date.shifted(s) for s in range(-27, 28) if s and date.shifted(s).month == date.month]
        bands = {"hard": ([d.human() for d in reversed(month) if d < date], [d.human() for d in month if date < d])}
    yield ctx.ask_ordered(
        "premiere",
        "premiere",
        f"{_when(date)} did {ctx.season} premiere?",
        date.human(),
        bands,
        f"{ctx.season_start} premiered on {date.human()}.",
        f"date:{date.precision}",
        {},
        asks=["premiere"],
    )


def renewed(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.renewed
    if not date:
        return
    truths = [p.renewed for p in ctx.world.season_packs(ctx.pack) if p.renewed]
    ceiling = renewal_ceiling(ctx.pack)

    def fair(d):
        return not any(d.overlaps(t) for t in truths) and all(d.before(c) for c in ceiling)

    yield ctx.ask_ordered(
        "renewed",
        "renewed",
        f"{_when(date)} was {ctx.pack.show} renewed for {ctx.season_label_lower}?",
        date.human(),
        date_bands(date, fair),
        f"{ctx.pack.show} was renewed for {ctx.season_label_lower} in {date.human()}.",
        f"date:{date.precision}",
        {},
        asks=["renewed"],
    )


def _month_is_public(ctx: Context, date: PartialDate) -> bool:
    month = PartialDate(date.year, date.month).human()
    return any(month in source.title for source in ctx.pack.sources)


def _when(date: PartialDate) -> str:
    return {"day": "On what date", "month": "In which month", "year": "In which year"}[date.precision]


def filming_place(ctx: Context) -> Iterator[Question | Skip]:
    places = {norm(f.place) for p in ctx.world.season_packs(ctx.pack) for f in p.filming}
    confirmed = confirmed_spots(ctx.pack)
    for spot in ctx.pack.filming:
        fact = place_fact(spot)
        if spot.status != "confirmed":
            yield Skip(fact, f"filming in {spot.place} is {spot.status}, so no question treats it as certain")
            continue
        if len(confirmed) == 1:
            prompt = f"Where was {ctx.season} filmed?"
        else:
            prompt = f"Which of these places was {ctx.season} filmed in?"
        like = Entry(spot.place, kind=spot.kind, country=(spot.country,) if spot.country else ())
        yield ctx.ask(
            "filming_place",
            fact,
            prompt,
            spot.place,
            ctx.outside("places", like),
            f"{ctx.season_start} was filmed in {spot.place}.",
            "place",
            {},
            asks=[fact],
            topic="filming.places",
            like=like,
            excluded=places,
            difficulty="easy",
        )


def filming_period(ctx: Context) -> Iterator[Question | Skip]:
    season_spots = [f for p in ctx.world.season_packs(ctx.pack) for f in p.filming]
    for spot in confirmed_spots(ctx.pack):
        if not (spot.start and spot.end):
            continue
        fact = period_fact(spot)
        if spot.start.precision != spot.end.precision or spot.start.precision == "day":
            yield Skip(fact, "filming periods are asked in whole months or years, with both ends alike")
            continue
        if sum(norm(f.place) == norm(spot.place) and f.start is not None for f in season_spots) > 1:
            yield Skip(fact, f"more than one filming period is given for {spot.place}")
            continue
        answer = span(spot.start, spot.end)
        yield ctx.ask_ordered(
            "filming_period",
            fact,
            f"When was {ctx.season} filmed in {spot.place}?",
            answer,
            _period_bands(ctx.pack, spot.start, spot.end),
            f"Filming in {spot.place} ran {answer}.",
            "period",
            {"place": spot.place},
            asks=[fact],
            topic="filming.periods",
            reveals=[place_fact(spot)],
        )


def _period_bands(pack: Pack, start: PartialDate, end: PartialDate) -> dict[str, tuple[list[str], list[str]]]:
    """Wrong periods (shifted, or begun or ended at another time) that the pack's own dates allow."""

    def fair(a: PartialDate, b: PartialDate) -> bool:
        after_renewal = pack.renewed is None or pack.renewed.before(a)
        before_premiere = pack.premiere is None or b.before(pack.premiere)
        return a <= b and (a, b) != (start, end) and after_renewal and before_premiere

    bands = {}
    for band, steps in PERIOD_BANDS.items():
        below: dict[str, tuple] = {}
        above: dict[str, tuple] = {}
        for s in steps:
            for delta in (-s, s):
                for a, b in (
                    (start.shifted(delta), end.shifted(delta)),
                    (start, end.shifted(delta)),
                    (start.shifted(delta), end),
                ):
                    if fair(a, b):
                        side = below if (months(a), months(b)) < (months(start), months(end)) else above
                        side.setdefault(span(a, b), (abs(delta),))
        bands[band] = tuple(sorted(side, key=side.get) for side in (below, above))
    return bands


def creator(ctx: Context) -> Iterator[Question | Skip]:
    creators = ctx.pack.creators
    known = {norm(c.name) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    names = ctx.pack.creator_names
    prompt = f"Who created {ctx.pack.show}?" if len(names) == 1 else f"Who is one of the creators of {ctx.pack.show}?"
    for person in creators:
        like = Entry(person.name, person.pronouns)
        fact = creator_fact(person.name)
        yield ctx.ask(
            "creator",
            fact,
            prompt,
            person.name,
            ctx.outside("people", like),
            f"{ctx.pack.show} was created by {join_names(names)}.",
            "person",
            {},
            asks=[fact],
            topic="creators",
            reveals=[creator_fact(n) for n in names],
            like=like,
            excluded=known | cast,
            one_per_group=True,
            difficulty="hard",
        )


def network(ctx: Context) -> Iterator[Question | Skip]:
    truths = {norm(p.network) for p in ctx.world.season_packs(ctx.pack)}
    like = Entry(ctx.pack.network)
    yield ctx.ask(
        "network",
        "network",
        f"Which network or service released {ctx.season}?",
        ctx.pack.network,
        ctx.outside("networks", like),
        f"{ctx.season_start} was released by {ctx.pack.network}.",
        "network",
        {},
        asks=["network"],
        like=like,
        excluded=truths,
        difficulty="easy",
    )


def episodes(ctx: Context) -> Iterator[Question | Skip]:
    count = ctx.pack.episodes
    if count is None or count.at_least:
        return  # a lower bound is asked as a true-or-false statement
    counts = {p.episodes for p in ctx.world.season_packs(ctx.pack) if p.episodes}
    if counts != {count}:
        yield Skip("episodes", "the packs about this season give different episode counts")
        return
    n = count.count
    bands = {
        band: ([str(n - s) for s in steps if n - s > 0], [str(n + s) for s in steps])
        for band, steps in COUNT_BANDS.items()
    }
    yield ctx.ask_ordered(
        "episodes",
        "episodes",
        f"How many episodes does {ctx.season} have?",
        str(n),
        bands,
        f"{ctx.season_start} has {n} episode{'' if n == 1 else 's'}.",
        "number",
        {},
        asks=["episodes"],
    )


def setting(ctx: Context) -> Iterator[Question | Skip]:
    where = ctx.pack.setting.city if ctx.pack.setting else None
    if not where:
        return
    places = {norm(f.place) for p in ctx.world.show_packs(ctx.pack) for f in p.filming}
    places |= {norm(p.setting.city) for p in ctx.world.show_packs(ctx.pack) if p.setting and p.setting.city}
    country = ctx.pack.setting.country
    like = Entry(where, kind="city", country=(country,) if country else ())
    yield ctx.ask(
        "setting",
        "setting.city",
        f"In which city does much of {ctx.pack.show} take place?",
        where,
        ctx.outside("places", like),
        f"Much of {ctx.pack.show} takes place in {where}.",
        "place",
        {},
        asks=["setting.city"],
        like=like,
        excluded=places,
    )


def franchise(ctx: Context) -> Iterator[Question | Skip]:
    related = {norm(link.show) for p in ctx.world.show_packs(ctx.pack) for link in p.franchise} | {norm(ctx.pack.show)}
    for link in ctx.pack.franchise:
        fact = f"franchise[{link.link}|{link.show}]"
        like = Entry(link.show, kind="series")
        yield ctx.ask(
            "franchise",
            fact,
            f"{ctx.pack.show} is {FRANCHISE_LINKS[link.link]} which show?",
            link.show,
            ctx.outside("titles", like),
            f"{ctx.pack.show} is {FRANCHISE_LINKS[link.link]} {link.show}.",
            "title",
            {"link": link.link},
            asks=[fact],
            topic="franchise",
            like=like,
            excluded=related,
        )


def handwritten(ctx: Context) -> Iterator[Question | Skip]:
    for i, item in enumerate(ctx.pack.questions):
        explanation = item.explanation or f"The answer is {item.answer}, per the pack's author."
        fact = f"questions[{i}]"
        yield ctx.ask(
            "custom",
            fact,
            item.prompt,
            item.answer,
            [list(item.wrong)],
            explanation,
            "text",
            {},
            asks=[fact],
            minimum=1,
        )
