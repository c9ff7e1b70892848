"""An independent check of every option: is it true, false, or not known for sure?

The generator avoids untrue answers by construction; this module re-derives each
option's truth from the facts alone, so `packs lint` and the property tests can
catch a generator that got it wrong.
"""

from __future__ import annotations

from .dates import PartialDate, span
from .pack import EXCLUSIVE_RELATIONS, Pack
from .questions import Question
from .text import norm
from .world import World

TRUE, FALSE, UNKNOWN = True, False, None


def option_truths(question: Question, pack: Pack, world: World) -> dict[str, bool | None]:
    """For each option of every option set, whether choosing it would be right."""
    judge = JUDGES.get(question.kind)
    options = dict.fromkeys(o for s in question.sets for o in s)
    if judge is None:  # hand-written: the author's word is all there is
        return {o: o == question.answer for o in options}
    return {option: judge(question, option, pack, world) for option in options}


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


def _date_is(option, truths):
    date = PartialDate.from_human(option)
    if date is None or not truths:
        return UNKNOWN
    if date in truths:
        return TRUE
    return UNKNOWN if any(date.overlaps(t) for t in truths) else FALSE


def _premiere(q, option, pack, world):
    return _date_is(option, [p.premiere for p in world.season_packs(pack) if p.premiere])


def _renewed(q, option, pack, world):
    return _date_is(option, [p.renewed for p in world.season_packs(pack) if p.renewed])


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
    return {norm(c.name) for p in world.show_packs(pack) for c in p.creators}


def _creator(q, option, pack, world):
    return norm(option) in _creators(pack, world)


def _narrator(q, option, pack, world):
    voices = [m for m in _cast(pack, world) if m.narrator and norm(m.actor) == norm(option)]
    return (TRUE if any(m.certain for m in voices) else UNKNOWN) if voices else FALSE


def _narrator_role(q, option, pack, world):
    return any(m.narrator and m.role and norm(m.role) == norm(option) for m in _cast(pack, world))


def _status_is(status: str, against: tuple[str, ...]):
    """True for an actor listed only with `status`; false for one listed only as certainly something else."""

    def judge(q, option, pack, world):
        statuses = {m.status for m in _cast(pack, world) if norm(m.actor) == norm(option)}
        if statuses == {status}:
            return TRUE
        return FALSE if statuses and statuses <= set(against) else UNKNOWN

    return judge


def _not_in_cast(q, option, pack, world):
    members = [m for m in _cast(pack, world) if norm(m.actor) == norm(option)]
    if not members:
        # One pack's complete cast list settles it when no pack about the season names the actor.
        return TRUE if any(p.cast_complete for p in world.season_packs(pack)) else UNKNOWN
    return FALSE if any(m.certain for m in members) else UNKNOWN


def _network(q, option, pack, world):
    return norm(option) in {norm(p.network) for p in world.season_packs(pack)}


def _episodes(q, option, pack, world):
    counts = [p.episodes for p in world.season_packs(pack) if p.episodes]
    if any(c.at_least for c in counts):
        return UNKNOWN
    return any(str(c.count) == option for c in counts)


def _setting(q, option, pack, world):
    shows = world.show_packs(pack)
    if any(p.setting and p.setting.city and norm(p.setting.city) == norm(option) for p in shows):
        return TRUE
    # A filming place might be a setting too; nothing says it is not.
    return UNKNOWN if any(norm(f.place) == norm(option) for p in shows for f in p.filming) else FALSE


def _franchise(q, option, pack, world):
    links = {norm(link.show) for p in world.show_packs(pack) for link in p.franchise if link.link == q.about["link"]}
    return norm(option) in links


def _related(pack, world, role: str, relation: str, of: str) -> bool | None:
    characters = [m for p in world.show_packs(pack) for m in p.cast if m.role]
    holders = {
        norm(m.role) for m in characters for r in m.relations if r.relation == relation and norm(r.of) == norm(of)
    }
    if norm(role) in holders:
        return TRUE
    return FALSE if relation in EXCLUSIVE_RELATIONS and holders else UNKNOWN


def _relation(q, option, pack, world):
    return _related(pack, world, option, q.about["relation"], q.about["of"])


def _based_on(q, option, pack, world):
    models = {
        norm(m.based_on)
        for p in world.show_packs(pack)
        for m in p.cast
        if m.role and norm(m.role) == norm(q.about["role"]) and m.based_on
    }
    return norm(option) in models if models else UNKNOWN


def _credit_role(q, option, pack, world):
    claim = {"claim": "credit_role", "actor": q.about["actor"], "title": q.about["title"], "role": option}
    return _claim_holds(claim, pack, world)


