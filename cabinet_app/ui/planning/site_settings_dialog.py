"""A site's opening hours, exceptional closures and planning settings (« Horaires et fermetures »).

* « Horaires »: for each weekday a morning and an afternoon period, each with a check box and
  its times (two periods a day is the cabinet's reality; a site saved with more keeps only its
  first two here). « Rétablir les horaires par défaut » fills in Mon–Fri 08:00–12:00 and
  14:00–19:00, Sat 08:00–12:00 (saved only on « Enregistrer »).
* « Fermetures »: the closures from today on; adding or withdrawing one is saved at once.
* « Site »: minimum practitioners present, Alsace-Moselle public holidays, week-long rotations,
  address and phone.

« Enregistrer » saves the hours and the site's settings that changed in one committed task; an
invalid period is refused before anything is sent, and the core's refusals are shown in French.
The planning reloads through the areas of the returned :class:`Changed`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area, Changed
from ...clock import today_paris
from ...db import UnitOfWork
from ...planning.calendar import DEFAULT_HOURS, WeeklyHours
from ...planning.rota_services import (
    ClosureInfo,
    add_closure,
    list_closures,
    opening_hours,
    remove_closure,
    set_opening_hours,
)
from ...planning.services import SiteInfo, SiteInput, get_site, update_site
from ..context import AppContext
from ..table_model import DtoTableModel
from .data import AFTERNOON_HOURS, MORNING_HOURS, NOON, HalfDay
from .labels import capitalised, day_text, weekday_name
from .widgets import (
    ERROR_STYLE,
    committed,
    date_edit,
    edited_date,
    edited_time,
    fill_combo,
    list_table,
    message_label,
    run_for,
    select_data,
    set_edited_time,
    show_message,
    side_by_side,
    site_items,
    time_edit,
)

Confirm = Callable[[str], bool]
Span = tuple[time, time]
MAX_PRACTITIONERS = 9


# --- what the dialog loads and saves (no Qt) ----------------------------------------------------

@dataclass(frozen=True)
class SiteSettings:
    site: SiteInfo
    hours: tuple[WeeklyHours, ...]
    closures: tuple[ClosureInfo, ...]


def load_site_settings(uow: UnitOfWork, site_id: uuid.UUID) -> SiteSettings:
    """The site, its weekly hours (the defaults when none were saved) and its coming closures."""
    return SiteSettings(get_site(uow, site_id), tuple(opening_hours(uow, site_id)),
                        tuple(list_closures(uow, site_id, first=today_paris())))


def save_site_settings(uow: UnitOfWork, site_id: uuid.UUID, *, hours: Sequence[WeeklyHours] | None,
                       site: SiteInput | None) -> Changed[None]:
    """Save what changed (None: unchanged) in one unit of work: both or nothing."""
    areas = Area.NONE
    if hours is not None:
        areas |= set_opening_hours(uow, site_id, hours).areas
    if site is not None:
        areas |= update_site(uow, site_id, site).areas
    uow.commit()
    return Changed(None, areas)


def day_periods(hours: Sequence[WeeklyHours], weekday: int) -> tuple[Span | None, Span | None]:
    """A weekday's morning and afternoon periods (a period opening after 13:00 is the afternoon)."""
    periods = sorted((h.opens, h.closes) for h in hours if h.weekday == weekday)
    morning = next((p for p in periods if p[0] < NOON), None)
    rest = [p for p in periods if p != morning]
    return morning, rest[0] if rest else None


def site_input(site: SiteInfo, **changes: Any) -> SiteInput:
    values = dict(name=site.name, kind=site.kind, address_line=site.address_line, postal_code=site.postal_code,
                  city=site.city, phone=site.phone, min_practitioners=site.min_practitioners,
                  parent_site_id=site.parent_site_id, alsace_moselle=site.alsace_moselle,
                  works_by_week=site.works_by_week)
    values.update(changes)
    return SiteInput(**values)


def _sorted(hours: Sequence[WeeklyHours]) -> list[tuple[int, time, time]]:
    return sorted((h.weekday, h.opens, h.closes) for h in hours)


# --- the list of closures ------------------------------------------------------------------------

