"""packs keep their premiere and search text, for the shelf

Revision ID: 8e2f4c6a1d37
Revises: 5c1e7a9d2b40
Create Date: 2026-11-25 00:45:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8e2f4c6a1d37'
down_revision = '5c1e7a9d2b40'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('packs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('premiere', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('search_text', sa.Text(), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_packs_premiere'), ['premiere'], unique=False)
    _fill_from_stored_text()


def _fill_from_stored_text():
    """Packs stored before this revision get both from their stored file, read as the app reads it;
    one the reader refuses keeps them empty until it is saved again."""
    from quiz.core.pack import PackError
    from quiz.core.packfile import parse_pack

    connection = op.get_bind()
    packs = sa.table('packs', sa.column('id'), sa.column('slug'), sa.column('source_text'),
                     sa.column('premiere'), sa.column('search_text'))
    for pack_id, slug, text in connection.execute(sa.select(packs.c.id, packs.c.slug, packs.c.source_text)).all():
        try:
            facts = parse_pack(text, f'{slug}.yaml')
        except PackError:
            continue
        connection.execute(
            packs.update().where(packs.c.id == pack_id).values(
                premiere=facts.premiere.iso() if facts.premiere else None, search_text=facts.searchable
            )
        )


def downgrade():
    with op.batch_alter_table('packs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_packs_premiere'))
        batch_op.drop_column('search_text')
        batch_op.drop_column('premiere')
