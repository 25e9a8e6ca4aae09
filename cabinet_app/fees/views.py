"""Read-side use cases of the fees screens and the CLI: a practitioner's own takings, the day's
cash-up, open receivables, the titular's month per replacement, a statement's PDF and the
accountant's export. Each checks its permission and returns frozen rows, never an ORM object."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..db import UnitOfWork
from ..errors import CabinetError, PermissionDenied
from ..planning.services import PractitionerInfo, SiteInfo, list_practitioners, list_sites
from ..records.services import PatientInfo, search_patients
from ..reports.statement_pdf import statement_pdf
from ..security.permissions import Permission, permissions_for
from ..security.services import require
from ..settings import LOCAL_SITE_ID
from .exports import accountant_csv
from .model import ZERO, EntryKind
from .services import DEFAULT_OVERDUE_DAYS, ReceivableInfo, TariffInfo, list_receivables, list_tariffs
from .statement import RetrocessionStatement, build_statement

ENTERED = (EntryKind.ACT, EntryKind.PAYMENT, EntryKind.TP_EXPECTED)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True)
class ActsChoices:
    """What the acts dialog offers: the whole dated catalogue, practitioners, sites, patients."""

    tariffs: tuple[TariffInfo, ...]
    practitioners: tuple[PractitionerInfo, ...]
    sites: tuple[SiteInfo, ...]
    patients: tuple[PatientInfo, ...]


def acts_choices(uow: UnitOfWork) -> ActsChoices:
    return ActsChoices(tuple(list_tariffs(uow)), tuple(list_practitioners(uow)), tuple(list_sites(uow)),
                       tuple(search_patients(uow, "", limit=500)))


@dataclass(frozen=True)
class ConsultationRow:
    """One consultation of the ledger, net of its reversals."""

    id: uuid.UUID
    day: date
    practitioner: str
    codes: str
    billed: Decimal
    cash: Decimal = ZERO
    cheque: Decimal = ZERO
    card: Decimal = ZERO
    amo: Decimal = ZERO
    amc: Decimal = ZERO

    @property
    def paid(self) -> Decimal:
        return self.cash + self.cheque + self.card

    @property
    def expected(self) -> Decimal:
        return self.amo + self.amc


def _consultations(uow: UnitOfWork, *, first: date, last: date, practitioner_id: uuid.UUID | None = None,
                   site_id: uuid.UUID | None = None) -> list[ConsultationRow]:
    names = {p.id: p.display_name for p in uow.practitioners.list()}
    entries = uow.fees.entries(first=first, last=last, kinds=list(ENTERED),
                               practitioner_ids=None if practitioner_id is None else [practitioner_id])
    sums: dict[uuid.UUID, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    codes: dict[uuid.UUID, list[str]] = defaultdict(list)
    heads: dict[uuid.UUID, tuple[date, uuid.UUID]] = {}
    for e in entries:
        if e.consultation_id is None or (site_id is not None and e.site_id != site_id):
            continue
        heads.setdefault(e.consultation_id, (e.day, e.practitioner_id))
        slot = "billed" if e.kind == EntryKind.ACT else (e.method if e.kind == EntryKind.PAYMENT else e.payer)
        sums[e.consultation_id][slot] += e.amount
        if e.kind == EntryKind.ACT and e.reverses_id is None:
            codes[e.consultation_id].append(e.code)
    rows = []
    for cid, (day, pid) in heads.items():
        s = sums[cid]
        if not any(s.values()):
            continue  # reversed
        rows.append(ConsultationRow(cid, day, names.get(pid, "?"), " + ".join(codes[cid]), s["billed"], s["cash"],
                                    s["cheque"], s["card"], s["amo"], s["amc"]))
    return sorted(rows, key=lambda r: (r.day, r.practitioner))


def _may_read(uow: UnitOfWork, practitioner_id: uuid.UUID) -> None:
    granted = permissions_for(uow.actor.role, is_admin=uow.actor.is_admin)
    if Permission.FEES_ALL_READ in granted:
        return
    user = uow.users.get(uow.actor.user_id) if uow.actor.user_id else None
    if Permission.FEES_OWN_READ in granted and user is not None and user.practitioner_id == practitioner_id:
        return
    raise PermissionDenied(permission=Permission.FEES_OWN_READ.value, login=uow.actor.login)


@dataclass(frozen=True)
class OwnFees:
    """A practitioner's month: consultations, and the statement (or why there is none)."""

    rows: tuple[ConsultationRow, ...]
    statement: RetrocessionStatement | None
    refusal: CabinetError | None = None


