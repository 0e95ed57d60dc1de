"""regrade and regrade_attempt: key corrections and the scores they changed

Revision ID: c5e2a9d47b18
Revises: c5e8a2f41b06
Create Date: 2026-11-30 03:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c5e2a9d47b18'
down_revision = 'c5e8a2f41b06'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('regrade',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('old_key', sa.Text(), nullable=False),
    sa.Column('new_key', sa.Text(), nullable=False),
    sa.Column('question_data', sa.JSON(), nullable=False),
    sa.Column('credit', sa.String(length=20), nullable=False),
    sa.CheckConstraint("credit IN ('key', 'dropped', 'full')", name=op.f('ck_regrade_credit')),
    sa.ForeignKeyConstraint(['question_id'], ['bank_question.id'], name=op.f('fk_regrade_question_id_bank_question'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teacher_id'], ['user.id'], name=op.f('fk_regrade_teacher_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regrade'))
    )
    with op.batch_alter_table('regrade', schema=None) as batch_op:
        batch_op.create_index('ix_regrade_teacher_question', ['teacher_id', 'question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_regrade_question_id'), ['question_id'], unique=False)

    op.create_table('regrade_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('regrade_id', sa.Integer(), nullable=False),
    sa.Column('attempt_id', sa.Integer(), nullable=False),
    sa.Column('old_score', sa.Float(), nullable=True),
    sa.Column('old_max', sa.Float(), nullable=True),
    sa.Column('new_score', sa.Float(), nullable=False),
    sa.Column('new_max', sa.Float(), nullable=False),
    sa.Column('old_points', sa.Float(), nullable=True),
    sa.Column('new_points', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['attempt_id'], ['attempt.id'], name=op.f('fk_regrade_attempt_attempt_id_attempt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['regrade_id'], ['regrade.id'], name=op.f('fk_regrade_attempt_regrade_id_regrade'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regrade_attempt')),
    sa.UniqueConstraint('regrade_id', 'attempt_id', name=op.f('uq_regrade_attempt_regrade_id_attempt_id'))
    )
    with op.batch_alter_table('regrade_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regrade_attempt_attempt_id'), ['attempt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_regrade_attempt_regrade_id'), ['regrade_id'], unique=False)


def downgrade():
    op.drop_table('regrade_attempt')
    op.drop_table('regrade')
