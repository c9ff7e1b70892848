"""Mechanical checks of generated questions: truth, fairness, grammar, and what a quiz master
would object to. Each finding names the question's key and the rule it breaks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from .dates import PartialDate
from .kinds_compare import gap_difficulty
from .kinds_season import COUNT_BANDS, DATE_BANDS, PERIOD_BANDS, premiere_floor, renewal_ceiling
from .leaks import conflict, leak_between
from .matching import matches
from .pack import Pack, derived_aliases
from .questions import Question, full_explanation
from .text import fold, mentions, norm
from .truth import option_truths
from .world import World

PLACEHOLDER = re.compile(r"[{}]|%[sd]|\bNone\b|\bnull\b|\bundefined\b")
A_BEFORE_VOWEL = re.compile(r"\ba (?:[aeio]|u(?!s|n[iy]|r))\w", re.IGNORECASE)
AN_BEFORE_CONSONANT = re.compile(r"\ban [bcdfgjklmnpqrstvwxz]\w", re.IGNORECASE)
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
SEASON_NUMBER = re.compile(r"\bseason \d+\b", re.IGNORECASE)
MIN_OPTIONS = {"boolean": 2, "event": 2, "text": 2, "typed_name": 1}
FREE_TYPES = {"text", "event", "typed_name"}
VOCABULARY = {
    "actor": "actors",
    "person": "people",
    "model": "models",
    "credit_role": "credit_roles",
    "role": "roles",
    "title": "titles",
    "place": "places",
    "network": "networks",
}


@dataclass(frozen=True)
class Finding:
    origin: str
    key: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.key}: [{self.rule}] {self.message}"


def lint(pack: Pack, questions: list[Question], world: World) -> list[Finding]:
    findings = []
    for q in questions:
        for rule, message in _question_problems(q, pack, world):
            findings.append(Finding(pack.origin, q.key, rule, message))
    for rule, key, message in _bank_problems(pack, questions):
        findings.append(Finding(pack.origin, key, rule, message))
    return findings


def near_duplicate_questions(packs_questions: list[tuple[Pack, list[Question]]]) -> list[Finding]:
    """Two questions that could meet in one game but ask nearly the same thing."""
    findings = []
    for pack, questions in packs_questions:
        for a, b in itertools.combinations(questions, 2):
            if conflict(a, b):
                continue
            if fuzz.token_sort_ratio(fold(a.prompt), fold(b.prompt)) >= 95:
                findings.append(Finding(pack.origin, a.key, "near-duplicate", f"nearly the same question as {b.key}"))
    return findings


def _question_problems(q: Question, pack: Pack, world: World):
    for options in q.sets:
        needed = MIN_OPTIONS.get(q.type, 3)
        if len(options) < needed:
            yield "too-few-options", f"only {len(options)} option(s); needs at least {needed}"
        folded = [fold(o) for o in options]
        if len(set(folded)) < len(folded):
            yield "same-options", "two options are the same"
        elif q.type in ("actor", "person", "role", "title", "place", "network", "text"):
            for a, b in itertools.combinations(options, 2):
                if fuzz.ratio(fold(a), fold(b)) >= 90:
                    yield "same-options", f"options '{a}' and '{b}' are nearly the same"
        if q.answer not in options:
            yield "answer-missing", "an option set lacks the answer"
    if q.type != "boolean" and mentions(q.prompt, q.answer):
        yield "answer-in-question", f"the answer '{q.answer}' appears in the question"
    every = dict.fromkeys(o for s in q.sets for o in s)
    for option in every:
        if not _of_type(option, q, world):
            yield "wrong-type", f"option '{option}' does not fit the question's type ({q.type.replace('_', ' ')})"
    for option, truth in option_truths(q, pack, world).items():
        if option == q.answer and truth is not True:
            yield "untrue", f"the keyed answer '{option}' is not certainly true"
        elif option != q.answer and truth is not False:
            yield "untrue", f"the wrong option '{option}' is {'true' if truth else 'possibly true'}"
    yield from _positions(q)
    yield from _homogeneity(q, pack, world)
    yield from _implied_order(q)
    yield from _ruled_out(q, pack)
    yield from _beyond_source(q, pack)
    yield from _labels_and_names(q, pack)
    yield from _explanation(q)
    yield from _difficulty(q, pack)
    for problem in _grammar(q.prompt):
        yield "grammar", problem


def _positions(q: Question):
    """Flaw 1: across its option sets the answer takes every position equally often, ends included."""
    if q.typed or q.type == "boolean":
        return
    sizes = {len(s) for s in q.sets}
    if len(sizes) != 1:
        return
    size = sizes.pop()
    counts = Counter(s.index(q.answer) for s in q.sets if q.answer in s)
    if len(set(counts.get(p, 0) for p in range(size))) > 1:
        places = ", ".join(f"{p + 1}: {counts.get(p, 0)}" for p in range(size))
        yield "answer-position", f"the answer does not take each of the {size} positions equally often ({places})"


def _homogeneity(q: Question, pack: Pack, world: World):
    """Flaw 2: options of one kind (pronouns, kind of place, medium), from fitting shows, one per other show."""
    vocabulary = VOCABULARY.get(q.type)
    if vocabulary is None:
        return
    for options in q.sets:
        taggings = [world.taggings(vocabulary, o) for o in options]
        shared = set.intersection(*({e.tags() for e in found} for found in taggings if found)) if any(taggings) else {0}
        if not shared:
            yield "mixed-options", f"options of different kinds: {_describe(options, taggings)}"
        groups = Counter(_foreign_group(found, pack) for found in taggings if _foreign_group(found, pack))
        for group, count in groups.items():
            if count > 1 and q.type == "person":
                yield "mixed-options", f"{count} wrong options come from one other show ({group})"
        for option, found in zip(options, taggings, strict=True):
            if option == q.answer or not found or any(_fits(e, pack) for e in found):
                continue
            yield "mixed-options", f"'{option}' comes from a show of another country, which does not fit {pack.show}"
        if q.type == "place":
            yield from _one_country(q, options, taggings, pack)


def _one_country(q: Question, options, taggings, pack: Pack):
    """A place whose country the pack gives is offered among places of that country only."""
    where = [f.country for f in pack.filming if f.place == q.answer and f.country]
    if pack.setting and pack.setting.city == q.answer and pack.setting.country:
        where.append(pack.setting.country)
    if not where:
        return
    for option, found in zip(options, taggings, strict=True):
        if option != q.answer and found and not any(norm(where[0]) in map(norm, e.country) for e in found):
            yield "mixed-options", f"'{option}' is not in {where[0]}, where '{q.answer}' is"


def _foreign_group(found, pack: Pack) -> str | None:
    groups = {e.group for e in found if e.group}
    return next(iter(groups)) if len(groups) == 1 and norm(next(iter(groups))) != norm(pack.show) else None


def _fits(entry, pack: Pack) -> bool:
    same_show = entry.group and norm(entry.group) == norm(pack.show)
    return bool(same_show or set(map(norm, entry.country)) & set(map(norm, pack.country)))


def _describe(options, taggings) -> str:
    def tags(found):
        return " or ".join("/".join(t for t in e.tags() if t) or "untagged" for e in found) or "unknown"

    return ", ".join(f"{o} ({tags(found)})" for o, found in zip(options, taggings, strict=True))


def _implied_order(q: Question):
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


def _ruled_out(q: Question, pack: Pack):
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
            start, end = _period(option)
            if start and end and pack.premiere and not end.before(pack.premiere):
                yield "ruled-out", f"'{option}' does not end before the premiere"
            if start and pack.renewed and not pack.renewed.before(start):
                yield "ruled-out", f"'{option}' begins before the renewal"


def _dates(q: Question) -> list[PartialDate]:
    if q.kind == "true_false":
        return [PartialDate.parse(q.about["month"])] if "month" in q.about else []
    return [d for d in (PartialDate.from_human(o) for s in q.sets for o in s) if d]


def _period(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    start, _, end = text.partition("–")
    last = PartialDate.from_human(end or start)
    first = PartialDate.from_human(start) or (PartialDate.from_human(f"{start} {last.year}") if last else None)
    return first, last


def _beyond_source(q: Question, pack: Pack):
    """Flaw 7: "NOT in the cast" needs a complete cast list or an actor the source says is gone."""
    if q.kind == "not_in_cast" and not pack.cast_complete:
        yield "beyond-source", "asks who is NOT in the cast, but the pack does not say its cast list is complete"
    if q.kind == "departed" and not any(m.status == "departed" and m.actor == q.answer for m in pack.cast):
        yield "beyond-source", f"'{q.answer}' is not listed as departed"


def _labels_and_names(q: Question, pack: Pack):
    """Flaw 8: the show's own season label, and every alias of a typed answer accepted."""
    if pack.label and not pack.label.lower().startswith("season ") and SEASON_NUMBER.search(q.prompt):
        yield "season-label", f"says '{SEASON_NUMBER.search(q.prompt)[0]}' where the show says '{pack.label}'"
    if q.typed:
        others = q.options[1:]
        for alias in (*q.aliases, *derived_aliases(q.answer)):
            if not any(matches(alias, name, others) for name in (q.answer, *q.aliases)):
                yield "alias", f"typing '{alias}' would not be accepted"
        member = next((m for m in pack.cast if m.actor == q.answer), None)
        for alias in member.names[1:] if member else ():
            if alias not in q.aliases:
                yield "alias", f"the alias '{alias}' is not accepted"


