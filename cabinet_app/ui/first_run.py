"""The first-run wizard, shown while no account exists on this PC. Its first page chooses:

* « Créer un nouveau cabinet »: the site this PC works for, then the first administrator. Each
  problem is said in French next to its field; nothing is saved until everything is valid, then
  :func:`cabinet_app.first_run.initialise_cabinet` creates both in one transaction.
* « Rejoindre le pôle mère »: this PC joins an existing practice through the parent practice's
  database, and gets the accounts, planning and patients of its site from there
  (:mod:`cabinet_app.ui.sync.join_pages`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..errors import CabinetError, DuplicateValue, ValidationError
from ..first_run import FirstAdmin, initialise_cabinet
from ..identifiers import rpps_problem
from ..messages import problem_text
from ..planning.model import SiteKind
from ..planning.services import SiteInput, site_problems
from ..security.passwords import password_problem
from ..security.permissions import Role
from ..security.services import LOGIN_PATTERN, UserInfo, normalise_login
from ..sync.join import CentralSite
from .context import AppContext
from .login import ERROR_STYLE
from .sync.joining import CORE, CentralAccess

log = logging.getLogger(__name__)

SITE_FIELDS = ("name", "kind", "address_line", "postal_code", "city", "phone", "min_practitioners")
# the pages: the choice, then « create » (site, first administrator) or « join » (connect, site)
CHOICE_PAGE, SITE_PAGE, ADMIN_PAGE, CONNECT_PAGE, JOIN_PAGE = range(5)


class ChoicePage(QWizardPage):
    """A new practice starts here, or this PC joins the practice that already works with Cabinet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Cabinet"))
        self.setSubTitle(self.tr("How does this computer start?"))
        self.create_radio = QRadioButton(self.tr("&Create a new practice"), self)
        self.create_radio.setObjectName("create")
        self.create_radio.setChecked(True)
        self.join_radio = QRadioButton(
            self.tr("&Join the parent practice (this computer joins an existing practice)"), self)
        self.join_radio.setObjectName("join")
        layout = QVBoxLayout(self)
        layout.addWidget(self.create_radio)
        layout.addWidget(self._note(self.tr("The first computer of a practice: you describe its site and "
                                            "create the first administrator's account.")))
        layout.addSpacing(12)
        layout.addWidget(self.join_radio)
        layout.addWidget(self._note(self.tr("The practice already works with Cabinet: this computer gets the "
                                            "accounts, planning and patients of its site from the parent "
                                            "practice's database. People log in with their usual accounts.")))
        layout.addStretch(1)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setIndent(24)
        return label

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return CONNECT_PAGE if self.join_radio.isChecked() else SITE_PAGE


