"""timed games: seconds a question, points for speed, and when each question was shown

Revision ID: f8b2d4a6c0e1
Revises: e5a1c3d7b9f2
Create Date: 2026-11-25 03:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f8b2d4a6c0e1'
down_revision = 'e5a1c3d7b9f2'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seconds', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('points', sa.Integer(), server_default='0', nullable=False))
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shown_at', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_column('shown_at')
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.drop_column('points')
        batch_op.drop_column('seconds')
