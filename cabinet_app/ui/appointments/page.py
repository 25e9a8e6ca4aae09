"""The appointment book page: a site and a day, the practitioners on duty side by side with
their appointments and free time, the waiting room and the appointments to rebook (booking and
moving live in :mod:`.booking_flow`).

The secretary books (double-click on free time, or Ctrl+N), moves (drag an appointment, or
Ctrl+M), cancels with a reason, and marks arrivals, consultations seen and no-shows (F5/F6/F7);
every rule is checked by the core and a refusal is shown in French with nothing changed. A
doctor starts from "My day": their patients in order; opening one is audited and announced by
:attr:`AppointmentsPage.open_patient_requested` (the main window routes it to the record).
Modal dialogs are built by factory attributes and opened with ``open()``, so tests drive them.
"Appointment types…" (people who manage the planning) edits the current site's types.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo, set_status
from ...changes import Area
from ...clock import today_paris, utcnow
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .actions import CANCELLABLE, AppointmentActions
from .bars import AppointmentActionBar, AppointmentDayBar
from .booking_flow import BookingFlow
from .book_view import BookView
from .booking_dialog import BookingDialog
from .data import DayData, committed, load_day, open_record
from .dialogs import CancelAppointmentDialog, AppointmentHistoryDialog
from .labels import moment_text, status_label
from .layout import is_visible
from .models import DayBookModel
from .my_day import MyDayPanel
from .printing import AppointmentPrinter
from .side_panel import AppointmentSidePanel
from .types_dialog import AppointmentTypesDialog
from .widgets import DialogSlot, MessageArea, ask_yes_no, combo_id, edited_date

S = AppointmentStatus
RELOADING = Area.APPOINTMENTS | Area.PLANNING | Area.PATIENTS | Area.SITES


class AppointmentsPage(BookingFlow, QWidget):
    # a practitioner opened a patient from their day (patient id); the opening was audited
    open_patient_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # build the dialogs; tests may replace them to drive the dialogs without exec()
        self.booking_dialog_factory: Callable[..., BookingDialog] = BookingDialog
        self.cancel_dialog_factory: Callable[..., CancelAppointmentDialog] = CancelAppointmentDialog
        self.history_dialog_factory: Callable[..., AppointmentHistoryDialog] = AppointmentHistoryDialog
        self.types_dialog_factory: Callable[..., AppointmentTypesDialog] = AppointmentTypesDialog
        # asks whether to go on despite a warning (a move into the past); tests may replace it
        self.confirm: Callable[[str], bool] = lambda text: ask_yes_no(self, self.tr("Appointments"), text)
        self._dialogs = DialogSlot()
        self.data: DayData | None = None
        self.site_id: uuid.UUID | None = None
        self.day: date = today_paris()
        self._current: AppointmentInfo | None = None
        self._select_after_load: uuid.UUID | None = None
        self._scrolled_for: tuple[Any, date] | None = None
        self._load_seq = 0
        self._epoch = 0
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self.actions_ = AppointmentActions(self)
        self.printer = AppointmentPrinter(ctx, self)
        self._build()
        self._connect()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        if ctx.can(Permission.PLANNING_READ):
            self.reload()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        a = self.actions_
        self.day_bar = AppointmentDayBar(a, self.day)
        self.site_combo, self.date_edit = self.day_bar.site_combo, self.day_bar.date_edit
        self.day_label, self.show_cancelled_check = self.day_bar.day_label, self.day_bar.show_cancelled_check
        self.my_day_button = self.day_bar.my_day_button
        self.action_bar = AppointmentActionBar(a)
        self._types_separator = self.action_bar.addSeparator()
        self.action_bar.addAction(a.types)
        self.messages = MessageArea()
        self.message_label, self.info_label = self.messages.error_label, self.messages.info_label
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.book_model = DayBookModel(self)
        self.book_view = BookView()
        self.book_view.setModel(self.book_model)
        self.book_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.book_view.addActions([a.new, *a.appointment_actions()])
        self.my_day = MyDayPanel(a.open_record)
        self.my_day_model, self.my_day_table, self.my_day_proxy = self.my_day.model, self.my_day.table, \
            self.my_day.proxy
        self.stack = QStackedWidget()
        self.stack.addWidget(self.book_view)
        self.stack.addWidget(self.my_day)
        self.side = AppointmentSidePanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        for widget in (self.day_bar, self.action_bar, self.messages, self.summary_label):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        a = self.actions_
        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self.date_edit.dateChanged.connect(lambda _d: self.go_to_day(edited_date(self.date_edit)))
        a.previous_day.triggered.connect(lambda: self.go_to_day(self.day - timedelta(days=1)))
        a.next_day.triggered.connect(lambda: self.go_to_day(self.day + timedelta(days=1)))
        a.today.triggered.connect(lambda: self.go_to_day(today_paris()))
        a.my_day.toggled.connect(self.set_my_day)
        self.show_cancelled_check.toggled.connect(self._show_cancelled_changed)
        for action, slot in ((a.new, self.new_appointment), (a.move, self.move_current),
                             (a.cancel, self.cancel_current), (a.history, self.show_history),
                             (a.reminder, self.save_reminder), (a.print_day, self.print_day),
                             (a.open_record, self.open_current_record), (a.types, self.open_types)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        for action, status in ((a.arrived, S.ARRIVED), (a.seen, S.SEEN), (a.no_show, S.NO_SHOW),
                               (a.booked, S.BOOKED)):
            action.triggered.connect(lambda _checked=False, status=status: self.mark(status))
        self.book_view.selectionModel().currentChanged.connect(self._book_current_changed)
        self.book_view.free_cell_activated.connect(self._free_cell_activated)
        self.book_view.appointment_activated.connect(self._appointment_activated)
        self.book_model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.side.selected.connect(self._set_current)
        self.side.rebook_requested.connect(self.rebook)
        self.my_day.selected.connect(self._set_current)

    def _practitioner_id(self) -> uuid.UUID | None:
        user = self.ctx.session_user
        return user.user.practitioner_id if user is not None else None

    def _apply_permissions(self) -> None:
        manage = self.ctx.can(Permission.APPOINTMENTS_MANAGE)
        a = self.actions_
        for action in a.managing():
            action.setVisible(manage)
        self.side.rebook_button.setVisible(manage)
        plan = self.ctx.can(Permission.PLANNING_MANAGE)
        a.types.setVisible(plan)
        self._types_separator.setVisible(plan)
        self.book_view.setDragEnabled(manage)
        user = self.ctx.session_user
        has_day = self._practitioner_id() is not None
        a.my_day.setVisible(has_day)
        self.my_day_button.setVisible(has_day)
        a.my_day.setChecked(has_day and user is not None and user.user.role.is_clinician)
        self.set_my_day(a.my_day.isChecked())

    # --- what the main window calls --------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        """Reload the day when appointments, the rota, patients or sites changed."""
        if areas & RELOADING and self.ctx.can(Permission.PLANNING_READ):
            self.reload()

    def clear(self) -> None:
        """Forget every patient datum on screen: the book, the lists, an open dialog."""
        self._epoch += 1
        self._load_seq += 1
        self.data = None
        self._current = None
        self._select_after_load = None
        self._scrolled_for = None
        self.book_model.clear()
        self.my_day.set_rows([])
        self.side.clear()
        self.summary_label.clear()
        self._say("")
        self._dialogs.close()
        self._update_actions()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self._apply_permissions()
        if user is not None and self.ctx.can(Permission.PLANNING_READ):
            self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._load_seq += 1
        site_id, day = self.site_id, self.day
        self.day_bar.show_day(day, self.ctx.language)
        self.ctx.run(lambda uow: load_day(uow, site_id, day), on_done=partial(self._show_day, self._load_seq),
                     on_error=self._failed)

    def _show_day(self, seq: int, data: DayData) -> None:
        if seq != self._load_seq:
            return  # a newer load was started, or the screen was cleared meanwhile
        keep = self._select_after_load or (self._current.id if self._current else None)
        self._select_after_load = None
        self.data = data
        self.site_id = data.site_id
        self.day_bar.show_sites(data.sites, data.site_id)
        self.book_model.set_book(data.book)
        on_duty = sum(1 for c in data.book.columns if c.shifts) if data.book else 0
        self.side.set_lists(data.book.waiting_room if data.book else [], data.to_rebook, practitioners=on_duty)
        self._fill_my_day()
        self._current = self.find(keep) if keep else None
        if self._current is not None:
            self._select_in_view(self._current)
        self._show_summary(data)
        key = (data.site_id, data.day)
        if key != self._scrolled_for:
            self._scrolled_for = key
            self._scroll_to_start(data)
        self._update_actions()

    def _fill_my_day(self) -> None:
        mine = self._practitioner_id()
        show = self.book_model.show_cancelled
        rows = [a for a in self.book_model.appointments()
                if a.practitioner_id == mine and is_visible(a, show) and a.status is not S.TO_REBOOK]
        self.my_day.set_rows(rows)

    def _show_summary(self, data: DayData) -> None:
        columns = [c for c in data.book.columns if c.shifts] if data.book else []
        if not columns:
            self.summary_label.setText(self.tr("Nobody on duty at this site on this day."))
            return
        booked = sum(1 for c in columns for a in c.appointments if a.status.holds_time)
        waiting = len(data.book.waiting_room) if data.book else 0
        self.summary_label.setText(self.tr("On duty: %1 · appointments: %2 · in the waiting room: %3").replace(
            "%1", ", ".join(c.practitioner_name for c in columns)).replace("%2", str(booked)).replace(
            "%3", str(waiting)))

    def _scroll_to_start(self, data: DayData) -> None:
        if data.book is None or not self.book_model.rowCount():
            return
        if data.day == today_paris():
            self.book_view.scroll_to_time(utcnow() - timedelta(minutes=30))
        else:
            self.book_view.scroll_to_time(self.book_model.slot(0))

    def find(self, appointment_id: uuid.UUID | None) -> AppointmentInfo | None:
        """The appointment as last loaded (the day's book or the list to rebook)."""
        if appointment_id is None or self.data is None:
            return None
        rows = [*self.book_model.appointments(), *self.data.to_rebook]
        return next((a for a in rows if a.id == appointment_id), None)

    # --- navigation ------------------------------------------------------------------------
    def go_to_day(self, day: date) -> None:
        if day != self.day:
            self._set_day(day)
            self.reload()

    def _set_day(self, day: date) -> None:
        self.day_bar.show_day(day, self.ctx.language)
        self.day = day
        self._current = None

    def _site_changed(self) -> None:
        site_id = combo_id(self.site_combo)
        if site_id is not None and site_id != self.site_id:
            self.site_id = site_id
            self._current = None
            self.reload()

    def set_my_day(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        if self.actions_.my_day.isChecked() != on:
            self.actions_.my_day.setChecked(on)
        self._update_actions()

    def _show_cancelled_changed(self, show: bool) -> None:
        self.book_model.set_show_cancelled(show)
        self._fill_my_day()
        if self._current is not None:
            self._select_in_view(self._current)

    # --- the current appointment -----------------------------------------------------------
    def current(self) -> AppointmentInfo | None:
        return self._current

    def _set_current(self, info: AppointmentInfo | None) -> None:
        self._current = info
        self._update_actions()

    def _book_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.book_model.info_at(index.row(), index.column()) if index.isValid() else None)

    def _select_in_view(self, info: AppointmentInfo) -> bool:
        if self.stack.currentIndex() == 1:
            return self.my_day.select(info)
        return self.book_view.select_appointment(info.id)

    def select(self, appointment_id: uuid.UUID) -> bool:
        """Make an appointment the current one (selected where it is shown)."""
        info = self.find(appointment_id)
        if info is None:
            return False
        self._select_in_view(info)
        self._set_current(info)
        return True

    def _update_actions(self) -> None:
        self.actions_.update(self._current.status if self._current is not None else None,
                             manage=self.ctx.can(Permission.APPOINTMENTS_MANAGE),
                             read=self.ctx.can(Permission.PATIENT_READ),
                             day_shown=self.data is not None and self.data.site_id is not None,
                             my_day=self.stack.currentIndex() == 1,
                             manage_types=self.ctx.can(Permission.PLANNING_MANAGE))

    # --- messages --------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.messages.say(text)

    def _failed(self, error: BaseException) -> None:
        self.messages.error(self.ctx.describe(error))

    def message_text(self) -> str:
        """The error shown at the top ("" when none): for tests and accessibility."""
        return self.messages.error_text()

    def _guarded(self, callback: Callable[..., None]) -> Callable[..., None]:
        """Drop a result arriving after the screen was cleared (lock, switch of user)."""
        epoch = self._epoch

        def call(*args: Any) -> None:
            if epoch == self._epoch:
                callback(*args)

        return call

    # --- dialogs ---------------------------------------------------------------------------
    @property
    def dialog(self) -> QDialog | None:
        """The dialog open on the page (booking, cancelling, history, types), if any."""
        return self._dialogs.dialog

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        return self._dialogs.show(dialog)

    def _day_for(self, permission: Permission) -> DayData | None:
        """The day shown, when it has a site and the person has ``permission``."""
        data = self.data
        return data if data is not None and data.site_id is not None and self.ctx.can(permission) else None

    # --- cancelling, arrivals, history -----------------------------------------------------
    def cancel_current(self) -> CancelAppointmentDialog | None:
        info = self._current
        if info is None or info.status not in CANCELLABLE or not self.ctx.can(Permission.APPOINTMENTS_MANAGE):
            return None
        dialog = self.cancel_dialog_factory(self.ctx, info, parent=self)
        dialog.saved.connect(self._guarded(self._cancelled))
        self._show_dialog(dialog)
        return dialog

    def _cancelled(self, info: AppointmentInfo) -> None:
        self._say(self.tr("Appointment cancelled: %1, %2 (%3).").replace("%1", info.patient_name).replace(
            "%2", moment_text(info.starts_at)).replace("%3", info.cancel_reason))
        self._current = None
        self._update_actions()

    def mark(self, status: AppointmentStatus) -> None:
        """Arrived, seen, no-show, or back to booked, for the current appointment."""
        info = self._current
        if info is None or not self.ctx.can(Permission.APPOINTMENTS_MANAGE):
            return
        appointment_id = info.id
        self.ctx.run(committed(lambda uow: set_status(uow, appointment_id, status)),
                     on_done=self._guarded(self._marked), on_error=self._guarded(self._failed))

    def _marked(self, info: AppointmentInfo) -> None:
        self._say(self.tr("%1 (%2): %3").replace("%1", info.patient_name).replace(
            "%2", moment_text(info.starts_at)).replace("%3", status_label(info.status)))
        if not self.select(info.id):
            self._select_after_load = info.id

    def show_history(self) -> AppointmentHistoryDialog | None:
        info = self._current
        if info is None or not self.ctx.can(Permission.PATIENT_READ):
            return None
        dialog = self.history_dialog_factory(self.ctx, info.patient_id, info.patient_name, parent=self)
        self._show_dialog(dialog)
        return dialog

    def open_current_record(self) -> None:
        """Open the current patient's record (audited), then announce it to the main window."""
        info = self._current
        if info is None or not self.ctx.can(Permission.PATIENT_READ):
            return
        patient_id = info.patient_id

        def opened(opened_id: uuid.UUID) -> None:
            self.ctx.notify(Area.AUDIT)
            self.open_patient_requested.emit(opened_id)

        self.ctx.run(lambda uow: open_record(uow, patient_id), on_done=self._guarded(opened),
                     on_error=self._guarded(self._failed))

    def open_types(self) -> AppointmentTypesDialog | None:
        """The current site's appointment types, to edit; a save reloads the book."""
        data = self._day_for(Permission.PLANNING_MANAGE)
        if data is None:
            return None
        name = next((s.name for s in data.sites if s.id == data.site_id), "")
        dialog = self.types_dialog_factory(self.ctx, data.site_id, name, parent=self)
        self._show_dialog(dialog)
        return dialog

    # --- printing --------------------------------------------------------------------------
    def print_day(self) -> None:
        data = self.data
        if data is not None and data.site_id is not None:
            self.printer.print_day(data.site_id, data.day, on_done=self._guarded(self._pdf_saved),
                                   on_error=self._guarded(self._failed))

    def save_reminder(self) -> None:
        if self._current is not None:
            self.printer.save_reminder(self._current, on_done=self._guarded(self._pdf_saved),
                                       on_error=self._guarded(self._failed))

    def _pdf_saved(self, path: str) -> None:
        self._say(self.tr("Saved: %1").replace("%1", path))
