"""The cabinet guide of a site, edited by the secretary or a titular: what a doctor who arrives
for the first time needs (door and alarm codes, equipment, pharmacy, lab, nurses, radiology,
specialists to refer to, local protocols). Five sections; « Enregistrer » (or Ctrl+Enter)."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ...records.clinical_services import GUIDE_FIELDS, save_guide
from ..context import AppContext
from .common import fill_sites, guide_label, run_for
from .data import GuideData, load_guide
from .dialogs import CommandDialog, text_box


class CabinetGuideDialog(CommandDialog):
    def __init__(self, ctx: AppContext, *, site_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Cabinet guide"))
        self.site_id = site_id
        self._seq = 0
        self.site_combo = QComboBox()
        self.site_combo.activated.connect(self._site_chosen)
        self.sections: dict[str, QPlainTextEdit] = {key: text_box(height=60) for key in GUIDE_FIELDS}
        self.sections["access"].setPlaceholderText(self.tr("Door code, alarm, keys…"))
        self.sections["contacts"].setPlaceholderText(self.tr("Names and phone numbers"))
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site_combo)
        for key, edit in self.sections.items():
            form.addRow(guide_label(key), edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self.load(site_id)

    def load(self, site_id: uuid.UUID | None) -> None:
        self._seq += 1
        run_for(self, self.ctx, lambda uow: load_guide(uow, site_id), on_done=partial(self._show, self._seq),
                on_error=self.fail)

    def _show(self, seq: int, data: GuideData) -> None:
        if seq != self._seq:
            return
        self.site_id = data.site_id
        fill_sites(self.site_combo, data.sites, data.site_id)
        for key, edit in self.sections.items():
            edit.setPlainText(data.sections.get(key, ""))
        self.ok_button.setEnabled(data.site_id is not None)

    def _site_chosen(self, _index: int) -> None:
        self.load(self.site_combo.currentData())

    def values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.sections.items()}

    def submit(self) -> None:
        if self.site_id is None:
            return
        site_id, values = self.site_id, self.values()
        self.run_command(lambda uow: save_guide(uow, site_id, **values))
