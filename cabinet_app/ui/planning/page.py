"""The planning page: week and month views per site (or all sites), a practitioner's own dates,
the gaps ahead, and the secretary's tools (new shift, change, cancel, availabilities, auto-fill,
ICS, month PDF — see :mod:`.actions`).

Keyboard: Alt+Left / Alt+Right or PageUp / PageDown change week (or month), Ctrl+T comes back
to today, the arrow keys move in the table. The main window calls :meth:`PlanningPage.refresh`
with what changed and :meth:`PlanningPage.clear` when it locks; :attr:`gapsCounted` gives it the
number of uncovered slots in the next 30 days for its status bar.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area
from ...clock import today_paris
from ...planning.rota_services import ShiftInfo
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .actions import PlanningActions
from .data import MINE, MONTH, WEEK, Choices, count_ahead, load_choices, load_month, load_my_dates, load_week, monday_of
from .labels import month_title
from .list_models import AvailabilityListModel
from .models import MonthPlanningModel, PractitionerDatesModel, WeekPlanningModel
from .roles import CELL_ROLE, DATE_ROLE
from .views import WeekTableView
from .widgets import ERROR_STYLE, ask_yes_no, fill_combo, list_table, run_for, select_data

ALT, CTRL, NO = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
TODAY_KEYS = {(Qt.Key.Key_T, CTRL)}
PREVIOUS_KEYS = {(Qt.Key.Key_Left, ALT), (Qt.Key.Key_PageUp, NO)}
NEXT_KEYS = {(Qt.Key.Key_Right, ALT), (Qt.Key.Key_PageDown, NO)}
INFO_STYLE = "color: #1b5e20;"


def gap_count_ahead(ctx: AppContext) -> int:
    """The uncovered slots of every site in the next 30 days (for the main window's status bar;
    runs at once, a few tens of milliseconds)."""
    with ctx.uow() as uow:
        return count_ahead(uow)


class PlanningPage(QWidget):
    #: the number of uncovered slots in the next 30 days, after each reload
    gapsCounted = Signal(int)  # noqa: N815 - Qt's naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: asks a yes/no question (warnings: « Enregistrer quand même ? »); tests replace it
        self.confirm: Callable[[str], bool] = lambda text: ask_yes_no(self, self.tr("Planning"), text)
        self.choices = Choices((), ())
        self.anchor = today_paris()
        self.mode = WEEK
        self.gap_count = 0
        self._seq = 0
        self._focus_day: date | None = None
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self.actions = PlanningActions(self)
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        self.reload_choices()
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self._build_views()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 130])
        layout = QVBoxLayout(self)
        layout.addLayout(self._navigation_bar())
        layout.addLayout(self._action_bar())
        layout.addLayout(self._gap_bar())
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self._shortcuts()

    def _navigation_bar(self) -> QHBoxLayout:
        self.site_combo = QComboBox()
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.site_combo.setMinimumContentsLength(24)
        self.site_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text in ((WEEK, self.tr("Week")), (MONTH, self.tr("Month")), (MINE, self.tr("My dates"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, chosen=mode: self.set_mode(chosen))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[WEEK].setChecked(True)
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous (Alt+Left or Page Up)"))
        self.previous_button.clicked.connect(self.previous)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Ctrl+T"))
        self.today_button.clicked.connect(self.today)
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next (Alt+Right or Page Down)"))
        self.next_button.clicked.connect(self.next)
        for arrow in (self.previous_button, self.next_button):
            arrow.setFixedWidth(36)
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight: bold;")
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Site:")))
        bar.addWidget(self.site_combo)
        for widget in (*self.mode_buttons.values(), self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.period_label, 1)
        return bar

    def _gap_bar(self) -> QHBoxLayout:
        self.gap_label = QLabel()
        self.gaps_button = QPushButton(self.tr("Show the gaps…"))
        self.gaps_button.clicked.connect(self.actions.show_gaps)
        bar = QHBoxLayout()
        bar.addWidget(self.gap_label)
        bar.addWidget(self.gaps_button)
        bar.addStretch(1)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        a = self.actions
        self.new_button = self._button(self.tr("New shift"), a.new_shift)
        self.edit_button = self._button(self.tr("Edit"), a.edit_selected)
        self.cancel_button = self._button(self.tr("Cancel the shift"), a.cancel_selected)
        self.availability_button = self._button(self.tr("Availabilities"), a.availabilities)
        self.autofill_button = self._button(self.tr("Auto-fill"), a.autofill)
        self.pattern_button = self._button(self.tr("Recurring shift…"), a.recurring_shift)
        self.hours_button = self._button(self.tr("Opening hours and closures…"), a.site_settings)
        self.ics_button = self._button(self.tr("Export ICS…"), a.export_own_ics)
        self.print_button = self._button(self.tr("Print the month…"), a.print_shown_site)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.cancel_button, self.availability_button,
                       self.autofill_button, self.pattern_button, self.hours_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.ics_button)
        bar.addWidget(self.print_button)
        return bar

    @staticmethod
    def _button(text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_views(self) -> None:
        self.week_model, self.month_model = WeekPlanningModel(self), MonthPlanningModel(self)
        self.dates_model = PractitionerDatesModel(self)
        self.week_model.moveRequested.connect(self.actions.move)
        self.week_view = WeekTableView()
        self.week_view.setModel(self.week_model)
        self.week_view.doubleClicked.connect(self._week_activated)
        self.week_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.month_view = QTableView()
        self.month_view.setModel(self.month_model)
        self.month_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_view.setWordWrap(True)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.doubleClicked.connect(self._day_activated)
        self.dates_view = list_table(self.dates_model)
        self.dates_view.doubleClicked.connect(self._day_activated)
        self.dates_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.stack = QStackedWidget()
        for view in (self.week_view, self.month_view, self.dates_view):
            self.stack.addWidget(view)
            view.installEventFilter(self)

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        self.availability_model = AvailabilityListModel(self)
        self.availability_view = list_table(self.availability_model)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Availabilities entered for this period")))
        layout.addWidget(self.availability_view, 1)
        self.side_panel = panel
        return panel

    def _shortcuts(self) -> None:
        for keys, slot in (("Alt+Left", self.previous), ("Alt+Right", self.next), ("Ctrl+T", self.today)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """PageUp / PageDown in the views (and Alt+arrows, Ctrl+T when no shortcut caught them)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = (Qt.Key(event.key()), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if key in PREVIOUS_KEYS:
                self.previous()
                return True
            if key in NEXT_KEYS:
                self.next()
                return True
            if key in TODAY_KEYS:
                self.today()
                return True
        return super().eventFilter(watched, event)

    # --- who may do what -------------------------------------------------------------------
    @property
    def own_practitioner_id(self) -> uuid.UUID | None:
        user = self.ctx.session_user
        return user.user.practitioner_id if user is not None else None

    def _apply_permissions(self) -> None:
        manage = self.ctx.can(Permission.PLANNING_MANAGE)
        own = self.own_practitioner_id is not None
        for button in (self.new_button, self.edit_button, self.cancel_button, self.autofill_button,
                       self.pattern_button, self.hours_button):
            button.setVisible(manage)
        self.availability_button.setVisible(manage or own)
        self.ics_button.setVisible(manage or own)
        self.mode_buttons[MINE].setVisible(own)
        self.print_button.setVisible(self.ctx.can(Permission.PLANNING_READ))
        self.week_model.editable = manage
        self.week_view.set_editable(manage)
        if self.mode == MINE and not own:
            self.set_mode(WEEK)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        selected = self.selected_shift() is not None
        self.edit_button.setEnabled(selected)
        self.cancel_button.setEnabled(selected)
        self.actions.update_menus()

    # --- what the main window calls --------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        if Area.SITES in areas or Area.PRACTITIONERS in areas:
            self.reload_choices()
        if areas & (Area.PLANNING | Area.SITES | Area.PRACTITIONERS):
            self.reload()

    def clear(self) -> None:
        self._seq += 1
        for model in (self.week_model, self.month_model, self.dates_model, self.availability_model):
            model.clear()
        self.period_label.clear()
        self.say("")
        self.actions.close_dialog()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self._apply_permissions()
        if user is not None:
            self.reload_choices()
            self.reload()

    # --- navigation ------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentIndex((WEEK, MONTH, MINE).index(mode))
        self.side_panel.setVisible(mode != MINE)
        for widget in (self.site_combo, self.previous_button, self.today_button, self.next_button):
            widget.setEnabled(mode != MINE)
        self.reload()

    def previous(self) -> None:
        self._step(-1)

    def next(self) -> None:
        self._step(1)

    def _step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor = monday_of(self.anchor) + timedelta(weeks=direction)
        elif self.mode == MONTH:
            month = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = date(month // 12, month % 12 + 1, 1)
        else:
            return
        self.reload()

    def today(self) -> None:
        self.go_to(today_paris())

    def go_to(self, day: date) -> None:
        """Show the week of ``day`` with its first cell selected."""
        self.anchor = day
        self._focus_day = day
        if self.mode != WEEK:
            self.set_mode(WEEK)
        else:
            self.reload()

    @property
    def week_start(self) -> date:
        return monday_of(self.anchor)

    def site_ids(self) -> list[uuid.UUID] | None:
        chosen = self.site_combo.currentData()
        return None if chosen is None else [chosen]

    # --- loading ---------------------------------------------------------------------------
    def reload_choices(self) -> None:
        if self.ctx.session_user is not None:
            run_for(self, self.ctx, load_choices, on_done=self._set_choices, on_error=self._failed)

    def _set_choices(self, choices: Choices) -> None:
        self.choices = choices
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        fill_combo(self.site_combo, [(self.tr("All sites"), None), *((s.name, s.id) for s in choices.sites)])
        select_data(self.site_combo, current)
        self.site_combo.blockSignals(False)
        self.actions.update_menus()

    def reload(self) -> None:
        if not self.ctx.can(Permission.PLANNING_READ):
            return
        self._seq += 1
        sites, anchor, mode = self.site_ids(), self.anchor, self.mode
        if mode == WEEK:
            task = partial(_week_task, sites, anchor)
        elif mode == MONTH:
            task = partial(_month_task, sites, anchor)
        else:
            task = partial(_mine_task, self.own_practitioner_id)
        run_for(self, self.ctx, task, on_done=partial(self._show, self._seq, mode), on_error=self._failed)

    def _show(self, seq: int, mode: str, loaded: tuple[Any, int]) -> None:
        if seq != self._seq:
            return  # a newer load was started, or the screen was cleared meanwhile
        data, gaps = loaded
        if mode == WEEK:
            self.week_model.show(data)
            self.availability_model.set_rows(data.availabilities)
            self.period_label.setText(self.tr("Week %1, %2 to %3").replace("%1", str(data.first.isocalendar()[1]))
                                      .replace("%2", f"{data.first:%d/%m}").replace("%3", f"{data.last:%d/%m/%Y}"))
            self._focus()
        elif mode == MONTH:
            self.month_model.show(data, self.anchor.year, self.anchor.month)
            self.availability_model.set_rows(data.availabilities)
            self.period_label.setText(month_title(self.anchor.year, self.anchor.month))
        else:
            self.dates_model.set_rows(data)
            self.period_label.setText(self.tr("My coming dates"))
        self._show_gap_count(gaps)
        self._update_buttons()

    def _focus(self) -> None:
        """After a jump to a day: select its first uncovered half-day (else its first cell)."""
        day, self._focus_day = self._focus_day, None
        if day is None:
            return
        cells = [self.week_model.index(r, (day - self.week_model.week_start).days)
                 for r in range(self.week_model.rowCount())]
        cells = [i for i in cells if i.isValid()]
        chosen = next((i for i in cells if i.data(CELL_ROLE).gaps), cells[0] if cells else None)
        if chosen is not None:
            self.week_view.setCurrentIndex(chosen)
            self.week_view.setFocus()

    def _show_gap_count(self, count: int) -> None:
        self.gap_count = count
        if count == 0:
            self.gap_label.setText(self.tr("No uncovered slot in the next 30 days"))
            self.gap_label.setStyleSheet("")
        else:
            self.gap_label.setText(self.tr("%n uncovered slot(s) in the next 30 days", "", count))
            self.gap_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.gaps_button.setEnabled(count > 0)
        self.gapsCounted.emit(count)

    def _failed(self, error: BaseException) -> None:
        self.say(self.ctx.describe(error), error=True)

    def say(self, text: str, *, error: bool = False) -> None:
        """A line above the planning: red for a refusal, green for what was done."""
        self.message_label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- selection and activation ----------------------------------------------------------
    def selected_shift(self) -> ShiftInfo | None:
        if self.mode == WEEK:
            return self.week_view.selected_shift()
        if self.mode == MINE:
            index = self.dates_view.currentIndex()
            return index.data(PractitionerDatesModel.ROW_ROLE) if index.isValid() else None
        return None

    def _week_activated(self, index: QModelIndex) -> None:
        if not self.ctx.can(Permission.PLANNING_MANAGE):
            return
        if self.week_view.selected_shift() is not None:
            self.actions.edit_selected()
        else:
            self.actions.new_shift(cell=self.week_model.cell(index))

    def _day_activated(self, index: QModelIndex) -> None:
        day = index.data(DATE_ROLE)
        if day is not None:
            self.go_to(day)

    def shown_period(self) -> tuple[date, date]:
        if self.mode == MONTH:
            first = self.anchor.replace(day=1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return self.week_start, self.week_start + timedelta(days=6)


def _week_task(site_ids, anchor: date, uow) -> tuple[Any, int]:
    return load_week(uow, site_ids, anchor), count_ahead(uow)


def _month_task(site_ids, anchor: date, uow) -> tuple[Any, int]:
    return load_month(uow, site_ids, anchor.year, anchor.month), count_ahead(uow)


def _mine_task(practitioner_id: uuid.UUID | None, uow) -> tuple[Any, int]:
    dates = load_my_dates(uow, practitioner_id) if practitioner_id is not None else []
    return dates, count_ahead(uow)
