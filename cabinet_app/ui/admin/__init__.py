"""Administration: the accounts of the shared PC and the audit log (admins only)."""

from .audit_page import AuditPage
from .users_page import UsersPage

__all__ = ["AuditPage", "UsersPage"]
