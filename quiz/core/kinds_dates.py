"""Question kinds about the season's dates and count: premiere, renewal, filming periods, episodes.

Their options are shown in order, drawn from bands of distance from the answer; the bands and the
order the pack's own dates impose are here too, for the statements and lint to share.
"""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context
from .dates import PartialDate, at, months, span
from .facts import period_fact, place_fact
from .pack import Pack
from .questions import Draft, Question, Skip
from .text import norm, place_in_text

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


def season_dates(ctx: Context, event: str) -> list[PartialDate]:
    """The dates the packs about this season give for one event ('premiere' or 'renewed')."""
    return [getattr(p, event) for p in ctx.world.season_packs(ctx.pack) if getattr(p, event)]


def fair_date(truths: list[PartialDate], after: list[PartialDate] = (), before: list[PartialDate] = ()):
    """Whether a wrong date is fair: no pack about the season gives it, and it keeps the pack's order."""

    def fair(d: PartialDate) -> bool:
        in_order = all(a.before(d) for a in after) and all(d.before(b) for b in before)
        return not any(d.overlaps(t) for t in truths) and in_order

    return fair


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


def _ask_date(ctx: Context, fact: str, date: PartialDate, prompt: str, explanation: str, bands) -> Question | Skip:
    return ctx.ask_ordered(Draft(fact, fact, prompt, date.human(), explanation, f"date:{date.precision}"), bands)


def premiere(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.premiere
    if not date:
        return
    bands = date_bands(date, fair_date(season_dates(ctx, "premiere"), after=premiere_floor(ctx.pack)))
    if date.precision == "day" and _month_is_public(ctx, date):
        # Every explanation cites a source whose title gives the month, so all options share it.
        month = [date.shifted(s) for s in range(-27, 28) if s and date.shifted(s).month == date.month]
        bands = {"hard": ([d.human() for d in reversed(month) if d < date], [d.human() for d in month if date < d])}
    prompt = f"{_when(date)} did {ctx.season} premiere?"
    yield _ask_date(ctx, "premiere", date, prompt, f"{ctx.season_start} premiered on {date.human()}.", bands)


def renewed(ctx: Context) -> Iterator[Question | Skip]:
    date = ctx.pack.renewed
    if not date:
        return
    bands = date_bands(date, fair_date(season_dates(ctx, "renewed"), before=renewal_ceiling(ctx.pack)))
    prompt = f"{_when(date)} was {ctx.pack.show} renewed for {ctx.season_label_lower}?"
    explanation = f"{ctx.pack.show} was renewed for {ctx.season_label_lower} {at(date)}."
    yield _ask_date(ctx, "renewed", date, prompt, explanation, bands)


def _month_is_public(ctx: Context, date: PartialDate) -> bool:
    month = PartialDate(date.year, date.month).human()
    return any(month in source.title for source in ctx.pack.sources)


def _when(date: PartialDate) -> str:
    return {"day": "On what date", "month": "In which month", "year": "In which year"}[date.precision]


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
        draft = Draft(
            "filming_period",
            fact,
            f"When was {ctx.season} filmed in {place_in_text(spot.place)}?",
            answer,
            f"Filming in {place_in_text(spot.place)} ran {answer}.",
            "period",
            {"place": spot.place},
            topic="filming.periods",
            reveals=[place_fact(spot)],
        )
        yield ctx.ask_ordered(draft, _period_bands(ctx.pack, spot.start, spot.end))


def _period_bands(pack: Pack, start: PartialDate, end: PartialDate) -> dict[str, tuple[list[str], list[str]]]:
    """Wrong periods (shifted, or begun or ended at another time) that the pack's own dates allow."""

    def fair(a: PartialDate, b: PartialDate) -> bool:
        after_renewal = pack.renewed is None or pack.renewed.before(a)
        before_premiere = pack.premiere is None or b.before(pack.premiere)
        # A longer period holding the true one isn't plainly wrong: filming may have run there too.
        holds_answer = a <= start and end <= b
        return a <= b and not holds_answer and after_renewal and before_premiere

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


def episodes(ctx: Context) -> Iterator[Question | Skip]:
    count = ctx.pack.episodes
    if count is None or count.at_least:
        return  # a lower bound is asked as a true-or-false statement
    counts = {p.episodes for p in ctx.world.season_packs(ctx.pack) if p.episodes}
    if counts != {count}:
        yield Skip("episodes", "the packs about this season give different episode counts")
        return
    n = count.count
    # Evenly spaced counts: "8 / 14 / 15 / 16" gives the odd one out away.
    steps = {band: min(gaps) + n % len(gaps) for band, gaps in COUNT_BANDS.items()}
    bands = {
        band: ([str(n - step * k) for k in (1, 2, 3) if n - step * k > 0], [str(n + step * k) for k in (1, 2, 3)])
        for band, step in steps.items()
    }
    prompt = f"How many episodes does {ctx.season} have?"
    explanation = f"{ctx.season_start} has {n} episode{'' if n == 1 else 's'}."
    yield ctx.ask_ordered(Draft("episodes", "episodes", prompt, str(n), explanation, "number"), bands, nearest=True)
