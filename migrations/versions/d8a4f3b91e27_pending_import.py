"""pending import: a foreign question file waiting for the teacher to give each question its evidence

Revision ID: d8a4f3b91e27
Revises: a9c4e7b1d3f0
Create Date: 2026-11-30 04:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'd8a4f3b91e27'
down_revision = 'a9c4e7b1d3f0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('pending_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('article', sa.Text(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('remarks', sa.JSON(), nullable=False),
    sa.Column('bank_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['bank_version_id'], ['bank_version.id'], name=op.f('fk_pending_import_bank_version_id_bank_version'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['user.id'], name=op.f('fk_pending_import_owner_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_import'))
    )
    with op.batch_alter_table('pending_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_import_owner_id'), ['owner_id'], unique=False)


def downgrade():
    with op.batch_alter_table('pending_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_import_owner_id'))
    op.drop_table('pending_import')
