"""What a command changed: a small value the UI fans out so each view refreshes only its part."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Area(enum.Flag):
    NONE = 0
    SITES = enum.auto()
    PRACTITIONERS = enum.auto()
    PATIENTS = enum.auto()
    USERS = enum.auto()
    AUDIT = enum.auto()
    SETTINGS = enum.auto()
    PLANNING = enum.auto()
    APPOINTMENTS = enum.auto()
    CLINICAL = enum.auto()
    FEES = enum.auto()
    SYNC = enum.auto()  # sync state: last success, pending changes, conflicts


EVERYTHING = Area(sum(a.value for a in Area if a.value))  # what a pull from the central database may touch


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A command's result: the value it produced and the areas it touched."""

    value: T
    areas: Area
