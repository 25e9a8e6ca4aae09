"""What the planning page's buttons do: open the dialogs (through factory hooks, so that tests can
drive them without ``exec()``), move a dropped shift through the rules, show the gaps, export a
practitioner's ICS and print a site's month.

Writes go through :meth:`AppContext.run` as committed tasks; a refusal shows the French message
and leaves the planning as it was; a warning asks « Enregistrer quand même ? ».
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from ...clock import today_paris
from ...errors import PlanningWarning
from ...planning.exports import export_ics, month_pdf
from ...planning.rota_services import move_shift
from ...security.permissions import Permission
from .autofill_dialog import AutofillDialog, GapsDialog
from .availability_dialog import AvailabilityDialog
from .data import WEEK, gaps_ahead
from .models import MoveRequest, WeekCell
from .pattern_dialog import PatternDialog
from .shift_dialogs import CancelShiftDialog, ShiftDialog
from .site_settings_dialog import SiteSettingsDialog
from .widgets import committed, run_for

if TYPE_CHECKING:
    from .page import PlanningPage

AUTOFILL_DAYS = 30


def file_slug(text: str) -> str:
    """« Dr Hugo Petit » → « dr-hugo-petit » (a file name without accents nor spaces)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "planning"


def write_file(path: str, content: bytes) -> str:
    Path(path).write_bytes(content)
    return path


