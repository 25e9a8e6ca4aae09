"""Printing from the book: the day's list (A4) and a patient's reminder slip (A6), each saved as
a PDF where the person chooses (``QFileDialog.getSaveFileName``, which tests replace)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ...appointments.services import AppointmentInfo
from ..context import AppContext
from .data import with_pdf_suffix, write_day_list, write_reminder
from .labels import local

Done = Callable[[str], None]
Failed = Callable[[BaseException], None]


class AppointmentPrinter(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    def ask_save_path(self, title: str, suggested: str) -> str:
        """The file chosen ("" when the person gave up), ending in .pdf."""
        path, _chosen = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / suggested),
                                                    self.tr("PDF documents (*.pdf)"))
        return with_pdf_suffix(path) if path else ""

    def print_day(self, site_id: uuid.UUID, day: date, *, on_done: Done, on_error: Failed) -> None:
        path = self.ask_save_path(self.tr("Print the day"),
                                  self.tr("appointments-%1.pdf").replace("%1", day.isoformat()))
        if path:
            self.ctx.run(lambda uow: write_day_list(uow, site_id, day, path), on_done=on_done, on_error=on_error)

    def save_reminder(self, info: AppointmentInfo, *, on_done: Done, on_error: Failed) -> None:
        name = info.patient_name.split(" ")[0].lower()
        path = self.ask_save_path(self.tr("Reminder slip"), self.tr("reminder-%1-%2.pdf").replace(
            "%1", name).replace("%2", local(info.starts_at).date().isoformat()))
        if path:
            appointment_id = info.id
            self.ctx.run(lambda uow: write_reminder(uow, appointment_id, path), on_done=on_done, on_error=on_error)
