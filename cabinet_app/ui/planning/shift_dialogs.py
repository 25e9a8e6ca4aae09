"""Create, change or cancel a shift (*vacation*).

The rules are the core's: a refusal is shown in French (one line per broken rule) and nothing is
saved; a warning (outside the opening hours…) asks « Enregistrer quand même ? » through the
``confirm`` hook and saves only on yes. Cancelling asks for a reason: the shift stays, marked
cancelled, with who, when and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...clock import PARIS
from ...errors import PlanningWarning
from ...planning.calendar import at
from ...planning.rota_services import ShiftInfo, ShiftInput, cancel_shift, create_shift, move_shift
from ...planning.services import PractitionerInfo, SiteInfo
from ..context import AppContext
from .data import AFTERNOON_HOURS, MORNING_HOURS, HalfDay, local_day
from .labels import day_text, times_text
from .widgets import (
    committed,
    date_edit,
    edited_date,
    fill_combo,
    message_label,
    moment_of,
    practitioner_items,
    run_for,
    select_data,
    set_edited_date,
    set_edited_time,
    show_message,
    side_by_side,
    site_items,
    time_edit,
)

Confirm = Callable[[str], bool]

#: preset → (start time, days from the first day to the last, end time)
MORNING, AFTERNOON, DAY, WEEK, CUSTOM = "morning", "afternoon", "day", "week", "custom"
PRESET_TIMES = {
    MORNING: (MORNING_HOURS[0], 0, MORNING_HOURS[1]),
    AFTERNOON: (AFTERNOON_HOURS[0], 0, AFTERNOON_HOURS[1]),
    DAY: (MORNING_HOURS[0], 0, AFTERNOON_HOURS[1]),
    WEEK: (MORNING_HOURS[0], 5, MORNING_HOURS[1]),  # Monday 8:00 to Saturday noon
}


class ShiftDialog(QDialog):
    """A new shift (``shift=None``) or a change of one (site, practitioner, times)."""

    #: emitted with the saved ShiftInfo, just before the dialog closes
    saved = Signal(object)

    def __init__(self, ctx: AppContext, *, sites: Sequence[SiteInfo], practitioners: Sequence[PractitionerInfo],
                 shift: ShiftInfo | None = None, site_id: uuid.UUID | None = None, day: date | None = None,
                 half: HalfDay | None = None, confirm: Confirm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shift = shift
        self.confirm: Confirm = confirm or (lambda _text: False)
        self.saved_shift: ShiftInfo | None = None
        self.setModal(True)
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("Edit the shift") if shift else self.tr("New shift"))
        self._build(sites, practitioners)
        if shift is not None:
            self._fill(shift)
        else:
            select_data(self.site_combo, site_id)
            set_edited_date(self.start_date, day or date.today())
            self.apply_preset(AFTERNOON if half is HalfDay.AFTERNOON else MORNING)

    # --- building --------------------------------------------------------------------------
    def _build(self, sites: Sequence[SiteInfo], practitioners: Sequence[PractitionerInfo]) -> None:
        self.error_label = message_label()
        self.site_combo = QComboBox()
        fill_combo(self.site_combo, site_items(sites))
        self.practitioner_combo = QComboBox()
        fill_combo(self.practitioner_combo, practitioner_items(practitioners))
        self.preset_combo = QComboBox()
        fill_combo(self.preset_combo, [
            (self.tr("Morning (08:00–12:00)"), MORNING), (self.tr("Afternoon (14:00–19:00)"), AFTERNOON),
            (self.tr("Whole day (08:00–19:00)"), DAY), (self.tr("Week (Monday 08:00 to Saturday noon)"), WEEK),
            (self.tr("Other times"), CUSTOM)])
        self.preset_combo.currentIndexChanged.connect(lambda _i: self.apply_preset(self.preset_combo.currentData()))
        today = date.today()
        self.start_date, self.end_date = date_edit(today), date_edit(today)
        self.start_time, self.end_time = time_edit(time(8)), time_edit(time(12))
        self._start_day = today
        self.start_date.dateChanged.connect(self._start_day_changed)
        for edit in (self.end_date, self.start_time, self.end_time):
            edit.editingFinished.connect(self._times_edited)
        self.on_call_box = QCheckBox(self.tr("On call (reachable for an intern's supervision)"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site_combo)
        form.addRow(self.tr("Practitioner"), self.practitioner_combo)
        form.addRow(self.tr("Period"), self.preset_combo)
        form.addRow(self.tr("From"), side_by_side(self.start_date, self.start_time))
        form.addRow(self.tr("To"), side_by_side(self.end_date, self.end_time))
        form.addRow("", self.on_call_box)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, shift: ShiftInfo) -> None:
        select_data(self.site_combo, shift.site_id)
        select_data(self.practitioner_combo, shift.practitioner_id)
        select_data(self.preset_combo, CUSTOM)
        self.set_period(shift.starts_at, shift.ends_at)
        self.on_call_box.setChecked(shift.on_call)
        self.note_edit.setText(shift.note)
        self.on_call_box.setEnabled(False)  # a change moves the shift; its kind and note stay
        self.note_edit.setEnabled(False)

    # --- times -----------------------------------------------------------------------------
    def set_period(self, starts_at: datetime, ends_at: datetime) -> None:
        for edit in (self.start_date, self.end_date, self.start_time, self.end_time):
            edit.blockSignals(True)
        set_edited_date(self.start_date, local_day(starts_at))
        set_edited_date(self.end_date, local_day(ends_at))
        self._start_day = local_day(starts_at)
        set_edited_time(self.start_time, starts_at.astimezone(PARIS).time())
        set_edited_time(self.end_time, ends_at.astimezone(PARIS).time())
        for edit in (self.start_date, self.end_date, self.start_time, self.end_time):
            edit.blockSignals(False)

    def apply_preset(self, preset: str | None) -> None:
        """Fill the times from a preset (the week preset starts on the chosen day's Monday)."""
        if preset not in PRESET_TIMES:
            return
        if self.preset_combo.currentData() != preset:
            self.preset_combo.blockSignals(True)
            select_data(self.preset_combo, preset)
            self.preset_combo.blockSignals(False)
        starts, length, ends = PRESET_TIMES[preset]
        first = edited_date(self.start_date)
        if preset == WEEK:
            first -= timedelta(days=first.weekday())
        self.set_period(at(first, starts), at(first + timedelta(days=length), ends))

    def _start_day_changed(self) -> None:
        """A preset follows the new day; other times keep their length (the end moves too)."""
        moved = (edited_date(self.start_date) - self._start_day).days
        self._start_day = edited_date(self.start_date)
        if self.preset_combo.currentData() in PRESET_TIMES:
            self.apply_preset(self.preset_combo.currentData())
        elif moved:
            self.end_date.blockSignals(True)
            set_edited_date(self.end_date, edited_date(self.end_date) + timedelta(days=moved))
            self.end_date.blockSignals(False)

    def _times_edited(self) -> None:
        if self.preset_combo.currentData() != CUSTOM:
            self.preset_combo.blockSignals(True)
            select_data(self.preset_combo, CUSTOM)
            self.preset_combo.blockSignals(False)

    # --- saving ----------------------------------------------------------------------------
    def shift_input(self) -> ShiftInput:
        return ShiftInput(site_id=self.site_combo.currentData(), practitioner_id=self.practitioner_combo.currentData(),
                          starts_at=moment_of(self.start_date, self.start_time),
                          ends_at=moment_of(self.end_date, self.end_time), on_call=self.on_call_box.isChecked(),
                          note=self.note_edit.text())

    def save(self, accept_warnings: bool = False) -> None:
        data = self.shift_input()
        if self.shift is None:
            action = partial(_create, data, accept_warnings)
        else:
            action = partial(_move, self.shift, data, accept_warnings)
        run_for(self, self.ctx, committed(action), on_done=self._on_saved,
                on_error=partial(self._on_failed, accept_warnings))

    def _on_saved(self, shift: ShiftInfo) -> None:
        self.saved_shift = shift
        show_message(self.error_label, "")
        self.saved.emit(shift)
        self.accept()

    def _on_failed(self, accepted_warnings: bool, error: BaseException) -> None:
        text = self.ctx.describe(error)
        if isinstance(error, PlanningWarning) and not accepted_warnings:
            question = self.tr("%1\n\nSave anyway?").replace("%1", text)
            if self.confirm(question):
                self.save(accept_warnings=True)
                return
        show_message(self.error_label, text)


def _create(data: ShiftInput, accept_warnings: bool, uow):
    return create_shift(uow, data, accept_warnings=accept_warnings)


def _move(shift: ShiftInfo, data: ShiftInput, accept_warnings: bool, uow):
    return move_shift(uow, shift.id, starts_at=data.starts_at, ends_at=data.ends_at, site_id=data.site_id,
                      practitioner_id=data.practitioner_id, accept_warnings=accept_warnings,
                      expected_version=shift.row_version)


class CancelShiftDialog(QDialog):
    """Cancel a shift, with a reason (kept with the shift, which stays in the history)."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, *, shift: ShiftInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shift = shift
        self.setModal(True)
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Cancel the shift"))
        summary = QLabel(f"{shift.practitioner_name} — {shift.site_name}\n"
                         f"{day_text(local_day(shift.starts_at))}, {times_text(shift.starts_at, shift.ends_at)}")
        self.error_label = message_label()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("Why (kept with the cancelled shift)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the shift"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        reason = self.reason_edit.text()
        if not reason.strip():
            show_message(self.error_label, self.tr("Give a reason: it is kept with the cancelled shift."))
            return
        shift = self.shift
        task = committed(lambda uow: cancel_shift(uow, shift.id, reason=reason, expected_version=shift.row_version))
        run_for(self, self.ctx, task, on_done=self._on_saved,
                on_error=lambda e: show_message(self.error_label, self.ctx.describe(e)))

    def _on_saved(self, shift: ShiftInfo) -> None:
        self.saved.emit(shift)
        self.accept()
