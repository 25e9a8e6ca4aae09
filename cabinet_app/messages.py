"""Sentences for people, from the core's typed errors. French by default, English selectable.

The core raises :class:`~cabinet_app.errors.CabinetError` with data; the CLI and the UI call
:func:`describe` to turn it into a sentence that says what is wrong and what to do. Widget texts
go through Qt's translation system in ``ui/``; these sentences are shared by the GUI and the CLI,
which has no Qt, hence a plain catalogue here.
"""

from __future__ import annotations

import re
from typing import Any

from datetime import date, datetime

from .clock import PARIS
from .errors import CabinetError, PlanningRefused, PlanningWarning, ValidationError

FIELD_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "birth_name": "Nom de naissance", "used_name": "Nom d'usage", "first_names": "Prénoms",
        "used_first_name": "Prénom d'usage", "birth_date": "Date de naissance", "sex": "Sexe",
        "birth_place_insee": "Lieu de naissance (code INSEE)", "nir": "NIR",
        "ins_status": "Statut de l'identité (INS)", "address_line": "Adresse",
        "postal_code": "Code postal", "city": "Ville", "phone": "Téléphone", "email": "Courriel",
        "gp_practitioner_id": "Médecin traitant", "site_id": "Cabinet", "name": "Nom",
        "kind": "Type de site", "min_practitioners": "Praticiens présents au minimum",
        "first_name": "Prénom", "last_name": "Nom", "rpps": "RPPS", "status": "Statut",
        "supervisor_id": "Maître de stage", "home_site_id": "Site principal", "login": "Identifiant",
        "display_name": "Nom affiché", "role": "Rôle", "password": "Mot de passe",
        "practitioner_id": "Praticien", "parent_site_id": "Pôle mère",
        "starts_at": "Début", "ends_at": "Fin", "first_day": "Premier jour", "last_day": "Dernier jour",
        "starts_on": "Début du contrat", "ends_on": "Fin du contrat", "ends": "Heure de fin",
        "weekday": "Jour", "every_n_weeks": "Toutes les N semaines", "opening_hours": "Les horaires",
        "cancel_reason": "Le motif d'annulation", "month": "Le mois",
        "type_id": "Le type de rendez-vous", "status": "L'état du rendez-vous",
        "duration_minutes": "La durée", "colour": "La couleur",
        "lock_timeout_minutes": "Verrouillage après inactivité (minutes)", "language": "Langue",
        "sync_url": "L'adresse de la base du pôle mère", "sync_interval_minutes": "Synchronisation toutes les (minutes)",
        "severity": "La gravité (stable, à surveiller, instable)", "summary": "Le résumé du patient",
        "actions": "La liste d'actions", "situation": "La conduite à tenir « si … alors … »",
        "actions[]": "Action {n} —", "action[]": "", "what": "Ce qu'il faut faire", "due_on": "L'échéance",
        "owner": "Le responsable", "actions.kind": "Le type d'action", "action.kind": "Le type d'action",
        "synthesis": "La synthèse (reformulez ou confirmez)", "outcome": "Le résultat",
        "note": "La note", "action": "Cette action", "handover": "Cette transmission",
        "receiver_id": "Le destinataire",
        "codes": "Les actes", "codes[]": "Acte {n} —", "codes.code": "le code", "codes.distance_km": "la distance (km)",
        "payments": "Les règlements", "payments[]": "Règlement {n} —", "payments.amount": "le montant",
        "payments.payer": "le payeur (patient, AMO, AMC)", "payments.method": "le mode de règlement (espèces, chèque, carte)",
        "amount": "Le montant", "period": "La période", "retained_percent": "La part gardée par le remplaçant",
        "basis": "L'assiette (facturé ou encaissé)", "cap": "Le plafond", "monthly_contribution": "La redevance mensuelle",
        "free_months": "Les mois gratuits", "effective_from": "La date d'effet", "code": "Le code", "label": "Le libellé",
        "exclusion": "L'exclusion", "consultation": "Cette consultation", "expected_id": "Ce tiers payant",
    },
    "en": {
        "birth_name": "Birth name", "used_name": "Used name", "first_names": "First names",
        "used_first_name": "Used first name", "birth_date": "Birth date", "sex": "Sex",
        "birth_place_insee": "Birth place (INSEE code)", "nir": "NIR",
        "ins_status": "Identity status (INS)", "address_line": "Address", "postal_code": "Postcode",
        "city": "City", "phone": "Phone", "email": "E-mail", "gp_practitioner_id": "Regular GP",
        "site_id": "Practice", "name": "Name", "kind": "Site type",
        "min_practitioners": "Minimum practitioners present", "first_name": "First name",
        "last_name": "Last name", "rpps": "RPPS", "status": "Status", "supervisor_id": "Supervisor",
        "home_site_id": "Main site", "login": "Login", "display_name": "Display name", "role": "Role",
        "password": "Password", "practitioner_id": "Practitioner", "parent_site_id": "Parent practice",
        "starts_at": "Start", "ends_at": "End", "first_day": "First day", "last_day": "Last day",
        "starts_on": "Contract start", "ends_on": "Contract end", "ends": "End time", "weekday": "Day",
        "every_n_weeks": "Every N weeks", "opening_hours": "The opening hours",
        "cancel_reason": "The cancellation reason", "month": "The month",
        "type_id": "The appointment type", "status": "The appointment's state",
        "duration_minutes": "The duration", "colour": "The colour",
        "lock_timeout_minutes": "Lock after inactivity (minutes)", "language": "Language",
        "sync_url": "The parent practice's database address", "sync_interval_minutes": "Sync every (minutes)",
        "severity": "The severity (stable, watcher, unstable)", "summary": "The patient summary",
        "actions": "The action list", "situation": "The contingency plan 'if … then …'",
        "actions[]": "Action {n} —", "action[]": "", "what": "What to do", "due_on": "The due date",
        "owner": "The owner", "actions.kind": "The action type", "action.kind": "The action type",
        "synthesis": "The synthesis (restate or confirm)", "outcome": "The outcome",
        "note": "The note", "action": "This action", "handover": "This handover",
        "receiver_id": "The receiver",
        "codes": "The acts", "codes[]": "Act {n} —", "codes.code": "the code", "codes.distance_km": "the distance (km)",
        "payments": "The payments", "payments[]": "Payment {n} —", "payments.amount": "the amount",
        "payments.payer": "the payer (patient, AMO, AMC)", "payments.method": "the payment method (cash, cheque, card)",
        "amount": "The amount", "period": "The period", "retained_percent": "The replacement's share",
        "basis": "The basis (billed or received)", "cap": "The cap", "monthly_contribution": "The monthly contribution",
        "free_months": "The free months", "effective_from": "The effective date", "code": "The code", "label": "The label",
        "exclusion": "The exclusion", "consultation": "This consultation", "expected_id": "This tiers payant",
    },
}