def _explanation(q: Question):
    """Flaw 9: cite the source, and add a fact the question did not just show."""
    if not q.citation or "“" not in q.citation:
        yield "restating-explanation", "the explanation does not cite its source by title and publisher"
    if q.kind != "custom" and not q.extras:
        yield "restating-explanation", "the explanation only restates the answer: no further fact to add"
    for extra in q.extras:
        if extra.fact in q.reveals or extra.text.rstrip(".").casefold() in q.explanation.casefold():
            yield "restating-explanation", f"the extra fact '{extra.text}' is one the question already shows"


def _difficulty(q: Question, pack: Pack):
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
        start, end = _period(q.answer)
        gaps = []
        for option in (o for s in q.sets for o in s if o != q.answer):
            a, b = _period(option)
            gaps.append(max(abs(_months(a) - _months(start)), abs(_months(b) - _months(end))))
        return _band(PERIOD_BANDS, min(gaps))
    if q.kind in ("which_first", "order_events"):
        dates = sorted(PartialDate.parse(iso) for _, iso in q.about["events"])
        gap = min(_months(b) - _months(a) for a, b in itertools.pairwise(dates))
        return gap_difficulty(gap)
    return None


def _band(bands: dict, gap: int) -> str:
    """The band a distance falls in; closer than the closest band is hard too."""
    if gap < min(bands["hard"]):
        return "hard"
    return next((band for band, steps in bands.items() if gap in steps), "easy")


