"""Helpers for the fees UI tests: a context logged in as someone, a June contract, a consultation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from cabinet_app.fees.model import ContractTerms
from cabinet_app.fees.services import ConsultationInput, PaymentInput, record_consultation
from cabinet_app.planning.rota_services import add_contract
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

JUNE = date(2026, 6, 1)
END = date(2026, 6, 30)


def french() -> None:
    ensure_translations()
    install_translators("fr")


def context(cabinet, login: str) -> AppContext:
    french()
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    return ctx


def june_contract(cabinet) -> None:
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, titular_id=cabinet.titular_id, starts_on=JUNE,
                     ends_on=END, terms=ContractTerms())
        uow.commit()


def consult(cabinet, *payments, acts=("G",), day=JUNE):
    with cabinet.uow("secretaire") as uow:
        info = record_consultation(uow, ConsultationInput(cabinet.replacement_id, cabinet.site_id,
                                                          cabinet.patient_ids[0], day, tuple(acts),
                                                          tuple(payments))).value
        uow.commit()
    return info


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = ["JUNE", "END", "PaymentInput", "consult", "context", "june_contract", "qdate"]
