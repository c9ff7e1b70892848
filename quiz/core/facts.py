"""A pack's certain facts, each with a stable id and one plain sentence.

The ids are what questions ask and reveal (so a game never pairs a question
with one that gives it away) and what `packs check` counts for coverage; the
sentences are the "one more fact" an explanation adds.
"""

from __future__ import annotations

import random

from .dates import at, span
from .pack import FRANCHISE_LINKS, CastMember, Credit, Filming, Pack
from .questions import Extra, Question
from .text import lower_season, norm, place_in_text, sentence

MAX_EXTRAS = 4
# Kinds of fact that make a good extra for a question about another kind.
AFFINITY = {
    "premiere": ("renewed", "filming_period", "episodes"),
    "renewed": ("premiere", "filming_period"),
    "network": ("premiere", "creator"),
    "creator": ("network", "premiere"),
    "filming": ("filming_period", "setting"),
    "filming_period": ("filming", "premiere", "renewed"),
    "setting": ("filming", "filming_period"),
    "episodes": ("premiere", "renewed"),
}


def subject(fact: str) -> str:
    """'credit_role[Diego Luna|Rogue One]' → 'Diego Luna|Rogue One'."""
    return fact.partition("[")[2] or fact


def family(fact: str) -> str:
    """'credit[Diego Luna|Rogue One]' → 'credit'; 'setting.city' → 'setting'."""
    return fact.split("[")[0].split(".")[0]


def role_fact(member: CastMember) -> str:
    return f"role[{member.actor}|{member.role}]"


def credit_fact(member: CastMember, credit: Credit) -> str:
    return f"credit[{member.actor}|{credit.title}]"


def credit_role_fact(member: CastMember, credit: Credit) -> str:
    return f"credit_role[{member.actor}|{credit.title}]"


def status_fact(member: CastMember) -> str:
    return f"{member.status}[{member.actor}]"


def place_fact(spot: Filming) -> str:
    return f"filming[{spot.place}]"


def period_fact(spot: Filming) -> str:
    return f"filming_period[{spot.place}]"


def creator_fact(name: str) -> str:
    return f"creator[{name}]"


def relation_fact(member: CastMember, relation) -> str:
    return f"relation[{member.role}|{relation.relation}|{relation.of}]"


def certain_facts(pack: Pack) -> dict[str, str]:
    """Every certain fact of the pack → a sentence stating it."""
    label, show = pack.season_label, pack.show
    season = f"{label} of {show}"
    facts: dict[str, str] = {}
    if pack.premiere:
        facts["premiere"] = f"{season} premiered on {pack.premiere.human()}."
    if pack.renewed:
        facts["renewed"] = f"{show} was renewed for {lower_season(label)} {at(pack.renewed)}."
    facts["network"] = f"{season} was released by {pack.network}."
    for person in pack.creators:
        facts[creator_fact(person.name)] = f"{person.name} is one of the creators of {show}."
    if pack.episodes:
        count = pack.episodes.count
        if pack.episodes.at_least:
            facts["episodes"] = f"{season} has at least {count} episode{'' if count == 1 else 's'}."
        else:
            facts["episodes"] = f"{season} has {count} episode{'' if count == 1 else 's'}."
    for member in pack.cast:
        _cast_facts(pack, member, facts)
    for spot in pack.filming:
        if spot.status == "confirmed":
            facts[place_fact(spot)] = f"{season} was filmed in {place_in_text(spot.place)}."
            if spot.start and spot.end:
                facts[period_fact(spot)] = f"Filming in {place_in_text(spot.place)} ran {span(spot.start, spot.end)}."
    if pack.setting and pack.setting.city:
        facts["setting.city"] = f"Much of {show} takes place in {pack.setting.city}."
    if pack.setting and pack.setting.era:
        facts["setting.era"] = f"{show} is set in the {pack.setting.era}."
    for link in pack.franchise:
        facts[f"franchise[{link.link}|{link.show}]"] = f"{show} is {FRANCHISE_LINKS[link.link]} {link.show}."
    for i, _ in enumerate(pack.questions):
        facts[f"questions[{i}]"] = ""
    return {fact: sentence(text) for fact, text in facts.items()}


