"""quiz.draw_per_attempt and attempt.draw_seed: a draw of N per skill for every attempt

Revision ID: c5e8a2f41b06
Revises: f2b8d4c61a37
Create Date: 2026-11-30 03:10:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c5e8a2f41b06'
down_revision = 'f2b8d4c61a37'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('quiz', sa.Column('draw_per_attempt', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('attempt', sa.Column('draw_seed', sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table('attempt') as batch_op:
        batch_op.drop_column('draw_seed')
    with op.batch_alter_table('quiz') as batch_op:
        batch_op.drop_column('draw_per_attempt')
