"""The fees page: tabs depending on what the person may do (their own takings, the daily cash-up,
tiers payant, the titular's overview) and the accountant's export."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...changes import Area
from ...clock import today_paris
from ...security.permissions import Permission
from ..context import AppContext
from .acts_dialog import as_date
from ...fees.views import export_bytes
from .ledger_tabs import OverviewTab, ReceivablesTab
from .tabs import CashUpTab, OwnFeesTab
from .widgets import month_edit, save_to_file


class FeesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fees_page")
        self.month_edit = month_edit(self, today_paris())
        self.export_button = QPushButton(self.tr("Accountant e&xport…"), self)
        self.message_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.export_button)
        self.tabs = QTabWidget(self)
        user = ctx.session_user
        self.own = self.cash = self.receivables = self.overview = None
        if ctx.can(Permission.FEES_OWN_READ) and user is not None and user.user.practitioner_id is not None:
            self.own = OwnFeesTab(ctx, self)
            self.tabs.addTab(self.own, self.tr("My fees"))
        if ctx.can(Permission.PAYMENTS_MANAGE):
            self.cash = CashUpTab(ctx, self)
            self.tabs.addTab(self.cash, self.tr("Daily cash-up"))
            self.receivables = ReceivablesTab(ctx, self)
            self.tabs.addTab(self.receivables, self.tr("Tiers payant"))
        if ctx.can(Permission.FEES_ALL_READ):
            self.overview = OverviewTab(ctx, self)
            self.tabs.addTab(self.overview, self.tr("Titular's overview"))
        self.export_button.setVisible(ctx.can(Permission.FEES_ALL_READ))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.month_edit.dateChanged.connect(lambda _d: self.refresh(Area.FEES))
        self.export_button.clicked.connect(self.export)

    @property
    def month(self):  # noqa: ANN201
        return as_date(self.month_edit.date()).replace(day=1)

    def refresh(self, areas: Area) -> None:
        if not areas & (Area.FEES | Area.PRACTITIONERS | Area.SITES | Area.PLANNING):
            return
        if self.ctx.session_user is None:
            return
        if self.own is not None:
            self.own.load(self.month)
        if self.cash is not None:
            self.cash.load()
        if self.receivables is not None:
            self.receivables.load()
        if self.overview is not None:
            self.overview.load(self.month)

    def clear(self) -> None:
        for tab in (self.own, self.cash, self.receivables, self.overview):
            if tab is not None:
                tab.clear()
        self.message_label.clear()

    def export(self) -> None:
        month = self.month
        self.ctx.run(lambda uow: export_bytes(uow, month=month), on_done=self._save_export,
                     on_error=lambda e: self.message_label.setText(self.ctx.describe(e)))

    def _save_export(self, data: bytes) -> None:
        path = save_to_file(self, self.tr("Accountant export"), f"recettes-{self.month:%Y-%m}.csv",
                            self.tr("CSV (*.csv)"), data)
        if path is not None:
            self.message_label.setText(self.tr("Exported to %1").replace("%1", path.name))