def _cast_facts(pack: Pack, member: CastMember, facts: dict[str, str]) -> None:
    label = pack.season_label
    if member.status == "departed":
        facts[status_fact(member)] = f"{member.actor} does not return for {lower_season(label)}."
    if not member.certain:
        return
    if member.role:
        facts[role_fact(member)] = f"{member.actor} plays {member.role}."
        for relation in member.relations:
            facts[relation_fact(member, relation)] = f"{member.role} is the {relation.relation} of {relation.of}."
        if member.based_on:
            facts[f"based_on[{member.role}]"] = f"{member.role} is based on {member.based_on}."
    if member.narrator:
        facts[f"narrator[{member.actor}]"] = f"{member.actor} narrates {lower_season(label)}."
    if member.status == "new" and pack.season > 1:
        facts[status_fact(member)] = f"{member.actor} joins the cast in {lower_season(label)}."
    if member.status == "flashback_only":
        facts[status_fact(member)] = f"{member.actor} appears only in flashbacks in {lower_season(label)}."
    for credit in member.known_for:
        facts[credit_fact(member, credit)] = f"{member.actor} was also in {credit.title}."
        if credit.role:
            year = f" ({credit.year})" if credit.year else ""
            # The role comes from the credit's own source, which the sentence names.
            per = f", per {pack.sources[credit.source - 1].publisher}" if credit.source and credit.source > 1 else ""
            facts[credit_role_fact(member, credit)] = (
                f"{member.actor} played {credit.role} in {credit.title}{year}{per}."
            )


def fact_sources(pack: Pack) -> dict[str, tuple[int, ...]]:
    """Every certain fact → the 1-based numbers of the sources that state it (the first, unless the
    pack names others: a row's `source`, a credit's, or `facts.cite` for season-wide facts)."""
    numbers = {name: (pack.cited(name),) for name in ("premiere", "renewed", "network", "episodes")}
    numbers |= {creator_fact(p.name): p.sources or (pack.cited("creators"),) for p in pack.creators}
    numbers |= {f"setting.{part}": (pack.cited("setting"),) for part in ("city", "era")}
    numbers |= {f"franchise[{f.link}|{f.show}]": (pack.cited("franchise"),) for f in pack.franchise}
    for member in pack.cast:
        own = member.sources or (1,)
        for fact in (role_fact(member), status_fact(member), f"narrator[{member.actor}]", f"based_on[{member.role}]"):
            numbers[fact] = own
        numbers |= {relation_fact(member, r): own for r in member.relations}
        for credit in member.known_for:
            numbers[credit_fact(member, credit)] = (credit.source,) if credit.source else own
            numbers[credit_role_fact(member, credit)] = (credit.source,) if credit.source else own
    for spot in pack.filming:
        numbers[place_fact(spot)] = numbers[period_fact(spot)] = spot.sources or (1,)
    return numbers


def citation_of(pack: Pack, numbers: dict[str, tuple[int, ...]], facts) -> str:
    """The citations of the sources that state `facts`, one a line; the first source for facts it
    doesn't know (a hand-written question's)."""
    cited = dict.fromkeys(n for f in facts if f in numbers for n in numbers[f]) or {1: None}
    return "\n".join(pack.sources[n - 1].citation() for n in cited)


class Extras:
    """A pack's fact sentences, indexed by the names they show, to pick explanations' extras from."""

    def __init__(self, pack: Pack, sentences: dict[str, tuple[str, frozenset[str]]], seed: int, sources: dict):
        self.pack, self.seed, self.sources = pack, seed, sources  # sources: fact_sources(pack)
        self.facts = [(fact, text) for fact, (text, _) in sentences.items() if text]
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        for fact, (text, shown) in sentences.items():
            for name in shown if text else ():
                self.by_name.setdefault(name, []).append((fact, text))

    def __call__(self, question: Question) -> tuple[Extra, ...]:
        """A few facts the question does not show, those about the same people or places first."""
        rng = random.Random(f"{self.seed}|{self.pack.slug}|extras|{question.key}")
        about = [norm(n) for n in (question.answer, *question.about.values()) if isinstance(n, str)]
        related = [item for name in dict.fromkeys(about) for item in self.by_name.get(name, ())]
        rng.shuffle(related)
        own = {family(f) for f in question.asks}
        near = AFFINITY.get(family(question.fact), ())
        # The same person or place in another kind of fact first ("plays Walt; was also in Argo"), then
        # a fact of a neighbouring kind (a premiere's filming), then anything the question does not show.
        ranked = (
            [item for item in related if family(item[0]) not in own]
            + [item for item in self.facts if family(item[0]) in near]
            + related
            + rng.sample(self.facts, min(len(self.facts), 3 * MAX_EXTRAS))
        )
        subjects = {subject(f) for f in question.asks}
        chosen: dict[str, Extra] = {}
        for fact, text in ranked:
            # Not the question's own fact, nor another kind of fact about the same pair ("played
            # Brown in 12 Years a Slave" after "was also in 12 Years a Slave").
            if fact not in question.reveals and subject(fact) not in subjects and fact not in chosen:
                chosen[fact] = Extra(text, fact, citation_of(self.pack, self.sources, (fact,)))
                if len(chosen) == MAX_EXTRAS:
                    break
        return tuple(chosen.values())