class ClosureListModel(DtoTableModel[ClosureInfo]):
    CONTEXT = "ClosureListModel"
    FIRST, LAST, REASON = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("ClosureListModel", "From"), QT_TRANSLATE_NOOP("ClosureListModel", "To"),
               QT_TRANSLATE_NOOP("ClosureListModel", "Reason"))

    def display(self, item: ClosureInfo, column: int) -> str:
        return (day_text(item.first_day), day_text(item.last_day), item.reason)[column]

    def sort_key(self, item: ClosureInfo, column: int) -> Any:
        return (item.first_day, item.last_day, item.reason)[column]


# --- one period of a day ---------------------------------------------------------------------------

class PeriodEditor:
    """A check box (open or not during this period) and the opening and closing times."""

    def __init__(self, text: str, default: Span) -> None:
        self.box = QCheckBox(text)
        self.opens, self.closes = time_edit(default[0]), time_edit(default[1])
        self.default = default
        self.box.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, checked: bool) -> None:
        self.opens.setEnabled(checked)
        self.closes.setEnabled(checked)

    def set(self, period: Span | None) -> None:
        self.box.setChecked(period is not None)
        self._enable(period is not None)
        opens, closes = period or self.default
        set_edited_time(self.opens, opens)
        set_edited_time(self.closes, closes)
        self.mark(False)

    def period(self) -> Span | None:
        return (edited_time(self.opens), edited_time(self.closes)) if self.box.isChecked() else None

    def mark(self, wrong: bool) -> None:
        for edit in (self.opens, self.closes):
            edit.setStyleSheet(ERROR_STYLE if wrong else "")

    def widgets(self) -> tuple[QCheckBox, QTimeEdit, QLabel, QTimeEdit]:
        return self.box, self.opens, QLabel("–"), self.closes


# --- the dialog ------------------------------------------------------------------------------------

