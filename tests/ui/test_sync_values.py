"""The sync helpers without Qt: the indicator's figures and a conflict's values for people."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timezone
from decimal import Decimal

from cabinet_app.sync.conflicts import ConflictInfo
from cabinet_app.sync.model import ConflictKind
from cabinet_app.sync.service import SyncStatus
from cabinet_app.ui.sync.values import (
    EMPTY,
    compare,
    format_value,
    referenced_ids,
    short_id,
    split_error,
    subject,
    summarise,
)

NAMES = {uuid.UUID(int=1): "DUPONT Hélène", uuid.UUID(int=2): "Dr Hugo Petit"}


def status(**values) -> SyncStatus:
    base = dict(configured=True, site_id=None, pending=0, open_conflicts=0, last_success=None, last_error=None,
                cursor=None, generation=None)
    return SyncStatus(**{**base, **values})


def conflict(**values) -> ConflictInfo:
    base = dict(id=uuid.uuid4(), table_name="appointments", row_id=uuid.uuid4(), kind=ConflictKind.FIELDS,
                fields=("starts_at",), mine={}, theirs={}, base={}, mine_by="", mine_at=None, theirs_by="",
                theirs_at=None, message="", created_at=datetime(2025, 3, 12, 9, 0, tzinfo=timezone.utc),
                resolved_at=None, resolution=None)
    return ConflictInfo(**{**base, **values})


def test_summary_of_today_shows_the_paris_time_only():
    summary = summarise(status(last_success="2025-07-01T08:42:10+00:00", pending=3, open_conflicts=0),
                        today=date(2025, 7, 1))
    assert (summary.synced_at, summary.synced_today, summary.pending, summary.conflicts) == ("10:42", True, 3, 0)
    assert not summary.alert


def test_summary_of_an_older_sync_gives_the_date_and_the_error_without_its_time():
    raw_error = "2025-07-02T06:00:00+00:00 Le serveur du pôle mère est injoignable (timeout)."
    summary = summarise(status(last_success="2025-06-30T22:30:00+00:00", last_error=raw_error, open_conflicts=2),
                        today=date(2025, 7, 2))
    assert summary.synced_at == "01/07/2025 00:30" and not summary.synced_today  # already the 1st in Paris
    assert summary.error == "Le serveur du pôle mère est injoignable (timeout)."
    assert summary.alert


def test_never_synced_and_odd_errors():
    summary = summarise(status(), today=date(2025, 1, 1))
    assert summary.synced_at == "" and summary.error == "" and not summary.alert
    assert split_error("pas d'horodatage") == (None, "pas d'horodatage")
    assert split_error(None) == (None, "")


def test_values_are_formatted_for_people():
    fmt = lambda v: format_value(v, names=NAMES, yes="Oui", no="Non")  # noqa: E731
    assert fmt(datetime(2025, 1, 15, 23, 30, tzinfo=timezone.utc)) == "16/01/2025 00:30"
    assert fmt(date(2025, 3, 4)) == "04/03/2025"
    assert fmt(time(8, 5)) == "08:05"
    assert (fmt(True), fmt(False)) == ("Oui", "Non")
    assert fmt(uuid.UUID(int=1)) == "DUPONT Hélène"
    stranger = uuid.UUID("12345678-9abc-def0-1234-56789abcdef0")
    assert fmt(stranger) == short_id(stranger) == "12345678"
    assert fmt(Decimal("30.50")) == "30,50"
    assert fmt(ConflictKind.FIELDS) == "fields"
    assert fmt(None) == fmt("") == EMPTY
    assert fmt("0612345678") == "0612345678"


def test_comparison_marks_disagreement_and_hides_what_must_be():
    nine, ten = (datetime(2025, 3, 12, h, tzinfo=timezone.utc) for h in (8, 9))
    info = conflict(fields=("starts_at", "practitioner_id"),
                    mine={"starts_at": ten, "practitioner_id": uuid.UUID(int=2)},
                    theirs={"starts_at": nine, "practitioner_id": uuid.UUID(int=2)},
                    base={"starts_at": nine, "practitioner_id": uuid.UUID(int=2)})
    starts, who = compare(info, names=NAMES, yes="Oui", no="Non")
    assert (starts.field, starts.mine, starts.theirs, starts.base, starts.differs) == (
        "starts_at", "12/03/2025 10:00", "12/03/2025 09:00", "12/03/2025 09:00", True)
    assert (who.mine, who.differs) == ("Dr Hugo Petit", False)
    hidden = compare(info, names=NAMES, yes="Oui", no="Non", hidden="(masqué)")
    assert {r.mine for r in hidden} == {"(masqué)"}
    secret = conflict(table_name="users", fields=("password_hash",), mine={"password_hash": "$argon2$a"},
                      theirs={"password_hash": "$argon2$b"})
    [row] = compare(secret, names={}, yes="Oui", no="Non")
    assert "argon2" not in row.mine + row.theirs and row.base == EMPTY and row.differs


def test_what_a_conflict_is_about():
    patient_id = uuid.UUID(int=1)
    appointment = conflict(theirs={"patient_id": patient_id, "starts_at": datetime(2025, 3, 12, 9, tzinfo=timezone.utc)})
    assert subject(appointment, NAMES) == "DUPONT Hélène, 12/03/2025 10:00"
    assert subject(conflict(table_name="patients", row_id=patient_id), NAMES) == "DUPONT Hélène"
    assert subject(conflict(), NAMES) == ""
    assert referenced_ids([appointment]) == {appointment.row_id, patient_id}
