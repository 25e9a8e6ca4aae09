"""Booking an appointment, or moving one (``appointment=`` given: a booked one, or one to rebook).

The patient is found as you type (accents and case ignored) or created on the spot with the
patient form; the practitioner is one of those on duty at the site on the chosen date, whose
free time is shown; "Next free slot" fills in the first free time long enough for the type, with
anyone on duty or with the chosen practitioner. Refusals are shown in French and nothing is
saved; an appointment in the past is saved only once confirmed (catch-up entry).

Enter books: in the search field it picks the only patient found (several: the list takes the
focus, Enter again books the one selected).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...appointments.services import (
    AppointmentInfo,
    AppointmentTypeInfo,
    BookingInput,
    DayColumn,
    book,
    move,
    next_free_slot,
)
from ...clock import utcnow
from ...errors import PlanningWarning
from ...planning.calendar import Period, at
from ...planning.services import list_practitioners
from ...records.services import PatientInfo, search_patients
from ..context import AppContext
from ..patients.dialog import PatientDialog
from ..patients.model import PatientTableModel
from .data import ceil_to_grid, committed, on_duty
from .labels import colour_icon, local, long_day_text, moment_text, range_text, time_text
from .widgets import (
    INFO_STYLE,
    ask_yes_no,
    combo_id,
    date_edit,
    edited_date,
    message_label,
    moment_of,
    select_id,
    set_edited_date,
    set_edited_time,
    show_message,
    time_edit,
)

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BookingDialog(QDialog):
    # emitted with the booked (or moved) AppointmentInfo, just before the dialog closes
    saved = Signal(object)

    def __init__(self, ctx: AppContext, *, site_id: uuid.UUID, types: Sequence[AppointmentTypeInfo], day: date,
                 practitioner_id: uuid.UUID | None = None, starts_at: datetime | None = None,
                 overbook: bool = False, appointment: AppointmentInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_id = site_id
        self.appointment = appointment
        self.types = [t for t in types if t.active or (appointment and t.id == appointment.type_id)]
        # builds the patient form for "New patient"; tests may replace it
        self.patient_dialog_factory: Callable[..., PatientDialog] = PatientDialog
        self.patient_dialog: PatientDialog | None = None
        # asks whether to save despite a warning (the past); tests may replace it
        self.confirm: Callable[[str], bool] = lambda text: ask_yes_no(self, self.windowTitle(), text)
        self.saved_appointment: AppointmentInfo | None = None
        self.columns: list[DayColumn] = []
        self._wanted_practitioner = practitioner_id or (appointment.practitioner_id if appointment else None)
        self._wanted_time: time | None = local(starts_at).time() if starts_at else None
        self._duty_seq = 0
        self._search_seq = 0
        self._enter_pending = False
        self._searched_text = ""
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.setModal(True)
        self.setMinimumWidth(620)
        self._build(day, overbook)
        self.load_on_duty()

    # --- building --------------------------------------------------------------------------
    def _build(self, day: date, overbook: bool) -> None:
        layout = QVBoxLayout(self)
        self.error_label = message_label()
        self.error_label.setObjectName("booking_error")
        layout.addWidget(self.error_label)
        if self.appointment is None:
            self.setWindowTitle(self.tr("New appointment"))
            layout.addWidget(self._patient_finder())
        else:
            self.setWindowTitle(self.tr("Move the appointment"))
            who = QLabel(self.tr("Patient: %1 — booked %2").replace("%1", self.appointment.patient_name).replace(
                "%2", moment_text(self.appointment.starts_at)))
            who.setWordWrap(True)
            layout.addWidget(who)
        layout.addLayout(self._form(day, overbook))
        layout.addWidget(self._buttons())
        (self.search_edit if self.appointment is None else self.time_edit).setFocus()

    def _form(self, day: date, overbook: bool) -> QFormLayout:
        form = QFormLayout()
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("type")
        for kind in self.types:
            self.type_combo.addItem(colour_icon(kind.colour), self.tr("%1 (%2 min)").replace("%1", kind.name).replace(
                "%2", str(kind.duration_minutes)), str(kind.id))
        if self.appointment is not None:
            select_id(self.type_combo, self.appointment.type_id)
            self.type_combo.setEnabled(False)  # a move keeps the type and its duration
        form.addRow(self.tr("Type"), self.type_combo)
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("date")
        self.date_edit.dateChanged.connect(self.load_on_duty)
        self.day_label = QLabel()
        self.time_edit = time_edit(self._wanted_time or time(8))
        self.time_edit.setObjectName("time")
        when = QHBoxLayout()
        for widget in (self.date_edit, self.time_edit):
            when.addWidget(widget)
        when.addWidget(self.day_label, 1)
        form.addRow(self.tr("Date and time"), when)
        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setObjectName("practitioner")
        self.practitioner_combo.currentIndexChanged.connect(self._show_free_time)
        form.addRow(self.tr("Practitioner on duty"), self.practitioner_combo)
        self.free_label = QLabel()
        self.free_label.setWordWrap(True)
        form.addRow("", self.free_label)
        form.addRow("", self._slot_finder())
        form.addRow("", self.next_free_label)
        self.overbook_check = QCheckBox(self.tr("Overbooking: accept an overlap with another appointment"))
        self.overbook_check.setChecked(overbook)
        form.addRow("", self.overbook_check)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        self.note_edit.setPlaceholderText(self.tr("Administrative note (never clinical)"))
        if self.appointment is None:
            form.addRow(self.tr("Note"), self.note_edit)
        return form

    def _slot_finder(self) -> QHBoxLayout:
        self.next_free_button = QPushButton(self.tr("Next free slot"))
        self.next_free_button.setAutoDefault(False)
        self.next_free_button.setToolTip(self.tr("The first free time long enough for this type, from the date shown"))
        self.next_free_button.clicked.connect(self.find_next_free_slot)
        self.only_this_check = QCheckBox(self.tr("with this practitioner only"))
        self.next_free_label = message_label(INFO_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.next_free_button)
        row.addWidget(self.only_this_check)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        """Book (or Move) and Cancel; no default button: Enter is handled in keyPressEvent."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Book") if self.appointment is None else self.tr("Move"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.ok_button, self.cancel_button):
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _patient_finder(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("patient_search")
        self.search_edit.setPlaceholderText(self.tr("Patient: name, birth date (dd/mm/yyyy) or NIR"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.installEventFilter(self)
        self.new_patient_button = QPushButton(self.tr("New patient…"))
        self.new_patient_button.setAutoDefault(False)
        self.new_patient_button.clicked.connect(self.new_patient)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_patient_button)
        column.addLayout(top)
        self.patient_model = PatientTableModel(self)
        self.patient_table = QTableView()
        self.patient_table.setObjectName("patient_results")
        self.patient_table.setModel(self.patient_model)
        self.patient_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patient_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patient_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patient_table.verticalHeader().hide()
        self.patient_table.setMaximumHeight(150)
        for col in (PatientTableModel.SEX, PatientTableModel.NIR, PatientTableModel.PHONE):
            self.patient_table.setColumnHidden(col, True)
        self.patient_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.patient_table.horizontalHeader().setStretchLastSection(True)
        self.patient_table.selectionModel().selectionChanged.connect(self._patient_changed)
        self.patient_table.doubleClicked.connect(lambda _index: self.submit())
        column.addWidget(self.patient_table)
        self.patient_label = QLabel(self.tr("No patient chosen"))
        self.patient_label.setObjectName("chosen_patient")
        column.addWidget(self.patient_label)
        return box

    # --- the patient -----------------------------------------------------------------------
    def selected_patient(self) -> PatientInfo | None:
        if self.appointment is not None:
            return None
        rows = self.patient_table.selectionModel().selectedRows()
        return rows[0].data(PatientTableModel.ROW_ROLE) if rows else None

    def patient_id(self) -> uuid.UUID | None:
        if self.appointment is not None:
            return self.appointment.patient_id
        patient = self.selected_patient()
        return patient.id if patient else None

    def _search_changed(self) -> None:
        self._search_seq += 1  # results of an older text are no longer wanted
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._search_seq += 1
        text = self.search_edit.text().strip()
        if not text:
            self._show_patients(self._search_seq, [])
            return
        self.ctx.run(lambda uow: search_patients(uow, text, limit=SEARCH_LIMIT),
                     on_done=lambda found, seq=self._search_seq: self._show_patients(seq, found, text),
                     on_error=self._failed)

    def _show_patients(self, seq: int, patients: Sequence[PatientInfo], text: str = "") -> None:
        if seq != self._search_seq:
            return
        self._searched_text = text
        self.patient_model.set_rows(patients)
        if len(patients) == 1:
            self._select_patient_row(0)
        self._patient_changed()
        if self._enter_pending:
            self._enter_pending = False
            self._enter_in_search()

    def _select_patient_row(self, row: int) -> None:
        index = self.patient_model.index(row, PatientTableModel.NAME)
        self.patient_table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.patient_table.setCurrentIndex(index)

    def _patient_changed(self, *_: object) -> None:
        patient = self.selected_patient()
        if patient is None:
            self.patient_label.setText(self.tr("No patient chosen"))
        else:
            self.patient_label.setText(self.tr("Patient: %1, born on %2").replace("%1", patient.display_name).replace(
                "%2", patient.birth_date.strftime("%d/%m/%Y")))

    def _enter_in_search(self) -> None:
        if self._timer.isActive() or self.search_edit.text().strip() != self._searched_text:
            self._enter_pending = True
            self.search_now()
            return
        if self.selected_patient() is not None:
            self.submit()
        elif self.patient_model.rowCount():
            self._select_patient_row(0)
            self.patient_table.setFocus()
        else:
            show_message(self.error_label, self.tr("No patient found: check the spelling, or create the patient."))

    def new_patient(self) -> None:
        """The patient form; once saved, the new patient is the one chosen."""

        def listed(practitioners) -> None:
            dialog = self.patient_dialog_factory(self.ctx, patient=None, practitioners=practitioners,
                                                 site_id=self.site_id, parent=self)
            dialog.saved.connect(self._patient_created)
            self.patient_dialog = dialog
            dialog.open()

        self.ctx.run(list_practitioners, on_done=listed, on_error=self._failed)

    def _patient_created(self, patient: PatientInfo) -> None:
        self._timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.setText(patient.display_name)
        self.search_edit.blockSignals(False)
        self._search_seq += 1
        self._searched_text = patient.display_name
        self.patient_model.set_rows([patient])
        self._select_patient_row(0)
        self._patient_changed()
        self.patient_dialog = None

    # --- who is on duty, and when they are free -----------------------------------------------
    def load_on_duty(self) -> None:
        self._duty_seq += 1
        day = edited_date(self.date_edit)
        self.day_label.setText(long_day_text(day, self.ctx.language))
        self.ctx.run(lambda uow: on_duty(uow, self.site_id, day),
                     on_done=partial(self._show_on_duty, self._duty_seq), on_error=self._failed)

    def _show_on_duty(self, seq: int, columns: list[DayColumn]) -> None:
        if seq != self._duty_seq:
            return
        wanted = self._wanted_practitioner or combo_id(self.practitioner_combo)
        self.columns = columns
        self.practitioner_combo.blockSignals(True)
        self.practitioner_combo.clear()
        for column in columns:
            shifts = ", ".join(range_text(p.start, p.end) for p in column.shifts)
            self.practitioner_combo.addItem(f"{column.practitioner_name} ({shifts})", str(column.practitioner_id))
        if not columns:
            self.practitioner_combo.addItem(self.tr("Nobody on duty that day"), "")
        select_id(self.practitioner_combo, wanted)
        self.practitioner_combo.blockSignals(False)
        self._wanted_practitioner = None
        if self._wanted_time is None:
            self._wanted_time = self._first_free_time()
            if self._wanted_time is not None:
                set_edited_time(self.time_edit, self._wanted_time)
        self._show_free_time()

    def _column(self) -> DayColumn | None:
        chosen = combo_id(self.practitioner_combo)
        return next((c for c in self.columns if c.practitioner_id == chosen), None)

    def _first_free_time(self) -> time | None:
        """The chosen practitioner's first free time still to come (on a past day: the first)."""
        column = self._column()
        if column is None or not column.free:
            return None
        now = utcnow()
        for period in column.free:
            start = max(period.start, ceil_to_grid(now))
            if start < period.end:
                return local(start).time()
        return local(column.free[0].start).time()

    def _show_free_time(self) -> None:
        column = self._column()
        if column is None:
            self.free_label.setText("")
            return
        free = ", ".join(range_text(p.start, p.end) for p in column.free) or self.tr("none")
        self.free_label.setText(self.tr("Free: %1").replace("%1", free))

    # --- next free slot --------------------------------------------------------------------
    def find_next_free_slot(self) -> None:
        type_id = combo_id(self.type_combo)
        if type_id is None:
            return
        who = combo_id(self.practitioner_combo) if self.only_this_check.isChecked() else None
        after = max(utcnow(), at(edited_date(self.date_edit), time(0)))
        site_id = self.site_id
        self.ctx.run(lambda uow: next_free_slot(uow, site_id=site_id, type_id=type_id, practitioner_id=who,
                                                after=after),
                     on_done=self._show_next_free_slot, on_error=self._failed)

    def _show_next_free_slot(self, found: tuple[uuid.UUID, Period] | None) -> None:
        if found is None:
            show_message(self.next_free_label, "")
            show_message(self.error_label, self.tr("No free slot for this type in the next 60 days."))
            return
        practitioner_id, period = found
        start = local(period.start)
        self._wanted_time = start.time()
        set_edited_time(self.time_edit, start.time())
        if edited_date(self.date_edit) != start.date():
            self._wanted_practitioner = practitioner_id
            set_edited_date(self.date_edit, start.date())  # reloads who is on duty, then selects them
        else:
            select_id(self.practitioner_combo, practitioner_id)
        show_message(self.error_label, "")
        name = next((c.practitioner_name for c in self.columns if c.practitioner_id == practitioner_id), "")
        show_message(self.next_free_label, self.tr("Next free slot: %1 at %2 with %3").replace(
            "%1", long_day_text(start.date(), self.ctx.language)).replace("%2", time_text(period.start)).replace(
            "%3", name))

    # --- saving ----------------------------------------------------------------------------
    @staticmethod
    def _is_enter(event: QEvent) -> bool:
        return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in RETURN_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the search field picks the patient found (and books)."""
        if self.appointment is None and watched is self.search_edit and self._is_enter(event):
            self._enter_in_search()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter anywhere else books (no button is a default one: see _buttons)."""
        if self._is_enter(event):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def missing(self) -> str:
        """What must still be chosen ("" when the form is complete)."""
        if self.patient_id() is None:
            return self.tr("Choose a patient (type a name), or create one with \"New patient\".")
        if combo_id(self.type_combo) is None:
            return self.tr("Choose the type of appointment.")
        if combo_id(self.practitioner_combo) is None:
            return self.tr("Choose a practitioner on duty.")
        return ""

    def submit(self, *, accept_warnings: bool = False) -> None:
        if self._busy:
            return
        problem = self.missing()
        if problem:
            show_message(self.error_label, problem)
            return
        patient_id, type_id = self.patient_id(), combo_id(self.type_combo)
        practitioner_id = combo_id(self.practitioner_combo)
        assert patient_id and type_id and practitioner_id
        starts_at = moment_of(self.date_edit, self.time_edit)
        overbook = self.overbook_check.isChecked()
        current = self.appointment
        if current is None:
            data = BookingInput(self.site_id, practitioner_id, patient_id, type_id, starts_at, overbook=overbook,
                                note=self.note_edit.text())

            def action(uow):
                return book(uow, data, accept_warnings=accept_warnings)
        else:
            def action(uow):
                return move(uow, current.id, starts_at=starts_at, practitioner_id=practitioner_id,
                            overbook=overbook, accept_warnings=accept_warnings,
                            expected_version=current.row_version)
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.run(committed(action), on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, info: AppointmentInfo) -> None:
        self._busy = False
        self.saved_appointment = info
        self.saved.emit(info)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, PlanningWarning):
            text = self.ctx.describe(error)
            if self.confirm(self.tr("%1\n\nSave it anyway?").replace("%1", text)):
                self.submit(accept_warnings=True)
            else:
                show_message(self.error_label, text)
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        show_message(self.error_label, self.ctx.describe(error))

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""
