"""A recurring shift (*vacation récurrente*): a practitioner covers a site on one weekday, every
week or every N-th week, between two dates — « tous les mardis après-midi », « une semaine sur
quatre ».

« Aperçu » lists the dates it falls on (:func:`pattern_dates`, pure); the days the site is closed
(public holidays, closures) are skipped when the shifts are created. One refused occurrence
refuses the whole pattern: the French message names the day and nothing is saved. A warning
(outside the opening hours…) asks « Créer quand même ? » through the ``confirm`` hook.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...clock import today_paris
from ...errors import PlanningWarning
from ...planning.rota_services import PatternInput, ShiftInfo, create_pattern, pattern_dates
from ...planning.services import PractitionerInfo, SiteInfo
from ..context import AppContext
from .data import AFTERNOON_HOURS, MORNING_HOURS
from .labels import capitalised, day_text, weekday_name
from .widgets import (
    committed,
    date_edit,
    edited_date,
    edited_time,
    fill_combo,
    message_label,
    practitioner_items,
    run_for,
    select_data,
    set_edited_time,
    show_message,
    side_by_side,
    site_items,
    time_edit,
)

Confirm = Callable[[str], bool]
MORNING, AFTERNOON, CUSTOM = "morning", "afternoon", "custom"
PRESETS = {MORNING: MORNING_HOURS, AFTERNOON: AFTERNOON_HOURS}
MAX_WEEKS = 8
DEFAULT_LENGTH = timedelta(weeks=13)  # about three months
PREVIEW_LIMIT = 24


class PatternDialog(QDialog):
    """Choose who, where, which weekday and times, how often, from when to when; then create."""

    # emitted with the created shifts (list[ShiftInfo]), just before the dialog closes
    created = Signal(object)

    def __init__(self, ctx: AppContext, *, sites: Sequence[SiteInfo], practitioners: Sequence[PractitionerInfo],
                 site_id: uuid.UUID | None = None, day: date | None = None, confirm: Confirm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm: Confirm = confirm or (lambda _text: False)
        self.created_shifts: list[ShiftInfo] = []
        self.setModal(True)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Recurring shift"))
        first = day or today_paris()
        self._build(sites, practitioners, first)
        select_data(self.site_combo, site_id)
        select_data(self.weekday_combo, min(first.weekday(), 5))
        self.apply_preset(MORNING)
        self.show_preview()

    # --- building --------------------------------------------------------------------------
    def _build(self, sites: Sequence[SiteInfo], practitioners: Sequence[PractitionerInfo], first: date) -> None:
        self.error_label = message_label()
        self.site_combo = QComboBox()
        fill_combo(self.site_combo, site_items(sites))
        self.practitioner_combo = QComboBox()
        fill_combo(self.practitioner_combo, practitioner_items(practitioners))
        self.weekday_combo = QComboBox()
        fill_combo(self.weekday_combo, [(capitalised(weekday_name(d)), d) for d in range(7)])
        self.preset_combo = QComboBox()
        fill_combo(self.preset_combo, [(self.tr("Morning (08:00–12:00)"), MORNING),
                                       (self.tr("Afternoon (14:00–19:00)"), AFTERNOON),
                                       (self.tr("Other times"), CUSTOM)])
        self.preset_combo.currentIndexChanged.connect(lambda _i: self.apply_preset(self.preset_combo.currentData()))
        self.start_time, self.end_time = time_edit(MORNING_HOURS[0]), time_edit(MORNING_HOURS[1])
        for edit in (self.start_time, self.end_time):
            edit.editingFinished.connect(self._times_edited)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, MAX_WEEKS)
        self.every_spin.setPrefix(self.tr("every "))
        self.every_spin.setSuffix(self.tr(" weeks"))
        self.every_spin.setSpecialValueText(self.tr("every week"))
        self.first_date, self.last_date = date_edit(first), date_edit(first + DEFAULT_LENGTH - timedelta(days=1))
        for widget in (self.first_date, self.last_date):
            widget.dateChanged.connect(lambda _d: self.show_preview())
        self.weekday_combo.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.every_spin.valueChanged.connect(lambda _v: self.show_preview())
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(lambda _checked=False: self.show_preview())
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setMinimumHeight(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site_combo)
        form.addRow(self.tr("Practitioner"), self.practitioner_combo)
        form.addRow(self.tr("Day"), self.weekday_combo)
        form.addRow(self.tr("Period"), self.preset_combo)
        form.addRow(self.tr("Times"), side_by_side(self.start_time, QLabel("–"), self.end_time))
        form.addRow(self.tr("Frequency"), side_by_side(self.every_spin))
        form.addRow(self.tr("From"), side_by_side(self.first_date, QLabel(self.tr("to")), self.last_date))
        form.addRow("", side_by_side(self.preview_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(buttons)

    # --- times -----------------------------------------------------------------------------
    def apply_preset(self, preset: str | None) -> None:
        if preset not in PRESETS:
            return
        if self.preset_combo.currentData() != preset:
            self.preset_combo.blockSignals(True)
            select_data(self.preset_combo, preset)
            self.preset_combo.blockSignals(False)
        starts, ends = PRESETS[preset]
        set_edited_time(self.start_time, starts)
        set_edited_time(self.end_time, ends)

    def _times_edited(self) -> None:
        times = (edited_time(self.start_time), edited_time(self.end_time))
        preset = next((name for name, span in PRESETS.items() if span == times), CUSTOM)
        self.preset_combo.blockSignals(True)
        select_data(self.preset_combo, preset)
        self.preset_combo.blockSignals(False)

    def set_times(self, starts: time, ends: time) -> None:
        set_edited_time(self.start_time, starts)
        set_edited_time(self.end_time, ends)
        self._times_edited()

    # --- what the form says ----------------------------------------------------------------
    def pattern_input(self) -> PatternInput | None:
        site_id, practitioner_id = self.site_combo.currentData(), self.practitioner_combo.currentData()
        if site_id is None or practitioner_id is None:
            return None
        return PatternInput(site_id=site_id, practitioner_id=practitioner_id,
                            weekday=int(self.weekday_combo.currentData()), starts=edited_time(self.start_time),
                            ends=edited_time(self.end_time), first_day=edited_date(self.first_date),
                            last_day=edited_date(self.last_date), every_n_weeks=self.every_spin.value())

    def dates(self) -> list[date]:
        data = self.pattern_input()
        if data is None or data.last_day < data.first_day:
            return []
        return pattern_dates(data)

    def show_preview(self) -> None:
        self.preview_label.setText(self.preview_text())

    def preview_text(self) -> str:
        if edited_date(self.last_date) < edited_date(self.first_date):
            return self.tr("The last day is before the first.")
        found = self.dates()
        if not found:
            return self.tr("No date: this weekday does not occur in the period.")
        shown = ", ".join(day_text(d) for d in found[:PREVIEW_LIMIT])
        if len(found) > PREVIEW_LIMIT:
            shown += ", …"
        return "\n".join((self.tr("%n date(s): ", "", len(found)) + shown,
                          self.tr("The days the site is closed (public holidays, closures) will be skipped.")))

    # --- creating --------------------------------------------------------------------------
    def save(self, accept_warnings: bool = False) -> None:
        data = self.pattern_input()
        if data is None:
            show_message(self.error_label, self.tr("Choose a site and a practitioner."))
            return
        if data.last_day >= data.first_day and data.starts < data.ends and not pattern_dates(data):
            show_message(self.error_label, self.tr("No date: this weekday does not occur in the period."))
            return
        task = committed(lambda uow: create_pattern(uow, data, accept_warnings=accept_warnings))
        run_for(self, self.ctx, task, on_done=self._on_created, on_error=partial(self._on_failed, accept_warnings))

    def _on_created(self, shifts: list[ShiftInfo]) -> None:
        self.created_shifts = list(shifts)
        show_message(self.error_label, "")
        self.created.emit(self.created_shifts)
        self.accept()

    def _on_failed(self, accepted_warnings: bool, error: BaseException) -> None:
        text = self.ctx.describe(error)
        if isinstance(error, PlanningWarning) and not accepted_warnings:
            if self.confirm(self.tr("%1\n\nCreate anyway?").replace("%1", text)):
                self.save(accept_warnings=True)
                return
        show_message(self.error_label, text)