PROBLEMS: dict[str, dict[str, str]] = {
    "fr": {
        "required": "est obligatoire.",
        "nir_length": "doit compter 15 caractères (13 + la clé de 2 chiffres).",
        "nir_format": "n'est pas un NIR valide (chiffres, ou 2A/2B pour la Corse).",
        "nir_key": "a une clé de contrôle fausse : vérifiez les 15 caractères.",
        "nir_sex": "ne correspond pas au sexe (1 = homme, 2 = femme).",
        "nir_birth": "ne correspond pas à l'année ou au mois de naissance.",
        "rpps_format": "doit compter exactement 11 chiffres.",
        "birth_date_future": "est dans le futur.",
        "birth_date_too_old": "est antérieure à 1900.",
        "unknown_sex": "doit être F, M ou I.",
        "unknown_ins_status": "est inconnu.",
        "ins_needs_nir": "demande un NIR.",
        "ins_needs_birth_place": "est obligatoire pour une identité qualifiée.",
        "insee_format": "doit compter 5 caractères (ex. 85163, ou 2A004 en Corse).",
        "postal_code_format": "doit compter 5 chiffres.",
        "phone_format": "n'est pas un numéro de téléphone valide.",
        "email_format": "n'est pas une adresse de courriel valide.",
        "login_format": "doit compter 2 à 60 caractères : lettres minuscules, chiffres, . _ -.",
        "password_too_short": "doit compter au moins 8 caractères.",
        "unknown_role": "est inconnu.",
        "practitioner_required": "est obligatoire pour un compte de médecin ou d'interne.",
        "unknown_practitioner": "est inconnu.",
        "unknown_site": "est inconnu.",
        "unknown_site_kind": "doit être « pôle mère » ou « cabinet secondaire ».",
        "min_practitioners_positive": "doit être au moins 1.",
        "unknown_status": "est inconnu.",
        "supervisor_required": "est obligatoire pour un interne ou un docteur junior.",
        "supervisor_not_titular": "doit être un médecin titulaire.",
        "cannot_disable_self": "ne peut pas être le vôtre : vous ne pouvez pas désactiver votre propre compte.",
        "last_admin": "est le dernier administrateur actif : il ne peut pas être désactivé.",
        "not_a_number": "doit être un nombre.",
        "out_of_range": "est hors des limites permises.",
        "not_a_choice": "n'est pas une valeur permise.",
        "invalid_url": "n'est pas une adresse PostgreSQL valide (postgresql://utilisateur@hôte:port/base).",
        "invalid_date": "n'est pas une date valide (JJ/MM/AAAA).",
        "end_before_start": "doit être après le début.",
        "naive_datetime": "doit porter un fuseau horaire.",
        "weekday_range": "doit être un jour de la semaine.",
        "opens_after_closes": "doivent ouvrir avant de fermer.",
        "hours_overlap": "se chevauchent dans une même journée.",
        "min_one": "doit être au moins 1.",
        "contract_overlap": "chevauche un autre contrat avec le même titulaire.",
        "period_too_long": "est trop loin : 200 jours au plus.",
        "invalid_month": "n'est pas un mois valide (AAAA-MM, par exemple 2026-12).",
        "unknown_appointment_type": "n'existe pas pour ce cabinet (ou n'est plus proposé).",
        "not_movable": "ne permet plus de déplacer ce rendez-vous (déjà vu, annulé ou absent).",
        "not_cancellable": "ne permet plus d'annuler ce rendez-vous (déjà vu ou déjà annulé).",
        "transition_not_allowed": "ne permet pas ce changement.",
        "duration_range": "doit être entre 5 et 240 minutes.",
        "colour_format": "doit être une couleur #RRVVBB.",
        "empty_note": "est vide : remplissez au moins un champ.",
        "action_list_required": "doit compter au moins une action (quoi, qui, pour quand).",
        "owner_required": "est obligatoire : un praticien ou « le médecin suivant ».",
        "unknown_action_kind": "est inconnu.",
        "already_closed": "est déjà close.",
        "already_signed": "est déjà validée par vous.",
        "nothing_to_cosign": "n'attend pas de co-signature (ou elle est déjà co-signée).",
        "unknown_item_kind": "n'est pas un élément du dossier de relève.",
        "unknown_field": "n'est pas une rubrique connue.",
        "unknown_code": "n'existe pas dans la nomenclature à cette date.",
        "distance_required": "est obligatoire pour une indemnité kilométrique.",
        "negative_amount": "ne peut pas être négatif.",
        "overpaid": "dépassent le montant des actes : rien n'a été enregistré.",
        "unbalanced": "ne couvrent pas le montant des actes (patient + tiers payant = total facturé).",
        "percent_range": "doit être entre 0 et 100 %.",
        "no_contract_in_period": "n'est couverte par aucun contrat de remplacement de ce praticien.",
        "several_contracts": "couvre plusieurs contrats : faites un relevé par contrat.",
        "already_settled": "est déjà réglée (en tout ou partie) : une période ne se règle qu'une fois.",
        "already_reversed": "est déjà annulée.",
        "already_reconciled": "a déjà un tiers payant reçu ou rejeté : annulez d'abord ce rapprochement.",
        "nothing_outstanding": "n'a plus rien en attente.",
        "more_than_outstanding": "dépasse ce qui reste attendu.",
        "before_current_tariff": "doit être après la date d'effet du tarif en vigueur.",
    },
    "en": {
        "required": "is required.",
        "nir_length": "must have 15 characters (13 + the 2-digit key).",
        "nir_format": "is not a valid NIR (digits, or 2A/2B for Corsica).",
        "nir_key": "has a wrong check key: check the 15 characters.",
        "nir_sex": "does not match the sex (1 = male, 2 = female).",
        "nir_birth": "does not match the birth year or month.",
        "rpps_format": "must have exactly 11 digits.",
        "birth_date_future": "is in the future.",
        "birth_date_too_old": "is before 1900.",
        "unknown_sex": "must be F, M or I.",
        "unknown_ins_status": "is unknown.",
        "ins_needs_nir": "needs a NIR.",
        "ins_needs_birth_place": "is required for a qualified identity.",
        "insee_format": "must have 5 characters (e.g. 85163, or 2A004 in Corsica).",
        "postal_code_format": "must have 5 digits.",
        "phone_format": "is not a valid phone number.",
        "email_format": "is not a valid e-mail address.",
        "login_format": "must have 2 to 60 characters: lower-case letters, digits, . _ -.",
        "password_too_short": "must have at least 8 characters.",
        "unknown_role": "is unknown.",
        "practitioner_required": "is required for a doctor's or an intern's account.",
        "unknown_practitioner": "is unknown.",
        "unknown_site": "is unknown.",
        "unknown_site_kind": "must be 'parent practice' or 'secondary practice'.",
        "min_practitioners_positive": "must be at least 1.",
        "unknown_status": "is unknown.",
        "supervisor_required": "is required for an intern or a junior doctor.",
        "supervisor_not_titular": "must be a titular doctor.",
        "cannot_disable_self": "cannot be yours: you cannot disable your own account.",
        "last_admin": "is the last active administrator: it cannot be disabled.",
        "not_a_number": "must be a number.",
        "out_of_range": "is out of the allowed range.",
        "not_a_choice": "is not an allowed value.",
        "invalid_url": "is not a valid PostgreSQL address (postgresql://user@host:port/database).",
        "invalid_date": "is not a valid date (DD/MM/YYYY).",
        "end_before_start": "must be after the start.",
        "naive_datetime": "must carry a time zone.",
        "weekday_range": "must be a day of the week.",
        "opens_after_closes": "must open before they close.",
        "hours_overlap": "overlap within one day.",
        "min_one": "must be at least 1.",
        "contract_overlap": "overlaps another contract with the same titular.",
        "period_too_long": "is too far: 200 days at most.",
        "invalid_month": "is not a valid month (YYYY-MM, e.g. 2026-12).",
        "unknown_appointment_type": "does not exist for this practice (or is no longer offered).",
        "not_movable": "no longer allows moving this appointment (seen, cancelled or missed).",
        "not_cancellable": "no longer allows cancelling this appointment (seen or already cancelled).",
        "transition_not_allowed": "does not allow this change.",
        "duration_range": "must be between 5 and 240 minutes.",
        "colour_format": "must be a #RRGGBB colour.",
        "empty_note": "is empty: fill in at least one field.",
        "action_list_required": "needs at least one action (what, who, by when).",
        "owner_required": "is required: a practitioner or 'the next doctor'.",
        "unknown_action_kind": "is unknown.",
        "already_closed": "is already closed.",
        "already_signed": "is already signed off by you.",
        "nothing_to_cosign": "awaits no co-signature (or is already co-signed).",
        "unknown_item_kind": "is not an item of the handover pack.",
        "unknown_field": "is not a known section.",
        "unknown_code": "is not in the catalogue at that date.",
        "distance_required": "is required for a kilometric allowance.",
        "negative_amount": "cannot be negative.",
        "overpaid": "exceed the amount of the acts: nothing was saved.",
        "unbalanced": "do not cover the amount of the acts (patient + tiers payant = total billed).",
        "percent_range": "must be between 0 and 100 %.",
        "no_contract_in_period": "is covered by no replacement contract of this practitioner.",
        "several_contracts": "spans several contracts: make one statement per contract.",
        "already_settled": "is already settled (wholly or partly): a period settles only once.",
        "already_reversed": "is already reversed.",
        "already_reconciled": "already has a tiers payant received or rejected: undo that first.",
        "nothing_outstanding": "has nothing outstanding.",
        "more_than_outstanding": "exceeds what is still expected.",
        "before_current_tariff": "must be after the effective date of the tariff in force.",
    },
}

