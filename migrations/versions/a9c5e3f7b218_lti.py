"""LTI 1.3: platforms, quizapp's keys, launch values, identities, contexts, memberships, resource links, score sends

Revision ID: a9c5e3f7b218
Revises: d8a4f3b91e27
Create Date: 2026-11-30 03:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'a9c5e3f7b218'
down_revision = 'd8a4f3b91e27'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'lti_platform',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('issuer', sa.String(length=255), nullable=False),
        sa.Column('client_id', sa.String(length=255), nullable=False),
        sa.Column('deployment_ids', sa.JSON(), nullable=False),
        sa.Column('auth_login_url', sa.String(length=500), nullable=False),
        sa.Column('token_url', sa.String(length=500), nullable=False),
        sa.Column('jwks_url', sa.String(length=500), nullable=False),
        sa.Column('lms_url', sa.String(length=500), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['owner_id'], ['user.id'], name=op.f('fk_lti_platform_owner_id_user'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_platform')),
        sa.UniqueConstraint('issuer', 'client_id', name=op.f('uq_lti_platform_issuer_client_id')),
    )
    op.create_index(op.f('ix_lti_platform_owner_id'), 'lti_platform', ['owner_id'], unique=False)
    op.create_table(
        'lti_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kid', sa.String(length=64), nullable=False),
        sa.Column('private_pem', sa.Text(), nullable=False),
        sa.Column('public_jwk', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('retired_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_key')),
        sa.UniqueConstraint('kid', name=op.f('uq_lti_key_kid')),
    )
    op.create_table(
        'lti_launch_value',
        sa.Column('key', sa.String(length=255), nullable=False),
        sa.Column('value', sa.JSON(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_lti_launch_value')),
    )
    op.create_index(op.f('ix_lti_launch_value_expires_at'), 'lti_launch_value', ['expires_at'], unique=False)
    op.create_table(
        'lti_identity',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform_id', sa.Integer(), nullable=False),
        sa.Column('sub', sa.String(length=255), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['platform_id'], ['lti_platform.id'], name=op.f('fk_lti_identity_platform_id_lti_platform'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_lti_identity_user_id_user'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_identity')),
        sa.UniqueConstraint('platform_id', 'sub', name=op.f('uq_lti_identity_platform_id_sub')),
    )
    op.create_index(op.f('ix_lti_identity_user_id'), 'lti_identity', ['user_id'], unique=False)
    op.create_table(
        'lti_context',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform_id', sa.Integer(), nullable=False),
        sa.Column('context_id', sa.String(length=255), nullable=False),
        sa.Column('classroom_id', sa.Integer(), nullable=False),
        sa.Column('memberships_url', sa.String(length=500), nullable=True),
        sa.Column('roster_pulled_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['platform_id'], ['lti_platform.id'], name=op.f('fk_lti_context_platform_id_lti_platform'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['classroom_id'], ['classroom.id'], name=op.f('fk_lti_context_classroom_id_classroom'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_context')),
        sa.UniqueConstraint('platform_id', 'context_id', name=op.f('uq_lti_context_platform_id_context_id')),
    )
    op.create_index(op.f('ix_lti_context_classroom_id'), 'lti_context', ['classroom_id'], unique=False)
    op.create_table(
        'lti_membership',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('context_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['context_id'], ['lti_context.id'], name=op.f('fk_lti_membership_context_id_lti_context'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_lti_membership_user_id_user'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_membership')),
        sa.UniqueConstraint('context_id', 'user_id', name=op.f('uq_lti_membership_context_id_user_id')),
    )
    op.create_index(op.f('ix_lti_membership_user_id'), 'lti_membership', ['user_id'], unique=False)
    op.create_table(
        'lti_resource_link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform_id', sa.Integer(), nullable=False),
        sa.Column('context_id', sa.Integer(), nullable=False),
        sa.Column('resource_link_id', sa.String(length=255), nullable=False),
        sa.Column('assignment_id', sa.Integer(), nullable=False),
        sa.Column('lineitem_url', sa.String(length=500), nullable=True),
        sa.Column('ags_scopes', sa.JSON(), nullable=False),
        sa.Column('score_policy', sa.String(length=10), nullable=False),
        sa.CheckConstraint("score_policy IN ('highest', 'latest', 'first')", name=op.f('ck_lti_resource_link_score_policy')),
        sa.ForeignKeyConstraint(['platform_id'], ['lti_platform.id'], name=op.f('fk_lti_resource_link_platform_id_lti_platform'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['context_id'], ['lti_context.id'], name=op.f('fk_lti_resource_link_context_id_lti_context'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_lti_resource_link_assignment_id_assignment'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_resource_link')),
        sa.UniqueConstraint('platform_id', 'resource_link_id', name=op.f('uq_lti_resource_link_platform_id_resource_link_id')),
    )
    op.create_index(op.f('ix_lti_resource_link_assignment_id'), 'lti_resource_link', ['assignment_id'], unique=False)
    op.create_table(
        'lti_score_send',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('link_id', sa.Integer(), nullable=False),
        sa.Column('attempt_id', sa.Integer(), nullable=False),
        sa.Column('student_id', sa.Integer(), nullable=False),
        sa.Column('event', sa.String(length=80), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('tries', sa.Integer(), nullable=False),
        sa.Column('next_try_at', sa.DateTime(), nullable=False),
        sa.Column('last_error', sa.String(length=500), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed')", name=op.f('ck_lti_score_send_status')),
        sa.ForeignKeyConstraint(['link_id'], ['lti_resource_link.id'], name=op.f('fk_lti_score_send_link_id_lti_resource_link'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['attempt_id'], ['attempt.id'], name=op.f('fk_lti_score_send_attempt_id_attempt'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['student_id'], ['user.id'], name=op.f('fk_lti_score_send_student_id_user'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_score_send')),
        sa.UniqueConstraint('attempt_id', 'event', name=op.f('uq_lti_score_send_attempt_id_event')),
    )
    for column in ('link_id', 'attempt_id', 'student_id'):
        op.create_index(op.f(f'ix_lti_score_send_{column}'), 'lti_score_send', [column], unique=False)


def downgrade():
    for table in ('lti_score_send', 'lti_resource_link', 'lti_membership', 'lti_context', 'lti_identity', 'lti_launch_value',
                  'lti_key', 'lti_platform'):
        op.drop_table(table)