def _claim_holds(claim: dict, pack: Pack, world: World) -> bool | None:
    kind = claim["claim"]
    if kind == "role":
        return _plays(pack, world, claim["actor"], claim["role"])
    if kind in ("premiere", "renewed"):
        month = PartialDate.parse(claim["month"])
        dates = [getattr(p, kind) for p in world.season_packs(pack) if getattr(p, kind)]
        if not dates or any(d.precision == "year" for d in dates):
            return UNKNOWN  # a month can't be judged against a year
        return any(d.overlaps(month) for d in dates)
    if kind == "filming":
        return _filmed_in(pack, world, claim["place"])
    if kind == "creator":
        return norm(claim["person"]) in _creators(pack, world)
    if kind == "relation":
        return _related(pack, world, claim["role"], claim["relation"], claim["of"])
    if kind in ("at_least", "fewer"):
        known = [p.episodes.count for p in world.season_packs(pack) if p.episodes]
        if not known:
            return UNKNOWN
        if kind == "at_least":
            return TRUE if max(known) >= claim["count"] else UNKNOWN
        return FALSE if max(known) >= claim["count"] else UNKNOWN
    if kind == "credit_role":
        played = [
            (norm(c.title), norm(c.role))
            for p in world.packs
            for m in p.cast
            if norm(m.actor) == norm(claim["actor"])
            for c in m.known_for
            if c.role
        ]
        if (norm(claim["title"]), norm(claim["role"])) in played:
            return TRUE
        # A character belongs to one title: the same role stated for another title, or another role
        # stated for this one, makes the claim false.
        if any((t == norm(claim["title"])) != (r == norm(claim["role"])) for t, r in played):
            return FALSE
        return UNKNOWN
    return UNKNOWN


def _true_false(q, option, pack, world):
    holds = _claim_holds(q.about, pack, world)
    if holds is UNKNOWN:
        return UNKNOWN
    return (option == "True") == holds


def _timeline(pack: Pack, world: World) -> dict[str, PartialDate]:
    events: dict[str, PartialDate] = {}
    for spot in pack.filming:
        if spot.status == "confirmed" and spot.start:
            name = f"Filming began in {spot.place}"
            events[name] = min(events.get(name, spot.start), spot.start)
    for other in world.packs:
        if other.premiere:
            events[f"{other.season_label} of {other.show} premiered"] = other.premiere
    return events


def _in_order(pack: Pack, world: World, names: list[str]) -> bool | None:
    timeline = _timeline(pack, world)
    if any(name not in timeline for name in names):
        return UNKNOWN
    return all(timeline[a].before(timeline[b]) for a, b in zip(names, names[1:], strict=False))


def _order_events(q, option, pack, world):
    return _in_order(pack, world, option.split(" → "))


def _which_first(q, option, pack, world):
    [other] = [o for o in q.options if o != option]
    return _in_order(pack, world, [option, other])


def _crossover(q, option, pack, world):
    [other] = [p for p in world.packs if p.slug == q.about["other"]]
    here = _plays_in(_cast(pack, world), option, all(p.cast_complete for p in world.season_packs(pack)))
    there = _plays_in(other.cast, option, other.cast_complete)
    if here is FALSE or there is FALSE:
        return FALSE
    return TRUE if here and there else UNKNOWN


def _plays_in(cast, actor: str, complete: bool) -> bool | None:
    found = [m for m in cast if norm(m.actor) == norm(actor)]
    if any(m.certain for m in found):
        return TRUE
    if any(m.status == "departed" for m in found) or (complete and not found):
        return FALSE
    return UNKNOWN


JUDGES = {
    "role_actor": _role_actor,
    "typed_actor": _role_actor,
    "actor_role": _actor_role,
    "known_for": _known_for,
    "credit_role": _credit_role,
    "premiere": _premiere,
    "renewed": _renewed,
    "filming_place": _filming_place,
    "filming_period": _filming_period,
    "creator": _creator,
    "narrator": _narrator,
    "narrator_role": _narrator_role,
    "new_cast": _status_is("new", ("confirmed",)),
    "flashback_only": _status_is("flashback_only", ("confirmed", "new")),
    "departed": _status_is("departed", ("confirmed", "new")),
    "not_in_cast": _not_in_cast,
    "network": _network,
    "episodes": _episodes,
    "setting": _setting,
    "franchise": _franchise,
    "relation": _relation,
    "based_on": _based_on,
    "true_false": _true_false,
    "order_events": _order_events,
    "which_first": _which_first,
    "crossover": _crossover,
}