ERRORS: dict[str, dict[str, str]] = {
    "fr": {
        "not_found": "Introuvable : {kind} « {key} ».",
        "permission_denied": "Accès refusé : votre rôle ne permet pas cette action.",
        "invalid_credentials": "Identifiant ou mot de passe incorrect.",
        "login_throttled": "Trop d'essais manqués pour « {login} » : réessayez dans {retry_after_text}.",
        "account_disabled": "Le compte « {login} » est désactivé. Demandez à un administrateur.",
        "duplicate_login": "L'identifiant « {login} » existe déjà : choisissez-en un autre.",
        "duplicate_value": "{field_name} « {value} » est déjà enregistré pour une autre fiche.",
        "already_initialised": "Ce cabinet est déjà configuré.",
        "stale_record": "Cette fiche a été modifiée entre-temps par quelqu'un d'autre : rouvrez-la puis refaites vos changements.",
        "database": "Erreur de base de données. Le détail est dans le journal.",
        "not_a_cabinet_database": "Le fichier « {path} » n'est pas une base de données Cabinet. Rien n'a été modifié.",
        "database_too_new": "Cette base de données a été créée par une version plus récente de Cabinet (révision {revision}). Mettez l'application à jour ; rien n'a été modifié.",
        "database_unavailable": "La base de données est inaccessible. Le détail est dans le journal.",
        "no_secure_storage": "Aucun trousseau sécurisé n'est disponible sur ce poste : le secret n'est pas enregistré (jamais en clair).",
        "sync": "La synchronisation a échoué : {reason}. Rien n'est perdu : les modifications non envoyées partiront à la prochaine synchronisation.",
        "sync_unreachable": "Le serveur du pôle mère est injoignable ou la connexion a été coupée ({reason}). Rien n'est perdu : les modifications non envoyées partiront à la prochaine synchronisation.",
        "sync_busy": "Une synchronisation de ce cabinet est déjà en cours. Réessayez dans un instant.",
        "sync_join_refused": "Ce poste a déjà ses propres données (ou appartient à un autre cabinet) : seule une base neuve peut rejoindre le pôle mère comme un cabinet. Synchronisez-le tel quel.",
        "sync_not_configured": "La synchronisation n'est pas configurée : indiquez l'adresse de la base du pôle mère dans les réglages (ou --parent).",
        "sync_auth_failed": "Le serveur du pôle mère refuse l'identifiant ou le mot de passe. Enregistrez le mot de passe avec « cabinet-app sync login » ou dans les réglages.",
        "sync_central_not_ready": "La base du pôle mère n'est pas préparée pour la synchronisation : lancez « cabinet-app central init --url … » sur le serveur.",
        "error": "Erreur inattendue. Le détail est dans le journal.",
    },
    "en": {
        "not_found": "Not found: {kind} '{key}'.",
        "permission_denied": "Access denied: your role does not allow this action.",
        "invalid_credentials": "Wrong login or password.",
        "login_throttled": "Too many failed attempts for '{login}': try again in {retry_after_text}.",
        "account_disabled": "The account '{login}' is disabled. Ask an administrator.",
        "duplicate_login": "The login '{login}' already exists: choose another one.",
        "duplicate_value": "{field_name} '{value}' is already recorded for another record.",
        "already_initialised": "This practice is already set up.",
        "stale_record": "Someone else changed this record meanwhile: reopen it and redo your changes.",
        "database": "Database error. The details are in the log.",
        "not_a_cabinet_database": "The file '{path}' is not a Cabinet database. Nothing was changed.",
        "database_too_new": "This database was created by a newer version of Cabinet (revision {revision}). Update the application; nothing was changed.",
        "database_unavailable": "The database cannot be reached. The details are in the log.",
        "no_secure_storage": "No secure keyring is available on this computer: the secret is not stored (never in clear).",
        "sync": "The sync failed: {reason}. Nothing is lost: unsent changes go with the next sync.",
        "sync_unreachable": "The parent practice's server cannot be reached or the connection dropped ({reason}). Nothing is lost: unsent changes go with the next sync.",
        "sync_busy": "A sync of this cabinet is already running. Try again in a moment.",
        "sync_join_refused": "This PC already has data of its own (or belongs to another cabinet): only a new database can join the parent practice as a cabinet. Sync it as it is.",
        "sync_not_configured": "Sync is not set up: give the parent practice's database address in the settings (or --parent).",
        "sync_auth_failed": "The parent practice's server refuses the login or password. Store the password with \"cabinet-app sync login\" or in the settings.",
        "sync_central_not_ready": "The parent practice's database is not prepared for sync: run \"cabinet-app central init --url …\" on the server.",
        "error": "Unexpected error. The details are in the log.",
    },
}

