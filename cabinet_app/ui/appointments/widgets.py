"""Small pieces shared by the appointment dialogs and page: date and time editors, the red
message label, combos keyed by ids, and the yes/no question (a hook tests replace)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from functools import partial

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLabel, QMessageBox, QTimeEdit, QVBoxLayout, QWidget

from ...planning.calendar import at

ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"


def message_label(style: str = ERROR_STYLE) -> QLabel:
    """A label, hidden until it has something to say."""
    label = QLabel()
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class DialogSlot:
    """The one dialog a page shows at a time: opening another closes it, so does clearing."""

    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def show(self, dialog: QDialog) -> QDialog:
        self.close()
        dialog.finished.connect(partial(self._finished, dialog))
        self.dialog = dialog
        dialog.open()  # window-modal without a nested event loop: tests drive it directly
        return dialog

    def _finished(self, dialog: QDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()


class MessageArea(QWidget):
    """What just happened: an error in red, or a confirmation in green (one at a time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = message_label()
        self.error_label.setObjectName("message")
        self.info_label = message_label(INFO_STYLE)
        self.info_label.setObjectName("info")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.error_label)
        column.addWidget(self.info_label)

    def say(self, text: str) -> None:
        show_message(self.error_label, "")
        show_message(self.info_label, text)

    def error(self, text: str) -> None:
        show_message(self.info_label, "")
        show_message(self.error_label, text)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def time_edit(moment: time, parent: QWidget | None = None) -> QTimeEdit:
    edit = QTimeEdit(QTime(moment.hour, moment.minute), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def edited_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_edited_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def set_edited_time(edit: QTimeEdit, moment: time) -> None:
    edit.setTime(QTime(moment.hour, moment.minute))


def moment_of(day_edit: QDateEdit, time_of_day: QTimeEdit) -> datetime:
    """The aware Paris datetime shown by a date and a time editor."""
    value = time_of_day.time()
    return at(edited_date(day_edit), time(value.hour(), value.minute()))


def combo_id(combo: QComboBox) -> uuid.UUID | None:
    """The id kept (as text: UUIDs do not survive QVariant) in the current item of a combo."""
    if combo.currentIndex() < 0:
        return None  # (an empty combo's data would come back as None: see DayBookModel.info_at)
    data = combo.currentData()
    return uuid.UUID(data) if data else None


def select_id(combo: QComboBox, value: uuid.UUID | None) -> bool:
    index = combo.findData(str(value)) if value is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A blocking question; dialogs and the page keep it as a ``confirm`` hook tests replace."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