def _months(date: PartialDate) -> int:
    return date.year * 12 + (date.month or 1)


def _distance(a: PartialDate, b: PartialDate) -> int:
    if a.precision == "day":
        return abs((_ordinal(a) - _ordinal(b)) // 7)
    if a.precision == "year":
        return abs(a.year - b.year)
    return abs(_months(a) - _months(b))


def _ordinal(d: PartialDate) -> int:
    return dt.date(d.year, d.month, d.day).toordinal()


def _bank_problems(pack: Pack, questions: list[Question]):
    """Flaws 5 and 6: two questions that could share a game and leak; two questions with one key."""
    for key, count in Counter(q.key for q in questions).items():
        if count > 1:
            yield "duplicate-key", key, f"{count} questions share this key, so the pack could not be stored"
    for a, b in itertools.permutations(questions, 2):
        if conflict(a, b):
            continue
        leak = leak_between(a, b, full_explanation(b, None))
        if leak:
            yield "leak", a.key, f"can share a game with {leak}"
    truths = Counter(q.topic for q in questions if q.type == "boolean")
    answers = Counter((q.topic, q.answer) for q in questions if q.type == "boolean")
    for topic in truths:
        if answers[(topic, "True")] != answers[(topic, "False")]:
            yield "answer-position", topic, "true-or-false statements on this topic are not as often true as false"


def _grammar(prompt: str):
    if PLACEHOLDER.search(prompt):
        yield "the question has an unfilled placeholder"
    if A_BEFORE_VOWEL.search(prompt) or AN_BEFORE_CONSONANT.search(prompt):
        yield "the question uses the wrong article ('a' or 'an')"
    if DOUBLED_WORD.search(prompt):
        yield f"the question repeats a word: '{DOUBLED_WORD.search(prompt).group(0)}'"
    if "  " in prompt or prompt != prompt.strip():
        yield "the question has stray spaces"
    if not prompt.endswith(("?", ".")):
        yield "the question does not end with '?' or '.'"
    if prompt[:1].islower():
        yield "the question starts with a lowercase letter"


def _is_period(text: str) -> bool:
    """'January–June 2019', 'November 2018–April 2019', '1–9 May 2019'-style spans, or one date."""
    start, end = _period(text)
    return start is not None and end is not None


def _of_type(option: str, q: Question, world: World) -> bool:
    vocabulary = VOCABULARY.get(q.type)
    if vocabulary == "people":
        return any(world.entry(v, option) for v in ("people", "actors"))
    if vocabulary:
        return world.entry(vocabulary, option) is not None
    if q.type.startswith("date:"):
        date = PartialDate.from_human(option)
        return date is not None and date.precision == q.type.split(":")[1]
    if q.type == "period":
        return _is_period(option)
    if q.type == "number":
        return option.isdigit()
    if q.type == "boolean":
        return option in ("True", "False")
    if q.type == "ordering":
        return sorted(option.split(" → ")) == sorted(q.answer.split(" → "))
    return q.type in FREE_TYPES and bool(option.strip())
