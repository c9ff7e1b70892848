"""article drafts: packs drafted from articles, with evidence and review marks

Revision ID: 3f7b9c2e5a18
Revises: 8e2f4c6a1d37
Create Date: 2026-11-27 10:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3f7b9c2e5a18'
down_revision = '8e2f4c6a1d37'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('article_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('extracted', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('conflicts', sa.JSON(), nullable=False),
    sa.Column('reviewed', sa.JSON(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_article_drafts_owner_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_drafts'))
    )
    with op.batch_alter_table('article_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_drafts_owner_id'), ['owner_id'], unique=False)


def downgrade():
    with op.batch_alter_table('article_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_drafts_owner_id'))
    op.drop_table('article_drafts')
