"""job queue: procrastinate's tables (PostgreSQL only) and server_setting

Revision ID: a9c4e7b1d3f0
Revises: c5e2a9d47b18
Create Date: 2026-11-30 03:30:00

The queue's schema is procrastinate's own schema.sql, for the version pinned in pyproject.toml;
an upgrade of procrastinate that changes it needs a migration applying its sql/migrations files.
Skipped when the tables are there already (a database whose queue was set up by hand).
"""
import re

import sqlalchemy as sa
from alembic import op

revision = 'a9c4e7b1d3f0'
down_revision = 'c5e2a9d47b18'
branch_labels = None
depends_on = None


def _schema_sql() -> str:
    from procrastinate.schema import SchemaManager

    return SchemaManager.get_schema()


def upgrade():
    op.create_table(
        'server_setting',
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_server_setting')),
    )
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return  # SQLite runs generator jobs in the web process: no queue
    if bind.exec_driver_sql("SELECT to_regclass('procrastinate_jobs')").scalar() is not None:
        return
    # On the driver's connection without parameters: the SQL holds '%' signs that a parameterised
    # execute would read as placeholders. Same transaction as the rest of the migration.
    bind.connection.driver_connection.execute(_schema_sql())


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        sql = _schema_sql()
        for table in re.findall(r'CREATE TABLE (\w+)', sql):
            op.execute(f'DROP TABLE IF EXISTS {table} CASCADE')
        for function in set(re.findall(r'CREATE FUNCTION (\w+)', sql)):
            op.execute(f'DROP FUNCTION IF EXISTS {function} CASCADE')
        for type_ in re.findall(r'CREATE TYPE (\w+)', sql):
            op.execute(f'DROP TYPE IF EXISTS {type_} CASCADE')
    op.drop_table('server_setting')
