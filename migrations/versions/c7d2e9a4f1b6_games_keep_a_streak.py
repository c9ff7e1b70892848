"""games keep a streak of right answers in a row

Revision ID: c7d2e9a4f1b6
Revises: 3f7b9c2e5a18
Create Date: 2026-11-25 03:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c7d2e9a4f1b6'
down_revision = '3f7b9c2e5a18'
branch_labels = None
depends_on = None


def upgrade():
    # Games under way when this runs start their streak again from their next answer.
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.add_column(sa.Column('streak', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('games', schema=None) as batch_op:
        batch_op.drop_column('streak')
