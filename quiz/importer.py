"""Load validated packs into the database, all or nothing."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select

from .core.generate import generate
from .core.pack import Pack as PackFacts
from .core.pack import PackError, Problem
from .core.packfile import load_yaml, parse_pack, read_packs
from .core.world import World, load_pool
from .extensions import db
from .models import Pack, Question


def pool_folder(packs_folder: str) -> Path:
    return Path(packs_folder) / "pools"


# slug -> (updated_at, facts): each worker parses a stored pack once, and again only after it changes.
_parsed: dict[str, tuple[object, PackFacts | None]] = {}


def stored_facts(exclude: set[str]) -> list[PackFacts]:
    """Published packs already in the database, so new questions are judged against them too."""
    facts = []
    for slug, updated in db.session.execute(select(Pack.slug, Pack.updated_at).where(Pack.published)):
        if slug in exclude:
            continue
        if _parsed.get(slug, (None,))[0] != updated:
            text = db.session.scalar(select(Pack.source_text).where(Pack.slug == slug))
            try:
                _parsed[slug] = (updated, parse_pack(text, f"<stored {slug}>"))
            except PackError:
                _parsed[slug] = (updated, None)
        if _parsed[slug][1] is not None:
            facts.append(_parsed[slug][1])
    return facts


def import_paths(paths: list[Path], packs_folder: str) -> list[tuple[PackFacts, int, int]]:
    """Import pack files; returns (pack, questions now active, questions retired) per pack.

    Raises PackError before anything is written if any file is invalid.
    """
    texts = {}
    packs = read_packs(paths)
    for pack in packs:
        texts[pack.slug] = Path(pack.origin).read_text(encoding="utf-8")
    return import_packs(packs, texts, packs_folder)


def import_packs(
    packs: list[PackFacts], texts: dict[str, str], packs_folder: str, owner_id: int | None = None
) -> list[tuple[PackFacts, int, int]]:
    """Store packs and their questions in one transaction.

    Shipped packs (no owner) never overwrite an author's pack, and an author
    can only overwrite their own.
    """
    world = World(packs + stored_facts({p.slug for p in packs}), load_pool(pool_folder(packs_folder)))
    report = []
    try:
        for facts in packs:
            report.append(_upsert(facts, texts[facts.slug], world, owner_id))
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return report


def _upsert(facts: PackFacts, text: str, world: World, owner_id: int | None) -> tuple[PackFacts, int, int]:
    pack = db.session.scalar(select(Pack).where(Pack.slug == facts.slug))
    if pack is None:
        pack = Pack(slug=facts.slug, owner_id=owner_id, published=owner_id is None)
        db.session.add(pack)
    elif pack.owner_id != owner_id:
        line = _slug_line(text, facts.origin)
        raise PackError([Problem(facts.origin, line, "slug", f"'{facts.slug}' is already taken by another pack")])
    pack.title, pack.show, pack.season, pack.network = facts.title, facts.show, facts.season, facts.network
    pack.description = facts.description
    pack.sources = [_source_dict(s) for s in facts.sources]
    pack.source_text = text
    db.session.flush()
    questions, _ = generate(facts, world)
    existing = {q.key: q for q in db.session.scalars(select(Question).where(Question.pack_id == pack.id))}
    for question in questions:
        row = existing.pop(question.key, None) or Question(pack_id=pack.id, key=question.key)
        row.kind, row.type, row.fact, row.prompt = question.kind, question.type, question.fact, question.prompt
        row.options, row.answer = list(question.options), question.answer
        row.difficulty, row.explanation, row.active = question.difficulty, question.explanation, True
        row.option_sets = [list(s) for s in question.sets]
        row.topic, row.asks, row.reveals = question.topic, list(question.asks), list(question.reveals)
        row.extras = [{"text": e.text, "fact": e.fact} for e in question.extras]
        row.citation, row.aliases = question.citation, list(question.aliases)
        db.session.add(row)
    # Questions that are gone stay in the table, retired, so rounds that point at them keep working.
    for row in existing.values():
        row.active = False
    return facts, len(questions), len(existing)


def _slug_line(text: str, origin: str) -> int:
    try:
        return load_yaml(text, origin)[1].get(("slug",), 1)
    except PackError:
        return 1


def _source_dict(source) -> dict:
    data = asdict(source)
    data["date"] = source.date.human() if source.date else None
    return {k: v for k, v in data.items() if v is not None}
