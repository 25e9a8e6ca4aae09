"""The appointment book's Qt models, without any view: the day's grid (rows of time, a column
per practitioner on duty, spans, colours, statuses, drag and drop) and the lists beside it."""

from __future__ import annotations

import time as clock
import uuid
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from cabinet_app.appointments.model import AppointmentStatus as S
from cabinet_app.appointments.rules import free_periods
from cabinet_app.appointments.services import AppointmentInfo, DayBook, DayColumn
from cabinet_app.planning.calendar import Period, at
from cabinet_app.ui.appointments.layout import CellKind, lay_out
from cabinet_app.ui.appointments.models import (
    MIME_TYPE,
    DayBookModel,
    DayListModel,
    PatientHistoryModel,
    ToRebookModel,
    WaitingRoomModel,
)

M = DayBookModel
DAY = date(2031, 12, 1)
SITE = uuid.uuid4()
BERNARD, PETIT = uuid.uuid4(), uuid.uuid4()
NAMES = {BERNARD: "Dr Claire Bernard", PETIT: "Dr Hugo Petit"}
TYPES = {"Consultation": (15, "#4c8bf5"), "Consultation longue": (45, "#7b61c9"), "Urgence": (15, "#d64545")}


def appt(patient: str, hour: int, minute: int = 0, *, status: S = S.BOOKED, kind: str = "Consultation",
         who: uuid.UUID = BERNARD, minutes: int | None = None, **extra) -> AppointmentInfo:
    duration, colour = TYPES[kind]
    start = at(DAY, time(hour, minute))
    return AppointmentInfo(
        id=uuid.uuid4(), row_version=1, site_id=SITE, practitioner_id=who, practitioner_name=NAMES[who],
        patient_id=uuid.uuid4(), patient_name=patient, patient_birth_date=date(1969, 2, 3), type_id=uuid.uuid4(),
        type_name=kind, colour=colour, starts_at=start, ends_at=start + timedelta(minutes=minutes or duration),
        status=status, overbooked=extra.pop("overbooked", False), note=extra.pop("note", ""),
        cancel_reason=extra.pop("cancel_reason", ""), rebook_reason=extra.pop("rebook_reason", ""),
        arrived_at=extra.pop("arrived_at", None))


def column(who: uuid.UUID, shifts: list[tuple[int, int]], appointments: list[AppointmentInfo]) -> DayColumn:
    periods = [Period(at(DAY, time(a)), at(DAY, time(b))) for a, b in shifts]
    holding = [Period(a.starts_at, a.ends_at) for a in appointments if a.status.holds_time]
    return DayColumn(who, NAMES[who], tuple(periods), tuple(appointments), tuple(free_periods(periods, holding)))


@pytest.fixture
def day() -> dict[str, AppointmentInfo]:
    return {
        "dupont": appt("DUPONT Hélène", 9, 0),
        "martin": appt("MARTIN Jean", 9, 15, kind="Consultation longue", status=S.ARRIVED,
                       arrived_at=at(DAY, time(9, 2))),
        "overbooked": appt("GARCIA Noël", 9, 5, overbooked=True),
        "cancelled": appt("LEFÈVRE Éloïse", 10, 0, status=S.CANCELLED, cancel_reason="Patient hospitalisé"),
        "rebooked": appt("ROBIN Paul", 10, 0, minutes=20),
        "no_show": appt("MOREAU Lina", 11, 0, status=S.NO_SHOW),
        "seen": appt("FAURE Léo", 8, 30, status=S.SEEN),
        "petit": appt("BLANC Marc", 14, 0, kind="Urgence", who=PETIT),
    }


@pytest.fixture
def book(day) -> DayBook:
    mine = [v for k, v in day.items() if k != "petit"]
    return DayBook(SITE, DAY, (column(BERNARD, [(8, 12)], mine), column(PETIT, [(14, 16)], [day["petit"]])))


def row_at(model: DayBookModel, hour: int, minute: int = 0) -> int:
    return model.layout.row_of(at(DAY, time(hour, minute)))


