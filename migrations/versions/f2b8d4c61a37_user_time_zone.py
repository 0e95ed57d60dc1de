"""user.time_zone: dates and times shown and typed in each person's zone

Revision ID: f2b8d4c61a37
Revises: e4a1c7d2f905
Create Date: 2026-11-30 01:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f2b8d4c61a37'
down_revision = 'e4a1c7d2f905'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('user', sa.Column('time_zone', sa.String(length=64), nullable=True))


def downgrade():
    with op.batch_alter_table('user') as batch_op:
        batch_op.drop_column('time_zone')
