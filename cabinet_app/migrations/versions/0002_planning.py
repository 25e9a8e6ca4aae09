"""planning: opening hours, closures, shifts, availabilities, contracts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The rota: opening hours, closures, recurring patterns, shifts, availabilities, and the dates of
replacement contracts; two site options (Alsace-Moselle holidays, week-long rotations).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cabinet_app.db
from cabinet_app.migrations import triggers


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SHARED = ("opening_hours", "closures", "recurring_patterns", "shifts", "availabilities",
          "replacement_contracts")


def upgrade() -> None:
    op.create_table('closures',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('first_day <= last_day', name=op.f('ck_closures_days_in_order')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_closures_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closures'))
    )
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.create_index('ix_closures_site_id', ['site_id'], unique=False)

    op.create_table('opening_hours',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('opens', sa.Time(), nullable=False),
    sa.Column('closes', sa.Time(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('opens < closes', name=op.f('ck_opening_hours_opens_before_closes')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_opening_hours_weekday_range')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_opening_hours_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_hours'))
    )
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.create_index('ix_opening_hours_site_id', ['site_id'], unique=False)

    op.create_table('availabilities',
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=True),
    sa.Column('starts_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('available', 'unavailable', name='availability_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_availabilities_starts_before_ends')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_availabilities_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_availabilities_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availabilities'))
    )
    with op.batch_alter_table('availabilities', schema=None) as batch_op:
        batch_op.create_index('ix_availabilities_practitioner_id_starts_at', ['practitioner_id', 'starts_at'], unique=False)

    op.create_table('recurring_patterns',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('every_n_weeks', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('every_n_weeks >= 1', name=op.f('ck_recurring_patterns_every_n_weeks_positive')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_recurring_patterns_weekday_range')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_recurring_patterns_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_recurring_patterns_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recurring_patterns'))
    )
    op.create_table('replacement_contracts',
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('titular_id', sa.Uuid(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('starts_on <= ends_on', name=op.f('ck_replacement_contracts_dates_in_order')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_replacement_contracts_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['titular_id'], ['practitioners.id'], name=op.f('fk_replacement_contracts_titular_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replacement_contracts'))
    )
    with op.batch_alter_table('replacement_contracts', schema=None) as batch_op:
        batch_op.create_index('ix_replacement_contracts_practitioner_id', ['practitioner_id'], unique=False)

    op.create_table('shifts',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('on_call', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('active', 'cancelled', name='shift_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('source', sa.Enum('manual', 'pattern', 'autofill', name='shift_source', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('pattern_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancelled_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by', sa.Uuid(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_shifts_starts_before_ends')),
    sa.ForeignKeyConstraint(['pattern_id'], ['recurring_patterns.id'], name=op.f('fk_shifts_pattern_id_recurring_patterns')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_shifts_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_shifts_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('ix_shifts_practitioner_id_starts_at', ['practitioner_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_shifts_site_id_starts_at', ['site_id', 'starts_at'], unique=False)

    # plain ADD COLUMN (no table rebuild): the guard triggers on "sites" stay in place
    op.add_column('sites', sa.Column('alsace_moselle', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('sites', sa.Column('works_by_week', sa.Boolean(), nullable=False, server_default=sa.false()))
    for table in SHARED:
        triggers.no_hard_delete(op, table)



def downgrade() -> None:
    for table in SHARED:
        triggers.drop(op, table, f"{table}_no_delete")
    op.drop_column('sites', 'works_by_week')
    op.drop_column('sites', 'alsace_moselle')

    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index('ix_shifts_site_id_starts_at')
        batch_op.drop_index('ix_shifts_practitioner_id_starts_at')

    op.drop_table('shifts')
    with op.batch_alter_table('replacement_contracts', schema=None) as batch_op:
        batch_op.drop_index('ix_replacement_contracts_practitioner_id')

    op.drop_table('replacement_contracts')
    op.drop_table('recurring_patterns')
    with op.batch_alter_table('availabilities', schema=None) as batch_op:
        batch_op.drop_index('ix_availabilities_practitioner_id_starts_at')

    op.drop_table('availabilities')
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.drop_index('ix_opening_hours_site_id')

    op.drop_table('opening_hours')
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.drop_index('ix_closures_site_id')

    op.drop_table('closures')