def test_rows_are_slots_and_columns_the_practitioners_on_duty(qapp, book):
    model = M()
    model.set_book(book)
    assert model.rowCount() == 8 * 12  # 08:00 to 16:00 by 5 minutes
    assert model.headerData(0, Qt.Orientation.Vertical) == "08:00"
    assert model.headerData(row_at(model, 9, 15), Qt.Orientation.Vertical) == "09:15"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Dr Claire Bernard" and headers[-1] == "Dr Hugo Petit"
    assert len(headers) == 3 and headers[1] in ("Overlaps", "Chevauchements")  # a lane for the overbooked one
    assert model.lane(1).index == 1 and model.practitioner_at(1) == BERNARD
    assert "Dr Claire Bernard" in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "08:00–12:00" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_an_appointment_starts_in_its_cell_and_spans_its_duration(qapp, book, day):
    model = M()
    model.set_book(book)
    start = model.index(row_at(model, 9, 15), 0)
    assert start.data(M.ROW_ROLE) is day["martin"]
    assert start.data(M.SPAN_ROLE) == 9  # 45 minutes
    assert start.data(M.KIND_ROLE) == CellKind.APPOINTMENT
    assert model.kind(row_at(model, 9, 30), 0) == CellKind.COVERED
    assert model.info_at(row_at(model, 9, 30), 0) is day["martin"]
    assert "MARTIN Jean" in start.data() and "Consultation longue" in start.data()
    assert (row_at(model, 9, 15), 0, 9) in model.spans()
    assert model.index_of(day["petit"].id) == model.index(row_at(model, 14), 2)
    assert model.index_of(uuid.uuid4()).isValid() is False
    assert model.index_at(PETIT, at(DAY, time(14, 30))) == model.index(row_at(model, 14, 30), 2)
    assert model.index(row_at(model, 9, 5), 1).data(M.ROW_ROLE) is day["overbooked"]


def test_free_time_is_white_time_outside_shifts_grey(qapp, book):
    model = M()
    model.set_book(book)
    free = model.index(row_at(model, 11, 30), 0)
    outside = model.index(row_at(model, 13, 0), 0)
    assert free.data(M.KIND_ROLE) == CellKind.FREE
    assert free.data(Qt.ItemDataRole.BackgroundRole) == QColor("#ffffff")
    assert outside.data(M.KIND_ROLE) == CellKind.OUTSIDE
    assert outside.data(Qt.ItemDataRole.BackgroundRole).lightness() < 230
    assert model.kind(row_at(model, 9, 30), 1) == CellKind.BUSY  # the overlap lane, while Dr Bernard is busy
    assert model.kind(row_at(model, 14, 0), 0) == CellKind.OUTSIDE
    assert model.kind(row_at(model, 15, 0), 2) == CellKind.FREE
    assert free.data(M.SLOT_ROLE) == at(DAY, time(11, 30))
    assert free.data(M.PRACTITIONER_ROLE) == BERNARD


def test_colours_per_type_and_status(qapp, book, day):
    model = M()
    model.set_book(book)
    booked = model.index(row_at(model, 9), 0)
    urgent = model.index(row_at(model, 14), 2)
    arrived = model.index(row_at(model, 9, 15), 0)
    seen = model.index(row_at(model, 8, 30), 0)
    no_show = model.index(row_at(model, 11), 0)
    assert booked.data(M.TYPE_COLOUR_ROLE) == QColor("#4c8bf5")
    assert urgent.data(M.TYPE_COLOUR_ROLE) == QColor("#d64545")
    backgrounds = {i.data(Qt.ItemDataRole.BackgroundRole).name() for i in (booked, urgent, arrived, seen, no_show)}
    assert len(backgrounds) == 5  # every type and status reads differently
    assert arrived.data(Qt.ItemDataRole.DecorationRole) is not None  # the waiting-room icon
    assert booked.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Arrivé" in arrived.data() or "Arrived" in arrived.data()
    assert no_show.data(Qt.ItemDataRole.FontRole).italic()
    assert "Dr Claire Bernard" in booked.data(Qt.ItemDataRole.ToolTipRole)


def test_cancelled_appointments_are_hidden_until_asked_then_struck_out(qapp, book, day):
    model = M()
    model.set_book(book)
    assert model.index_of(day["cancelled"].id).isValid() is False
    assert model.info_at(row_at(model, 10), 0) is day["rebooked"]  # the time went to someone else
    with_reset = []
    model.modelReset.connect(lambda: with_reset.append(True))
    model.set_show_cancelled(True)
    assert with_reset and model.show_cancelled
    cancelled = model.index_of(day["cancelled"].id)
    assert cancelled.column() == 1  # beside the appointment that took its time
    assert cancelled.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Patient hospitalisé" in cancelled.data(Qt.ItemDataRole.ToolTipRole)
    assert [a.patient_name for a in model.appointments()][:3] == ["FAURE Léo", "DUPONT Hélène", "GARCIA Noël"]


