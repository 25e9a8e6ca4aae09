"""The two bars above the book: which site and day (with the day's name in full, the "show
cancelled" switch and "My day"), and the buttons of the page's actions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from ...clock import today_paris
from ...planning.services import SiteInfo
from .actions import AppointmentActions
from .labels import long_day_text
from .widgets import date_edit, edited_date, select_id, set_edited_date


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class AppointmentDayBar(QWidget):
    def __init__(self, actions: AppointmentActions, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("site")
        self.site_combo.setMinimumContentsLength(14)
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.site_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # up to its names
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("day")
        self.day_label = QLabel()
        self.day_label.setObjectName("day_label")
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.day_label.setFont(font)
        self.day_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut
        self.show_cancelled_check = QCheckBox(self.tr("Show cancelled"))
        self.my_day_button = tool_button(actions.my_day)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.site_combo, 1)
        for action in (actions.previous_day, actions.today, actions.next_day):
            row.addWidget(tool_button(action))
        row.addWidget(self.date_edit)
        row.addWidget(self.day_label, 2)
        row.addWidget(self.show_cancelled_check)
        row.addWidget(self.my_day_button)

    def show_sites(self, sites: Sequence[SiteInfo], selected: uuid.UUID | None) -> None:
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            self.site_combo.addItem(site.name, str(site.id))
        select_id(self.site_combo, selected)
        self.site_combo.blockSignals(False)
        longest = max((self.site_combo.fontMetrics().horizontalAdvance(s.name) for s in sites), default=0)
        self.site_combo.setMaximumWidth(max(longest + 48, self.site_combo.minimumSizeHint().width()))

    def show_day(self, day: date, language: str) -> None:
        """The date in the editor (without signalling a change) and in full beside it."""
        if day != edited_date(self.date_edit):
            self.date_edit.blockSignals(True)
            set_edited_date(self.date_edit, day)
            self.date_edit.blockSignals(False)
        text = long_day_text(day, language)
        self.day_label.setText(self.tr("%1 (today)").replace("%1", text) if day == today_paris() else text)


class AppointmentActionBar(QToolBar):
    """Book, move, cancel | arrived, seen, no-show | history, reminder, print. A tool bar: the
    buttons of hidden actions disappear, and those that do not fit go behind a » button."""

    def __init__(self, actions: AppointmentActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a = actions
        self.setObjectName("appointment_actions")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMovable(False)
        self.buttons: dict[QAction, QWidget] = {}
        groups = ((a.new, a.move, a.cancel), (a.arrived, a.seen, a.no_show), (a.history, a.reminder, a.print_day))
        for i, group in enumerate(groups):
            if i:
                self.addSeparator()
            for action in group:
                self.addAction(action)
                self.buttons[action] = self.widgetForAction(action)
