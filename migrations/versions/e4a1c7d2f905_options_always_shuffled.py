"""assignment.shuffle_options dropped: options are shuffled for every attempt (a bank marks the
option lists whose order means something with `ordered: true`); assignment.show_score: a score is
shown before the review only where the teacher chose so

Revision ID: e4a1c7d2f905
Revises: b3d7e21c9a40
Create Date: 2026-11-30 01:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'e4a1c7d2f905'
down_revision = 'b3d7e21c9a40'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('assignment') as batch_op:
        batch_op.drop_column('shuffle_options')
        batch_op.add_column(sa.Column('show_score', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('assignment') as batch_op:
        batch_op.drop_column('show_score')
        batch_op.add_column(sa.Column('shuffle_options', sa.Boolean(), nullable=False, server_default=sa.false()))