def test_a_busy_day_lays_out_fast(qapp):
    def busy_column(who: uuid.UUID) -> DayColumn:
        rows = [appt(f"PATIENT {i}", 8 + i // 4, (i % 4) * 15, who=who) for i in range(16)]
        rows += [appt(f"PATIENT {i}", 14 + i // 4, (i % 4) * 15, who=who) for i in range(16, 36) if 14 + i // 4 < 19]
        return column(who, [(8, 12), (14, 19)], rows)

    book = DayBook(SITE, DAY, (busy_column(BERNARD), busy_column(PETIT)))
    model = M()
    started = clock.perf_counter()
    for _ in range(20):
        model.set_book(book)
    assert (clock.perf_counter() - started) / 20 < 0.02
    assert model.rowCount() == 11 * 12 and model.columnCount() == 2


def test_dragging_an_appointment_asks_for_a_move(qapp, qtbot, book, day):
    model = M()
    model.set_book(book)
    source = model.index_of(day["dupont"].id)
    assert model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    seen = model.index_of(day["seen"].id)
    assert not model.flags(seen) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.mimeData([seen]) is None
    mime = model.mimeData([source])
    assert mime.hasFormat(MIME_TYPE)
    target = model.index(row_at(model, 15), 2)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    with qtbot.waitSignal(model.move_requested) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert blocker.args == [day["dupont"].id, PETIT, at(DAY, time(15)), False]
    with qtbot.waitSignal(model.move_requested) as blocker:  # into the overlap lane: overbooking
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(row_at(model, 10), 1))
    assert blocker.args[3] is True
    with qtbot.assertNotEmitted(model.move_requested):
        assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source)  # where it is
        assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_day_book_model_is_a_valid_qt_model(qapp, book):
    model = M()
    ModelTester(model).check(model)
    model.set_book(book)
    model.set_show_cancelled(True)
    model.clear()
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert lay_out(None).rows == 0
    assert lay_out(DayBook(SITE, DAY, ())).rows == 0


def test_waiting_room_to_rebook_and_history_lists(qapp, qtbot, day):
    waiting = WaitingRoomModel()
    ModelTester(waiting).check(waiting)
    waiting.set_rows([day["martin"]])
    text = lambda model, row, col: model.index(row, col).data()  # noqa: E731
    assert text(waiting, 0, WaitingRoomModel.ARRIVED) == "09:02"
    assert text(waiting, 0, WaitingRoomModel.PATIENT) == "MARTIN Jean"
    assert text(waiting, 0, WaitingRoomModel.BOOKED_AT) == "09:15"
    assert waiting.index(0, 0).data(WaitingRoomModel.ROW_ROLE) is day["martin"]

    flagged = replace(day["dupont"], status=S.TO_REBOOK, rebook_reason="shift_cancelled")
    rebook = ToRebookModel()
    rebook.set_rows([flagged])
    assert text(rebook, 0, ToRebookModel.WHEN) == "01/12/2031 09:00"
    assert text(rebook, 0, ToRebookModel.REASON) in ("Shift cancelled", "Vacation annulée")

    history = PatientHistoryModel()
    history.set_rows([day["cancelled"], day["seen"]])
    assert text(history, 0, PatientHistoryModel.DETAILS) == "Patient hospitalisé"
    assert text(history, 0, PatientHistoryModel.STATUS) in ("Cancelled", "Annulé")
    assert history.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(history)
    proxy.setSortRole(PatientHistoryModel.SORT_ROLE)
    proxy.sort(PatientHistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, PatientHistoryModel.WHEN).data() == "01/12/2031 10:00"

    changed = replace(day["cancelled"], cancel_reason="Erreur de saisie")
    with qtbot.waitSignal(history.dataChanged) as blocker:
        assert history.update_row(changed)
    assert blocker.args[0].row() == blocker.args[1].row() == 0
    assert not history.update_row(day["petit"])
    assert history.row_of(day["seen"].id) == 1 and history.row_of(uuid.uuid4()) is None


def test_my_day_lists_patients_in_order_with_their_status(qapp, day):
    model = DayListModel()
    ModelTester(model).check(model)
    model.set_rows([day["seen"], day["dupont"], day["martin"]])
    assert model.index(0, DayListModel.TIME).data() == "08:30–08:45"
    assert model.index(1, DayListModel.BORN).data() == "03/02/1969"
    assert model.index(2, DayListModel.STATUS).data() in ("Arrived 09:02", "Arrivé 09:02")
    assert model.index(0, DayListModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, DayListModel.TIME).data(DayListModel.SORT_ROLE) \
        < model.index(1, DayListModel.TIME).data(DayListModel.SORT_ROLE)
    model.clear()
    assert model.rowCount() == 0


def test_the_first_free_time_is_rounded_up_to_the_five_minute_grid():
    from datetime import datetime, timezone

    from cabinet_app.ui.appointments.data import ceil_to_grid

    assert ceil_to_grid(datetime(2031, 12, 1, 8, 2, 30, tzinfo=timezone.utc)) == datetime(2031, 12, 1, 8, 5,
                                                                                          tzinfo=timezone.utc)
    assert ceil_to_grid(at(DAY, time(9, 15))) == at(DAY, time(9, 15))
