"""The actions of the appointment page, with their keyboard shortcuts shown in the tooltips.

| action | shortcut |
|---|---|
| New appointment | Ctrl+N |
| Move | Ctrl+M |
| Cancel the appointment | Del |
| Arrived / Seen / No-show / Back to booked | F5 / F6 / F7 / F8 |
| Patient history | Ctrl+H |
| Reminder slip… | Ctrl+R |
| Print the day… | Ctrl+P |
| Previous day / Next day / Today | Alt+Left / Alt+Right / Ctrl+T |
| My day | Ctrl+J |
| Open the record (my day) | Enter |
| Appointment types… (planning managers) | — |
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...appointments.model import AppointmentStatus

S = AppointmentStatus
MOVABLE = (S.BOOKED, S.TO_REBOOK)
CANCELLABLE = (S.BOOKED, S.ARRIVED, S.NO_SHOW, S.TO_REBOOK)


def make_action(owner: QWidget, text: str, tooltip: str, shortcut: str = "") -> QAction:
    """An action of the page: its shortcut works wherever the focus is in the page's window
    (a hidden page's actions are inactive), and the tooltip says which key it is."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        tooltip = f"{tooltip} ({key})"
    action.setToolTip(tooltip)
    action.setStatusTip(tooltip)
    owner.addAction(action)
    return action


class AppointmentActions(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.new = make_action(owner, self.tr("New appointment"),
                               self.tr("Book a patient with a practitioner on duty"), "Ctrl+N")
        self.move = make_action(owner, self.tr("Move"),
                                self.tr("Move the selected appointment (or drag it to another time)"), "Ctrl+M")
        self.cancel = make_action(owner, self.tr("Cancel the appointment"),
                                  self.tr("Cancel the selected appointment, with a reason kept in the history"),
                                  "Del")
        self.arrived = make_action(owner, self.tr("Arrived"),
                                   self.tr("The patient has arrived: to the waiting room"), "F5")
        self.seen = make_action(owner, self.tr("Seen"), self.tr("The patient has been seen"), "F6")
        self.no_show = make_action(owner, self.tr("No-show"), self.tr("The patient did not come"), "F7")
        self.booked = make_action(owner, self.tr("Back to booked"),
                                  self.tr("Undo an arrival or a no-show entered by mistake"), "F8")
        self.history = make_action(owner, self.tr("Patient history"),
                                   self.tr("Every appointment of the selected patient"), "Ctrl+H")
        self.reminder = make_action(owner, self.tr("Reminder slip…"),
                                    self.tr("Save the patient's appointment reminder slip as a PDF"), "Ctrl+R")
        self.print_day = make_action(owner, self.tr("Print the day…"),
                                     self.tr("Save the day's list as a PDF to print"), "Ctrl+P")
        self.previous_day = make_action(owner, "◀", self.tr("Previous day"), "Alt+Left")
        self.next_day = make_action(owner, "▶", self.tr("Next day"), "Alt+Right")
        self.today = make_action(owner, self.tr("Today"), self.tr("Go to today"), "Ctrl+T")
        self.my_day = make_action(owner, self.tr("My day"), self.tr("Only my patients of the day, in order"),
                                  "Ctrl+J")
        self.my_day.setCheckable(True)
        self.open_record = make_action(owner, self.tr("Open the record"),
                                       self.tr("Open the selected patient's record"))
        self.types = make_action(owner, self.tr("Appointment types…"),
                                 self.tr("The site's appointment types: names, durations and colours"))

    def managing(self) -> list[QAction]:
        """The actions that change the book (for people who manage appointments)."""
        return [self.new, self.move, self.cancel, self.arrived, self.seen, self.no_show, self.booked]

    def update(self, status: AppointmentStatus | None, *, manage: bool, read: bool, day_shown: bool,
               my_day: bool, manage_types: bool = False) -> None:
        """Enable what makes sense for the current appointment's status (None: no appointment);
        ``manage_types``: the person may edit the site's appointment types (PLANNING_MANAGE)."""
        manage = manage and day_shown
        self.new.setEnabled(manage)
        self.move.setEnabled(manage and status in MOVABLE)
        self.cancel.setEnabled(manage and status in CANCELLABLE)
        self.arrived.setEnabled(manage and status is S.BOOKED)
        self.seen.setEnabled(manage and status in (S.BOOKED, S.ARRIVED))
        self.no_show.setEnabled(manage and status is S.BOOKED)
        self.booked.setEnabled(manage and status in (S.ARRIVED, S.NO_SHOW))
        self.history.setEnabled(read and status is not None)
        self.reminder.setEnabled(read and status is S.BOOKED)
        self.print_day.setEnabled(read and day_shown)
        self.open_record.setEnabled(read and status is not None and my_day)
        self.types.setEnabled(manage_types and day_shown)

    def appointment_actions(self) -> list[QAction]:
        return [self.move, self.cancel, self.arrived, self.seen, self.no_show, self.booked, self.history,
                self.reminder]
