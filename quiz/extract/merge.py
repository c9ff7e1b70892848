"""From articles to one draft: run the rules on each article, settle each article's own
candidates, then merge the articles, keeping disagreements as conflicts for the author."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..core.text import fold, slugify
from . import season as rules
from .assemble import STATUS_ORDER, assemble
from .cast import CastBook, Hit, status_of
from .cast_table import table_rows
from .draft import Article, Draft, Evidence
from .filming import filming
from .names import NAME, clean_name, is_person
from .parts import split_article

Claims = dict[tuple, list[Evidence]]


def draft_pack(articles: list[Article]) -> Draft:
    claims: Claims = defaultdict(list)
    for number, article in enumerate(articles, 1):
        for key, evidence in article_claims(article, number).items():
            claims[key] += evidence
    return _draft(claims, [a.source() for a in articles])


def article_claims(article: Article, source: int) -> Claims:
    """What one article states, each key settled to the article's best-supported value."""
    sentences, tables = split_article(article.text, article.lang)
    claims: Claims = defaultdict(list)

    def claim(key: tuple, value, sentence: str, hedge: str = "") -> None:
        claims[key].append(Evidence(value, sentence, source, hedge))

    top = rules.show_and_season(article.title, article.text)
    for key in ("show", "season", "label"):
        if key in top:
            claim((key,), top[key], article.title)
    show, season = top.get("show", ""), top.get("season", 0)
    creators = [(name, s) for name, s in rules.creators(sentences) if name != show and name not in show]
    crew = rules.crew(sentences)
    cast = _cast(sentences, tables, show, {name for name, _ in creators} | {name for name, _, _ in crew})
    people = {hit.actor for hit in cast.hits} | {hit.role for hit in cast.hits}
    people |= {name for name, _ in creators}
    if found := rules.network(sentences, {show, *people}):
        claim(("network",), found[0], found[1].text)
    for field, candidates in (
        ("premiere", rules.premiere(sentences, season, article.date)),
        ("renewed", rules.renewed(sentences, season, article.date)),
        ("episodes", rules.episodes(sentences, season)),
    ):
        if best := _settle([c for c in candidates if not c[2]]):
            claim((field,), best[0], best[1].text)
    for name, sentence in creators:
        claim(("creators", fold(name)), name, sentence.text)
    for name, job, sentence in crew:
        if ("creators", fold(name)) not in claims:
            claim(("crew", fold(name)), f"{name} ({job}, not a creator)", sentence.text)
    _cast_claims(cast, claim)
    for shoot in filming(sentences, season, show, article.date):
        place = fold(shoot.place)
        claim(("filming", place, "place"), shoot.place, shoot.sentence.text, shoot.hedge)
        if shoot.start:
            claim(("filming", place, "from"), shoot.start, shoot.sentence.text)
        if shoot.end:
            claim(("filming", place, "to"), shoot.end, shoot.sentence.text)
    return {key: _one_value(key, evidence) for key, evidence in claims.items()}


def _cast(sentences, tables, show: str, not_actors: set[str]) -> CastBook:
    names = {sentence.index: _full_names(sentence.text) for sentence in sentences}
    people = {name for found in names.values() for name in found}
    # Two-word names written in prose are units a table row pasted without its borders must not split.
    units = {n for s in sentences if s.kind != "row" for n in names[s.index] if len(n.split()) == 2}
    book = CastBook(show, not_actors, people)
    book.mentions = [w for sentence in sentences for w in _single_names(sentence.text)]
    rows = {row["row"].index: row for table in tables for row in table_rows(table, units)}
    for sentence in sentences:
        if sentence.index in rows:
            row = rows[sentence.index]
            status = "new" if row["new"] else status_of(sentence, "table", 0, sentence.heading)[0]
            hit = Hit(row["actor"], sentence, row["role"], status, narrator=row["narrator"], rank=0)
            hit.credits = [(title, role, sentence) for title, role in row["credits"]]
            book.add(hit)
            book.last_actor = row["actor"]
        elif sentence.kind != "row":
            book.read(sentence)
    return book


def _full_names(text: str) -> list[str]:
    return [name for m in re.finditer(NAME, text) if is_person(name := clean_name(m.group()))]


def _single_names(text: str) -> list[str]:
    """Capitalised words standing alone: "Redgrave-Ito, who", "Ambrose's"."""
    found = []
    for match in re.finditer(NAME, text):
        if " " not in match.group():
            found.append(re.sub(r"[’']s$", "", match.group()))
    return found


def _cast_claims(book: CastBook, claim) -> None:
    for hit in sorted(book.hits, key=lambda h: h.rank):
        actor = fold(hit.actor)
        claim(("cast", actor, "actor"), hit.actor, hit.sentence.text)
        if hit.role:
            claim(("cast", actor, "role"), hit.role, hit.sentence.text)
        if hit.status:
            claim(("cast", actor, "status"), hit.status, hit.sentence.text, hit.hedge)
        if hit.narrator:
            claim(("cast", actor, "narrator"), True, hit.sentence.text)
        for title, role, sentence in hit.credits:
            claim(("cast", actor, "known_for", fold(title)), {"title": title, "role": role}, sentence.text)


def _settle(candidates: list[tuple]) -> tuple | None:
    """The most precise value, then the one stated most often, then the first."""
    if not candidates:
        return None
    counts = Counter(str(c[0]) for c in candidates)
    return max(candidates, key=lambda c: (len(str(c[0])) if isinstance(c[0], str) else 0, counts[str(c[0])]))


def _one_value(key: tuple, evidence: list[Evidence]) -> list[Evidence]:
    """Within one article: the first value for most fields (tables come first for the cast), the
    strongest status, and a credit's role when any mention gives it."""
    if key[-1] == "status":
        best = min(evidence, key=lambda e: STATUS_ORDER.index(e.value))
        return [best]
    if key[-2:-1] == ("known_for",):
        with_role = [e for e in evidence if e.value["role"]]
        return [(with_role or evidence)[0]]
    if key[-1] == "place":
        certain = [e for e in evidence if not e.hedge]
        return [(certain or evidence)[0]]
    return [evidence[0]]


def _draft(claims: Claims, sources: list[dict]) -> Draft:
    data, evidence, conflicts = assemble(claims)
    data["sources"] = sources
    if data.get("show"):
        season = data.get("season")
        data["title"] = f"{data['show']} — {data.get('label') or f'Season {season}'}" if season else data["show"]
        data["slug"] = slugify(f"{data['show']} s{season}" if season else data["show"])[:60]
    return Draft(data=data, evidence=evidence, conflicts=conflicts)
