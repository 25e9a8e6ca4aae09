"""The clinical screens: the rotation's handover pack, a patient's clinical record (notes,
drafts, amendments, actions, I-PASS handovers, full-text search), the titulars' review, the
cabinet guide, and what the secretary may see of the handovers.

Pages for the main window (each ``Page(ctx, parent)`` with ``refresh(areas)`` and ``clear()``):
:class:`HandoverPackPage` and :class:`ClinicalRecordPage` (clinical read), :class:`ReviewPage`
(handover sign-off), :class:`HandoverStatusPage` (the secretary; cabinet guide edit).
:func:`pack_needs_attention` says whether a doctor's login should open the pack first."""

from .guide_dialog import CabinetGuideDialog
from .handover_dialog import HandoverDialog
from .pack_page import HandoverPackPage, pack_needs_attention
from .record_page import ClinicalRecordPage
from .review_page import ReviewPage
from .status_page import HandoverStatusPage

__all__ = [
    "CabinetGuideDialog", "ClinicalRecordPage", "HandoverDialog", "HandoverPackPage", "HandoverStatusPage",
    "ReviewPage", "pack_needs_attention",
]
