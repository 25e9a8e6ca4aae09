"""The demo cabinet's clinical year at Nieul-le-Dolent (week-long rotations): notes for the
consultations seen, and at the end of each week the leaving doctor's I-PASS handovers with
their action items and pending results; the next doctor acknowledges most of them and closes
what was done. A few stay open (and last week's are waiting for this week's doctor), so the
pack, the review queue and the escalations have something to show."""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta

from ..appointments.model import AppointmentStatus
from ..clock import utcnow
from ..db import UnitOfWork
from ..planning.calendar import at
from ..records.clinical_services import NEXT_DOCTOR, ActionInput, HandoverInput, handover_problems, save_guide
from ..records.model import ActionItem, ActionKind, ConsultationNote, Handover, HandoverSynthesis, Severity

REASONS = ("Toux fébrile", "Renouvellement d'ordonnance", "Douleur lombaire", "Suivi de diabète", "Hypertension",
           "Angine", "Certificat de sport", "Vertiges", "Douleur abdominale", "Suivi de grossesse", "Éruption cutanée",
           "Anxiété, troubles du sommeil", "Otite", "Entorse de cheville", "Bilan annuel")
WATCH = (("Insuffisance cardiaque, prise de poids de 2 kg cette semaine", "Si dyspnée ou œdèmes, alors majorer le "
          "furosémide et revoir sous 48 h", "Peser et revoir les œdèmes"),
         ("Diabète déséquilibré, HbA1c 9,1 %", "Si glycémie > 3 g/l, alors appeler le 15", "Contrôler la glycémie"),
         ("Personne âgée isolée, chute il y a 10 jours", "Si nouvelle chute, alors bilan et demande d'aide à domicile",
          "Appeler l'infirmière à domicile"),
         ("Anticoagulant, INR instable", "Si INR > 4, alors suspendre une prise et recontrôler", "Contrôle de l'INR"),
         ("Pneumopathie sous antibiotique", "Si fièvre persistante à J3, alors radiographie", "Revoir à J3"))
PENDING = ((ActionKind.LAB_RESULT, "Résultat de la NFS et de la CRP"), (ActionKind.IMAGING_RESULT,
           "Compte rendu de l'échographie abdominale"), (ActionKind.LETTER, "Courrier du cardiologue"))
GUIDE = dict(access="Porte de la rue : code 1985B. Alarme : 4417 puis OK, à désactiver dans les 30 s.",
             equipment="ECG dans le placard de la salle 1 ; oxygène et défibrillateur dans le couloir.",
             contacts="Pharmacie du Bourg 02 51 00 11 22 ; laboratoire de La Roche 02 51 00 33 44 ; cabinet "
                      "infirmier 02 51 00 55 66 ; radiologie du Bocage 02 51 00 77 88.",
             referrals="Cardiologie : Dr Leroy (La Roche) ; dermatologie : téléexpertise via l'ENT régional.",
             protocols="Urgences : 15. Vaccins au réfrigérateur de la salle 2 (relever la température le lundi).")


def build_demo_records(uow: UnitOfWork, *, site_id: uuid.UUID, today: date, seed: int) -> tuple[int, int]:
    """Notes and handovers at the site, dated as they would have been written (rows are inserted
    directly: a service signs with the present time, a demo needs the past)."""
    rng = random.Random(seed + 3)
    save_guide(uow, site_id, **GUIDE)
    notes = _notes(uow, site_id, today, rng)
    now = utcnow()
    shifts = [s for s in uow.rota.shifts(start=at(today - timedelta(days=182), time(0)), end=at(today, time(0)),
                                         site_ids=[site_id], on_call=False)
              if s.ends_at <= now]  # the doctor on duty now has not handed over yet
    patients = uow.patients.ids()
    handovers = 0
    previous: list[Handover] = []
    for shift in shifts:
        arrived = shift.starts_at + timedelta(hours=1)
        for handover in previous:  # the newcomer acknowledges what was left for them, mostly
            if rng.random() < 0.9:
                uow.clinical.add(HandoverSynthesis(handover_id=handover.id, receiver_id=shift.practitioner_id,
                                                   text="Lu et repris : je m'en occupe cette semaine.",
                                                   created_at=arrived))
        for item in uow.clinical.items(site_id=site_id):
            if item.due_on < shift.ends_at.date() and rng.random() < 0.85:
                item.closed_at = min(at(item.due_on, time(17)), shift.ends_at)
                item.closed_by = shift.practitioner_id
                item.outcome = rng.choice(("Fait, normal.", "Fait, traitement adapté.", "Résultat reçu et classé."))
        previous = [_handover(uow, shift, rng.choice(patients), rng) for _ in range(rng.randint(2, 5))]
        handovers += len(previous)
    uow.flush()
    return notes, handovers


def _handover(uow: UnitOfWork, shift, patient_id: uuid.UUID, rng: random.Random) -> Handover:
    summary, situation, action = rng.choice(WATCH)
    due = shift.ends_at.date() + timedelta(days=rng.randint(1, 6))
    actions = [ActionInput(action, due, NEXT_DOCTOR)]
    if rng.random() < 0.5:
        kind, what = rng.choice(PENDING)
        actions.append(ActionInput(what, due + timedelta(days=3), NEXT_DOCTOR, kind))
    data = HandoverInput(patient_id=patient_id, site_id=shift.site_id,
                         severity=rng.choice([Severity.WATCHER, Severity.WATCHER, Severity.UNSTABLE, Severity.STABLE]),
                         summary=summary, situation=situation, actions=tuple(actions))
    assert not handover_problems(data)  # the demo obeys the rules it shows
    written = shift.ends_at - timedelta(hours=2)
    handover = Handover(patient_id=patient_id, author_id=shift.practitioner_id, site_id=shift.site_id,
                        severity=data.severity, summary=summary, situation=situation, created_at=written)
    uow.clinical.add(handover)
    uow.flush()
    for a in actions:
        uow.clinical.add(ActionItem(patient_id=patient_id, site_id=shift.site_id, handover_id=handover.id,
                                    kind=ActionKind(a.kind), what=a.what, owner_id=None, due_on=a.due_on,
                                    created_at=written, updated_at=written))
    return handover


def _notes(uow: UnitOfWork, site_id: uuid.UUID, today: date, rng: random.Random) -> int:
    """Notes for half of the consultations seen at the site (inserted as signed, dated notes)."""
    seen = uow.appointments.between(start=at(today - timedelta(days=365), time(0)), end=at(today, time(23)),
                                    site_ids=[site_id], statuses=[AppointmentStatus.SEEN])
    count = 0
    for a in seen:
        if rng.random() < 0.5:
            reason = rng.choice(REASONS)
            uow.clinical.add(ConsultationNote(
                patient_id=a.patient_id, author_id=a.practitioner_id, site_id=site_id, appointment_id=a.id,
                reason=reason, findings="Examen clinique sans particularité en dehors du motif.",
                conclusion=f"{reason} : prise en charge habituelle.", prescriptions="Voir ordonnance.",
                created_at=a.seen_at or a.ends_at, created_by=None))
            count += 1
    uow.flush()
    return count


