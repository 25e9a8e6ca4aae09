"""The three-way merge of one row: what a site changed (``mine``, against the ``base`` it started
from) applied to what the central database holds now (``theirs``). Pure: no database, no clock.

Rules (conflicts are decided by versions and old values, never by wall clocks):

* a field only I changed takes my value; a field only they changed keeps theirs; a field we both
  set to the same value is no conflict;
* a field we both changed differently is a conflict: theirs stays (the first to reach the central
  database wins), mine is kept in the conflict record for a person to decide;
* fields that only make sense together form a group (an appointment's start, end, practitioner
  and site): if both sides touched the group and the results differ, the whole group is in
  conflict, so that no row ends up with my start and their practitioner;
* a few fields are facts from each side where the later one is the truth (when an account last
  logged in): the greater value is kept, never a conflict;
* deleting a row the other side edited, or editing a row the other side deleted, is a conflict
  (the row stays as the central database has it); both deleting it is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import ConflictKind

FIELD_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "appointments": (("starts_at", "ends_at", "practitioner_id", "site_id"),
                     ("status", "cancelled_at", "cancelled_by", "cancel_reason", "rebook_reason")),
    "shifts": (("starts_at", "ends_at", "practitioner_id", "site_id"),
               ("status", "cancelled_at", "cancelled_by", "cancel_reason")),
    "availabilities": (("starts_at", "ends_at"),),
    "closures": (("first_day", "last_day"),),
    "opening_hours": (("opens", "closes"),),
    "recurring_patterns": (("weekday", "starts", "ends", "every_n_weeks", "first_day", "last_day"),),
    "replacement_contracts": (("starts_on", "ends_on"),),
    "fee_tariffs": (("amount", "effective_from", "effective_to"),),
    "action_items": (("closed_at", "closed_by", "outcome"),),
    "patients": (("birth_name", "first_names", "birth_date", "sex", "nir", "ins_status"),),
    "sync_conflicts": (("resolved_at", "resolved_by", "resolution"),),
    "users": (("role", "is_admin"),),
}
DELETION = ("deleted_at", "deleted_by")
# Fields where both sides are right and the later value is the truth (a login at each PC).
LATEST_WINS: dict[str, frozenset[str]] = {"users": frozenset({"last_login_at"})}


@dataclass(frozen=True)
class Merge:
    apply: dict[str, Any] = field(default_factory=dict)  # fields to write over theirs
    conflict_fields: tuple[str, ...] = ()
    kind: ConflictKind | None = None

    @property
    def is_conflict(self) -> bool:
        return self.kind is not None


def merge(table_name: str, columns: list[str], base: dict[str, Any], mine: dict[str, Any],
          theirs: dict[str, Any]) -> Merge:
    """``columns``: the data columns (bookkeeping excluded). Missing keys count as None."""
    def changed(side: dict[str, Any]) -> set[str]:
        return {c for c in columns if side.get(c) != base.get(c)}

    mine_changed, theirs_changed = changed(mine), changed(theirs)
    if not mine_changed:
        return Merge()
    i_delete = base.get("deleted_at") is None and mine.get("deleted_at") is not None
    they_deleted = base.get("deleted_at") is None and theirs.get("deleted_at") is not None
    if i_delete and they_deleted:
        return Merge()  # both deleted it: the same wish
    if i_delete:
        edited = {c for c in theirs_changed - set(DELETION) if theirs.get(c) != mine.get(c)}
        if edited:
            return Merge(conflict_fields=tuple(sorted(edited)), kind=ConflictKind.DELETE_EDITED)
    if they_deleted:
        return Merge(conflict_fields=tuple(sorted(mine_changed - set(DELETION))), kind=ConflictKind.EDIT_DELETED)
    latest = LATEST_WINS.get(table_name, frozenset())
    in_conflict = {c for c in mine_changed & theirs_changed if mine.get(c) != theirs.get(c) and c not in latest}
    for group in FIELD_GROUPS.get(table_name, ()):
        mine_in, theirs_in = mine_changed.intersection(group), theirs_changed.intersection(group)
        if mine_in and theirs_in and any(mine.get(c) != theirs.get(c) for c in group):
            in_conflict |= mine_in
    apply = {c: mine.get(c) for c in sorted(mine_changed - in_conflict) if mine.get(c) != theirs.get(c)
             and not (c in latest and theirs.get(c) is not None and (mine.get(c) is None or mine[c] < theirs[c]))}
    if in_conflict:
        return Merge(apply=apply, conflict_fields=tuple(sorted(in_conflict)), kind=ConflictKind.FIELDS)
    return Merge(apply=apply)
