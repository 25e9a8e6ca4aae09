"""initial schema: sites, practitioners, patients, users, audit

Revision ID: 0001
Revises: 
Create Date: 2026-11-25

Every shared table carries the sync columns (UUID key, row_version, origin site, created/updated
at/by, tombstone); shared tables refuse hard deletes and the audit log is append-only, in the
database itself (see cabinet_app.migrations.triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cabinet_app.db
from cabinet_app.migrations import triggers

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

SHARED = ("sites", "practitioners", "patients", "users")


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('audit_log',
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('action', sa.Enum('login', 'login_failed', 'login_throttled', 'logout', 'lock', 'unlock', 'patient_open', 'patient_create', 'patient_update', 'patient_delete', 'patient_search', 'user_create', 'user_update', 'user_password', 'user_disable', 'setup', name='audit_action', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('patient_id', sa.Uuid(), nullable=True),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_audit_log_patient_id', ['patient_id'], unique=False)

    op.create_table('login_throttle',
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('blocked_until', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_login_throttle'))
    )
    op.create_table('sites',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('parent', 'secondary', name='site_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('parent_site_id', sa.Uuid(), nullable=True),
    sa.Column('address_line', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('min_practitioners', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('min_practitioners >= 1', name=op.f('ck_sites_min_practitioners_positive')),
    sa.ForeignKeyConstraint(['parent_site_id'], ['sites.id'], name=op.f('fk_sites_parent_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites'))
    )
    op.create_table('practitioners',
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=False),
    sa.Column('rpps', sa.String(length=11), nullable=False),
    sa.Column('status', sa.Enum('titulaire', 'remplacant', 'interne', 'docteur_junior', 'salarie', name='practitioner_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('supervisor_id', sa.Uuid(), nullable=True),
    sa.Column('home_site_id', sa.Uuid(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['home_site_id'], ['sites.id'], name=op.f('fk_practitioners_home_site_id_sites')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['practitioners.id'], name=op.f('fk_practitioners_supervisor_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_practitioners'))
    )
    with op.batch_alter_table('practitioners', schema=None) as batch_op:
        batch_op.create_index('ix_practitioners_rpps', ['rpps'], unique=True)

    op.create_table('patients',
    sa.Column('birth_name', sa.String(length=100), nullable=False),
    sa.Column('used_name', sa.String(length=100), nullable=False),
    sa.Column('first_names', sa.String(length=150), nullable=False),
    sa.Column('used_first_name', sa.String(length=80), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.Enum('F', 'M', 'I', name='patient_sex', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('birth_place_insee', sa.String(length=5), nullable=False),
    sa.Column('nir', sa.String(length=15), nullable=True),
    sa.Column('ins_status', sa.Enum('none', 'PROV', 'RECUP', 'VALI', 'QUAL', name='ins_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('address_line', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('gp_practitioner_id', sa.Uuid(), nullable=True),
    sa.Column('gp_name', sa.String(length=150), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=True),
    sa.Column('search_text', sa.String(length=400), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['gp_practitioner_id'], ['practitioners.id'], name=op.f('fk_patients_gp_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_patients_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patients'))
    )
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.create_index('ix_patients_birth_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_patients_nir', ['nir'], unique=False)
        batch_op.create_index('ix_patients_search_text', ['search_text'], unique=False)

    op.create_table('users',
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('secretaire', 'remplacant', 'interne', 'titulaire', 'salarie', name='user_role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('is_admin', sa.Boolean(), nullable=False),
    sa.Column('practitioner_id', sa.Uuid(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_users_practitioner_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index('ix_users_login', ['login'], unique=True)

    for table in SHARED:
        triggers.no_hard_delete(op, table)
    triggers.append_only(op, "audit_log")


def downgrade() -> None:
    for table in SHARED:
        triggers.drop(op, table, f"{table}_no_delete")
    triggers.drop(op, "audit_log", "audit_log_append_only", "audit_log_no_truncate",
                  "audit_log_no_update", "audit_log_no_delete")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index('ix_users_login')

    op.drop_table('users')
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_index('ix_patients_search_text')
        batch_op.drop_index('ix_patients_nir')
        batch_op.drop_index('ix_patients_birth_date')

    op.drop_table('patients')
    with op.batch_alter_table('practitioners', schema=None) as batch_op:
        batch_op.drop_index('ix_practitioners_rpps')

    op.drop_table('practitioners')
    op.drop_table('sites')
    op.drop_table('login_throttle')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_patient_id')
        batch_op.drop_index('ix_audit_log_created_at')

    op.drop_table('audit_log')
    op.drop_table('app_settings')
