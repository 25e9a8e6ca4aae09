"""The planning's table models without any widget: what each cell holds, its colours and
tooltips, drag and drop as a move request, the month grid, a practitioner's dates and an auto-fill
proposal's check boxes; and the week filled through the services on a real database."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from cabinet_app.planning.calendar import DEFAULT_HOURS, at
from cabinet_app.planning.model import PractitionerStatus, ShiftSource, ShiftStatus, SiteKind
from cabinet_app.planning.proposals import ProposedShift
from cabinet_app.planning.rota_services import GapInfo, ShiftInfo, ShiftInput, add_contract, create_shift
from cabinet_app.planning.services import SiteInfo
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.planning.data import HalfDay, SitePlan, cells_of, half_bounds, load_week
from cabinet_app.ui.planning.labels import CLOSED_COLOUR, GAP_COLOUR, practitioner_colour
from cabinet_app.ui.planning.list_models import ProposalModel
from cabinet_app.ui.planning.models import (
    MonthPlanningModel,
    MoveRequest,
    PractitionerDatesModel,
    WeekPlanningModel,
)
from tests.ui.shell_support import ensure_translations

MONDAY = date(2026, 11, 30)
NIEUL, PARENT = uuid.uuid4(), uuid.uuid4()
CLAIRE, HUGO = uuid.uuid4(), uuid.uuid4()


@pytest.fixture(autouse=True)
def french(qapp):
    ensure_translations()
    install_translators("fr")


def site(site_id, name, kind=SiteKind.SECONDARY, minimum=1) -> SiteInfo:
    return SiteInfo(id=site_id, name=name, kind=kind, address_line="", postal_code="", city="", phone="",
                    min_practitioners=minimum, parent_site_id=None)


def plans(closed: dict | None = None) -> tuple[SitePlan, ...]:
    return (SitePlan(site(NIEUL, "Nieul"), DEFAULT_HOURS, closed or {}),
            SitePlan(site(PARENT, "Pôle mère", SiteKind.PARENT, 2), DEFAULT_HOURS, {}))


def shift(who=CLAIRE, day=MONDAY, start=time(8), end=time(12), site_id=NIEUL, last_day=None,
          on_call=False) -> ShiftInfo:
    return ShiftInfo(id=uuid.uuid4(), row_version=1, site_id=site_id, site_name="Nieul" if site_id == NIEUL else "Pôle",
                     practitioner_id=who, practitioner_name="Dr Claire Bernard" if who == CLAIRE else "Dr Hugo Petit",
                     practitioner_status=PractitionerStatus.TITULAR, starts_at=at(day, start),
                     ends_at=at(last_day or day, end), on_call=on_call, status=ShiftStatus.ACTIVE,
                     source=ShiftSource.MANUAL, note="", cancel_reason="", pattern_id=None)


def gap(day=MONDAY, start=time(14), end=time(19), site_id=NIEUL) -> GapInfo:
    return GapInfo(site_id, "Nieul", at(day, start), at(day, end), 0, 1)


def week(shifts=(), gaps=(), closed=None) -> WeekPlanningModel:
    model = WeekPlanningModel()
    model.load(shifts, gaps, plans(closed), MONDAY + timedelta(days=2))  # any day of the week
    return model


def test_the_week_has_a_column_per_day_and_two_half_days_per_site():
    model = week()
    assert (model.rowCount(), model.columnCount()) == (4, 7)
    assert model.week_start == MONDAY
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[0] == "lun. 30/11" and headers[6] == "dim. 06/12"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Nieul\nMatin"
    assert model.headerData(3, Qt.Orientation.Vertical) == "Pôle mère\nAprès-midi"


def test_a_half_day_shows_its_practitioner_in_their_colour():
    covered = shift()
    model = week([covered])
    cell = model.cell_index(NIEUL, MONDAY, HalfDay.MORNING)
    assert cell.data() == "Dr Claire Bernard"
    assert cell.data(WeekPlanningModel.SHIFTS_ROLE) == (covered,)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == practitioner_colour(CLAIRE)
    assert "08:00–12:00" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.cell_index(NIEUL, MONDAY, HalfDay.AFTERNOON).data(WeekPlanningModel.SHIFTS_ROLE) == ()


def test_colours_are_stable_and_differ_between_practitioners():
    assert practitioner_colour(CLAIRE) == practitioner_colour(uuid.UUID(str(CLAIRE)))
    colours = {practitioner_colour(uuid.UUID(int=n * 7919)).name() for n in range(1, 40)}
    assert len(colours) > 30


def test_a_week_long_rotation_fills_every_half_day_it_covers():
    rotation = shift(who=HUGO, start=time(8), end=time(12), last_day=MONDAY + timedelta(days=5))
    model = week([rotation])
    filled = [(r, c) for r in range(2) for c in range(7)
              if model.index(r, c).data(WeekPlanningModel.SHIFTS_ROLE)]
    assert len(filled) == 11  # Monday morning to Saturday morning
    assert (1, 5) not in filled and (0, 6) not in filled


def test_gaps_are_red_with_their_detail_and_closed_days_grey():
    model = week([shift()], [gap()], closed={MONDAY + timedelta(days=3): "holiday:Fête du test"})
    uncovered = model.cell_index(NIEUL, MONDAY, HalfDay.AFTERNOON)
    assert uncovered.data(Qt.ItemDataRole.BackgroundRole) == GAP_COLOUR
    assert uncovered.data() == "Non couvert"
    assert uncovered.data(WeekPlanningModel.GAPS_ROLE) == (gap(),)
    assert "Non couvert : 14:00–19:00 (0 présent(s), 1 requis)" in uncovered.data(Qt.ItemDataRole.ToolTipRole)
    holiday = model.cell_index(NIEUL, MONDAY + timedelta(days=3), HalfDay.MORNING)
    assert holiday.data(Qt.ItemDataRole.BackgroundRole) == CLOSED_COLOUR
    assert holiday.data() == "Jour férié : Fête du test"
    assert holiday.data(WeekPlanningModel.CLOSED_ROLE) == "holiday:Fête du test"
    saturday_afternoon = model.cell_index(NIEUL, MONDAY + timedelta(days=5), HalfDay.AFTERNOON)
    assert saturday_afternoon.data() == "Fermé"


def test_dropping_a_shift_on_another_cell_asks_for_the_move():
    moving = shift()
    model = week([moving])
    model.editable = True
    requests: list[MoveRequest] = []
    model.moveRequested.connect(requests.append)
    source = model.cell_index(NIEUL, MONDAY, HalfDay.MORNING)
    mime = model.mimeData([source])
    wednesday_afternoon = model.cell_index(PARENT, MONDAY + timedelta(days=2), HalfDay.AFTERNOON)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, wednesday_afternoon)
    thursday_morning = model.cell_index(NIEUL, MONDAY + timedelta(days=3), HalfDay.MORNING)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, thursday_morning)
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source)  # nowhere to go
    assert [(r.site_id, r.starts_at, r.ends_at) for r in requests] == [
        (PARENT, at(MONDAY + timedelta(days=2), time(14)), at(MONDAY + timedelta(days=2), time(19))),
        (NIEUL, at(MONDAY + timedelta(days=3), time(8)), at(MONDAY + timedelta(days=3), time(12))),
    ]
    assert model.cell_index(NIEUL, MONDAY, HalfDay.MORNING).data(WeekPlanningModel.SHIFTS_ROLE) == (moving,)


def test_nothing_is_dragged_or_dropped_without_the_right_to_manage():
    model = week([shift()])
    source = model.cell_index(NIEUL, MONDAY, HalfDay.MORNING)
    assert not model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([source])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                  model.cell_index(NIEUL, MONDAY, HalfDay.AFTERNOON))
    model.editable = True
    assert model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.cell_index(NIEUL, MONDAY, HalfDay.AFTERNOON)) & Qt.ItemFlag.ItemIsDragEnabled


def test_a_move_across_the_change_of_time_keeps_the_wall_clock():
    friday = date(2026, 10, 23)  # summer time ends on Sunday 25 October 2026
    model = WeekPlanningModel()
    moving = shift(day=friday)
    model.load([moving], [], plans(), friday)
    model.editable = True
    requests: list[MoveRequest] = []
    model.moveRequested.connect(requests.append)
    mime = model.mimeData([model.cell_index(NIEUL, friday, HalfDay.MORNING)])
    model.load([moving], [], plans(), friday + timedelta(days=3))  # the next week is shown now
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                              model.cell_index(NIEUL, friday + timedelta(days=3), HalfDay.MORNING))
    assert requests[0].starts_at == at(date(2026, 10, 26), time(8))
    assert requests[0].starts_at.utcoffset() == timedelta(hours=1)


@settings(max_examples=80, deadline=None)
@given(start_minutes=st.integers(0, 7 * 24 * 60 - 30), length=st.integers(15, 3 * 24 * 60))
def test_a_period_lies_in_exactly_the_half_days_it_overlaps(start_minutes, length):
    start = at(MONDAY, time(0)) + timedelta(minutes=start_minutes)
    end = start + timedelta(minutes=length)
    last = MONDAY + timedelta(days=6)
    expected = [(d, h) for d in (MONDAY + timedelta(days=i) for i in range(7)) for h in HalfDay
                if start < half_bounds(d, h)[1] and end > half_bounds(d, h)[0]]
    assert cells_of(start, end, MONDAY, last) == expected


def test_the_month_is_a_six_week_grid_with_names_and_gap_counts():
    model = MonthPlanningModel()
    first = date(2026, 12, 1)
    model.load([shift(day=first), shift(who=HUGO, day=first, start=time(14), end=time(19))],
               [gap(day=first + timedelta(days=1)), gap(day=first + timedelta(days=1), start=time(8), end=time(12))],
               plans(), 2026, 12)
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.index(0, 0).data(MonthPlanningModel.DATE_ROLE) == MONDAY
    tuesday = model.index_of(first)
    assert tuesday.data() == "1\nClaire Bernard\nHugo Petit"
    wednesday = model.index_of(first + timedelta(days=1))
    assert wednesday.data().endswith("Non couverts : 2")
    assert wednesday.data(Qt.ItemDataRole.BackgroundRole) == GAP_COLOUR
    assert model.headerData(0, Qt.Orientation.Horizontal) == "lun."
    assert model.headerData(0, Qt.Orientation.Vertical) == "S49"
    assert model.index(0, 0).data(MonthPlanningModel.CELL_ROLE).in_month is False


def test_my_dates_list_a_practitioners_shifts_in_order():
    model = PractitionerDatesModel()
    later, sooner = shift(day=MONDAY + timedelta(days=7)), shift(day=MONDAY, on_call=True)
    model.set_rows([later, sooner])
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(4)] == ["lun. 30/11/2026", "Nieul", "08:00–12:00", "Astreinte"]
    assert model.index(1, PractitionerDatesModel.KIND).data() == "Vacation"
    assert model.index(0, 0).data(PractitionerDatesModel.ROW_ROLE) == sooner
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_a_proposal_has_every_row_checked_and_keeps_only_what_stays_checked():
    rows = [ProposedShift(NIEUL, "Nieul", CLAIRE, "Dr Claire Bernard", at(MONDAY + timedelta(days=i), time(8)),
                          at(MONDAY + timedelta(days=i), time(12))) for i in range(3)]
    model = ProposalModel()
    model.set_rows(rows)
    assert model.checked_shifts() == rows
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.checked_shifts() == [rows[0], rows[2]]
    model.set_all(False)
    assert model.checked_shifts() == []


def test_the_week_is_filled_through_the_services(cabinet):
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY, ends_on=MONDAY + timedelta(days=30))
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.replacement_id, at(MONDAY, time(8)),
                                     at(MONDAY + timedelta(days=5), time(12))), accept_warnings=True)
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        data = load_week(uow, [cabinet.site_id], MONDAY + timedelta(days=4))
    model = WeekPlanningModel()
    model.show(data)
    assert model.rowCount() == 2 and model.headerData(0, Qt.Orientation.Vertical) == "Matin"
    monday_morning = model.cell_index(cabinet.site_id, MONDAY, HalfDay.MORNING)
    assert monday_morning.data() == "Dr Hugo Petit"
    assert monday_morning.data(WeekPlanningModel.GAPS_ROLE) == ()
    saturday_afternoon = model.cell_index(cabinet.site_id, MONDAY + timedelta(days=5), HalfDay.AFTERNOON)
    assert saturday_afternoon.data() == "Fermé"
    assert not model.cell(QModelIndex())


def test_a_shift_begun_the_week_before_shows_in_the_next_week(cabinet):
    thursday, next_monday = MONDAY + timedelta(days=3), MONDAY + timedelta(days=7)
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.parent_id, cabinet.titular_id, at(thursday, time(8)),
                                     at(next_monday + timedelta(days=1), time(12))), accept_warnings=True)
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        data = load_week(uow, None, next_monday)
    model = WeekPlanningModel()
    model.show(data)
    assert model.rowCount() == 4  # both sites
    assert model.cell_index(cabinet.parent_id, next_monday, HalfDay.AFTERNOON).data() == "Dr Claire Bernard"
    assert model.cell_index(cabinet.parent_id, next_monday, HalfDay.MORNING).data(WeekPlanningModel.GAPS_ROLE)