class PlanningActions(QObject):
    def __init__(self, page: PlanningPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        #: build the dialogs; tests may replace them to intercept the dialog
        self.shift_dialog_factory: Callable[..., ShiftDialog] = ShiftDialog
        self.cancel_dialog_factory: Callable[..., CancelShiftDialog] = CancelShiftDialog
        self.availability_dialog_factory: Callable[..., AvailabilityDialog] = AvailabilityDialog
        self.autofill_dialog_factory: Callable[..., AutofillDialog] = AutofillDialog
        self.gaps_dialog_factory: Callable[..., GapsDialog] = GapsDialog
        self.site_settings_dialog_factory: Callable[..., SiteSettingsDialog] = SiteSettingsDialog
        self.pattern_dialog_factory: Callable[..., PatternDialog] = PatternDialog
        #: the dialog open now (one at a time)
        self.dialog: QDialog | None = None

    # --- dialogs ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.close_dialog()
        self.dialog = dialog
        dialog.finished.connect(partial(self._finished, dialog))
        dialog.open()
        return dialog

    def _finished(self, dialog: QDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def _done(self, text: str, *_: Any) -> None:
        self.page.say(text)

    # --- shifts ----------------------------------------------------------------------------
    def new_shift(self, cell: WeekCell | None = None) -> ShiftDialog | None:
        if not self.ctx.can(Permission.PLANNING_MANAGE):
            return None
        if cell is None:
            cell = self.page.week_model.cell(self.page.week_view.currentIndex())
        site_id = cell.plan.site.id if cell else self.page.site_combo.currentData()
        dialog = self.shift_dialog_factory(
            self.ctx, sites=self.page.choices.sites, practitioners=self.page.choices.practitioners,
            site_id=site_id, day=cell.day if cell else self.page.week_start, half=cell.half if cell else None,
            confirm=self.page.confirm, parent=self.page)
        dialog.saved.connect(partial(self._done, self.tr("Shift saved.")))
        return self._open(dialog)

    def edit_selected(self) -> ShiftDialog | None:
        shift = self.page.selected_shift()
        if shift is None or not self.ctx.can(Permission.PLANNING_MANAGE):
            return None
        dialog = self.shift_dialog_factory(
            self.ctx, sites=self.page.choices.sites, practitioners=self.page.choices.practitioners, shift=shift,
            confirm=self.page.confirm, parent=self.page)
        dialog.saved.connect(partial(self._done, self.tr("Shift changed.")))
        return self._open(dialog)

    def cancel_selected(self) -> CancelShiftDialog | None:
        shift = self.page.selected_shift()
        if shift is None or not self.ctx.can(Permission.PLANNING_MANAGE):
            return None
        dialog = self.cancel_dialog_factory(self.ctx, shift=shift, parent=self.page)
        dialog.saved.connect(partial(self._done, self.tr("Shift cancelled (kept in the history).")))
        return self._open(dialog)

    def move(self, request: MoveRequest, accept_warnings: bool = False) -> None:
        """Save a dropped shift (the rules decide); the planning reloads once it is saved."""
        shift = request.shift
        task = committed(lambda uow: move_shift(
            uow, shift.id, starts_at=request.starts_at, ends_at=request.ends_at, site_id=request.site_id,
            accept_warnings=accept_warnings, expected_version=shift.row_version))
        run_for(self.page, self.ctx, task, on_done=partial(self._done, self.tr("Shift moved.")),
                on_error=partial(self._move_failed, request, accept_warnings))

    def _move_failed(self, request: MoveRequest, accepted_warnings: bool, error: BaseException) -> None:
        text = self.ctx.describe(error)
        if isinstance(error, PlanningWarning) and not accepted_warnings:
            if self.page.confirm(self.tr("%1\n\nSave anyway?").replace("%1", text)):
                self.move(request, accept_warnings=True)
                return
        self.page.say(text, error=True)

    # --- opening hours and recurring shifts ------------------------------------------------
    def site_settings(self) -> SiteSettingsDialog | None:
        """Opening hours, closures and settings of the shown site (the first one for all sites:
        the dialog has its own site chooser)."""
        if not self.ctx.can(Permission.PLANNING_MANAGE) or not self.page.choices.sites:
            return None
        dialog = self.site_settings_dialog_factory(
            self.ctx, sites=self.page.choices.sites, site_id=self.page.site_combo.currentData(),
            confirm=self.page.confirm, parent=self.page)
        dialog.saved.connect(partial(self._done, self.tr("Opening hours and site settings saved.")))
        return self._open(dialog)

    def recurring_shift(self) -> PatternDialog | None:
        if not self.ctx.can(Permission.PLANNING_MANAGE) or not self.page.choices.sites:
            return None
        cell = self.page.week_model.cell(self.page.week_view.currentIndex())
        site_id = cell.plan.site.id if cell else self.page.site_combo.currentData()
        day = max(today_paris(), cell.day if cell else self.page.week_start)
        dialog = self.pattern_dialog_factory(
            self.ctx, sites=self.page.choices.sites, practitioners=self.page.choices.practitioners,
            site_id=site_id, day=day, confirm=self.page.confirm, parent=self.page)
        dialog.created.connect(lambda shifts: self._done(
            self.tr("%n shift(s) created by the recurring pattern.", "", len(shifts))))
        return self._open(dialog)

    # --- availabilities, auto-fill, gaps ---------------------------------------------------
    def availabilities(self) -> AvailabilityDialog | None:
        manage = self.ctx.can(Permission.PLANNING_MANAGE)
        own = self.page.own_practitioner_id
        if not manage and own is None:
            return None
        dialog = self.availability_dialog_factory(
            self.ctx, practitioners=self.page.choices.practitioners, sites=self.page.choices.sites,
            practitioner_id=own, own_only=not manage, day=max(today_paris(), self.page.week_start),
            parent=self.page)
        return self._open(dialog)  # each availability saved reloads the planning (Area.PLANNING)

    def autofill(self) -> AutofillDialog | None:
        if not self.ctx.can(Permission.PLANNING_MANAGE):
            return None
        first = max(today_paris(), self.page.shown_period()[0])
        site_ids = self.page.site_ids() or [s.id for s in self.page.choices.sites]
        dialog = self.autofill_dialog_factory(
            self.ctx, sites=self.page.choices.sites, site_ids=site_ids, first=first,
            last=first + timedelta(days=AUTOFILL_DAYS - 1), parent=self.page)
        dialog.applied.connect(lambda count: self._done(self.tr("%1 shift(s) added by auto-fill.")
                                                        .replace("%1", str(count))))
        return self._open(dialog)

    def show_gaps(self) -> None:
        run_for(self.page, self.ctx, gaps_ahead, on_done=self._gaps_listed, on_error=self.page._failed)

    def _gaps_listed(self, gaps: list) -> None:
        dialog = self.gaps_dialog_factory(self.ctx, gaps=gaps, parent=self.page)
        dialog.jumpRequested.connect(self.page.go_to)
        self._open(dialog)

    # --- exports ---------------------------------------------------------------------------
    def update_menus(self) -> None:
        """Managers choose whose ICS to export; with every site shown, which site to print."""
        page = self.page
        if self.ctx.can(Permission.PLANNING_MANAGE):
            page.ics_button.setMenu(self._menu([(p.display_name, p.id) for p in page.choices.practitioners],
                                               self.export_ics))
        else:
            page.ics_button.setMenu(None)
        if page.site_combo.currentData() is None and len(page.choices.sites) > 1:
            page.print_button.setMenu(self._menu([(s.name, s.id) for s in page.choices.sites], self.print_month))
        else:
            page.print_button.setMenu(None)

    def _menu(self, entries: list[tuple[str, uuid.UUID]], slot: Callable[[uuid.UUID], Any]) -> QMenu:
        menu = QMenu(self.page)
        for text, value in entries:
            menu.addAction(text).triggered.connect(lambda _checked=False, v=value: slot(v))
        return menu

    def export_own_ics(self) -> None:
        if self.page.ics_button.menu() is None and self.page.own_practitioner_id is not None:
            self.export_ics(self.page.own_practitioner_id)

    def export_ics(self, practitioner_id: uuid.UUID) -> None:
        names = {p.id: p.display_name for p in self.page.choices.practitioners}
        default = f"vacations-{file_slug(names.get(practitioner_id, 'praticien'))}.ics"
        path, _filter = QFileDialog.getSaveFileName(self.page, self.tr("Export the dates (ICS)"), default,
                                                    self.tr("Calendar (*.ics)"))
        if path:
            run_for(self.page, self.ctx, lambda uow: write_file(path, export_ics(uow, practitioner_id)),
                    on_done=self._saved_file, on_error=partial(self._file_failed, path))

    def print_shown_site(self) -> None:
        site_id = self.page.site_combo.currentData()
        if site_id is None and len(self.page.choices.sites) == 1:
            site_id = self.page.choices.sites[0].id
        if site_id is not None and self.page.print_button.menu() is None:
            self.print_month(site_id)

    def print_month(self, site_id: uuid.UUID) -> None:
        month = self.page.anchor if self.page.mode != WEEK else self.page.week_start + timedelta(days=3)
        names = {s.id: s.name for s in self.page.choices.sites}
        default = f"planning-{file_slug(names.get(site_id, 'site'))}-{month.year}-{month.month:02d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self.page, self.tr("Print the month (PDF)"), default,
                                                    self.tr("PDF document (*.pdf)"))
        if path:
            pdf = partial(month_pdf, site_id=site_id, year=month.year, month=month.month)
            run_for(self.page, self.ctx, lambda uow: write_file(path, pdf(uow)),
                    on_done=self._saved_file, on_error=partial(self._file_failed, path))

    def _saved_file(self, path: str) -> None:
        self.page.say(self.tr("Saved in %1.").replace("%1", path))

    def _file_failed(self, path: str, error: BaseException) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            text = self.tr("The file %1 cannot be written (%2). Choose another place.")
            self.page.say(text.replace("%1", path).replace("%2", reason), error=True)
        else:
            self.page.say(self.ctx.describe(error), error=True)

