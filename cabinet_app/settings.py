"""Settings, declared once with their default and bounds.

They live in the local database (``app_settings``, never synced: they belong to this PC).
Secrets never go here: they live in the system keyring (:mod:`cabinet_app.security.secrets`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .db import Base
from .errors import ValidationError


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def parse(self, raw: str) -> Any:
        if self.kind is int:
            try:
                value: Any = int(raw)
            except (TypeError, ValueError):
                raise ValidationError({self.key: "not_a_number"}) from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise ValidationError({self.key: "out_of_range"}, minimum=self.minimum, maximum=self.maximum)
            return value
        value = str(raw)
        if self.choices and value not in self.choices:
            raise ValidationError({self.key: "not_a_choice"}, choices=self.choices)
        return value


LOCK_TIMEOUT_MINUTES = Setting("lock_timeout_minutes", int, 5, minimum=1, maximum=120)
LANGUAGE = Setting("language", str, "fr", choices=("fr", "en"))
LOCAL_SITE_ID = Setting("local_site_id", str, "")
# the parent practice's PostgreSQL, without password (that one lives in the keyring)
SYNC_URL = Setting("sync_url", str, "")
SYNC_INTERVAL_MINUTES = Setting("sync_interval_minutes", int, 10, minimum=0, maximum=1440)  # 0: on demand only

DECLARED = {s.key: s for s in (LOCK_TIMEOUT_MINUTES, LANGUAGE, LOCAL_SITE_ID, SYNC_URL, SYNC_INTERVAL_MINUTES)}
_SECRET_WORDS = ("password", "secret", "token", "key_material")


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, setting: Setting) -> Any:
        raw = self.session.scalar(select(AppSetting.value).where(AppSetting.key == setting.key))
        if raw is None:
            return setting.default
        try:
            return setting.parse(raw)
        except ValidationError:
            return setting.default

    def set(self, setting: Setting, value: Any) -> Any:
        if any(word in setting.key for word in _SECRET_WORDS):
            raise ValueError("secrets belong in the keyring, never in the settings table")
        parsed = setting.parse(str(value))
        row = self.session.get(AppSetting, setting.key)
        if row is None:
            self.session.add(AppSetting(key=setting.key, value=str(parsed)))
        else:
            row.value = str(parsed)
        return parsed