KIND_NAMES = {
    "fr": {"patient": "patient", "user": "utilisateur", "site": "site", "practitioner": "praticien",
           "shift": "vacation", "appointment": "rendez-vous", "appointment_type": "type de rendez-vous",
           "note": "note", "handover": "transmission", "action": "action", "contract": "contrat",
           "consultation": "consultation", "receivable": "tiers payant attendu"},
    "en": {"patient": "patient", "user": "user", "site": "site", "practitioner": "practitioner",
           "shift": "shift", "appointment": "appointment", "appointment_type": "appointment type",
           "note": "note", "handover": "handover", "action": "action", "contract": "contract",
           "consultation": "consultation", "receivable": "expected tiers payant"},
}

VIOLATIONS: dict[str, dict[str, str]] = {
    "fr": {
        "end_before_start": "La fin doit être après le début.",
        "shift_too_long": "Une vacation ne peut pas dépasser 8 jours : découpez-la.",
        "closed_day": "Le cabinet est fermé le {day} ({why}).",
        "overlap": "Ce praticien est déjà en vacation à « {site} » ({start} – {end}) : on ne peut pas être à deux endroits à la fois.",
        "no_supervisor": "Un interne doit avoir son maître de stage joignable (en vacation au pôle mère ou d'astreinte) pendant toute la vacation.",
        "no_contract": "Aucun contrat de remplacement actif ne couvre du {first} au {last}.",
        "outside_opening_hours": "La vacation déborde des horaires d'ouverture ({parts}).",
        "outside_shift": "Ce créneau n'est dans aucune vacation de ce praticien à ce cabinet : choisissez un médecin de garde.",
        "practitioner_booked": "Le praticien a déjà un rendez-vous à ce moment ({start} – {end}). Cochez « surbooking » pour l'accepter quand même.",
        "patient_booked": "Ce patient a déjà un rendez-vous à ce moment ({start}, {site}).",
        "in_the_past": "Ce rendez-vous est dans le passé ({start}) : saisie de rattrapage ?",
    },
    "en": {
        "end_before_start": "The end must be after the start.",
        "shift_too_long": "A shift cannot last more than 8 days: split it.",
        "closed_day": "The practice is closed on {day} ({why}).",
        "overlap": "This practitioner already works at '{site}' from {start} to {end}: nobody can be in two places at once.",
        "no_supervisor": "An intern needs their supervisor reachable (on shift at the parent practice, or on call) for the whole shift.",
        "no_contract": "No active replacement contract covers {first} to {last}.",
        "outside_opening_hours": "The shift goes beyond the opening hours ({parts}).",
        "outside_shift": "This time is in no shift of this practitioner at this practice: choose a doctor on duty.",
        "practitioner_booked": "The practitioner already has an appointment then ({start} – {end}). Tick 'overbooking' to accept it anyway.",
        "patient_booked": "This patient already has an appointment then ({start}, {site}).",
        "in_the_past": "This appointment is in the past ({start}): a catch-up entry?",
    },
}

