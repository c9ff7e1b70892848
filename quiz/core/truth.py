"""An independent check of every option: is it true, false, or not known for sure?

The generator avoids untrue answers by construction; this module re-derives each
option's truth from the facts alone, so `packs lint` and the property tests can
catch a generator that got it wrong.
"""

from __future__ import annotations

from .dates import PartialDate
from .kinds_season import span
from .pack import Pack
from .questions import Question
from .world import World, norm

TRUE, FALSE, UNKNOWN = True, False, None


def option_truths(question: Question, pack: Pack, world: World) -> dict[str, bool | None]:
    """For each option, whether choosing it would be right."""
    judge = JUDGES.get(question.kind)
    if judge is None:  # hand-written: the author's word is all there is
        return {o: o == question.answer for o in question.options}
    return {option: judge(question, option, pack, world) for option in question.options}


def _cast(pack, world):
    return world.season_cast(pack)


def _plays(pack, world, actor: str, role: str) -> bool | None:
    found = [m for m in _cast(pack, world) if m.role and norm(m.actor) == norm(actor) and norm(m.role) == norm(role)]
    if not found:
        return FALSE
    return TRUE if any(m.certain for m in found) else UNKNOWN


def _role_actor(q, option, pack, world):
    return _plays(pack, world, option, q.about["role"])


def _actor_role(q, option, pack, world):
    return _plays(pack, world, q.about["actor"], option)


def _known_for(q, option, pack, world):
    return norm(option) in world.credits(q.about["actor"])


def _date_is(q, option, truths):
    date = PartialDate.from_human(option)
    if date is None or not truths:
        return UNKNOWN
    if date in truths:
        return TRUE
    return UNKNOWN if any(date.overlaps(t) for t in truths) else FALSE


def _premiere(q, option, pack, world):
    return _date_is(q, option, [p.premiere for p in world.season_packs(pack) if p.premiere])


def _renewed(q, option, pack, world):
    return _date_is(q, option, [p.renewed for p in world.season_packs(pack) if p.renewed])


def _filmed_in(pack, world, place: str):
    spots = [f for p in world.season_packs(pack) for f in p.filming if norm(f.place) == norm(place)]
    if not spots:
        return FALSE
    return TRUE if any(f.status == "confirmed" for f in spots) else UNKNOWN


def _filming_place(q, option, pack, world):
    return _filmed_in(pack, world, option)


def _filming_period(q, option, pack, world):
    spots = [f for p in world.season_packs(pack) for f in p.filming if norm(f.place) == norm(q.about["place"])]
    return any(f.start and f.end and span(f.start, f.end) == option for f in spots)


def _creators(pack, world):
    return {norm(c) for p in world.show_packs(pack) for c in p.creators}


def _creator(q, option, pack, world):
    return norm(option) in _creators(pack, world)


def _narrator(q, option, pack, world):
    voices = [m for m in _cast(pack, world) if m.narrator and norm(m.actor) == norm(option)]
    return (TRUE if any(m.certain for m in voices) else UNKNOWN) if voices else FALSE


def _narrator_role(q, option, pack, world):
    return any(m.narrator and m.role and norm(m.role) == norm(option) for m in _cast(pack, world))


def _new_cast(q, option, pack, world):
    statuses = {m.status for m in _cast(pack, world) if norm(m.actor) == norm(option)}
    if statuses == {"confirmed"}:
        return FALSE
    return TRUE if statuses == {"new"} else UNKNOWN


def _not_in_cast(q, option, pack, world):
    members = [m for m in _cast(pack, world) if norm(m.actor) == norm(option)]
    if not members:
        return TRUE
    return FALSE if any(m.certain for m in members) else UNKNOWN


def _network(q, option, pack, world):
    return norm(option) in {norm(p.network) for p in world.season_packs(pack)}


def _episodes(q, option, pack, world):
    counts = [p.episodes for p in world.season_packs(pack) if p.episodes]
    if any(c.at_least for c in counts):
        return UNKNOWN
    return any(str(c.count) == option for c in counts)


def _true_false(q, option, pack, world):
    claim = q.about
    if claim["claim"] == "role":
        holds = _plays(pack, world, claim["actor"], claim["role"])
    elif claim["claim"] == "premiere":
        month = PartialDate.parse(claim["month"])
        dates = [p.premiere for p in world.season_packs(pack) if p.premiere]
        holds = any(d.overlaps(month) for d in dates) if dates and all(d.precision != "year" for d in dates) else None
    elif claim["claim"] == "filming":
        holds = _filmed_in(pack, world, claim["place"])
    else:
        holds = norm(claim["person"]) in _creators(pack, world)
    if holds is UNKNOWN:
        return UNKNOWN
    return (option == "True") == holds


def _timeline(pack: Pack) -> dict[str, PartialDate]:
    events: dict[str, PartialDate] = {}
    for spot in pack.filming:
        if spot.status == "confirmed" and spot.start:
            name = f"Filming began in {spot.place}"
            events[name] = min(events.get(name, spot.start), spot.start)
    if pack.renewed:
        events[f"Renewed for season {pack.season}"] = pack.renewed
    if pack.premiere:
        events[f"Season {pack.season} premiered"] = pack.premiere
    return events


def _in_order(pack: Pack, names: list[str]) -> bool | None:
    timeline = _timeline(pack)
    if any(name not in timeline for name in names):
        return UNKNOWN
    return all(timeline[a].before(timeline[b]) for a, b in zip(names, names[1:], strict=False))


def _order_events(q, option, pack, world):
    return _in_order(pack, option.split(" → "))


def _which_first(q, option, pack, world):
    [other] = [o for o in q.options if o != option]
    return _in_order(pack, [option, other])


JUDGES = {
    "role_actor": _role_actor,
    "typed_actor": _role_actor,
    "actor_role": _actor_role,
    "known_for": _known_for,
    "premiere": _premiere,
    "renewed": _renewed,
    "filming_place": _filming_place,
    "filming_period": _filming_period,
    "creator": _creator,
    "narrator": _narrator,
    "narrator_role": _narrator_role,
    "new_cast": _new_cast,
    "not_in_cast": _not_in_cast,
    "network": _network,
    "episodes": _episodes,
    "true_false": _true_false,
    "order_events": _order_events,
    "which_first": _which_first,
}
