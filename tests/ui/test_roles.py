"""Only the pages a person's role allows appear: the secretary and the doctors see Patients but
not Administration; an administrator sees Utilisateurs and Journal d'audit."""

from __future__ import annotations

import pytest

from cabinet_app.changes import Area
from cabinet_app.security.permissions import Permission
from cabinet_app.ui.main_window import PAGES
from tests.conftest import PASSWORD
from tests.ui.shell_support import logged_in_window, submit

ADMIN_PAGES = ("Utilisateurs", "Journal d'audit")


def nav_headings(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())
            if window.nav.item(i).text() not in window.nav_labels()]


@pytest.mark.parametrize("login", ["secretaire", "dr.bernard", "dr.petit", "ines.roux"])
def test_without_admin_rights_only_patients_appear(qtbot, cabinet, login):
    _shell, window = logged_in_window(qtbot, cabinet, login)
    labels = window.nav_labels()
    assert "Patients" in labels
    assert not set(ADMIN_PAGES) & set(labels)
    assert "patients" in window.pages and not {"users", "audit"} & set(window.pages)
    assert "Administration" not in nav_headings(window)


def test_the_admin_sees_users_and_audit_log(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "admin")
    labels = window.nav_labels()
    assert labels[:3] == ["Rendez-vous", "Planning", "Patients"]  # the secretary's day comes first
    assert labels[-2:] == list(ADMIN_PAGES)  # under their heading, at the end
    assert "Administration" in nav_headings(window)
    assert window.user_label.text() == "Administratrice — Secrétaire médicale, administrateur"
    for key in ("users", "audit"):
        assert window.show_page(key) is window.current_page()


def test_every_registered_page_needs_a_permission_and_has_the_contract():
    permissions = {spec.key: spec.permission for spec in PAGES}
    assert permissions["patients"] is Permission.PATIENT_READ
    assert permissions["users"] is Permission.USERS_MANAGE
    assert permissions["audit"] is Permission.AUDIT_READ
    for spec in PAGES:
        assert callable(getattr(spec.factory, "refresh", None))
        assert callable(getattr(spec.factory, "clear", None))


def test_a_doctor_sees_the_role_in_the_status_bar(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "dr.bernard")
    assert window.user_label.text() == "Dr Claire Bernard — Médecin titulaire"


def test_pages_follow_the_person_after_a_switch_of_user(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "admin")
    window.switch_user()
    submit(qtbot, window.lock_screen.form, PASSWORD, "secretaire")
    assert "Patients" in window.nav_labels()
    assert not set(ADMIN_PAGES) & set(window.nav_labels())


def test_only_an_admin_changes_the_lock_delay(qtbot, cabinet):
    shell, window = logged_in_window(qtbot, cabinet, "secretaire")
    dialog = window.show_preferences()
    assert not dialog.timeout_spin.isEnabled()
    window.switch_user()
    submit(qtbot, window.lock_screen.form, PASSWORD, "admin")
    dialog = window.show_preferences()
    assert dialog.timeout_spin.isEnabled() and dialog.timeout_spin.value() == 5
    dialog.timeout_spin.setValue(12)
    with qtbot.waitSignal(shell.ctx.changed, timeout=3000) as changed:
        dialog.save()
    assert changed.args == [Area.SETTINGS]
    assert window.watch.timeout_ms == 12 * 60_000


def test_the_status_bar_counts_the_gaps_ahead(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "secretaire")
    qtbot.waitUntil(lambda: window.gaps_label.text() != "")
    assert window.gaps_label.text().startswith("Créneaux non couverts (30 jours) : ")
    assert int(window.gaps_label.text().rsplit(" ", 1)[1]) > 0  # nobody is on the small cabinet's rota


def test_clinical_pages_follow_the_roles(qtbot, cabinet):
    _shell, secretary = logged_in_window(qtbot, cabinet, "secretaire")
    assert {"pack", "record", "review"}.isdisjoint(secretary.pages) and "handover_status" in secretary.pages
    _shell, doctor = logged_in_window(qtbot, cabinet, "dr.petit")
    assert {"pack", "record"} <= set(doctor.pages) and "review" not in doctor.pages
    _shell, titular = logged_in_window(qtbot, cabinet, "dr.bernard")
    assert {"pack", "record", "review", "handover_status"} <= set(titular.pages)


def test_a_doctor_arriving_on_a_rotation_lands_on_the_pack(qtbot, cabinet):
    from datetime import date, time, timedelta

    from cabinet_app.planning.calendar import at
    from cabinet_app.planning.rota_services import ShiftInput, create_shift

    from cabinet_app.planning.calendar import DEFAULT_HOURS, SiteCalendar

    today = date.today()
    if SiteCalendar(DEFAULT_HOURS).closed_reason(today):
        pytest.skip("the cabinet is closed today (Sunday or a public holiday): no rotation can start")
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(today, time(0)),
                                     at(today + timedelta(days=1), time(0)), note="arrivée"), accept_warnings=True)
        uow.commit()
    _shell, window = logged_in_window(qtbot, cabinet, "dr.bernard")
    assert window.current_page() is window.pages["pack"]
    _shell, other = logged_in_window(qtbot, cabinet, "dr.petit")  # not on the rota today
    assert other.current_page() is not other.pages["pack"]


@pytest.mark.parametrize("login", ["secretaire", "dr.bernard", "dr.petit", "ines.roux"])
def test_the_secretary_and_every_doctor_see_the_fees(qtbot, cabinet, login):
    _shell, window = logged_in_window(qtbot, cabinet, login)
    assert "Honoraires" in window.nav_labels() and "fees" in window.pages
    assert window.show_page("fees") is window.current_page()