class FormPage(QWizardPage):
    """A wizard page whose fields each have an error line underneath."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors: dict[str, QLabel] = {}

    def add_field(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QWidget:
        widget.setObjectName(field)
        error = QLabel(self)
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[field] = error
        form.addRow(label, widget)
        form.addRow("", error)
        return widget

    def show_problems(self, problems: dict[str, str], texts: dict[str, str] | None = None) -> None:
        """``problems`` maps a field to a core problem code, ``texts`` to a ready sentence."""
        messages = {field: problem_text(field, code, self.ctx.language) for field, code in problems.items()}
        messages.update(texts or {})
        for field, label in self.errors.items():
            label.setText(messages.get(field, ""))
            label.setVisible(field in messages)
        first = next((field for field in self.errors if field in messages), None)
        if first is not None:
            self.findChild(QWidget, first).setFocus()


class SitePage(FormPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Your practice"))
        self.setSubTitle(self.tr("This computer works for this site. The other sites can be added later."))
        form = QFormLayout(self)
        self.name_edit = self.add_field(form, self.tr("&Name:"), "name", QLineEdit(self))
        self.kind_combo = self.add_field(form, self.tr("&Type:"), "kind", QComboBox(self))
        self.kind_combo.addItem(self.tr("Secondary practice"), SiteKind.SECONDARY)
        self.kind_combo.addItem(self.tr("Parent practice"), SiteKind.PARENT)
        self.address_edit = self.add_field(form, self.tr("&Address:"), "address_line", QLineEdit(self))
        self.postal_code_edit = self.add_field(form, self.tr("&Postal code:"), "postal_code", QLineEdit(self))
        self.postal_code_edit.setMaxLength(5)
        self.city_edit = self.add_field(form, self.tr("&City:"), "city", QLineEdit(self))
        self.phone_edit = self.add_field(form, self.tr("P&hone:"), "phone", QLineEdit(self))
        self.min_spin = self.add_field(form, self.tr("&Minimum practitioners present:"), "min_practitioners",
                                       QSpinBox(self))
        self.min_spin.setRange(1, 20)

    def site_input(self) -> SiteInput:
        return SiteInput(
            name=self.name_edit.text().strip(), kind=self.kind_combo.currentData(),
            address_line=self.address_edit.text().strip(), postal_code=self.postal_code_edit.text().strip(),
            city=self.city_edit.text().strip(), phone=self.phone_edit.text().strip(),
            min_practitioners=self.min_spin.value(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problems = site_problems(self.site_input())
        self.show_problems(problems)
        return not problems


class AdminPage(FormPage):
    """The first account: an administrator, secretary or titular doctor (who needs an RPPS)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.created: UserInfo | None = None
        self.saving = False
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages the other accounts. Everyone gets their own account."))
        form = QFormLayout()
        self.display_name_edit = self.add_field(form, self.tr("&Display name:"), "display_name", QLineEdit(self))
        self.login_edit = self.add_field(form, self.tr("&Login:"), "login", QLineEdit(self))
        self.password_edit = self.add_field(form, self.tr("&Password:"), "password", QLineEdit(self))
        self.confirm_edit = self.add_field(form, self.tr("&Confirm the password:"), "confirm", QLineEdit(self))
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_combo = self.add_field(form, self.tr("&Role:"), "role", QComboBox(self))
        self.role_combo.addItem(self.tr("Medical secretary"), Role.SECRETARY)
        self.role_combo.addItem(self.tr("Titular doctor"), Role.TITULAR)
        self.doctor_box = self._doctor_box()
        self.summary = QLabel(self)
        self.summary.setObjectName("error_summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.doctor_box)
        layout.addWidget(self.summary)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _doctor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Doctor"), self)
        form = QFormLayout(box)
        self.first_name_edit = self.add_field(form, self.tr("&First name:"), "first_name", QLineEdit(box))
        self.last_name_edit = self.add_field(form, self.tr("Last &name:"), "last_name", QLineEdit(box))
        self.rpps_edit = self.add_field(form, self.tr("RPPS &number:"), "rpps", QLineEdit(box))
        self.rpps_edit.setMaxLength(11)
        return box

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1  # the last page of « create »

    @property
    def is_doctor(self) -> bool:
        return self.role_combo.currentData() == Role.TITULAR

    def _role_changed(self) -> None:
        self.doctor_box.setVisible(self.is_doctor)

    def first_admin(self) -> FirstAdmin:
        doctor = self.is_doctor
        return FirstAdmin(
            display_name=self.display_name_edit.text().strip(), login=normalise_login(self.login_edit.text()),
            password=self.password_edit.text(), role=self.role_combo.currentData(),
            first_name=self.first_name_edit.text().strip() if doctor else "",
            last_name=self.last_name_edit.text().strip() if doctor else "",
            rpps=self.rpps_edit.text().strip() if doctor else "",
        )

    def local_problems(self, admin: FirstAdmin) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not admin.display_name:
            problems["display_name"] = "required"
        if not LOGIN_PATTERN.match(admin.login):
            problems["login"] = "login_format"
        if (problem := password_problem(admin.password)) is not None:
            problems["password"] = problem
        if self.is_doctor:
            for field in ("first_name", "last_name"):
                if not getattr(admin, field):
                    problems[field] = "required"
            if (problem := rpps_problem(admin.rpps)) is not None:
                problems["rpps"] = problem
        return problems

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.created is not None:
            return True
        if self.saving:
            return False
        admin = self.first_admin()
        problems = self.local_problems(admin)
        texts: dict[str, str] = {}
        if "password" not in problems and self.confirm_edit.text() != admin.password:
            texts["confirm"] = self.tr("The two passwords are different.")
        self.show_problems(problems, texts)
        self.show_summary("")
        if not problems and not texts:
            self._save(admin)
        return False

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _save(self, admin: FirstAdmin) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        site = wizard.site_page.site_input()
        self.saving = True
        wizard.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ctx.run(lambda uow: initialise_cabinet(uow, site=site, admin=admin),
                     on_done=self._saved, on_error=self._failed)

    def _saved(self, user: UserInfo) -> None:
        self.saving = False
        self.created = user
        wizard = self.wizard()
        QTimer.singleShot(0, wizard.accept)

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.wizard().button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(error, CabinetError):
            log.error("first run failed", exc_info=error)
        if isinstance(error, ValidationError):
            self._show_core_problems(error.problems)
        elif isinstance(error, DuplicateValue) and error.data.get("field") == "rpps":
            self.show_problems({}, {"rpps": self.ctx.describe(error)})
        else:
            self.show_summary(self.ctx.describe(error))

    def _show_core_problems(self, problems: dict[str, str]) -> None:
        """Problems found by the core: next to their field here, the others (site page) above."""
        self.show_problems({f: p for f, p in problems.items() if f in self.errors})
        elsewhere = {f: p for f, p in problems.items() if f not in self.errors}
        self.wizard().site_page.show_problems(  # type: ignore[attr-defined]
            {f: p for f, p in elsewhere.items() if f in SITE_FIELDS})
        self.show_summary(self.ctx.describe(ValidationError(elsewhere)) if elsewhere else "")


class FirstRunWizard(QWizard):
    """Accepted once the site and the first administrator exist (:attr:`created_user`), or once
    this PC joined a site of the parent practice (:attr:`joined_site`; its accounts came with it).

    ``central`` reaches the parent practice's database (tests give fakes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 central: CentralAccess | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Cabinet — First start"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Quit"))
        from .sync.join_pages import ConnectPage, JoinSitePage  # only on a first start: the login comes sooner

        access = central or CORE
        self.choice_page = ChoicePage(self)
        self.site_page = SitePage(ctx, self)
        self.admin_page = AdminPage(ctx, self)
        self.connect_page = ConnectPage(ctx, access, self)
        self.join_page = JoinSitePage(ctx, self.connect_page, access, self)
        for page_id, page in ((CHOICE_PAGE, self.choice_page), (SITE_PAGE, self.site_page),
                              (ADMIN_PAGE, self.admin_page), (CONNECT_PAGE, self.connect_page),
                              (JOIN_PAGE, self.join_page)):
            self.setPage(page_id, page)
        self.setStartId(CHOICE_PAGE)
        self.setMinimumSize(560, 600)

    @property
    def created_user(self) -> UserInfo | None:
        return self.admin_page.created

    @property
    def joined_site(self) -> CentralSite | None:
        return self.join_page.joined

    def reject(self) -> None:
        """« Quitter » and closing the window wait while this PC is joining (it would stop halfway)."""
        if self.join_page.joining:
            return
        super().reject()
