"""daily puzzles: a game may ask across the shelf, and players keep a day streak

Revision ID: e5a1c3d7b9f2
Revises: c7d2e9a4f1b6
Create Date: 2026-11-25 03:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5a1c3d7b9f2'
down_revision = 'c7d2e9a4f1b6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.alter_column('pack_id', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('daily', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_games_daily'), ['daily'], unique=False)
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('daily_last', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('daily_streak', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('daily_streak')
        batch_op.drop_column('daily_last')
    op.execute("DELETE FROM games WHERE pack_id IS NULL")
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_games_daily'))
        batch_op.drop_column('daily')
        batch_op.alter_column('pack_id', existing_type=sa.Integer(), nullable=False)