class SiteSettingsDialog(QDialog):
    """Opening hours, closures and planning settings of one site (chosen at the top)."""

    # emitted once « Enregistrer » saved (the dialog closes then)
    saved = Signal()

    def __init__(self, ctx: AppContext, *, sites: Sequence[SiteInfo], site_id: uuid.UUID | None = None,
                 confirm: Confirm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm: Confirm = confirm or (lambda _text: True)
        self.settings: SiteSettings | None = None
        self.setModal(True)
        self.setMinimumWidth(620)
        self.setWindowTitle(self.tr("Opening hours and closures"))
        self._build(sites)
        if site_id is None or not select_data(self.site_combo, site_id):
            self.site_combo.setCurrentIndex(0)
        self._site_id = self.site_combo.currentData()
        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        self.load()

    # --- building --------------------------------------------------------------------------
    def _build(self, sites: Sequence[SiteInfo]) -> None:
        self.error_label = message_label()
        self.site_combo = QComboBox()
        fill_combo(self.site_combo, site_items(sites))
        top = QFormLayout()
        top.addRow(self.tr("Site"), self.site_combo)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._hours_tab(), self.tr("Opening hours"))
        self.tabs.addTab(self._closures_tab(), self.tr("Closures"))
        self.tabs.addTab(self._site_tab(), self.tr("Site"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _hours_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.periods: list[tuple[PeriodEditor, PeriodEditor]] = []
        for weekday in range(7):
            name = weekday_name(weekday)
            morning = PeriodEditor(self.tr("Morning"), MORNING_HOURS)
            afternoon = PeriodEditor(self.tr("Afternoon"), AFTERNOON_HOURS)
            morning.box.setAccessibleName(f"{name} {morning.box.text()}")
            afternoon.box.setAccessibleName(f"{name} {afternoon.box.text()}")
            self.periods.append((morning, afternoon))
            label = QLabel(capitalised(name))
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, weekday, 0)
            for column, widget in enumerate((*morning.widgets(), *afternoon.widgets()), start=1):
                grid.addWidget(widget, weekday, column)
            grid.setColumnMinimumWidth(5, 24)
        grid.setColumnStretch(9, 1)
        self.defaults_button = QPushButton(self.tr("Restore the default hours"))
        self.defaults_button.clicked.connect(lambda _checked=False: self.show_hours(DEFAULT_HOURS))
        hint = QLabel(self.tr("Public holidays are closed days anyway; exceptional closures are in the "
                              "next tab."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)
        return tab

    def _closures_tab(self) -> QWidget:
        tab = QWidget()
        self.closure_model = ClosureListModel(self)
        self.closure_table = list_table(self.closure_model)
        self.closure_table.selectionModel().currentChanged.connect(lambda *_: self._update_remove())
        today = today_paris()
        self.closure_first, self.closure_last = date_edit(today), date_edit(today)
        self.closure_first.dateChanged.connect(self._first_day_changed)
        self.closure_reason = QLineEdit()
        self.closure_reason.setMaxLength(200)
        self.closure_reason.setPlaceholderText(self.tr("Reason (works, holidays…)"))
        self.add_closure_button = QPushButton(self.tr("Add"))
        self.add_closure_button.clicked.connect(lambda _checked=False: self.add_closure())
        self.remove_closure_button = QPushButton(self.tr("Remove"))
        self.remove_closure_button.clicked.connect(lambda _checked=False: self.remove_closure())
        self.remove_closure_button.setEnabled(False)
        entry = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.closure_first, QLabel(self.tr("to")), self.closure_last):
            entry.addWidget(widget)
        entry.addWidget(self.closure_reason, 1)
        entry.addWidget(self.add_closure_button)
        hint = QLabel(self.tr("A closure is saved as soon as it is added or removed."))
        hint.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.remove_closure_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.closure_table, 1)
        layout.addLayout(row)
        layout.addLayout(entry)
        return tab

    def _site_tab(self) -> QWidget:
        tab = QWidget()
        self.min_spin = QSpinBox()
        self.min_spin.setRange(1, MAX_PRACTITIONERS)
        self.min_spin.setToolTip(self.tr("Below this number, an opening period counts as a gap."))
        self.alsace_box = QCheckBox(self.tr("Alsace-Moselle public holidays"))
        self.alsace_box.setToolTip(self.tr("Good Friday and 26 December are closed days too."))
        self.by_week_box = QCheckBox(self.tr("Week-long rotation"))
        self.by_week_box.setToolTip(self.tr("Auto-fill keeps the same doctor for the whole week."))
        self.address_edit, self.postal_edit = QLineEdit(), QLineEdit()
        self.city_edit, self.phone_edit = QLineEdit(), QLineEdit()
        self.postal_edit.setMaxLength(5)
        self.postal_edit.setFixedWidth(80)
        form = QFormLayout(tab)
        form.addRow(self.tr("Minimum practitioners present"), side_by_side(self.min_spin))
        form.addRow("", self.alsace_box)
        form.addRow("", self.by_week_box)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Postal code"), self.postal_edit)
        form.addRow(self.tr("City"), self.city_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        return tab

    # --- loading ---------------------------------------------------------------------------
    def site_id(self) -> uuid.UUID | None:
        return self.site_combo.currentData()

    def _site_chosen(self, _index: int) -> None:
        """Another site: its settings replace these (after asking if these were edited)."""
        if self.site_id() == self._site_id:
            return
        if self.is_dirty() and not self.confirm(self.tr("Leave the changes not saved for this site?")):
            self.site_combo.blockSignals(True)
            select_data(self.site_combo, self._site_id)
            self.site_combo.blockSignals(False)
            return
        self._site_id = self.site_id()
        self.load()

    def load(self) -> None:
        site_id = self.site_id()
        if site_id is None:
            self.save_button.setEnabled(False)
            return
        run_for(self, self.ctx, lambda uow: load_site_settings(uow, site_id), on_done=self.show_settings,
                on_error=self._failed)

    def show_settings(self, settings: SiteSettings) -> None:
        self.settings = settings
        show_message(self.error_label, "")
        self.show_hours(settings.hours)
        self.closure_model.set_rows(settings.closures)
        self._update_remove()
        site = settings.site
        self.min_spin.setValue(site.min_practitioners)
        self.alsace_box.setChecked(site.alsace_moselle)
        self.by_week_box.setChecked(site.works_by_week)
        self.address_edit.setText(site.address_line)
        self.postal_edit.setText(site.postal_code)
        self.city_edit.setText(site.city)
        self.phone_edit.setText(site.phone)

    def show_hours(self, hours: Sequence[WeeklyHours]) -> None:
        for weekday, (morning, afternoon) in enumerate(self.periods):
            first, second = day_periods(hours, weekday)
            morning.set(first)
            afternoon.set(second)

    # --- what the form says ----------------------------------------------------------------
    def period_editor(self, weekday: int, half: HalfDay) -> PeriodEditor:
        return self.periods[weekday][half]

    def edited_hours(self) -> list[WeeklyHours]:
        return [WeeklyHours(weekday, *span) for weekday, pair in enumerate(self.periods)
                for editor in pair if (span := editor.period()) is not None]

    def edited_site(self) -> SiteInput | None:
        if self.settings is None:
            return None
        return site_input(self.settings.site, min_practitioners=self.min_spin.value(),
                          alsace_moselle=self.alsace_box.isChecked(), works_by_week=self.by_week_box.isChecked(),
                          address_line=self.address_edit.text(), postal_code=self.postal_edit.text(),
                          city=self.city_edit.text(), phone=self.phone_edit.text())

    def changes(self) -> tuple[list[WeeklyHours] | None, SiteInput | None]:
        """What « Enregistrer » would save (None where nothing changed)."""
        if self.settings is None:
            return None, None
        hours = self.edited_hours()
        site = self.edited_site()
        return (hours if _sorted(hours) != _sorted(self.settings.hours) else None,
                site if site != site_input(self.settings.site) else None)

    def is_dirty(self) -> bool:
        return self.changes() != (None, None)

    def hours_problem(self) -> str:
        """Why the hours cannot be saved, naming the day ("" when they can); marks the times."""
        for weekday, (morning, afternoon) in enumerate(self.periods):
            for editor in (morning, afternoon):
                editor.mark(False)
            day = capitalised(weekday_name(weekday))
            for editor, half in ((morning, self.tr("morning")), (afternoon, self.tr("afternoon"))):
                span = editor.period()
                if span is not None and span[0] >= span[1]:
                    editor.mark(True)
                    return self.tr("%1 %2: the closing time must be after the opening time.") \
                        .replace("%1", day).replace("%2", half)
            first, second = morning.period(), afternoon.period()
            if first is not None and second is not None and first[1] > second[0]:
                morning.mark(True)
                afternoon.mark(True)
                return self.tr("%1: the morning ends after the afternoon begins.").replace("%1", day)
        return ""

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        site_id = self.site_id()
        if site_id is None or self.settings is None:
            return
        problem = self.hours_problem()
        if problem:
            self.tabs.setCurrentIndex(0)
            show_message(self.error_label, problem)
            return
        hours, site = self.changes()
        run_for(self, self.ctx, lambda uow: save_site_settings(uow, site_id, hours=hours, site=site),
                on_done=self._saved, on_error=self._failed)

    def _saved(self, _value: object) -> None:
        show_message(self.error_label, "")
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        show_message(self.error_label, self.ctx.describe(error))

    # --- closures --------------------------------------------------------------------------
    def _first_day_changed(self) -> None:
        if edited_date(self.closure_last) < edited_date(self.closure_first):
            self.closure_last.setDate(self.closure_first.date())

    def _update_remove(self) -> None:
        self.remove_closure_button.setEnabled(self.selected_closure() is not None)

    def selected_closure(self) -> ClosureInfo | None:
        index = self.closure_table.currentIndex()
        return index.data(ClosureListModel.ROW_ROLE) if index.isValid() else None

    def add_closure(self) -> None:
        site_id = self.site_id()
        if site_id is None:
            return
        first, last = edited_date(self.closure_first), edited_date(self.closure_last)
        reason = self.closure_reason.text()
        task = committed(lambda uow: add_closure(uow, site_id, first_day=first, last_day=last, reason=reason))
        run_for(self, self.ctx, task, on_done=self._closure_added, on_error=self._failed)

    def _closure_added(self, _value: object) -> None:
        self.closure_reason.clear()
        self.reload_closures()

    def remove_closure(self, closure: ClosureInfo | None = None) -> None:
        closure = closure or self.selected_closure()
        if closure is None:
            return
        question = self.tr("Remove the closure from %1 to %2?").replace("%1", day_text(closure.first_day)) \
            .replace("%2", day_text(closure.last_day))
        if not self.confirm(question):
            return
        task = committed(lambda uow: remove_closure(uow, closure.id))
        run_for(self, self.ctx, task, on_done=lambda _value: self.reload_closures(), on_error=self._failed)

    def reload_closures(self) -> None:
        site_id = self.site_id()
        if site_id is None:
            return
        show_message(self.error_label, "")
        run_for(self, self.ctx, lambda uow: list_closures(uow, site_id, first=today_paris()),
                on_done=self._show_closures, on_error=self._failed)

    def _show_closures(self, closures: list[ClosureInfo]) -> None:
        self.closure_model.set_rows(closures)
        self._update_remove()
