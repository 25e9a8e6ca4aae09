"""fees: act catalogue, ledger, contracts' financial terms

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

The dated NGAP catalogue (seeded with the tariffs of metropolitan France, same keys on every PC),
the append-only ledger of acts, payments, tiers payant and settlements, and the financial terms of
replacement contracts. The terms are added with a plain ADD COLUMN and server defaults: a batch
rebuild of ``replacement_contracts`` would drop its no-delete trigger.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

import cabinet_app.db
from cabinet_app.fees.catalogue import seed_rows
from cabinet_app.migrations import triggers


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TERMS = ('retained_percent', 'basis', 'ik_excluded', 'pds_excluded', 'cap', 'monthly_contribution', 'free_months',
         'salaried', 'note')


def upgrade() -> None:
    op.create_table('fee_tariffs',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('act', 'modifier', 'allowance', name='tariff_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('exclusion', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_fee_tariffs_amount_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_tariffs'))
    )
    with op.batch_alter_table('fee_tariffs', schema=None) as batch_op:
        batch_op.create_index('ix_fee_tariffs_code_effective_from', ['code', 'effective_from'], unique=False)

    op.create_table('fee_ledger',
    sa.Column('consultation_id', sa.Uuid(), nullable=True),
    sa.Column('practitioner_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=True),
    sa.Column('patient_id', sa.Uuid(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('act', 'payment', 'tp_expected', 'tp_received', 'tp_rejected', 'settlement', name='entry_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('exclusion', sa.String(length=10), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('amount', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('payer', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('reverses_id', sa.Uuid(), nullable=True),
    sa.Column('expected_id', sa.Uuid(), nullable=True),
    sa.Column('contract_id', sa.Uuid(), nullable=True),
    sa.Column('period_first', sa.Date(), nullable=True),
    sa.Column('period_last', sa.Date(), nullable=True),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', cabinet_app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['replacement_contracts.id'], name=op.f('fk_fee_ledger_contract_id_replacement_contracts')),
    sa.ForeignKeyConstraint(['expected_id'], ['fee_ledger.id'], name=op.f('fk_fee_ledger_expected_id_fee_ledger')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_fee_ledger_patient_id_patients')),
    sa.ForeignKeyConstraint(['practitioner_id'], ['practitioners.id'], name=op.f('fk_fee_ledger_practitioner_id_practitioners')),
    sa.ForeignKeyConstraint(['reverses_id'], ['fee_ledger.id'], name=op.f('fk_fee_ledger_reverses_id_fee_ledger')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_fee_ledger_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_ledger'))
    )
    with op.batch_alter_table('fee_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_fee_ledger_consultation_id', ['consultation_id'], unique=False)
        batch_op.create_index('ix_fee_ledger_day', ['day'], unique=False)
        batch_op.create_index('ix_fee_ledger_expected_id', ['expected_id'], unique=False)
        batch_op.create_index('ix_fee_ledger_practitioner_id_day', ['practitioner_id', 'day'], unique=False)

    op.add_column('replacement_contracts', sa.Column('retained_percent', sa.Numeric(precision=5, scale=2), server_default=sa.text('70'), nullable=False))
    op.add_column('replacement_contracts', sa.Column('basis', sa.String(length=10), server_default='billed', nullable=False))
    op.add_column('replacement_contracts', sa.Column('ik_excluded', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('replacement_contracts', sa.Column('pds_excluded', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('replacement_contracts', sa.Column('cap', sa.Numeric(precision=10, scale=2), nullable=True))
    op.add_column('replacement_contracts', sa.Column('monthly_contribution', sa.Numeric(precision=10, scale=2), nullable=True))
    op.add_column('replacement_contracts', sa.Column('free_months', sa.Integer(), server_default=sa.text('0'), nullable=False))
    op.add_column('replacement_contracts', sa.Column('salaried', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('replacement_contracts', sa.Column('note', sa.Text(), server_default='', nullable=False))
    triggers.append_only(op, 'fee_ledger')
    triggers.no_hard_delete(op, 'fee_tariffs')
    _seed_catalogue()


def _seed_catalogue() -> None:
    table = sa.table('fee_tariffs', *(sa.column(name) for name in (
        'id', 'code', 'label', 'kind', 'exclusion', 'amount', 'effective_from', 'effective_to', 'row_version',
        'created_at', 'updated_at')))
    table.c.id.type = sa.Uuid()
    table.c.amount.type = sa.Numeric(10, 2)
    table.c.effective_from.type = table.c.effective_to.type = sa.Date()
    table.c.created_at.type = table.c.updated_at.type = cabinet_app.db.UTCDateTime(timezone=True)
    now = datetime.now(timezone.utc)
    op.bulk_insert(table, [dict(row, row_version=1, created_at=now, updated_at=now) for row in seed_rows()])



def downgrade() -> None:
    triggers.drop(op, 'fee_tariffs', 'fee_tariffs_no_delete')
    triggers.drop(op, 'fee_ledger', 'fee_ledger_append_only', 'fee_ledger_no_truncate', 'fee_ledger_no_update',
                  'fee_ledger_no_delete')
    for column in reversed(TERMS):
        op.drop_column('replacement_contracts', column)

    with op.batch_alter_table('fee_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_fee_ledger_practitioner_id_day')
        batch_op.drop_index('ix_fee_ledger_expected_id')
        batch_op.drop_index('ix_fee_ledger_day')
        batch_op.drop_index('ix_fee_ledger_consultation_id')

    op.drop_table('fee_ledger')
    with op.batch_alter_table('fee_tariffs', schema=None) as batch_op:
        batch_op.drop_index('ix_fee_tariffs_code_effective_from')

    op.drop_table('fee_tariffs')
