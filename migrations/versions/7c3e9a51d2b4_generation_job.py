"""generation job: a generator run and its candidate questions under review

Revision ID: 7c3e9a51d2b4
Revises: 21541293fe02
Create Date: 2026-11-25 21:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '7c3e9a51d2b4'
down_revision = '21541293fe02'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('generation_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('article', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('step', sa.String(length=200), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('bank_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_generation_job_status')),
    sa.ForeignKeyConstraint(['bank_version_id'], ['bank_version.id'], name=op.f('fk_generation_job_bank_version_id_bank_version'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['user.id'], name=op.f('fk_generation_job_owner_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_generation_job'))
    )
    with op.batch_alter_table('generation_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generation_job_owner_id'), ['owner_id'], unique=False)


def downgrade():
    with op.batch_alter_table('generation_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generation_job_owner_id'))
    op.drop_table('generation_job')
