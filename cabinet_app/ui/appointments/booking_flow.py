"""Booking and moving on the appointment book page: the booking dialog (new, from a free cell,
or to move / rebook an appointment), and moves dropped on a cell, checked by the core's rules
(a warning asks for confirmation). A part of :class:`~.page.AppointmentsPage`, which provides
the state it uses (``ctx``, ``data``, ``day``, the book's view and model, dialogs, messages)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...appointments.services import AppointmentInfo, move
from ...errors import PlanningWarning
from ...security.permissions import Permission
from .actions import MOVABLE
from .booking_dialog import BookingDialog
from .data import committed
from .labels import local, moment_text


# declared where lupdate sees them (it does not look inside _tr)
SAVED = QT_TRANSLATE_NOOP("AppointmentsPage", "Appointment saved: %1, %2 with %3.")
MOVE_ANYWAY = QT_TRANSLATE_NOOP("AppointmentsPage", "%1\n\nMove it anyway?")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppointmentsPage", text)  # the page's own context


class BookingFlow:

    def new_appointment(self, practitioner_id: uuid.UUID | None = None, starts_at: datetime | None = None,
                        overbook: bool = False) -> BookingDialog | None:
        """The booking dialog, filled with the free cell chosen (or the one selected)."""
        data = self._day_for(Permission.APPOINTMENTS_MANAGE)
        if data is None:
            return None
        if practitioner_id is None and self.stack.currentIndex() == 0:
            index = self.book_view.currentIndex()
            model = self.book_model
            if index.isValid() and model.info_at(index.row(), index.column()) is None:
                lane = model.lane(index.column())
                practitioner_id, starts_at, overbook = lane.practitioner_id, model.slot(index.row()), lane.index > 0
        return self._booking_dialog(site_id=data.site_id, types=data.types, day=self.day,
                                    practitioner_id=practitioner_id, starts_at=starts_at, overbook=overbook)

    def _booking_dialog(self, **options: Any) -> BookingDialog:
        dialog = self.booking_dialog_factory(self.ctx, parent=self, **options)
        dialog.saved.connect(self._guarded(self._booked))
        self._show_dialog(dialog)
        return dialog

    def _free_cell_activated(self, practitioner_id: uuid.UUID, starts_at: datetime, lane: int) -> None:
        self.new_appointment(practitioner_id, starts_at, overbook=lane > 0)

    def _appointment_activated(self, info: AppointmentInfo) -> None:
        if info.status in MOVABLE and self.ctx.can(Permission.APPOINTMENTS_MANAGE):
            self.move_dialog(info)
        else:
            self.show_history()

    def move_dialog(self, info: AppointmentInfo) -> BookingDialog | None:
        data = self._day_for(Permission.APPOINTMENTS_MANAGE)
        if data is None:
            return None
        return self._booking_dialog(site_id=info.site_id, types=data.types, day=local(info.starts_at).date(),
                                    practitioner_id=info.practitioner_id, starts_at=info.starts_at,
                                    appointment=info)

    def move_current(self) -> None:
        if self._current is not None and self._current.status in MOVABLE:
            self.move_dialog(self._current)

    def rebook(self, info: AppointmentInfo) -> None:
        self._set_current(info)
        self.move_dialog(info)

    def _booked(self, info: AppointmentInfo) -> None:
        self._say(_tr(SAVED).replace("%1", info.patient_name).replace(
            "%2", moment_text(info.starts_at)).replace("%3", info.practitioner_name))
        self._show_saved(info)

    def _show_saved(self, info: AppointmentInfo) -> None:
        day = local(info.starts_at).date()
        if day != self.day or info.site_id != self.site_id:
            self.site_id = info.site_id
            self._set_day(day)
            self._select_after_load = info.id
            self.reload()
        elif not self.select(info.id):
            self._select_after_load = info.id

    def move_to(self, appointment_id: uuid.UUID, practitioner_id: uuid.UUID, starts_at: datetime,
                overbook: bool = False, accept_warnings: bool = False) -> None:
        """Move an appointment dropped on a cell; the rules decide, nothing changes on refusal."""
        info = self.find(appointment_id)
        if info is None or not self.ctx.can(Permission.APPOINTMENTS_MANAGE):
            return

        def action(uow):
            return move(uow, appointment_id, starts_at=starts_at, practitioner_id=practitioner_id,
                        overbook=overbook, accept_warnings=accept_warnings, expected_version=info.row_version)

        retry = partial(self.move_to, appointment_id, practitioner_id, starts_at, overbook, True)
        self.ctx.run(committed(action), on_done=self._guarded(self._booked),
                     on_error=self._guarded(partial(self._move_failed, retry)))

    def _move_failed(self, retry: Callable[[], None], error: BaseException) -> None:
        if isinstance(error, PlanningWarning):
            if self.confirm(_tr(MOVE_ANYWAY).replace("%1", self.ctx.describe(error))):
                retry()
            return
        self._failed(error)
