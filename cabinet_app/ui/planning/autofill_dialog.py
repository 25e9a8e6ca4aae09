"""Auto-fill and the list of gaps.

:class:`AutofillDialog`: the secretary chooses a period and sites; the proposal (CP-SAT, in the
background) comes back as a diff — the shifts it would add, each checked — with its status
(« optimale », or « réalisable, à X % de l'optimum ») and the slots it could not cover with the
reasons. « Accepter la sélection » saves the checked rows only (each judged again by the rules;
one refusal saves nothing). What a person set by hand is never touched: auto-fill only adds.

:class:`GapsDialog`: the uncovered opening periods ahead; a double-click jumps to that week.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...planning.proposals import Proposal, apply_proposal, propose_rota
from ...planning.rota_services import GapInfo
from ...planning.services import SiteInfo
from ..context import AppContext
from .list_models import DATE_ROLE, GapListModel, ProposalModel, UncoveredModel
from .widgets import (
    committed,
    date_edit,
    edited_date,
    list_table,
    message_label,
    run_for,
    show_message,
    side_by_side,
)


class AutofillDialog(QDialog):
    #: emitted with the number of shifts saved
    applied = Signal(int)

    def __init__(self, ctx: AppContext, *, sites: Sequence[SiteInfo], site_ids: Sequence[uuid.UUID],
                 first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal: Proposal | None = None
        self.setModal(True)
        self.setMinimumSize(760, 600)
        self.setWindowTitle(self.tr("Auto-fill"))
        self._build(sites, set(site_ids), first, last)

    def _build(self, sites: Sequence[SiteInfo], chosen: set[uuid.UUID], first: date, last: date) -> None:
        self.error_label = message_label()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.proposal_model, self.uncovered_model = ProposalModel(self), UncoveredModel(self)
        self.proposal_table, self.uncovered_table = list_table(self.proposal_model), list_table(self.uncovered_model)
        layout = QVBoxLayout(self)
        layout.addLayout(self._choices(sites, chosen, first, last))
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addLayout(self._check_buttons())
        layout.addWidget(self.proposal_table, 3)
        layout.addWidget(QLabel(self.tr("Could not be covered:")))
        layout.addWidget(self.uncovered_table, 2)
        layout.addWidget(self._buttons())

    def _choices(self, sites: Sequence[SiteInfo], chosen: set[uuid.UUID], first: date, last: date) -> QFormLayout:
        self.first_date, self.last_date = date_edit(first), date_edit(last)
        self.site_list = QListWidget()
        self.site_list.setMaximumHeight(90)
        for site in sites:
            item = QListWidgetItem(site.name, self.site_list)
            item.setData(Qt.ItemDataRole.UserRole, site.id)
            item.setCheckState(Qt.CheckState.Checked if site.id in chosen else Qt.CheckState.Unchecked)
        self.propose_button = QPushButton(self.tr("Propose"))
        self.propose_button.clicked.connect(self.propose)
        form = QFormLayout()
        form.addRow(self.tr("Period"), side_by_side(QLabel(self.tr("from")), self.first_date,
                                                    QLabel(self.tr("to")), self.last_date, self.propose_button))
        form.addRow(self.tr("Sites"), self.site_list)
        return form

    def _check_buttons(self) -> QHBoxLayout:
        self.check_all_button = QPushButton(self.tr("Check all"))
        self.check_all_button.clicked.connect(lambda: self.proposal_model.set_all(True))
        self.uncheck_all_button = QPushButton(self.tr("Uncheck all"))
        self.uncheck_all_button.clicked.connect(lambda: self.proposal_model.set_all(False))
        checks = QHBoxLayout()
        checks.addWidget(QLabel(self.tr("Shifts proposed (uncheck those you do not want):")), 1)
        checks.addWidget(self.check_all_button)
        checks.addWidget(self.uncheck_all_button)
        return checks

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("Accept the selection"))
        self.accept_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.accept_selection)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def chosen_sites(self) -> list[uuid.UUID]:
        items = (self.site_list.item(i) for i in range(self.site_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    # --- proposing -------------------------------------------------------------------------
    def propose(self) -> None:
        site_ids, first, last = self.chosen_sites(), edited_date(self.first_date), edited_date(self.last_date)
        if not site_ids:
            show_message(self.error_label, self.tr("Choose at least one site."))
            return
        show_message(self.error_label, "")
        self.status_label.setText(self.tr("Looking for a rota…"))
        self.propose_button.setEnabled(False)
        self.accept_button.setEnabled(False)
        run_for(self, self.ctx, lambda uow: propose_rota(uow, site_ids=site_ids, first=first, last=last),
                on_done=self.show_proposal, on_error=self._failed)

    def show_proposal(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.propose_button.setEnabled(True)
        self.proposal_model.set_rows(proposal.shifts)
        self.uncovered_model.set_rows(proposal.uncovered)
        self.accept_button.setEnabled(bool(proposal.shifts))
        counts = self.tr("%1 shift(s) proposed, %2 slot(s) left uncovered.") \
            .replace("%1", str(len(proposal.shifts))).replace("%2", str(len(proposal.uncovered)))
        self.status_label.setText(f"{self.status_text(proposal)} {counts}")

    def status_text(self, proposal: Proposal) -> str:
        if proposal.status == "OPTIMAL":
            return self.tr("Proposal: optimal.")
        if proposal.status == "FEASIBLE":
            percent = f"{proposal.gap_percent:.1f}"
            percent = percent.replace(".", ",") if self.ctx.language == "fr" else percent
            return self.tr("Proposal: feasible, within %1 % of the optimum.").replace("%1", percent)
        if proposal.status == "NO_SLOT":
            return self.tr("Nothing to fill: every opening period of this period is covered.")
        return self.tr("No proposal found in the time allowed.")

    # --- accepting -------------------------------------------------------------------------
    def accept_selection(self) -> None:
        shifts = self.proposal_model.checked_shifts()
        if not shifts:
            show_message(self.error_label, self.tr("Check at least one shift to accept."))
            return
        self.accept_button.setEnabled(False)
        run_for(self, self.ctx, committed(lambda uow: apply_proposal(uow, shifts)), on_done=self._applied,
                on_error=self._failed)

    def _applied(self, count: int) -> None:
        self.applied.emit(count)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.propose_button.setEnabled(True)
        self.accept_button.setEnabled(bool(self.proposal_model.checked_shifts()))
        self.status_label.clear()
        show_message(self.error_label, self.ctx.describe(error))


class GapsDialog(QDialog):
    """The uncovered opening periods ahead; double-click (or Enter) shows that week."""

    #: emitted with the day of the gap chosen
    jumpRequested = Signal(object)  # noqa: N815 - Qt's naming

    def __init__(self, ctx: AppContext, *, gaps: Sequence[GapInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(620, 420)
        self.setWindowTitle(self.tr("Uncovered slots"))
        self.model = GapListModel(self)
        self.model.set_rows(gaps)
        self.table = list_table(self.model)
        self.table.doubleClicked.connect(self.jump_to)
        self.table.activated.connect(self.jump_to)
        summary = QLabel(self.tr("%1 uncovered slot(s) in the next 30 days. Double-click one to show its week.")
                         .replace("%1", str(len(gaps))))
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def jump_to(self, index: QModelIndex) -> None:
        day = index.data(DATE_ROLE)
        if day is not None:
            self.jumpRequested.emit(day)
            self.accept()
