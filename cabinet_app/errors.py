"""Typed errors of the core. They carry data, never sentences: `cabinet_app.messages` (and the UI)
turn them into French (or English) text for people."""

from __future__ import annotations


class CabinetError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, **data: object) -> None:
        self.data = data
        super().__init__(self.code, data)


class ValidationError(CabinetError):
    """One or more fields are invalid. `problems` maps a field name to a problem code."""

    code = "validation"

    def __init__(self, problems: dict[str, str], **data: object) -> None:
        self.problems = dict(problems)
        super().__init__(problems=self.problems, **data)


class NotFound(CabinetError):
    code = "not_found"


class PermissionDenied(CabinetError):
    code = "permission_denied"


class InvalidCredentials(CabinetError):
    code = "invalid_credentials"


class LoginThrottled(CabinetError):
    code = "login_throttled"


class AccountDisabled(CabinetError):
    code = "account_disabled"


class DuplicateLogin(CabinetError):
    code = "duplicate_login"


class DuplicateValue(CabinetError):
    """A unique value (RPPS, NIR…) is already used by another record."""

    code = "duplicate_value"


class AlreadyInitialised(CabinetError):
    code = "already_initialised"


class StaleRecord(CabinetError):
    """Someone else saved the same record meanwhile (row_version changed)."""

    code = "stale_record"


class DatabaseError(CabinetError):
    code = "database"


class NotACabinetDatabase(DatabaseError):
    code = "not_a_cabinet_database"


class DatabaseTooNew(DatabaseError):
    code = "database_too_new"


class DatabaseUnavailable(DatabaseError):
    code = "database_unavailable"


class NoSecureStorage(CabinetError):
    """No system keyring: the app refuses to store a secret in clear."""

    code = "no_secure_storage"


class PlanningRefused(CabinetError):
    """A rota change breaks a rule; ``violations`` says which (codes with data)."""

    code = "planning_refused"

    def __init__(self, violations: tuple[object, ...], **data: object) -> None:
        self.violations = violations
        super().__init__(violations=violations, **data)


class PlanningWarning(CabinetError):
    """A rota change is allowed only once the person confirms the warnings."""

    code = "planning_warning"

    def __init__(self, violations: tuple[object, ...], **data: object) -> None:
        self.violations = violations
        super().__init__(violations=violations, **data)


class SyncError(CabinetError):
    """The sync with the parent practice's database could not be done (nothing is lost: what was
    not acknowledged stays in the outbox and goes with the next sync)."""

    code = "sync"


class SyncUnreachable(SyncError):
    """The central database cannot be reached, or the connection dropped during the sync."""

    code = "sync_unreachable"


class SyncBusy(SyncError):
    """Another sync of this site is running."""

    code = "sync_busy"


class SyncNotConfigured(SyncError):
    code = "sync_not_configured"


class SyncAuthFailed(SyncError):
    code = "sync_auth_failed"


class SyncCentralNotReady(SyncError):
    """The database answers but was not prepared with ``cabinet-app central init``."""

    code = "sync_central_not_ready"


class SyncJoinRefused(SyncError):
    """Only an empty database joins the central one as a site (its own data would be mixed in)."""

    code = "sync_join_refused"
