"""The one way a pack enters the game, whoever brings it: `flask packs import`, an upload, the pack
form or a question import. Its text is parsed once, with line numbers (core), then stored with its
generated questions in one transaction. Previews and stored questions are generated against the same
world: the packs at hand, every other published pack, and the pool of distractors."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from ..core.generate import generate
from ..core.pack import Pack as PackFacts
from ..core.pack import PackError, Problem
from ..core.packdata import dump_yaml, pack_to_data
from ..core.packfile import PackText, load_yaml, parse_pack, read_pack_text, read_pack_texts
from ..core.world import Pool, World, load_pool
from ..extensions import db
from ..models import Pack, Question

# slug -> (updated_at, facts): each worker parses a stored pack once, and again only after it changes.
_parsed: dict[str, tuple[object, PackFacts | None]] = {}


def world(packs: list[PackFacts], with_stored: bool = True) -> World:
    """What questions about `packs` are judged against; `with_stored` adds every other published pack."""
    others = stored_facts({p.slug for p in packs}) if with_stored else []
    return World([*packs, *others], _pool(Path(current_app.config["PACKS_FOLDER"]) / "pools"))


# folder -> (modification times, pool): the live preview asks on every keystroke; read the files once.
_pools: dict[Path, tuple[tuple, Pool]] = {}


def _pool(folder: Path) -> Pool:
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.y*ml"))) if folder.is_dir() else ()
    if _pools.get(folder, (None,))[0] != stamp:
        _pools[folder] = (stamp, load_pool(folder))
    return _pools[folder][1]


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


def preview(facts: PackFacts):
    """The questions and skipped facts a pack would get if it were saved now."""
    return generate(facts, world([facts]))


def import_files(paths: list[Path]) -> list[tuple[PackFacts, int, int]]:
    """Shipped pack files, as `flask packs import` loads them; nothing is written if any is invalid."""
    return store(read_pack_texts(paths))


def save_text(text: str, filename: str, owner_id: int) -> Pack:
    """An uploaded file, stored as it was written, comments and all."""
    return _stored(store([read_pack_text(text, filename)], owner_id)[0][0])


def save_facts(facts: PackFacts, owner_id: int, publish: bool = False) -> Pack:
    """A pack validated from the pack form or grown by a question import, which has no file of its
    own: stored as the pack format's YAML, written once from the validated facts. `publish` makes a
    new pack published in the same transaction (a draft from articles is published as it is saved)."""
    return _stored(store([PackText(facts, dump_yaml(pack_to_data(facts)), 1)], owner_id, publish)[0][0])


def source_data(pack: Pack) -> dict:
    """A stored pack's data as its text gives it, to add to and save again."""
    return load_yaml(pack.source_text, f"{pack.slug}.yaml")[0]


def facts_of(pack: Pack) -> PackFacts:
    return parse_pack(pack.source_text, f"{pack.slug}.yaml")


def delete(pack: Pack) -> None:
    """Delete a pack with its questions, games, rounds and cards, in one transaction."""
    db.session.delete(pack)
    db.session.commit()


def store(
    items: list[PackText], owner_id: int | None = None, publish: bool = False
) -> list[tuple[PackFacts, int, int]]:
    """Store packs and their questions in one transaction; returns (pack, active, retired) per pack.

    Shipped packs (no owner) never overwrite an author's pack, and an author can only overwrite their own.
    Whatever else the session holds (say, a deleted draft) is committed or rolled back with them.
    """
    judged = world([item.pack for item in items])
    try:
        report = [_upsert(item, judged, owner_id, publish) for item in items]
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return report


def _stored(facts: PackFacts) -> Pack:
    return db.session.scalar(select(Pack).where(Pack.slug == facts.slug))


def _upsert(item: PackText, world: World, owner_id: int | None, publish: bool) -> tuple[PackFacts, int, int]:
    facts = item.pack
    pack = db.session.scalar(select(Pack).where(Pack.slug == facts.slug))
    if pack is None:
        pack = Pack(slug=facts.slug, owner_id=owner_id, published=owner_id is None or publish)
        db.session.add(pack)
    elif pack.owner_id != owner_id:
        message = f"'{facts.slug}' is already taken by another pack"
        raise PackError([Problem(facts.origin, item.slug_line, "slug", message)])
    pack.title, pack.show, pack.season, pack.network = facts.title, facts.show, facts.season, facts.network
    pack.description = facts.description
    pack.premiere = facts.premiere.iso() if facts.premiere else None
    pack.search_text = facts.searchable
    pack.sources = [_source_dict(s) for s in facts.sources]
    pack.source_text = item.text
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
        row.extras = [{"text": e.text, "fact": e.fact, "citation": e.citation} for e in question.extras]
        row.citation, row.aliases = question.citation, list(question.aliases)
        db.session.add(row)
    # Questions that are gone stay in the table, retired, so rounds that point at them keep working.
    for row in existing.values():
        row.active = False
    return facts, len(questions), len(existing)


def _source_dict(source) -> dict:
    data = asdict(source)
    data["date"] = source.date.human() if source.date else None
    return {k: v for k, v in data.items() if v is not None}
