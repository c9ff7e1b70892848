"""Question kinds about the season's names: filming places, creators, network, setting, franchise,
and the pack author's own questions."""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context, join_names
from .facts import creator_fact, place_fact
from .kinds_dates import confirmed_spots
from .pack import FRANCHISE_LINKS
from .questions import Draft, Question, Skip
from .text import norm, place_in_text
from .world import Entry


def filming_place(ctx: Context) -> Iterator[Question | Skip]:
    places = ctx.filming_or_setting()
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
        explanation = f"{ctx.season_start} was filmed in {place_in_text(spot.place)}."
        draft = Draft("filming_place", fact, prompt, spot.place, explanation, "place", topic="filming.places")
        yield ctx.ask(draft, ctx.outside("places", like), like=like, excluded=places, difficulty="easy")


def creator(ctx: Context) -> Iterator[Question | Skip]:
    if not ctx.pack.creators:
        return
    known = {norm(c.name) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    names = ctx.pack.creator_names
    prompt = f"Who created {ctx.pack.show}?" if len(names) == 1 else f"Who is one of the creators of {ctx.pack.show}?"
    explanation = f"{ctx.pack.show} was created by {join_names(names)}."
    every = [creator_fact(n) for n in names]
    for person in ctx.pack.creators:
        like = Entry(person.name, person.pronouns)
        fact = creator_fact(person.name)
        draft = Draft("creator", fact, prompt, person.name, explanation, "person", topic="creators", reveals=every)
        # At most one wrong creator per other show: knowing that show would rule out two options at once.
        tiers = ctx.outside("people", like)
        yield ctx.ask(draft, tiers, like=like, excluded=known | cast, one_per_group=True, difficulty="hard")


def network(ctx: Context) -> Iterator[Question | Skip]:
    truths = {norm(p.network) for p in ctx.world.season_packs(ctx.pack)}
    like = Entry(ctx.pack.network)
    prompt = f"Which network or service released {ctx.season}?"
    explanation = f"{ctx.season_start} was released by {ctx.pack.network}."
    draft = Draft("network", "network", prompt, ctx.pack.network, explanation, "network")
    yield ctx.ask(draft, ctx.outside("networks", like), like=like, excluded=truths, difficulty="easy")


def setting(ctx: Context) -> Iterator[Question | Skip]:
    where = ctx.pack.setting.city if ctx.pack.setting else None
    if not where:
        return
    places = {norm(f.place) for p in ctx.world.show_packs(ctx.pack) for f in p.filming}
    places |= {norm(p.setting.city) for p in ctx.world.show_packs(ctx.pack) if p.setting and p.setting.city}
    country = ctx.pack.setting.country
    like = Entry(where, kind="city", country=(country,) if country else ())
    prompt = f"In which city does much of {ctx.pack.show} take place?"
    draft = Draft("setting", "setting.city", prompt, where, f"Much of {ctx.pack.show} takes place in {where}.", "place")
    yield ctx.ask(draft, ctx.outside("places", like), like=like, excluded=places)


def franchise(ctx: Context) -> Iterator[Question | Skip]:
    related = {norm(link.show) for p in ctx.world.show_packs(ctx.pack) for link in p.franchise} | {norm(ctx.pack.show)}
    for link in ctx.pack.franchise:
        fact = f"franchise[{link.link}|{link.show}]"
        like = Entry(link.show, kind="series")
        relation = FRANCHISE_LINKS[link.link]
        prompt = f"{ctx.pack.show} is {relation} which show?"
        explanation = f"{ctx.pack.show} is {relation} {link.show}."
        draft = Draft(
            "franchise", fact, prompt, link.show, explanation, "title", {"link": link.link}, topic="franchise"
        )
        yield ctx.ask(draft, ctx.outside("titles", like), like=like, excluded=related)


def handwritten(ctx: Context) -> Iterator[Question | Skip]:
    for i, item in enumerate(ctx.pack.questions):
        explanation = item.explanation or f"The answer is {item.answer}, per the pack's author."
        draft = Draft("custom", f"questions[{i}]", item.prompt, item.answer, explanation, "text")
        yield ctx.ask(draft, [list(item.wrong)], minimum=1)
