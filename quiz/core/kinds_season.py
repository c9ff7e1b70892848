"""Question kinds about the season: dates, filming, creators, network, episodes."""

from __future__ import annotations

from collections.abc import Iterator

from .dates import PartialDate, month_span
from .questions import Context, Question, Sample, Skip, join_names
from .world import norm

# Distractor distance by difficulty, in months: easy ones are far, hard ones close.
DATE_BANDS = {
    "day": {"easy": (-12, -6, 6, 12), "medium": (-3, -2, 2, 3), "hard": (-1, 1)},
    "month": {"easy": (-12, -6, 6, 12), "medium": (-4, -3, 3, 4), "hard": (-2, -1, 1, 2)},
    "year": {"easy": (-60, -48, -36, 36, 48, 60), "medium": (-36, -24, 24, 36), "hard": (-24, -12, 12, 24)},
}
DAY_STEPS = {"easy": (), "medium": (), "hard": (-14, -7, 7, 14)}


def premiere(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.premiere
    if date:
        truths = [p.premiere for p in ctx.world.season_packs(ctx.pack) if p.premiere]
        prompt = f"{_when(date)} did {ctx.season} premiere on {ctx.pack.network}?"
        explanation = f"{ctx.season_start} premiered on {ctx.pack.network} on {date.human()}, per {ctx.source}."
        yield _date_question(ctx, "premiere", prompt, date, truths, explanation)


def renewed(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.renewed
    if date:
        truths = [p.renewed for p in ctx.world.season_packs(ctx.pack) if p.renewed]
        later = [ctx.pack.premiere, *(f.start for f in ctx.pack.filming if f.start and f.status == "confirmed")]
        latest = min((d for d in later if d), default=None)
        prompt = f"{_when(date)} was {ctx.pack.show} renewed for season {ctx.pack.season}?"
        explanation = f"{ctx.pack.show} was renewed for season {ctx.pack.season} in {date.human()}, per {ctx.source}."
        yield _date_question(ctx, "renewed", prompt, date, truths, explanation, before=latest)


def _date_question(ctx, kind, prompt, date: PartialDate, truths, explanation, before=None):
    band = ctx.rng(kind, "band").choice(("easy", "medium", "hard"))
    moved = [date.plus_months(m) for m in DATE_BANDS[date.precision][band]]
    if date.precision == "day":
        moved += [date.shifted(d) for d in DAY_STEPS[band]]
    # A renewal can't plausibly come after filming began or the season premiered.
    fair = [d for d in moved if not any(d.overlaps(t) for t in truths) and (before is None or d.before(before))]
    when = {d.human(): d for d in [date, *fair]}
    return ctx.ask(
        kind,
        kind,
        prompt,
        date.human(),
        [[d.human() for d in fair]],
        band,
        explanation,
        f"date:{date.precision}",
        {},
        order=when.__getitem__,
    )


def _when(date: PartialDate) -> str:
    return {"day": "On what date", "month": "In which month", "year": "In which year"}[date.precision]


def filming_place(ctx: Context) -> Iterator[Question | Skip]:
    places = {norm(f.place) for p in ctx.world.season_packs(ctx.pack) for f in p.filming}
    confirmed = [f for f in ctx.pack.filming if f.status == "confirmed"]
    for spot in ctx.pack.filming:
        fact = f"filming[{spot.place}].place"
        if spot.status != "confirmed":
            yield Skip(fact, f"filming in {spot.place} is {spot.status}, so no question treats it as certain")
            continue
        if len(confirmed) == 1:
            prompt = f"Where was {ctx.season} filmed?"
        else:
            prompt = f"Which of these places was {ctx.season} filmed in?"
        yield ctx.ask(
            "filming_place",
            fact,
            prompt,
            spot.place,
            [Sample(ctx.world.places), ctx.world.pool.places],
            "easy",
            f"{ctx.season_start} was filmed in {spot.place}, per {ctx.source}.",
            "place",
            {},
            excluded=places,
        )


def filming_period(ctx: Context) -> Iterator[Question | Skip]:
    season_spots = [f for p in ctx.world.season_packs(ctx.pack) for f in p.filming]
    for spot in ctx.pack.filming:
        if spot.status != "confirmed" or not (spot.start and spot.end):
            continue
        fact = f"filming[{spot.place}].period"
        if spot.start.precision != spot.end.precision:
            yield Skip(fact, "the start and end of filming have different precisions")
            continue
        if sum(norm(f.place) == norm(spot.place) and f.start is not None for f in season_spots) > 1:
            yield Skip(fact, f"more than one filming period is given for {spot.place}")
            continue
        band = ctx.rng("filming_period", spot.place).choice(("easy", "medium", "hard"))
        months = DATE_BANDS["month" if spot.start.precision != "year" else "year"][band]
        spans = {span(spot.start.plus_months(m), spot.end.plus_months(m)): m for m in months}
        answer = span(spot.start, spot.end)
        spans[answer] = 0
        yield ctx.ask(
            "filming_period",
            fact,
            f"When was {ctx.season} filmed in {spot.place}?",
            answer,
            [[s for s in spans if s != answer]],
            band,
            f"Filming in {spot.place} ran {answer}, per {ctx.source}.",
            "period",
            {"place": spot.place},
            order=spans.__getitem__,
        )


def span(start: PartialDate, end: PartialDate) -> str:
    if start == end:
        return start.human()
    return month_span(start, end) if start.precision == "month" else f"{start.human()}–{end.human()}"


def creator(ctx: Context) -> Iterator[Question | Skip]:
    creators = ctx.pack.creators
    if not creators:
        return
    known = {norm(c) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    answer = ctx.rng("creator", "creators").choice(creators)
    one = len(creators) == 1
    prompt = f"Who created {ctx.pack.show}?" if one else f"Who is one of the creators of {ctx.pack.show}?"
    yield ctx.ask(
        "creator",
        "creators",
        prompt,
        answer,
        [Sample(ctx.world.creators), ctx.world.pool.people],
        "hard",
        f"{ctx.pack.show} was created by {join_names(creators)}, per {ctx.source}.",
        "person",
        {},
        excluded=known | cast,
    )


def network(ctx: Context) -> Iterator[Question | Skip]:
    truths = {norm(p.network) for p in ctx.world.season_packs(ctx.pack)}
    yield ctx.ask(
        "network",
        "network",
        f"Which network or service released {ctx.season}?",
        ctx.pack.network,
        [Sample(ctx.world.networks), ctx.world.pool.networks],
        "easy",
        f"{ctx.season_start} was released by {ctx.pack.network}, per {ctx.source}.",
        "network",
        {},
        excluded=truths,
    )


def episodes(ctx: Context) -> Iterator[Question | Skip]:
    count = ctx.pack.episodes
    if count is None:
        return
    if count.at_least:
        yield Skip("episodes", f"the episode count is only a lower bound (at least {count.count})")
        return
    counts = {p.episodes for p in ctx.world.season_packs(ctx.pack) if p.episodes}
    if counts != {count}:
        yield Skip("episodes", "the packs about this season give different episode counts")
        return
    n = count.count
    numbers = [str(k) for k in (n - 3, n - 2, n - 1, n + 1, n + 2, n + 4) if k > 0]
    yield ctx.ask(
        "episodes",
        "episodes",
        f"How many episodes does {ctx.season} have?",
        str(n),
        [numbers],
        "medium",
        f"{ctx.season_start} has {n} episode{'' if n == 1 else 's'}, per {ctx.source}.",
        "number",
        {},
        order=int,
    )


def handwritten(ctx: Context) -> Iterator[Question | Skip]:
    for i, item in enumerate(ctx.pack.questions):
        explanation = item.explanation or f"The answer is {item.answer}, per the pack's author."
        yield ctx.ask(
            "custom",
            f"questions[{i}]",
            item.prompt,
            item.answer,
            [list(item.wrong)],
            "medium",
            explanation,
            "text",
            {},
            minimum=1,
        )
