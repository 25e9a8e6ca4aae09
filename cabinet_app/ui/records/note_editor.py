"""Writing a consultation note: reason, findings, conclusion, prescriptions and free text.

What is typed is saved as a draft every few seconds (:data:`AUTOSAVE_MS`) and once more before
the screen is cleared (lock, switch of user), so a crash or a lock loses nothing; reopening the
patient brings the draft back. « Signer » signs the note (the draft is then dropped). « Corriger… »
on one's own note fills the form with it: signing then writes an amendment that points to the
original, which stays readable."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...clock import PARIS
from ...records.clinical_services import NOTE_FIELDS, NoteInfo, NoteInput, save_draft, write_note
from ..context import AppContext
from .common import committed, message_label, moment_text, run_for, show_message
from .dialogs import text_box

AUTOSAVE_MS = 3000
BANNER_STYLE = "background: #fff3cd; padding: 4px;"


class NoteEditor(QWidget):
    #: the signed note (NoteInfo)
    signed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id: uuid.UUID | None = None
        self.site_id: uuid.UUID | None = None
        self.amends: NoteInfo | None = None
        self.restored_amends_id: uuid.UUID | None = None  # from a restored draft of a correction
        self.writer_id: uuid.UUID | None = None  # the account typing: a draft is only ever theirs
        self.dirty = False
        self._loading = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "reason": QLineEdit(),
            "findings": text_box(self.tr("Examination, measurements…"), 60),
            "conclusion": text_box(self.tr("Diagnosis, decision"), 40),
            "prescriptions": text_box(self.tr("Drugs, tests, referrals"), 40),
            "free_text": text_box(self.tr("Anything else worth passing on"), 40),
        }
        self.fields["reason"].setPlaceholderText(self.tr("Reason for the visit"))
        labels = {"reason": self.tr("Reason"), "findings": self.tr("Findings"), "conclusion": self.tr("Conclusion"),
                  "prescriptions": self.tr("Prescriptions"), "free_text": self.tr("Free text")}
        form = QFormLayout()
        for key in NOTE_FIELDS:
            widget = self.fields[key]
            signal = widget.textChanged
            signal.connect(self._typed)
            form.addRow(labels[key], widget)
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.cancel_amend_button = QPushButton(self.tr("Cancel the amendment"))
        self.cancel_amend_button.clicked.connect(self.cancel_amendment)
        self.cancel_amend_button.hide()
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setToolTip(self.tr("Sign the note: it can no longer be changed, only amended"))
        self.sign_button.clicked.connect(self.sign)
        self.status_label = QLabel()
        self.status_label.setObjectName("draft_status")
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.cancel_amend_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # --- reading and filling ---------------------------------------------------------------
    def text_of(self, key: str) -> str:
        widget = self.fields[key]
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def note_input(self) -> NoteInput:
        assert self.patient_id is not None
        amends_id = self.amends.id if self.amends else self.restored_amends_id
        return NoteInput(patient_id=self.patient_id, site_id=self.site_id, amends_id=amends_id,
                         **{key: self.text_of(key) for key in NOTE_FIELDS})

    def is_empty(self) -> bool:
        return not any(self.text_of(key).strip() for key in NOTE_FIELDS)

    def _fill(self, values: Any) -> None:
        """Fill the fields from a NoteInput or a NoteInfo (or empty them with None)."""
        self._loading = True
        try:
            for key, widget in self.fields.items():
                text = getattr(values, key, "") if values is not None else ""
                if isinstance(widget, QLineEdit):
                    widget.setText(text)
                else:
                    widget.setPlainText(text)
        finally:
            self._loading = False

    def set_patient(self, patient_id: uuid.UUID, site_id: uuid.UUID | None, draft: NoteInput | None,
                    *, writable: bool) -> None:
        """Start on a patient: their draft, if this person left one, is back in the form."""
        self.reset()
        self.patient_id, self.site_id = patient_id, site_id
        self.writer_id = self._session_user_id()
        self.setEnabled(writable)
        if draft is not None and any(getattr(draft, key).strip() for key in NOTE_FIELDS):
            self._fill(draft)
            self.restored_amends_id = draft.amends_id  # a correction in progress stays one
            self.status_label.setText(self.tr("Draft restored: it is not signed yet."))

    def reset(self) -> None:
        """Empty the form without saving (call :meth:`flush_draft` first to keep what was typed)."""
        self.autosave_timer.stop()
        self._fill(None)
        self.dirty = False
        self.amends = None
        self.restored_amends_id = None
        self.patient_id = None
        self.banner.hide()
        self.cancel_amend_button.hide()
        self.sign_button.setText(self.tr("Sign"))
        self.status_label.clear()
        show_message(self.message, "")
        self.setEnabled(False)

    # --- drafts ------------------------------------------------------------------------------
    def _typed(self, *_: object) -> None:
        if self._loading or self.patient_id is None:
            return
        self.dirty = True
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _session_user_id(self) -> uuid.UUID | None:
        user = self.ctx.session_user
        return user.user.id if user is not None else None

    def autosave_now(self) -> None:
        """Save what is typed as this person's draft for the patient (in the background); never
        as someone else, should the session have changed meanwhile."""
        self.autosave_timer.stop()
        if not self.dirty or self.patient_id is None or self._session_user_id() != self.writer_id:
            return
        data = self.note_input()
        self.dirty = False
        run_for(self, self.ctx, committed(lambda uow: save_draft(uow, data)),
                on_done=self._draft_saved, on_error=self._draft_failed)

    def flush_draft(self) -> None:
        """Before the screen is cleared: nothing typed is lost."""
        self.autosave_now()

    def _draft_saved(self, _value: object) -> None:
        if self.patient_id is not None:
            now = datetime.now(PARIS).strftime("%H:%M:%S")
            self.status_label.setText(self.tr("Draft saved at %1").replace("%1", now))

    def _draft_failed(self, error: BaseException) -> None:
        self.dirty = True
        show_message(self.message, self.tr("The draft could not be saved: %1").replace("%1", self.ctx.describe(error)))

    # --- amending and signing ----------------------------------------------------------------
    def start_amendment(self, note: NoteInfo) -> bool:
        """Fill the form with one's own note to correct it; refused while another note is typed."""
        if self.patient_id is None or self.patient_id != note.patient_id:
            return False
        if not self.is_empty() and self.amends is None:
            show_message(self.message, self.tr("Sign or empty the note being written before amending another."))
            return False
        self._fill(note)
        self.amends = note
        self.dirty = True
        self.autosave_timer.start()
        self.banner.setText(self.tr("Amendment of the note of %1: the original stays readable beside it.").replace(
            "%1", moment_text(note.written_at)))
        self.banner.show()
        self.cancel_amend_button.show()
        self.sign_button.setText(self.tr("Sign the amendment"))
        self.fields["reason"].setFocus()
        return True

    def cancel_amendment(self) -> None:
        patient_id, site_id = self.patient_id, self.site_id
        if patient_id is None:
            return
        self.reset()
        self.patient_id, self.site_id = patient_id, site_id
        self.writer_id = self._session_user_id()
        self.dirty = True  # the emptied form replaces the draft
        self.autosave_now()
        self.setEnabled(True)

    def sign(self) -> None:
        if self.patient_id is None:
            return
        data = self.note_input()
        amends = data.amends_id
        self.autosave_timer.stop()
        self.dirty = False  # the draft goes with the signature
        self.setEnabled(False)  # nothing typed meanwhile would be signed
        run_for(self, self.ctx, committed(lambda uow: write_note(uow, data, amends=amends)),
                on_done=self._signed, on_error=self._sign_failed)

    def _signed(self, note: NoteInfo) -> None:
        patient_id, site_id = self.patient_id, self.site_id
        self.reset()
        self.patient_id, self.site_id = patient_id, site_id
        self.writer_id = self._session_user_id()
        self.setEnabled(True)
        self.status_label.setText(self.tr("Note signed at %1.").replace("%1", moment_text(note.written_at)))
        self.signed.emit(note)

    def _sign_failed(self, error: BaseException) -> None:
        self.dirty = not self.is_empty()
        self.setEnabled(True)
        show_message(self.message, self.ctx.describe(error))
