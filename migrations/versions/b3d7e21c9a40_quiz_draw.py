"""quiz.draw: the seed and per-skill counts of a quiz drawn at random

Revision ID: b3d7e21c9a40
Revises: 7c3e9a51d2b4
Create Date: 2026-11-25 21:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'b3d7e21c9a40'
down_revision = '7c3e9a51d2b4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('quiz', sa.Column('draw', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('quiz') as batch_op:
        batch_op.drop_column('draw')
