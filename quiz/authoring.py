"""Saving and previewing authors' packs: the same validator and importer as the CLI."""

from __future__ import annotations

from flask import abort, current_app
from flask_login import current_user
from sqlalchemy import select

from .core.generate import generate
from .core.pack import Pack as PackFacts
from .core.packdata import dump_yaml, pack_to_data
from .core.packfile import parse_pack
from .core.world import World, load_pool
from .extensions import db
from .importer import import_packs, pool_folder, stored_facts
from .models import Pack

MAX_HANDWRITTEN = 100


def save_facts(facts: PackFacts) -> Pack:
    """Store the pack as the signed-in author's; raises PackError if its slug belongs to someone else."""
    text = dump_yaml(pack_to_data(facts))
    import_packs([facts], {facts.slug: text}, current_app.config["PACKS_FOLDER"], owner_id=current_user.id)
    return db.session.scalar(select(Pack).where(Pack.slug == facts.slug))


def save_text(facts: PackFacts, text: str) -> Pack:
    """Store an uploaded file as it was written, comments and all."""
    import_packs([facts], {facts.slug: text}, current_app.config["PACKS_FOLDER"], owner_id=current_user.id)
    return db.session.scalar(select(Pack).where(Pack.slug == facts.slug))


def preview(facts: PackFacts):
    world = World([facts, *stored_facts({facts.slug})], load_pool(pool_folder(current_app.config["PACKS_FOLDER"])))
    return generate(facts, world)


def facts_of(pack: Pack) -> PackFacts:
    return parse_pack(pack.source_text, f"{pack.slug}.yaml")


def own_pack_or_404(slug: str) -> Pack:
    """The signed-in author's pack; anyone else's (or a shipped one) is a 404, so drafts stay private."""
    pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
    if pack is None or not pack.editable_by(current_user):
        abort(404, "You have no pack by that name.")
    return pack


def visible_pack_or_404(slug: str) -> Pack:
    pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
    if pack is None or not pack.visible_to(current_user):
        abort(404, "There is no pack by that name.")
    return pack