CLOSED_WHY = {
    "fr": {"holiday": "jour férié : {0}", "closure": "fermeture : {0}", "weekday_closed": "jour de fermeture"},
    "en": {"holiday": "public holiday: {0}", "closure": "closure: {0}", "weekday_closed": "closing day"},
}


def format_moment(value: object, language: str = "fr") -> str:
    """Dates as 25/12/2026 (fr) or 2026-12-25 (en); datetimes in Paris time."""
    if isinstance(value, datetime):
        local = value.astimezone(PARIS)
        return local.strftime("%d/%m/%Y %H:%M" if language == "fr" else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y" if language == "fr" else "%Y-%m-%d")
    return str(value)


def violation_text(code: str, data: dict[str, object], language: str = "fr") -> str:
    lang = _lang(language)
    values = {k: format_moment(v, lang) for k, v in data.items()}
    if code == "closed_day":
        kind, _, detail = str(data.get("reason", "")).partition(":")
        values["why"] = CLOSED_WHY[lang].get(kind, "{0}").format(detail)
    if code in ("overlap", "practitioner_booked"):
        start, end = data["start"], data["end"]
        if isinstance(start, datetime) and isinstance(end, datetime):
            values["end"] = end.astimezone(PARIS).strftime("%H:%M") if start.astimezone(PARIS).date() == \
                end.astimezone(PARIS).date() else values["end"]
    if code == "outside_opening_hours":
        parts = data.get("parts") or []
        values["parts"] = ", ".join(
            f"{format_moment(p.start, lang)}–{p.end.astimezone(PARIS).strftime('%H:%M')}" for p in parts)
    template = VIOLATIONS[lang].get(code, code)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def _lang(language: str) -> str:
    return language if language in ERRORS else "fr"


INDEXED_FIELD = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")


def field_name(field: str, language: str = "fr") -> str:
    """A field's name for people; an item of a list (``actions[0].due_on``) is numbered from 1:
    « Action 1 — L'échéance »."""
    names = FIELD_NAMES[_lang(language)]
    if (match := INDEXED_FIELD.match(field)) and f"{match[1]}[]" in names:
        inner = names.get(f"{match[1]}.{match[3]}") or names.get(match[3], match[3])
        return f"{names[match[1] + '[]'].format(n=int(match[2]) + 1)} {inner}".strip()
    return names.get(field, field)


def problem_text(field: str, problem: str, language: str = "fr") -> str:
    """« NIR a une clé de contrôle fausse… » for one field."""
    lang = _lang(language)
    return f"{field_name(field, lang)} {PROBLEMS[lang].get(problem, problem)}"


def _duration(seconds: float, lang: str) -> str:
    seconds = max(1, round(seconds))
    if seconds < 90:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    return f"{minutes} min"


def describe(error: BaseException, language: str = "fr") -> str:
    """One or more sentences for a person. Unknown errors get a generic sentence (details go to
    the log, never to the screen)."""
    lang = _lang(language)
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(f, p, lang) for f, p in error.problems.items())
    if isinstance(error, (PlanningRefused, PlanningWarning)):
        lines = [violation_text(v.code, v.data, lang) for v in error.violations]  # type: ignore[attr-defined]
        if "day" in error.data:
            lines.insert(0, ("Le {0} : " if lang == "fr" else "On {0}: ").format(format_moment(error.data["day"], lang)))
        return "\n".join(lines)
    if not isinstance(error, CabinetError):
        return ERRORS[lang]["error"]
    data: dict[str, Any] = {k: v for k, v in error.data.items()}
    data.setdefault("kind", "")
    data["kind"] = KIND_NAMES[lang].get(str(data["kind"]), data["kind"])
    if "field" in data:
        data["field_name"] = field_name(str(data["field"]), lang)
    if "retry_after" in data:
        data["retry_after_text"] = _duration(float(data["retry_after"]), lang)
    template = ERRORS[lang].get(error.code, ERRORS[lang]["error"])
    try:
        return template.format(**data)
    except (KeyError, IndexError):
        return ERRORS[lang].get(error.code, ERRORS[lang]["error"]).split(":")[0] + "."
