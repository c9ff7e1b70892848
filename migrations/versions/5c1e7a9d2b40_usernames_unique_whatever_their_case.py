"""usernames unique whatever their case

Revision ID: 5c1e7a9d2b40
Revises: afdbda2e8bcc
Create Date: 2026-11-25 00:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c1e7a9d2b40'
down_revision = 'afdbda2e8bcc'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('username_key', sa.String(length=40), nullable=True))
    # Usernames hold ASCII letters, digits, dots, dashes and underscores, so lower() folds them
    # exactly as the app does. Should two accounts already differ only by case, the later one's
    # key gets its id appended so the upgrade succeeds; its owner signs in with the exact name.
    op.execute("UPDATE users SET username_key = lower(username)")
    op.execute(
        "UPDATE users SET username_key = substr(username_key, 1, 30) || '-' || id WHERE id NOT IN "
        "(SELECT min(id) FROM users GROUP BY lower(username))"
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('username_key', existing_type=sa.String(length=40), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_users_username_key'), ['username_key'])


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_username_key'), type_='unique')
        batch_op.drop_column('username_key')
