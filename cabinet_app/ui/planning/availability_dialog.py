"""Enter when a practitioner can, or cannot, come (*disponibilités*).

A doctor enters their own (the practitioner is fixed to them); the secretary, or a titular, may
enter anyone's. The availabilities already entered for the coming months are listed below, so
that nobody enters the same period twice. Auto-fill proposes only within availabilities.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...clock import today_paris
from ...planning.calendar import at
from ...planning.rota_services import AvailabilityInfo, add_availability, list_availabilities
from ...planning.services import PractitionerInfo, SiteInfo
from ..context import AppContext
from .list_models import AvailabilityListModel
from .widgets import (
    committed,
    date_edit,
    fill_combo,
    list_table,
    message_label,
    moment_of,
    practitioner_items,
    run_for,
    select_data,
    show_message,
    side_by_side,
    site_items,
    time_edit,
)

LISTED_DAYS = 120


def entered_availabilities(uow, practitioner_id: uuid.UUID) -> list[AvailabilityInfo]:
    today = today_paris()
    return list_availabilities(uow, start=at(today, time(0)), end=at(today + timedelta(days=LISTED_DAYS), time(0)),
                               practitioner_ids=[practitioner_id])


class AvailabilityDialog(QDialog):
    """Add availabilities one after the other; the list below shows what is entered."""

    #: emitted with each AvailabilityInfo saved
    saved = Signal(object)

    def __init__(self, ctx: AppContext, *, practitioners: Sequence[PractitionerInfo], sites: Sequence[SiteInfo],
                 practitioner_id: uuid.UUID | None = None, own_only: bool = False, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.setMinimumSize(640, 480)
        self.setWindowTitle(self.tr("Availabilities"))
        if own_only:
            practitioners = [p for p in practitioners if p.id == practitioner_id]
        self._build(practitioners, sites, day or today_paris())
        select_data(self.practitioner_combo, practitioner_id)
        self.practitioner_combo.setEnabled(not own_only)
        self.reload()

    def _build(self, practitioners: Sequence[PractitionerInfo], sites: Sequence[SiteInfo], day: date) -> None:
        self.error_label = message_label()
        self.practitioner_combo = QComboBox()
        fill_combo(self.practitioner_combo, practitioner_items(practitioners))
        self.practitioner_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, [(self.tr("Available"), True), (self.tr("Unavailable"), False)])
        self.site_combo = QComboBox()
        fill_combo(self.site_combo, [(self.tr("Any site"), None), *site_items(sites)])
        self.start_date, self.start_time = date_edit(day), time_edit(time(7))
        self.end_date, self.end_time = date_edit(day), time_edit(time(20))
        self.preferred_box = QCheckBox(self.tr("Preferred (auto-fill chooses it first)"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.model = AvailabilityListModel(self)
        self.table = list_table(self.model)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Practitioner"), self.practitioner_combo)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Site"), self.site_combo)
        form.addRow(self.tr("From"), side_by_side(self.start_date, self.start_time))
        form.addRow(self.tr("To"), side_by_side(self.end_date, self.end_time))
        form.addRow("", self.preferred_box)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)

    def practitioner_id(self) -> uuid.UUID | None:
        return self.practitioner_combo.currentData()

    def reload(self) -> None:
        who = self.practitioner_id()
        if who is None:
            self.model.clear()
            return
        run_for(self, self.ctx, lambda uow: entered_availabilities(uow, who), on_done=self.model.set_rows,
                on_error=self._failed)

    def add(self) -> None:
        who = self.practitioner_id()
        if who is None:
            return
        values = dict(practitioner_id=who, starts_at=moment_of(self.start_date, self.start_time),
                      ends_at=moment_of(self.end_date, self.end_time), available=bool(self.kind_combo.currentData()),
                      site_id=self.site_combo.currentData(), preferred=self.preferred_box.isChecked(),
                      note=self.note_edit.text())
        run_for(self, self.ctx, committed(lambda uow: add_availability(uow, **values)), on_done=self._added,
                on_error=self._failed)

    def _added(self, info: AvailabilityInfo) -> None:
        show_message(self.error_label, "")
        self.note_edit.clear()
        self.saved.emit(info)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        show_message(self.error_label, self.ctx.describe(error))
