"""appointments: types per site, the book

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The appointment book: appointment types per site, and appointments (no hard delete: a
cancellation or a "to rebook" keeps the row).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cabinet_app.db
from cabinet_app.migrations import triggers


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SHARED = ("appointment_types", "appointments")


def upgrade() -> None:
    op.create_table('appointment_types',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.Enum('consultation', 'long_consultation', 'home_visit', 'teleconsultation', 'urgent', name='appointment_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('duration_minutes BETWEEN 5 AND 240', name=op.f('ck_appointment_types_duration_range')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_appointment_types_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_types'))
    )
    with op.batch_alter_table('appointment_types', schema=None) as batch_op:
        batch_op.create_index('ix_appointment_types_site_id', ['site_id'], unique=False)

    op.create_table('appointments',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('type_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Enum('booked', 'arrived', 'seen', 'no_show', 'cancelled', 'to_rebook', name='appointment_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('overbooked', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('arrived_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('seen_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by', sa.Uuid(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=300), nullable=False),
    sa.Column('rebook_reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_appointments_starts_before_ends')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_appointments_patient_id_patients')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_appointments_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_appointments_site_id_sites')),
    sa.ForeignKeyConstraint(['type_id'], ['appointment_types.id'], name=op.f('fk_appointments_type_id_appointment_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_patient_id_starts_at', ['patient_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointments_practitioner_id_starts_at', ['practitioner_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointments_site_id_starts_at', ['site_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointments_status', ['status'], unique=False)
    for table in SHARED:
        triggers.no_hard_delete(op, table)


def downgrade() -> None:
    for table in SHARED:
        triggers.drop(op, table, f"{table}_no_delete")
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_status')
        batch_op.drop_index('ix_appointments_site_id_starts_at')
        batch_op.drop_index('ix_appointments_practitioner_id_starts_at')
        batch_op.drop_index('ix_appointments_patient_id_starts_at')

    op.drop_table('appointments')
    with op.batch_alter_table('appointment_types', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_types_site_id')

    op.drop_table('appointment_types')
