"""clinical records: notes, handovers, action items, guide, drafts, search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Clinical records: consultation notes with amendments and co-signatures, I-PASS handovers with
the receiver's synthesis and titular sign-off, action items (pending results included), pack
acknowledgements, the cabinet guide, and local note drafts. Notes, handovers and their
signatures are append-only in the database; on SQLite a full-text index (FTS5, accents
ignored) is fed by triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cabinet_app.db
from cabinet_app.migrations import triggers


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

APPEND_ONLY = ("consultation_notes", "note_cosignatures", "handovers", "handover_syntheses", "handover_signoffs",
               "pack_acknowledgements")
SHARED = ("action_items", "cabinet_guides")
FTS = [
    "CREATE VIRTUAL TABLE clinical_fts USING fts5(kind UNINDEXED, item_id UNINDEXED, patient_id UNINDEXED, "
    "body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER consultation_notes_fts AFTER INSERT ON consultation_notes BEGIN "
    "INSERT INTO clinical_fts (kind, item_id, patient_id, body) VALUES ('note', NEW.id, NEW.patient_id, "
    "NEW.reason || ' ' || NEW.findings || ' ' || NEW.conclusion || ' ' || NEW.prescriptions || ' ' || NEW.free_text); END",
    "CREATE TRIGGER handovers_fts AFTER INSERT ON handovers BEGIN "
    "INSERT INTO clinical_fts (kind, item_id, patient_id, body) VALUES ('handover', NEW.id, NEW.patient_id, "
    "NEW.summary || ' ' || NEW.situation); END",
]


def upgrade() -> None:
    op.create_table('cabinet_guides',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('access', sa.Text(), nullable=False),
    sa.Column('equipment', sa.Text(), nullable=False),
    sa.Column('contacts', sa.Text(), nullable=False),
    sa.Column('referrals', sa.Text(), nullable=False),
    sa.Column('protocols', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_cabinet_guides_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cabinet_guides'))
    )
    with op.batch_alter_table('cabinet_guides', schema=None) as batch_op:
        batch_op.create_index('ix_cabinet_guides_site_id', ['site_id'], unique=True)

    op.create_table('pack_acknowledgements',
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('item_kind', sa.String(length=20), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_pack_acknowledgements_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_pack_acknowledgements_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pack_acknowledgements'))
    )
    with op.batch_alter_table('pack_acknowledgements', schema=None) as batch_op:
        batch_op.create_index('ix_pack_acknowledgements_item_id', ['item_id'], unique=False)

    op.create_table('handovers',
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('receiver_id', sa.Uuid(), nullable=True),
    sa.Column('amends_id', sa.Uuid(), nullable=True),
    sa.Column('severity', sa.Enum('stable', 'watcher', 'unstable', name='handover_severity', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['amends_id'], ['handovers.id'], name=op.f('fk_handovers_amends_id_handovers')),
    sa.ForeignKeyConstraint(['author_id'], ['practitioners.id'], name=op.f('fk_handovers_author_id_practitioners')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_handovers_patient_id_patients')),
    sa.ForeignKeyConstraint(['receiver_id'], ['practitioners.id'], name=op.f('fk_handovers_receiver_id_practitioners')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_handovers_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handovers'))
    )
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.create_index('ix_handovers_patient_id', ['patient_id'], unique=False)
        batch_op.create_index('ix_handovers_site_id_created_at', ['site_id', 'created_at'], unique=False)

    op.create_table('note_drafts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('saved_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_note_drafts_patient_id_patients')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_note_drafts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_drafts'))
    )
    op.create_table('action_items',
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('handover_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('action', 'lab_result', 'imaging_result', 'letter', name='action_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('closed_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by'], ['practitioners.id'], name=op.f('fk_action_items_closed_by_practitioners')),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_action_items_handover_id_handovers')),
    sa.ForeignKeyConstraint(['owner_id'], ['practitioners.id'], name=op.f('fk_action_items_owner_id_practitioners')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_action_items_patient_id_patients')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_action_items_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index('ix_action_items_patient_id', ['patient_id'], unique=False)
        batch_op.create_index('ix_action_items_site_id_closed_at', ['site_id', 'closed_at'], unique=False)

    op.create_table('consultation_notes',
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=True),
    sa.Column('appointment_id', sa.Uuid(), nullable=True),
    sa.Column('amends_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('prescriptions', sa.Text(), nullable=False),
    sa.Column('free_text', sa.Text(), nullable=False),
    sa.Column('needs_cosign', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['amends_id'], ['consultation_notes.id'], name=op.f('fk_consultation_notes_amends_id_consultation_notes')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_consultation_notes_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['author_id'], ['practitioners.id'], name=op.f('fk_consultation_notes_author_id_practitioners')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_consultation_notes_patient_id_patients')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_consultation_notes_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_notes'))
    )
    with op.batch_alter_table('consultation_notes', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_notes_patient_id_created_at', ['patient_id', 'created_at'], unique=False)

    op.create_table('handover_signoffs',
    sa.Column('handover_id', sa.Uuid(), nullable=False),
    sa.Column('titular_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_handover_signoffs_handover_id_handovers')),
    sa.ForeignKeyConstraint(['titular_id'], ['practitioners.id'], name=op.f('fk_handover_signoffs_titular_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_signoffs'))
    )
    with op.batch_alter_table('handover_signoffs', schema=None) as batch_op:
        batch_op.create_index('ix_handover_signoffs_handover_id', ['handover_id'], unique=False)

    op.create_table('handover_syntheses',
    sa.Column('handover_id', sa.Uuid(), nullable=False),
    sa.Column('receiver_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_handover_syntheses_handover_id_handovers')),
    sa.ForeignKeyConstraint(['receiver_id'], ['practitioners.id'], name=op.f('fk_handover_syntheses_receiver_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_syntheses'))
    )
    with op.batch_alter_table('handover_syntheses', schema=None) as batch_op:
        batch_op.create_index('ix_handover_syntheses_handover_id', ['handover_id'], unique=False)

    op.create_table('note_cosignatures',
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('titular_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['consultation_notes.id'], name=op.f('fk_note_cosignatures_note_id_consultation_notes')),
    sa.ForeignKeyConstraint(['titular_id'], ['practitioners.id'], name=op.f('fk_note_cosignatures_titular_id_practitioners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_cosignatures'))
    )
    with op.batch_alter_table('note_cosignatures', schema=None) as batch_op:
        batch_op.create_index('ix_note_cosignatures_note_id', ['note_id'], unique=False)
    for table in APPEND_ONLY:
        triggers.append_only(op, table)
    for table in SHARED:
        triggers.no_hard_delete(op, table)
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS consultation_notes_fts")
        op.execute("DROP TRIGGER IF EXISTS handovers_fts")
        op.execute("DROP TABLE IF EXISTS clinical_fts")
    for table in SHARED:
        triggers.drop(op, table, f"{table}_no_delete")
    for table in APPEND_ONLY:
        triggers.drop(op, table, f"{table}_append_only", f"{table}_no_truncate", f"{table}_no_update",
                      f"{table}_no_delete")
    with op.batch_alter_table('note_cosignatures', schema=None) as batch_op:
        batch_op.drop_index('ix_note_cosignatures_note_id')

    op.drop_table('note_cosignatures')
    with op.batch_alter_table('handover_syntheses', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_syntheses_handover_id')

    op.drop_table('handover_syntheses')
    with op.batch_alter_table('handover_signoffs', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_signoffs_handover_id')

    op.drop_table('handover_signoffs')
    with op.batch_alter_table('consultation_notes', schema=None) as batch_op:
        batch_op.drop_index('ix_consultation_notes_patient_id_created_at')

    op.drop_table('consultation_notes')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index('ix_action_items_site_id_closed_at')
        batch_op.drop_index('ix_action_items_patient_id')

    op.drop_table('action_items')
    op.drop_table('note_drafts')
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.drop_index('ix_handovers_site_id_created_at')
        batch_op.drop_index('ix_handovers_patient_id')

    op.drop_table('handovers')
    with op.batch_alter_table('pack_acknowledgements', schema=None) as batch_op:
        batch_op.drop_index('ix_pack_acknowledgements_item_id')

    op.drop_table('pack_acknowledgements')
    with op.batch_alter_table('cabinet_guides', schema=None) as batch_op:
        batch_op.drop_index('ix_cabinet_guides_site_id')

    op.drop_table('cabinet_guides')
