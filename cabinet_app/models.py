"""Imports every mapped class so that ``Base.metadata`` is complete (migrations, tests)."""

from .db import Base
from .planning.model import Practitioner, Site
from .records.model import Patient
from .security.model import AuditEntry, LoginThrottle, User
from .settings import AppSetting

SYNCED_TABLES = ("sites", "practitioners", "patients", "users")
APPEND_ONLY_TABLES = ("audit_log",)
LOCAL_TABLES = ("app_settings", "login_throttle")

__all__ = [
    "Base", "Site", "Practitioner", "Patient", "User", "LoginThrottle", "AuditEntry", "AppSetting",
    "SYNCED_TABLES", "APPEND_ONLY_TABLES", "LOCAL_TABLES",
]
