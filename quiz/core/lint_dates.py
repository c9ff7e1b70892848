"""Lint checks of dated questions: events whose order is obvious, wrong dates the pack's own dates rule
out, and a difficulty that does not follow how near the wrong dates and counts are."""

from __future__ import annotations

import itertools
import re

from .dates import PartialDate, months
from .kinds_compare import gap_difficulty
from .kinds_dates import COUNT_BANDS, DATE_BANDS, PERIOD_BANDS, premiere_floor, renewal_ceiling
from .pack import Pack
from .questions import Question


def implied_order(q: Question):
    """Flaw 3: ordering events whose order is obvious from what they are."""
    if q.kind not in ("which_first", "order_events"):
        return
    names = [name for name, _ in q.about.get("events", [])]
    kinds = [_event_kind(n) for n in names]
    for (a, ka), (b, kb) in itertools.combinations(zip(names, kinds, strict=True), 2):
        if ka and kb and ka != kb and ka[1] == kb[1]:
            yield "implied-order", f"the order of '{a}' and '{b}' follows from what they are"


def _event_kind(name: str) -> tuple[str, str] | None:
    """(kind, season) for renewals, filming and premieres of one season; None for other events."""
    if name.startswith("Renewed for"):
        return ("renewal", "this")
    if name.startswith("Filming began"):
        return ("filming", "this")
    match = re.match(r"^(?:(.+) of (.+) premiered|Season (\d+) premiered)$", name)
    if match:
        return ("premiere", "this") if match[3] else ("premiere", match[2])
    return None


def ruled_out(q: Question, pack: Pack):
    """Flaw 4: wrong dates that the pack's own other dates rule out."""
    if q.kind == "premiere" or (q.kind == "true_false" and q.about.get("claim") == "premiere"):
        floor = premiere_floor(pack)
        for date in _dates(q):
            if any(not f.before(date) for f in floor) and date != pack.premiere:
                yield "ruled-out", f"'{date.human()}' is not after the renewal and filming the pack gives"
    if q.kind == "renewed" or (q.kind == "true_false" and q.about.get("claim") == "renewed"):
        ceiling = renewal_ceiling(pack)
        for date in _dates(q):
            if any(not date.before(c) for c in ceiling) and date != pack.renewed:
                yield "ruled-out", f"'{date.human()}' is not before the filming and premiere the pack gives"
    if q.kind == "filming_period":
        for option in (o for s in q.sets for o in s if o != q.answer):
            start, end = period(option)
            if start and end and pack.premiere and not end.before(pack.premiere):
                yield "ruled-out", f"'{option}' does not end before the premiere"
            if start and pack.renewed and not pack.renewed.before(start):
                yield "ruled-out", f"'{option}' begins before the renewal"


def _dates(q: Question) -> list[PartialDate]:
    """The dates a question offers, or the month a true-or-false statement claims."""
    if q.kind == "true_false":
        return [PartialDate.parse(q.about["month"])] if "month" in q.about else []
    return [d for d in (PartialDate.from_human(o) for s in q.sets for o in s) if d]


def period(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    """A period's first and last dates; a first end without a year takes the last one's ('1–9 May 2019')."""
    start, _, end = text.partition("–")
    last = PartialDate.from_human(end or start)
    first = PartialDate.from_human(start) or (PartialDate.from_human(f"{start} {last.year}") if last else None)
    return first, last


def difficulty_rating(q: Question, pack: Pack):
    """Flaw 10: difficulty follows how close and how plausible the wrong options are, not the kind."""
    expected = _expected_difficulty(q, pack)
    if expected and expected != q.difficulty:
        yield "difficulty", f"rated {q.difficulty}, but its wrong options make it {expected}"


def _expected_difficulty(q: Question, pack: Pack) -> str | None:
    if q.kind in ("premiere", "renewed"):
        answer = PartialDate.from_human(q.answer)
        gap = min(_distance(answer, d) for d in _dates(q) if d != answer)
        return _band(DATE_BANDS[answer.precision], gap)
    if q.kind == "episodes":
        return _band(COUNT_BANDS, min(abs(int(o) - int(q.answer)) for s in q.sets for o in s if o != q.answer))
    if q.kind == "filming_period":
        start, end = period(q.answer)
        gaps = []
        for option in (o for s in q.sets for o in s if o != q.answer):
            a, b = period(option)
            gaps.append(max(abs(months(a) - months(start)), abs(months(b) - months(end))))
        return _band(PERIOD_BANDS, min(gaps))
    if q.kind in ("which_first", "order_events"):
        dates = sorted(PartialDate.parse(iso) for _, iso in q.about["events"])
        gap = min(months(b) - months(a) for a, b in itertools.pairwise(dates))
        return gap_difficulty(gap)
    return None


def _band(bands: dict, gap: int) -> str:
    """The band a distance falls in; closer than the closest band is hard too."""
    if gap < min(bands["hard"]):
        return "hard"
    return next((band for band, steps in bands.items() if gap in steps), "easy")


def _distance(a: PartialDate, b: PartialDate) -> int:
    if a.precision == "day":
        return abs((a.ordinal() - b.ordinal()) // 7)
    if a.precision == "year":
        return abs(a.year - b.year)
    return abs(months(a) - months(b))
