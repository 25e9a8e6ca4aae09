"""The three-way merge of one row (issue 7), as plain rules: no database, no clock."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from cabinet_app.sync.merge import merge
from cabinet_app.sync.model import ConflictKind

COLUMNS = ["starts_at", "ends_at", "practitioner_id", "site_id", "note", "status", "cancel_reason", "cancelled_at",
           "cancelled_by", "rebook_reason", "deleted_at", "deleted_by"]
T8, T9, T10 = (datetime(2031, 12, 1, h, tzinfo=timezone.utc) for h in (8, 9, 10))
BASE = {"starts_at": T8, "ends_at": T9, "practitioner_id": "bernard", "site_id": "nieul", "note": "",
        "status": "booked", "cancel_reason": "", "deleted_at": None}


def m(mine: dict, theirs: dict, table: str = "appointments"):
    return merge(table, COLUMNS, BASE, {**BASE, **mine}, {**BASE, **theirs})


def test_only_mine_changed_applies():
    result = m({"note": "à jeun"}, {})
    assert result.apply == {"note": "à jeun"} and not result.is_conflict


def test_different_fields_merge():
    result = m({"note": "à jeun"}, {"cancel_reason": "x"})
    assert result.apply == {"note": "à jeun"} and not result.is_conflict


def test_identical_edits_are_no_conflict():
    result = m({"note": "à jeun"}, {"note": "à jeun"})
    assert result.apply == {} and not result.is_conflict


def test_same_field_differently_is_a_conflict_and_theirs_stays():
    result = m({"note": "à jeun"}, {"note": "apporter les résultats"})
    assert result.kind == ConflictKind.FIELDS and result.conflict_fields == ("note",) and result.apply == {}


def test_a_field_group_never_mixes_both_sides():
    """My new time with their new practitioner would be an appointment nobody booked."""
    result = m({"starts_at": T9, "ends_at": T10}, {"practitioner_id": "petit"})
    assert result.kind == ConflictKind.FIELDS
    assert set(result.conflict_fields) == {"starts_at", "ends_at"} and result.apply == {}


def test_outside_a_group_fields_still_merge_when_a_group_conflicts():
    result = m({"starts_at": T9, "ends_at": T10, "note": "à jeun"}, {"practitioner_id": "petit"})
    assert result.apply == {"note": "à jeun"}


def test_delete_against_edit_and_edit_against_delete():
    deleted = {"deleted_at": T10, "deleted_by": "sophie"}
    assert m(deleted, {"note": "x"}).kind == ConflictKind.DELETE_EDITED
    assert m({"note": "x"}, deleted).kind == ConflictKind.EDIT_DELETED
    assert not m(deleted, deleted).is_conflict
    assert m(deleted, {}).apply == deleted  # nobody else touched it: the deletion applies


def test_the_later_login_time_wins_without_conflict():
    base = {"last_login_at": T8, "display_name": "A"}
    result = merge("users", ["last_login_at", "display_name"], base, {**base, "last_login_at": T10},
                   {**base, "last_login_at": T9})
    assert result.apply == {"last_login_at": T10} and not result.is_conflict
    result = merge("users", ["last_login_at", "display_name"], base, {**base, "last_login_at": T9},
                   {**base, "last_login_at": T10})
    assert result.apply == {} and not result.is_conflict


VALUES = st.sampled_from(["a", "b", "c"])


@given(base=st.fixed_dictionaries({c: VALUES for c in ("note", "status", "cancel_reason")}),
       mine=st.fixed_dictionaries({c: VALUES for c in ("note", "status", "cancel_reason")}),
       theirs=st.fixed_dictionaries({c: VALUES for c in ("note", "status", "cancel_reason")}))
def test_merge_loses_nothing_silently(base, mine, theirs):
    """Every field I changed ends up either applied, already equal on their side, or in the
    conflict; nothing of theirs is overwritten unless only I changed it; order of arrival is the
    only tie-break (never a clock)."""
    columns = list(base)
    result = merge("patients", columns, base, mine, theirs)
    merged = {**theirs, **result.apply}
    for c in columns:
        if mine[c] != base[c]:
            assert merged[c] == mine[c] or c in result.conflict_fields
        else:
            assert merged[c] == theirs[c]
        if c in result.conflict_fields:
            assert merged[c] == theirs[c] != mine[c]
    # symmetric situation: the same two edits the other way round agree on which fields clash
    other = merge("patients", columns, base, theirs, mine)
    assert set(other.conflict_fields) == set(result.conflict_fields)


def test_a_password_in_the_address_is_never_shown_nor_part_of_the_keyring_name():
    from cabinet_app.sync.connect import parse_central_url, secret_name, shown

    url = parse_central_url("postgresql://cabinet:Secret-42@central.example:5432/cabinet?sslmode=require")
    assert "Secret-42" not in shown(url) and "***" not in shown(url)
    assert secret_name(url) == "central:postgresql://cabinet@central.example:5432/cabinet?sslmode=require"