def own_fees(uow: UnitOfWork, *, practitioner_id: uuid.UUID, month: date) -> OwnFees:
    _may_read(uow, practitioner_id)
    first, last = month_bounds(month)
    rows = tuple(_consultations(uow, first=first, last=last, practitioner_id=practitioner_id))
    try:
        statement = build_statement(uow, practitioner_id=practitioner_id, first=first, last=last)
    except CabinetError as refused:
        return OwnFees(rows, None, refused)
    return OwnFees(rows, statement)


@dataclass(frozen=True)
class CashUp:
    """A site's day: consultations and their totals per payment mode (billed = paid + expected)."""

    rows: tuple[ConsultationRow, ...]
    totals: dict[str, Decimal] = field(default_factory=dict)


def cash_up(uow: UnitOfWork, *, site_id: uuid.UUID, day: date) -> CashUp:
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    rows = tuple(_consultations(uow, first=day, last=day, site_id=site_id))
    totals = {key: sum((getattr(r, key) for r in rows), ZERO)
              for key in ("billed", "cash", "cheque", "card", "amo", "amc")}
    return CashUp(rows, totals)


def sites(uow: UnitOfWork) -> list[SiteInfo]:
    return list_sites(uow)


@dataclass(frozen=True)
class ReceivableRow:
    info: ReceivableInfo
    practitioner: str
    overdue: bool

    @property
    def id(self) -> uuid.UUID:
        return self.info.entry_id


def open_receivables(uow: UnitOfWork, *, today: date, overdue_only: bool = False) -> list[ReceivableRow]:
    """Tiers payant still outstanding (not rejected); ``overdue`` after 30 days."""
    names = {p.id: p.display_name for p in uow.practitioners.list()}
    limit = today - timedelta(days=DEFAULT_OVERDUE_DAYS)
    rows = [ReceivableRow(r, names.get(r.practitioner_id, "?"), r.day <= limit)
            for r in list_receivables(uow) if r.outstanding > 0 and r.rejected == 0]
    return [r for r in rows if r.overdue or not overdue_only]


@dataclass(frozen=True)
class OverviewRow:
    """One replacement's month under contract: their statement."""

    statement: RetrocessionStatement

    @property
    def id(self) -> uuid.UUID:
        return self.statement.practitioner_id


def overview(uow: UnitOfWork, *, month: date) -> list[OverviewRow]:
    """Every practitioner with one contract in the month, and their month's statement."""
    require(uow.actor, Permission.FEES_ALL_READ)
    first, last = month_bounds(month)
    rows = []
    for person in list_practitioners(uow):
        if len(uow.fees.contracts(person.id, first=first, last=last)) != 1:
            continue
        rows.append(OverviewRow(build_statement(uow, practitioner_id=person.id, first=first, last=last)))
    return sorted(rows, key=lambda r: r.statement.practitioner_name)


def cabinet_header(uow: UnitOfWork) -> str:
    raw = uow.settings.get(LOCAL_SITE_ID)
    site = next((s for s in uow.sites.list() if str(s.id) == raw), None)
    if site is None:
        return "Cabinet médical"
    return " — ".join(filter(None, (site.name, site.address_line, f"{site.postal_code} {site.city}".strip())))


def statement_bytes(uow: UnitOfWork, *, practitioner_id: uuid.UUID, month: date) -> bytes:
    first, last = month_bounds(month)
    st = build_statement(uow, practitioner_id=practitioner_id, first=first, last=last)
    return statement_pdf(st, cabinet=cabinet_header(uow))


def export_bytes(uow: UnitOfWork, *, month: date) -> bytes:
    first, last = month_bounds(month)
    return accountant_csv(uow, first=first, last=last)
