"""Clinical records on a real SQLite file: append-only notes and amendments, co-signature,
drafts, I-PASS handovers, action items that never disappear, the rotation's pack, escalation,
the titular's queue, full-text search, and what the secretary may not read."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from cabinet_app.errors import PermissionDenied, ValidationError
from cabinet_app.planning.calendar import at
from cabinet_app.planning.rota_services import ShiftInput, add_contract, create_shift
from cabinet_app.records.clinical_services import (
    NEXT_DOCTOR, ActionInput, HandoverInput, NoteInput, acknowledge_handover, close_action, cosign_note,
    load_draft, patient_notes, save_draft, save_guide, search_clinical, send_handover, sign_off_handover,
    write_note,
)
from cabinet_app.records.handover_pack import (
    acknowledge_item, build_pack, escalations, handover_statuses, review_queue,
)
from cabinet_app.records.model import ActionKind

TODAY = date.today()
MONDAY = TODAY + timedelta(days=7 - TODAY.weekday())  # the next rotation starts next Monday


def note(cabinet, i=0, **kw):
    return NoteInput(patient_id=cabinet.patient_ids[i], site_id=cabinet.site_id, **kw)


def handover(cabinet, i=0, **kw):
    values = dict(patient_id=cabinet.patient_ids[i], site_id=cabinet.site_id, severity="watcher",
                  summary="Diabète déséquilibré, HbA1c 9,1 %", situation="Si glycémie > 3 g/l, alors appeler le 15",
                  actions=(ActionInput("Contrôler la glycémie à jeun", MONDAY + timedelta(days=2), NEXT_DOCTOR),))
    values.update(kw)
    return HandoverInput(**values)


def test_notes_are_append_only_and_amended_by_their_author_only(cabinet):
    with cabinet.uow("dr.petit") as uow:
        first = write_note(uow, note(cabinet, reason="Toux", findings="Sibilants")).value
        uow.commit()
    with cabinet.uow("dr.bernard") as uow, pytest.raises(PermissionDenied):
        write_note(uow, note(cabinet, reason="Correction"), amends=first.id)
    with cabinet.uow("dr.petit") as uow:
        write_note(uow, note(cabinet, reason="Toux", findings="Sibilants bilatéraux"), amends=first.id)
        with pytest.raises(ValidationError):
            write_note(uow, note(cabinet))  # an empty note
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        notes = patient_notes(uow, cabinet.patient_ids[0])
    assert [(n.findings, n.amends_id, n.amended_by_later) for n in notes] == [
        ("Sibilants", None, True), ("Sibilants bilatéraux", first.id, False)]
    with pytest.raises(sa_exc.DatabaseError, match="append-only"), cabinet.engine.begin() as conn:
        conn.execute(text("UPDATE consultation_notes SET findings = 'falsifié'"))


def test_the_secretary_never_reads_clinical_data(cabinet):
    with cabinet.uow("dr.petit") as uow:
        write_note(uow, note(cabinet, reason="Angine"))
        send_handover(uow, handover(cabinet))
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        for call in (lambda: patient_notes(uow, cabinet.patient_ids[0]), lambda: search_clinical(uow, "angine"),
                     lambda: build_pack(uow, site_id=cabinet.site_id, day=MONDAY),
                     lambda: write_note(uow, note(cabinet, reason="x"))):
            with pytest.raises(PermissionDenied):
                call()
        (status,) = handover_statuses(uow, site_id=cabinet.site_id, since=datetime(2000, 1, 1, tzinfo=timezone.utc))
    assert status.patient_name == "DUPONT Hélène" and not status.acknowledged
    assert not hasattr(status, "summary")


def test_interns_notes_wait_for_a_titulars_cosignature(cabinet):
    with cabinet.uow("ines.roux") as uow:
        written = write_note(uow, note(cabinet, reason="Otite")).value
        uow.commit()
    assert written.needs_cosign and written.cosigned_by is None
    with cabinet.uow("dr.petit") as uow, pytest.raises(PermissionDenied):
        cosign_note(uow, written.id)
    with cabinet.uow("dr.bernard") as uow:
        assert [n.id for n in review_queue(uow).notes_to_cosign] == [written.id]
        cosign_note(uow, written.id)
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        assert patient_notes(uow, cabinet.patient_ids[0])[0].cosigned_by == "Dr Claire Bernard"
        assert review_queue(uow).notes_to_cosign == ()


def test_a_draft_survives_until_the_note_is_signed(cabinet):
    with cabinet.uow("dr.petit") as uow:
        save_draft(uow, note(cabinet, reason="Lombalgie", free_text="en cours de rédaction"))
        uow.commit()
    with cabinet.uow("dr.petit") as uow:  # after a crash or a lock: a new session finds it
        draft = load_draft(uow, cabinet.patient_ids[0])
        assert draft.free_text == "en cours de rédaction"
        write_note(uow, draft)
        uow.commit()
    with cabinet.uow("dr.petit") as uow:
        assert load_draft(uow, cabinet.patient_ids[0]) is None


def test_a_handover_needs_all_its_ipass_elements(cabinet):
    with cabinet.uow("dr.petit") as uow:
        with pytest.raises(ValidationError) as caught:
            send_handover(uow, handover(cabinet, severity=None, summary=" ", situation="", actions=()))
        assert set(caught.value.problems) == {"severity", "summary", "situation", "actions"}
        with pytest.raises(ValidationError) as caught:
            send_handover(uow, handover(cabinet, actions=(ActionInput("Rappeler", None, None),)))
        assert caught.value.problems == {"actions[0].due_on": "required", "actions[0].owner": "owner_required"}


def _rotation(cabinet):
    """Dr Petit covers the week before, Dr Bernard arrives on MONDAY."""
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY - timedelta(days=14),
                     ends_on=MONDAY)
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.replacement_id, at(MONDAY - timedelta(days=7), time(8)),
                                     at(MONDAY - timedelta(days=2), time(12))), accept_warnings=True)
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(MONDAY, time(8)),
                                     at(MONDAY + timedelta(days=5), time(12))), accept_warnings=True)
        uow.commit()


def test_the_pack_carries_every_open_item_until_closed_and_acknowledged(cabinet):
    _rotation(cabinet)
    with cabinet.uow("dr.petit") as uow:
        sent = send_handover(uow, handover(cabinet, actions=(
            ActionInput("Contrôler la glycémie", MONDAY, NEXT_DOCTOR),
            ActionInput("Résultat de la NFS", MONDAY + timedelta(days=3), NEXT_DOCTOR, ActionKind.LAB_RESULT)))).value
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        save_guide(uow, cabinet.site_id, access="Code porte 1985B", contacts="Pharmacie du Bourg")
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        pack = build_pack(uow, site_id=cabinet.site_id, day=MONDAY)
        assert (pack.incoming_name, pack.outgoing_name) == ("Dr Claire Bernard", "Dr Hugo Petit")
        assert pack.guide["access"] == "Code porte 1985B"
        assert [h.id for h in pack.watch] == [sent.id] and [h.id for h in pack.handed_over] == [sent.id]
        assert len(pack.actions) == 1 and len(pack.pending_results) == 1
        assert pack.unacknowledged == 4  # the guide, the handover, two items
        acknowledge_handover(uow, sent.id, synthesis="Je contrôle la glycémie lundi, NFS jeudi")
        for item in pack.items:
            if item.kind != "handover":
                acknowledge_item(uow, site_id=cabinet.site_id, kind=item.kind, item_id=item.item_id)
        close_action(uow, pack.actions[0].id, outcome="Glycémie 1,2 g/l")
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        after = build_pack(uow, site_id=cabinet.site_id, day=MONDAY)
        assert after.unacknowledged == 0
        assert after.actions == () and len(after.pending_results) == 1  # still open: still carried
        with pytest.raises(ValidationError):
            close_action(uow, pack.actions[0].id, outcome="encore")


def test_acknowledging_for_someone_else_is_refused(cabinet):
    with cabinet.uow("dr.petit") as uow:
        sent = send_handover(uow, handover(cabinet, receiver_id=cabinet.titular_id)).value
        with pytest.raises(PermissionDenied):
            acknowledge_handover(uow, sent.id, synthesis="vu")
        uow.commit()
    with cabinet.uow("dr.bernard") as uow, pytest.raises(ValidationError):
        acknowledge_handover(uow, sent.id, synthesis="")


def test_unacknowledged_items_escalate_after_one_working_day(cabinet):
    _rotation(cabinet)
    with cabinet.uow("dr.petit") as uow:
        send_handover(uow, handover(cabinet))
        uow.commit()
    monday_noon = at(MONDAY, time(12))
    with cabinet.uow("dr.bernard") as uow:
        assert escalations(uow, now=monday_noon) == []
        late = escalations(uow, now=at(MONDAY + timedelta(days=1), time(9)))
        assert {e.item.kind for e in late} == {"handover", "action"}
        queue = review_queue(uow, now=at(MONDAY + timedelta(days=1), time(9)))
        assert len(queue.handovers) == 1 and len(queue.escalated) == 2
        sign_off_handover(uow, queue.handovers[0].id)
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        assert review_queue(uow, now=monday_noon).handovers == ()


def test_full_text_search_ignores_accents_and_is_audited(cabinet):
    with cabinet.uow("dr.petit") as uow:
        write_note(uow, note(cabinet, reason="Fièvre élevée", conclusion="Pyélonéphrite probable"))
        write_note(uow, note(cabinet, 1, reason="Entorse de cheville"))
        send_handover(uow, handover(cabinet, 2, summary="Suivi d'une pyélonéphrite"))
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        hits = search_clinical(uow, "pyelonephrite")
        assert {(h.kind, h.patient_name) for h in hits} == {("note", "DUPONT Hélène"), ("handover", "LEFÈVRE Éloïse")}
        assert [h.patient_name for h in search_clinical(uow, "FIEVRE elev")] == ["DUPONT Hélène"]
        assert search_clinical(uow, "   ") == []


def test_a_draft_of_a_correction_stays_a_correction(cabinet):
    with cabinet.uow("dr.petit") as uow:
        first = write_note(uow, note(cabinet, reason="Toux")).value
        save_draft(uow, note(cabinet, reason="Toux grasse", amends_id=first.id))
        uow.commit()
    with cabinet.uow("dr.petit") as uow:
        draft = load_draft(uow, cabinet.patient_ids[0])
        assert draft.amends_id == first.id
        assert write_note(uow, draft).value.amends_id == first.id


def test_a_patients_actions_across_sites(cabinet):
    from cabinet_app.records.clinical_services import add_action, patient_actions

    with cabinet.uow("dr.petit") as uow:
        for site in (cabinet.site_id, cabinet.parent_id):
            add_action(uow, patient_id=cabinet.patient_ids[0], site_id=site,
                       data=ActionInput("Rappeler", MONDAY, NEXT_DOCTOR))
        uow.commit()
    with cabinet.uow("dr.bernard") as uow:
        assert len(patient_actions(uow, cabinet.patient_ids[0])) == 2
    with cabinet.uow("secretaire") as uow, pytest.raises(PermissionDenied):
        patient_actions(uow, cabinet.patient_ids[0])


def test_the_author_cannot_acknowledge_their_own_handover_and_clinical_changes_are_audited(cabinet):
    from cabinet_app.records.clinical_services import add_action, close_action, patient_actions
    from cabinet_app.security.model import AuditAction
    from cabinet_app.security.services import list_audit

    with cabinet.uow("dr.petit") as uow:
        sent = send_handover(uow, handover(cabinet)).value
        with pytest.raises(PermissionDenied):
            acknowledge_handover(uow, sent.id, synthesis="je m'auto-valide")
        with pytest.raises(ValidationError):
            send_handover(uow, handover(cabinet, receiver_id=cabinet.replacement_id))  # to oneself
        item = add_action(uow, patient_id=cabinet.patient_ids[1], site_id=cabinet.site_id,
                          data=ActionInput("Rappeler", MONDAY, NEXT_DOCTOR)).value
        close_action(uow, item.id, outcome="Fait")
        patient_actions(uow, cabinet.patient_ids[1])
        search_clinical(uow, "diabete")
        uow.commit()
    with cabinet.uow("admin") as uow:
        rows = list_audit(uow, patient_id=cabinet.patient_ids[1])
        searches = list_audit(uow, action=AuditAction.PATIENT_SEARCH)
    assert [r.target for r in rows[:3]] == ["actions", "action closed", "action"]
    assert "diabete" not in searches[0].details  # the words searched are not kept
