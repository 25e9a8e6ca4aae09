<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>ActLinesModel</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="51"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="51"/>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="52"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="52"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="64"/>
        <source>Acts and payments</source>
        <translation>Actes et règlements</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="87"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="88"/>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;raticien :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="89"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="90"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="93"/>
        <source>Code (G, VG, MEG, IK…), Enter to add</source>
        <translation>Code (G, VG, MEG, IK…), Entrée pour ajouter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="100"/>
        <source>One-way distance, for kilometric allowances (IK, IKM)</source>
        <translation>Distance aller, pour les indemnités kilométriques (IK, IKM)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="101"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="102"/>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="104"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="106"/>
        <source>Distance:</source>
        <translation>Distance :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="124"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="144"/>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="146"/>
        <source>Cas&amp;h:</source>
        <translation>Esp&amp;èces :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="146"/>
        <source>C&amp;heque:</source>
        <translation>C&amp;hèque :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="146"/>
        <source>Car&amp;d:</source>
        <translation>Car&amp;te :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="147"/>
        <source>AMO expected:</source>
        <translation>AMO attendu :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="147"/>
        <source>AMC expected:</source>
        <translation>AMC attendu :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="175"/>
        <source>(no patient)</source>
        <translation>(sans patient)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="207"/>
        <source>unknown at this date</source>
        <translation>inconnu à cette date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="220"/>
        <source>The code %1 is not in the catalogue on %2.</source>
        <translation>Le code %1 n&apos;existe pas dans la nomenclature au %2.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="226"/>
        <source>Type the one-way distance in km before adding %1.</source>
        <translation>Saisissez la distance aller en km avant d&apos;ajouter %1.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="275"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="278"/>
        <source>Rest: amounts are not valid</source>
        <translation>Reste : montants non valides</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/acts_dialog.py" line="280"/>
        <source>Rest: %1</source>
        <translation>Reste : %1</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="23"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="24"/>
        <source>Replacement</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="25"/>
        <source>Intern</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="26"/>
        <source>Titular</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="27"/>
        <source>Salaried</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="31"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="32"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="33"/>
        <source>Login blocked</source>
        <translation>Connexion bloquée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="34"/>
        <source>Logout</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="35"/>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="36"/>
        <source>Unlock</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="37"/>
        <source>Record opened</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="38"/>
        <source>Patient created</source>
        <translation>Création du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="39"/>
        <source>Patient changed</source>
        <translation>Modification du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="40"/>
        <source>Patient deleted</source>
        <translation>Suppression du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="41"/>
        <source>Patient search</source>
        <translation>Recherche de patients</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="42"/>
        <source>User created</source>
        <translation>Création d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="43"/>
        <source>User changed</source>
        <translation>Modification d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="44"/>
        <source>Password changed</source>
        <translation>Changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="45"/>
        <source>User disabled</source>
        <translation>Désactivation d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="46"/>
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="47"/>
        <source>Appointment booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="48"/>
        <source>Appointment moved</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="49"/>
        <source>Appointment cancelled</source>
        <translation>Rendez-vous annulé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="50"/>
        <source>Sync conflict resolved</source>
        <translation>Conflit de synchronisation réglé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="54"/>
        <source>Fields changed: %1</source>
        <translation>Champs modifiés : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="55"/>
        <source>Failed attempts in a row: %1</source>
        <translation>Essais manqués d&apos;affilée : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="56"/>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="57"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="58"/>
        <source>account reactivated</source>
        <translation>compte réactivé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="59"/>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="60"/>
        <source>the account is disabled</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="61"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="62"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="63"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="156"/>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="157"/>
        <source>This account manages the other accounts. Everyone gets their own account.</source>
        <translation>Ce compte gère les autres comptes. Chaque personne a son propre compte.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="159"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="160"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="161"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="162"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmez le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="165"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="166"/>
        <source>Medical secretary</source>
        <translation>Secrétaire médicale</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="167"/>
        <source>Titular doctor</source>
        <translation>Médecin titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="182"/>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="184"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="185"/>
        <source>Last &amp;name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="186"/>
        <source>RPPS &amp;number:</source>
        <translation>Numéro &amp;RPPS :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="235"/>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/widgets.py" line="92"/>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Montant (€) :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/widgets.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/widgets.py" line="100"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/widgets.py" line="128"/>
        <source>Type an amount in euros, e.g. 21,50.</source>
        <translation>Saisissez un montant en euros, par exemple 21,50.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../cabinet_app/ui/context.py" line="87"/>
        <source>Cabinet</source>
        <extracomment>emitted with an :class:`~cabinet_app.changes.Area` after a command changed something emitted when the logged-in person changes (login, switch user, logout): SessionUser | None the worker of network sync and connection tests (the database runner when not given)</extracomment>
        <translation>Cabinet</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../cabinet_app/ui/app.py" line="174"/>
        <source>Database: %1
Log file: %2</source>
        <translation>Base de données : %1
Journal : %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/app.py" line="195"/>
        <source>An unexpected error occurred. What was already saved is kept. The details are in the log file:
%1</source>
        <translation>Une erreur inattendue s&apos;est produite. Ce qui était déjà enregistré est conservé. Le détail est dans le journal :
%1</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="49"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="50"/>
        <source>Book a patient with a practitioner on duty</source>
        <translation>Prendre un rendez-vous avec un praticien de garde</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="51"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="52"/>
        <source>Move the selected appointment (or drag it to another time)</source>
        <translation>Déplacer le rendez-vous sélectionné (ou le faire glisser vers un autre horaire)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="53"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="54"/>
        <source>Cancel the selected appointment, with a reason kept in the history</source>
        <translation>Annuler le rendez-vous sélectionné, avec un motif conservé dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="56"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="57"/>
        <source>The patient has arrived: to the waiting room</source>
        <translation>Le patient est arrivé : il passe en salle d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="58"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="58"/>
        <source>The patient has been seen</source>
        <translation>Le patient a été vu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="59"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="59"/>
        <source>The patient did not come</source>
        <translation>Le patient n&apos;est pas venu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="60"/>
        <source>Back to booked</source>
        <translation>Remettre à « prévu »</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="61"/>
        <source>Undo an arrival or a no-show entered by mistake</source>
        <translation>Annuler une arrivée ou une absence saisie par erreur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="62"/>
        <source>Patient history</source>
        <translation>Historique du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="63"/>
        <source>Every appointment of the selected patient</source>
        <translation>Tous les rendez-vous du patient sélectionné</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="64"/>
        <source>Reminder slip…</source>
        <translation>Fiche de rappel…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="65"/>
        <source>Save the patient&apos;s appointment reminder slip as a PDF</source>
        <translation>Enregistrer la fiche de rappel du rendez-vous en PDF</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="66"/>
        <source>Print the day…</source>
        <translation>Imprimer la journée…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="67"/>
        <source>Save the day&apos;s list as a PDF to print</source>
        <translation>Enregistrer la liste du jour en PDF, pour l&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="68"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="69"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="70"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="70"/>
        <source>Go to today</source>
        <translation>Revenir à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="71"/>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="71"/>
        <source>Only my patients of the day, in order</source>
        <translation>Seulement mes patients du jour, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="74"/>
        <source>Open the record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="75"/>
        <source>Open the selected patient&apos;s record</source>
        <translation>Ouvrir le dossier du patient sélectionné</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="76"/>
        <source>Appointment types…</source>
        <translation>Types de rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/actions.py" line="77"/>
        <source>The site&apos;s appointment types: names, durations and colours</source>
        <translation>Les types de rendez-vous du site : noms, durées et couleurs</translation>
    </message>
</context>
<context>
    <name>AppointmentDayBar</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/bars.py" line="45"/>
        <source>Show cancelled</source>
        <translation>Afficher les annulés</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/bars.py" line="74"/>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
</context>
<context>
    <name>AppointmentHistoryDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="105"/>
        <source>Appointments of %1</source>
        <translation>Rendez-vous de %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="128"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="140"/>
        <source>Appointments: %1</source>
        <translation>Rendez-vous : %1</translation>
    </message>
</context>
<context>
    <name>AppointmentLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="24"/>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="25"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="26"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="27"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="29"/>
        <source>To rebook</source>
        <translation>À replacer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="32"/>
        <source>Shift cancelled</source>
        <translation>Vacation annulée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="33"/>
        <source>Shift changed</source>
        <translation>Vacation modifiée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/labels.py" line="35"/>
        <source>overbooked</source>
        <translation>surbooking</translation>
    </message>
</context>
<context>
    <name>AppointmentPrinter</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/printing.py" line="32"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/printing.py" line="36"/>
        <source>Print the day</source>
        <translation>Imprimer la journée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/printing.py" line="37"/>
        <source>appointments-%1.pdf</source>
        <translation>rendez-vous-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/printing.py" line="43"/>
        <source>Reminder slip</source>
        <translation>Fiche de rappel</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/printing.py" line="43"/>
        <source>reminder-%1-%2.pdf</source>
        <translation>rappel-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>AppointmentSidePanel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/side_panel.py" line="85"/>
        <source>Rebook…</source>
        <translation>Replacer…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/side_panel.py" line="87"/>
        <source>Book the selected appointment again (another time or doctor)</source>
        <translation>Reprendre le rendez-vous sélectionné (autre horaire ou autre médecin)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/side_panel.py" line="93"/>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/side_panel.py" line="94"/>
        <source>To rebook</source>
        <translation>À replacer</translation>
    </message>
</context>
<context>
    <name>AppointmentTypesDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="147"/>
        <source>Colour of the appointment type</source>
        <translation>Couleur du type de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="152"/>
        <source>Appointment types</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="173"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="209"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="212"/>
        <source>Choose the colour shown in the appointment book</source>
        <translation>Choisir la couleur affichée dans l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="214"/>
        <source>Offered when booking</source>
        <translation>Proposé à la prise de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="217"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="218"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="219"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="220"/>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="221"/>
        <source>Active:</source>
        <translation>Actif :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="222"/>
        <source>New type</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="224"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="329"/>
        <source>Appointment type saved: %1 (%2 min).</source>
        <translation>Type de rendez-vous enregistré : %1 (%2 min).</translation>
    </message>
</context>
<context>
    <name>AppointmentTypesModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="60"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="61"/>
        <source>Long consultation</source>
        <translation>Consultation longue</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="62"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="63"/>
        <source>Teleconsultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="64"/>
        <source>Urgent slot</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="80"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="81"/>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="82"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/types_dialog.py" line="83"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="65"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="240"/>
        <source>Nobody on duty at this site on this day.</source>
        <translation>Aucun praticien de garde à ce cabinet ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="244"/>
        <source>On duty: %1 · appointments: %2 · in the waiting room: %3</source>
        <translation>De garde : %1 · rendez-vous : %2 · en salle d&apos;attente : %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="372"/>
        <source>Appointment cancelled: %1, %2 (%3).</source>
        <translation>Rendez-vous annulé : %1, le %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="387"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/page.py" line="437"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_flow.py" line="26"/>
        <source>Appointment saved: %1, %2 with %3.</source>
        <translation>Rendez-vous enregistré : %1, le %2 avec %3.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_flow.py" line="27"/>
        <source>%1

Move it anyway?</source>
        <translation>%1

Le déplacer quand même ?</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="66"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="71"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="77"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="81"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="83"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="194"/>
        <source>The latest %1 entries are shown: narrow the filters.</source>
        <translation>Les %1 dernières entrées sont affichées : affinez les filtres.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/audit_page.py" line="196"/>
        <source>Entries: %1</source>
        <translation>Entrées : %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="167"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="168"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="169"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="170"/>
        <source>Patient / target</source>
        <translation>Patient / cible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="171"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AutofillDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="60"/>
        <source>Auto-fill</source>
        <extracomment>emitted with the number of shifts saved</extracomment>
        <translation>Remplissage automatique</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="87"/>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="90"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="90"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="91"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="92"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="96"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="98"/>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="101"/>
        <source>Shifts proposed (uncheck those you do not want):</source>
        <translation>Vacations proposées (décochez celles dont vous ne voulez pas) :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="109"/>
        <source>Accept the selection</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="75"/>
        <source>Could not be covered:</source>
        <translation>Non couvert :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="124"/>
        <source>Choose at least one site.</source>
        <translation>Choisissez au moins un site.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="127"/>
        <source>Looking for a rota…</source>
        <translation>Recherche d&apos;un planning…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="139"/>
        <source>%1 shift(s) proposed, %2 slot(s) left uncovered.</source>
        <translation>%1 vacation(s) proposée(s), %2 créneau(x) restant(s) non couvert(s).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="145"/>
        <source>Proposal: optimal.</source>
        <translation>Proposition : optimale.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="149"/>
        <source>Proposal: feasible, within %1 % of the optimum.</source>
        <translation>Proposition : réalisable, à %1 % de l&apos;optimum.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="151"/>
        <source>Nothing to fill: every opening period of this period is covered.</source>
        <translation>Rien à remplir : toutes les heures d&apos;ouverture de la période sont couvertes.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="152"/>
        <source>No proposal found in the time allowed.</source>
        <translation>Aucune proposition trouvée dans le temps imparti.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="158"/>
        <source>Check at least one shift to accept.</source>
        <translation>Cochez au moins une vacation à accepter.</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="71"/>
        <source>Availabilities</source>
        <extracomment>emitted with each AvailabilityInfo saved</extracomment>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="85"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="85"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="87"/>
        <source>Any site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="90"/>
        <source>Preferred (auto-fill chooses it first)</source>
        <translation>Préférée (le remplissage automatique la choisit d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="93"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="98"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="101"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="102"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="103"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="104"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="105"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/availability_dialog.py" line="107"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="121"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="124"/>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="125"/>
        <source>Patient: %1 — booked %2</source>
        <translation>Patient : %1 — rendez-vous du %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="138"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="143"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="154"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="158"/>
        <source>Practitioner on duty</source>
        <translation>Praticien de garde</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="175"/>
        <source>Next free slot</source>
        <translation>Prochain créneau libre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="177"/>
        <source>The first free time long enough for this type, from the date shown</source>
        <translation>Le premier créneau libre assez long pour ce type, à partir de la date affichée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="179"/>
        <source>with this practitioner only</source>
        <translation>avec ce praticien seulement</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="164"/>
        <source>Overbooking: accept an overlap with another appointment</source>
        <translation>Surbooking : accepter un chevauchement avec un autre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="169"/>
        <source>Administrative note (never clinical)</source>
        <translation>Note administrative (jamais médicale)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="171"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="191"/>
        <source>Book</source>
        <translation>Prendre le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="191"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="193"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="206"/>
        <source>Patient: name, birth date (dd/mm/yyyy) or NIR</source>
        <translation>Patient : nom, date de naissance (jj/mm/aaaa) ou NIR</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="210"/>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="233"/>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="287"/>
        <source>No patient chosen</source>
        <translation>Aucun patient choisi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="289"/>
        <source>Patient: %1, born on %2</source>
        <translation>Patient : %1, né(e) le %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="303"/>
        <source>No patient found: check the spelling, or create the patient.</source>
        <translation>Aucun patient trouvé : vérifiez l&apos;orthographe, ou créez le patient.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="348"/>
        <source>Nobody on duty that day</source>
        <translation>Aucun praticien de garde ce jour-là</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="379"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="380"/>
        <source>Free: %1</source>
        <translation>Libre : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="397"/>
        <source>No free slot for this type in the next 60 days.</source>
        <translation>Aucun créneau libre pour ce type dans les 60 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="410"/>
        <source>Next free slot: %1 at %2 with %3</source>
        <translation>Prochain créneau libre : %1 à %2 avec %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="438"/>
        <source>Choose a patient (type a name), or create one with &quot;New patient&quot;.</source>
        <translation>Choisissez un patient (tapez son nom), ou créez-le avec « Nouveau patient ».</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="440"/>
        <source>Choose the type of appointment.</source>
        <translation>Choisissez le type de rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="442"/>
        <source>Choose a practitioner on duty.</source>
        <translation>Choisissez un praticien de garde.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/booking_dialog.py" line="484"/>
        <source>%1

Save it anyway?</source>
        <translation>%1

L&apos;enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>CabinetGuideDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/guide_dialog.py" line="22"/>
        <source>Cabinet guide</source>
        <translation>Guide du cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/guide_dialog.py" line="28"/>
        <source>Door code, alarm, keys…</source>
        <translation>Code de la porte, alarme, clés…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/guide_dialog.py" line="29"/>
        <source>Names and phone numbers</source>
        <translation>Noms et numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/guide_dialog.py" line="30"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/guide_dialog.py" line="33"/>
        <source>Site</source>
        <translation>Cabinet</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="38"/>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="62"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="41"/>
        <source>%1, %2 with %3 (%4).</source>
        <translation>%1, le %2 avec %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="46"/>
        <source>Reason (kept in the patient&apos;s history):</source>
        <translation>Motif (conservé dans l&apos;historique du patient) :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="52"/>
        <source>Patient&apos;s request</source>
        <translation>À la demande du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="52"/>
        <source>Patient in hospital</source>
        <translation>Patient hospitalisé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="53"/>
        <source>Cancelled by the practice</source>
        <translation>Annulé par le cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="53"/>
        <source>Booked by mistake</source>
        <translation>Erreur de saisie</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/dialogs.py" line="63"/>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
</context>
<context>
    <name>CancelShiftDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="240"/>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="248"/>
        <source>Cancel the shift</source>
        <translation>Annuler la vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="246"/>
        <source>Why (kept with the cancelled shift)</source>
        <translation>Pourquoi (gardé avec la vacation annulée)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="249"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="253"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="263"/>
        <source>Give a reason: it is kept with the cancelled shift.</source>
        <translation>Indiquez un motif : il est gardé avec la vacation annulée.</translation>
    </message>
</context>
<context>
    <name>CashUpTab</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="115"/>
        <source>&amp;New act…</source>
        <translation>&amp;Nouvel acte…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="117"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="119"/>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="170"/>
        <source>Cash %1 · Cheques %2 · Cards %3 = collected %4 | Tiers payant expected %5 (AMO %6, AMC %7) | Billed %8 — %9</source>
        <translation>Espèces %1 · Chèques %2 · Cartes %3 = encaissé %4 | Tiers payant attendu %5 (AMO %6, AMC %7) | Facturé %8 — %9</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="175"/>
        <source>balanced</source>
        <translation>caisse équilibrée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="175"/>
        <source>NOT balanced</source>
        <translation>caisse NON équilibrée</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="55"/>
        <source>Welcome to Cabinet</source>
        <translation>Bienvenue dans Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="56"/>
        <source>How does this computer start?</source>
        <translation>Comment ce poste démarre-t-il ?</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="57"/>
        <source>&amp;Create a new practice</source>
        <translation>&amp;Créer un nouveau cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="61"/>
        <source>&amp;Join the parent practice (this computer joins an existing practice)</source>
        <translation>&amp;Rejoindre le pôle mère (ce poste rejoint un cabinet existant)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="65"/>
        <source>The first computer of a practice: you describe its site and create the first administrator&apos;s account.</source>
        <translation>Le premier poste d&apos;un cabinet : vous décrivez son site et créez le compte du premier administrateur.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="69"/>
        <source>The practice already works with Cabinet: this computer gets the accounts, planning and patients of its site from the parent practice&apos;s database. People log in with their usual accounts.</source>
        <translation>Le cabinet travaille déjà avec Cabinet : ce poste reçoit les comptes, le planning et les patients de son site depuis la base du pôle mère. Chacun se connecte avec son compte habituel.</translation>
    </message>
</context>
<context>
    <name>ClinicalRecordPage</name>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="64"/>
        <source>Handover…</source>
        <extracomment>build the dialogs; tests may replace them to intercept the dialog</extracomment>
        <translation>Transmission…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="71"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="96"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="101"/>
        <source>Amend…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="102"/>
        <source>Correct one of your own notes: the original stays readable</source>
        <translation>Corriger une de vos notes : l&apos;original reste lisible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="116"/>
        <source>Open actions and pending results</source>
        <translation>Actions ouvertes et résultats en attente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="122"/>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="123"/>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="219"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — born on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — né(e) le %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="224"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="225"/>
        <source>Open actions and pending results (%1)</source>
        <translation>Actions ouvertes et résultats en attente (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="273"/>
        <source>Note signed.</source>
        <translation>Note signée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/record_page.py" line="304"/>
        <source>Handover sent.</source>
        <translation>Transmission envoyée.</translation>
    </message>
</context>
<context>
    <name>ClosureListModel</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="136"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="136"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="137"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="90"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="79"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="80"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="81"/>
        <source>Kept version</source>
        <translation>Version retenue</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="82"/>
        <source>Original version</source>
        <translation>Version d&apos;origine</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="31"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="32"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="33"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="34"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="35"/>
        <source>Kept version</source>
        <translation>Version retenue</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="36"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="63"/>
        <source>Show resolved conflicts</source>
        <translation>Afficher les conflits résolus</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="90"/>
        <source>&amp;Keep the kept version</source>
        <translation>&amp;Garder la version retenue</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="92"/>
        <source>&amp;Take my version back</source>
        <translation>&amp;Reprendre ma version</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="154"/>
        <source>&lt;b&gt;Sync conflicts&lt;/b&gt; — to decide: %1</source>
        <translation>&lt;b&gt;Conflits de synchronisation&lt;/b&gt; — à trancher : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="155"/>
        <source>&lt;b&gt;Sync conflicts&lt;/b&gt; — nothing to decide</source>
        <translation>&lt;b&gt;Conflits de synchronisation&lt;/b&gt; — rien à trancher</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="179"/>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Choisissez un conflit pour comparer les deux versions.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="189"/>
        <source>Parent practice&apos;s message: %1</source>
        <translation>Message du pôle mère : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/conflicts_page.py" line="208"/>
        <source>Conflict resolved (%1).</source>
        <translation>Conflit résolu (%1).</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="74"/>
        <source>Join the parent practice</source>
        <translation>Rejoindre le pôle mère</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="75"/>
        <source>The practice already works with Cabinet: this computer gets its accounts, planning and patients from the parent practice&apos;s database.</source>
        <translation>Le cabinet travaille déjà avec Cabinet : ce poste reçoit ses comptes, son planning et ses patients depuis la base du pôle mère.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="77"/>
        <source>&amp;Connect &gt;</source>
        <translation>Se &amp;connecter &gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="87"/>
        <source>Parent practice&apos;s &amp;database:</source>
        <translation>&amp;Base du pôle mère :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="91"/>
        <source>Once this computer has joined, the password is kept in its secure keyring, never in the settings. Leave it empty if the address needs none.</source>
        <translation>Une fois ce poste rattaché, le mot de passe est gardé dans son trousseau sécurisé, jamais dans les réglages. Laissez-le vide si l&apos;adresse n&apos;en demande pas.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="115"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="134"/>
        <source>The parent practice&apos;s database has no site yet: create the practice on a computer of the parent practice and sync it first.</source>
        <translation>La base du pôle mère n&apos;a encore aucun site : créez d&apos;abord le cabinet sur un poste du pôle mère et synchronisez-le.</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="76"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="77"/>
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="77"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="78"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="78"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="79"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="79"/>
        <source>AMO</source>
        <translation>AMO</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="80"/>
        <source>AMC</source>
        <translation>AMC</translation>
    </message>
</context>
<context>
    <name>CosignModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="257"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="258"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="259"/>
        <source>Intern</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="260"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="261"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>DayBookModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/models.py" line="179"/>
        <source>Overlaps</source>
        <translation>Chevauchements</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/models.py" line="182"/>
        <source>Shifts: %1</source>
        <translation>Vacations : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/models.py" line="185"/>
        <source>Appointments overlapping those of the main column.</source>
        <translation>Rendez-vous qui chevauchent ceux de la colonne principale.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/models.py" line="239"/>
        <source>%1 free: double-click to book</source>
        <translation>%1 libre : double-cliquez pour prendre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/models.py" line="241"/>
        <source>%1 no shift</source>
        <translation>%1 : pas de vacation</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="147"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="148"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="149"/>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="150"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="151"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="281"/>
        <source>Arrived</source>
        <translation>Arrivé(e) le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="282"/>
        <source>Site</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="283"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="284"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="285"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="288"/>
        <source>Handover without synthesis</source>
        <translation>Transmission sans synthèse</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="289"/>
        <source>Open action not acknowledged</source>
        <translation>Action ouverte non prise en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="290"/>
        <source>Cabinet guide not read</source>
        <translation>Guide du cabinet non lu</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="25"/>
        <source>Accountant e&amp;xport…</source>
        <translation>E&amp;xport comptable…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="28"/>
        <source>Month:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="37"/>
        <source>My fees</source>
        <translation>Mes honoraires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="40"/>
        <source>Daily cash-up</source>
        <translation>Caisse du jour</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="42"/>
        <source>Tiers payant</source>
        <translation>Tiers payant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="45"/>
        <source>Titular&apos;s overview</source>
        <translation>Vue du titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="83"/>
        <source>Accountant export</source>
        <translation>Export comptable</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="84"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/page.py" line="86"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="292"/>
        <source>Cabinet — First start</source>
        <translation>Cabinet — Premier démarrage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="294"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="295"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="296"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="185"/>
        <source>Uncovered slots</source>
        <extracomment>emitted with the day of the gap chosen</extracomment>
        <translation>Créneaux non couverts</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="191"/>
        <source>%1 uncovered slot(s) in the next 30 days. Double-click one to show its week.</source>
        <translation>%1 créneau(x) non couvert(s) dans les 30 prochains jours. Double-cliquez sur l&apos;un d&apos;eux pour afficher sa semaine.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/autofill_dialog.py" line="195"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="63"/>
        <source>Handover: %1</source>
        <translation>Transmission : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="64"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="65"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="76"/>
        <source>&lt;h3&gt;Handover: %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Transmission : %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="77"/>
        <source>Who the patient is and what is going on (useful history, current treatment)</source>
        <translation>Qui est le patient, ce qui se passe (antécédents utiles, traitement en cours)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="79"/>
        <source>If … then … (what to watch, what to do if it happens)</source>
        <translation>Si … alors … (ce qu&apos;il faut surveiller, ce qu&apos;il faut faire si cela arrive)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="83"/>
        <source>Next doctor at this site (from the rota)</source>
        <translation>Médecin suivant à ce cabinet (d&apos;après le planning)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="84"/>
        <source>+ Add an action</source>
        <translation>+ Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="90"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="90"/>
        <source>Owner</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="90"/>
        <source>Due on</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="94"/>
        <source>&lt;b&gt;I&lt;/b&gt; — Illness severity</source>
        <translation>&lt;b&gt;I&lt;/b&gt; — Gravité</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="95"/>
        <source>&lt;b&gt;P&lt;/b&gt; — Patient summary</source>
        <translation>&lt;b&gt;P&lt;/b&gt; — Résumé du patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="102"/>
        <source>&lt;b&gt;A&lt;/b&gt; — Action list</source>
        <translation>&lt;b&gt;A&lt;/b&gt; — Actions à faire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="103"/>
        <source>&lt;b&gt;S&lt;/b&gt; — Situation: if … then …</source>
        <translation>&lt;b&gt;S&lt;/b&gt; — Conduite à tenir : si … alors …</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="104"/>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="105"/>
        <source>&lt;b&gt;S&lt;/b&gt; — The synthesis will be written by the doctor who receives the handover.</source>
        <translation>&lt;b&gt;S&lt;/b&gt; — La synthèse sera écrite par le médecin qui reçoit la transmission.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="140"/>
        <source>e.g. Check the fasting blood sugar</source>
        <translation>ex. Contrôler la glycémie à jeun</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="143"/>
        <source>Remove this action</source>
        <translation>Retirer cette action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/handover_dialog.py" line="214"/>
        <source>The handover is incomplete; nothing was sent:</source>
        <translation>La transmission est incomplète ; rien n&apos;a été envoyé :</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="135"/>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="136"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="137"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="138"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="139"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="140"/>
        <source>If … then …</source>
        <translation>Si … alors …</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="141"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>HandoverPackPage</name>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="77"/>
        <source>Site</source>
        <extracomment>build the dialogs; tests may replace them to intercept the dialog</extracomment>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="85"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="87"/>
        <source>&lt;b&gt;Handover pack&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier de relève&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="129"/>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="170"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="130"/>
        <source>Edit the guide…</source>
        <translation>Modifier le guide…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="157"/>
        <source>Restate or confirm…</source>
        <translation>Reformuler ou confirmer…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="171"/>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="283"/>
        <source>Nobody is on the rota at this site that day: the items are shown, nobody acknowledges them.</source>
        <translation>Personne n&apos;est au planning de ce cabinet ce jour-là : les éléments sont affichés, personne n&apos;en accuse réception.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="285"/>
        <source>Arriving: %1 (since %2) — leaving: %3</source>
        <translation>Arrivée : %1 (depuis le %2) — départ : %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="289"/>
        <source>This is %1&apos;s pack: only they acknowledge its items.</source>
        <translation>C&apos;est le dossier de %1 : seul(e) ce médecin en prend les éléments en compte.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="300"/>
        <source>To acknowledge: %1</source>
        <translation>À prendre en compte : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="303"/>
        <source>All acknowledged</source>
        <translation>Tout est pris en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="310"/>
        <source> — acknowledged</source>
        <translation> — pris en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="310"/>
        <source> — to acknowledge</source>
        <translation> — à prendre en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="311"/>
        <source>Cabinet guide</source>
        <translation>Guide du cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="313"/>
        <source>Patients to watch (%1)</source>
        <translation>Patients à surveiller (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="314"/>
        <source>Handovers received (%1, %2 without synthesis)</source>
        <translation>Transmissions reçues (%1, dont %2 sans synthèse)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="316"/>
        <source>Open actions (%1)</source>
        <translation>Actions ouvertes (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="317"/>
        <source>Pending results (%1)</source>
        <translation>Résultats en attente (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="383"/>
        <source>handover-pack-%1.pdf</source>
        <translation>dossier-de-releve-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="384"/>
        <source>Print the handover pack</source>
        <translation>Imprimer le dossier de relève</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="385"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/pack_page.py" line="401"/>
        <source>Pack saved in %1 (%2).</source>
        <translation>Dossier enregistré dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>HandoverStatusModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="320"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="321"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="322"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="323"/>
        <source>Acknowledged</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="325"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="326"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>HandoverStatusPage</name>
    <message>
        <location filename="../../cabinet_app/ui/records/status_page.py" line="48"/>
        <source>Cabinet guide…</source>
        <translation>Guide du cabinet…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/status_page.py" line="51"/>
        <source>&lt;b&gt;Handovers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transmissions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/status_page.py" line="53"/>
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/status_page.py" line="59"/>
        <source>Only the existence of each handover and its acknowledgement are shown here; its content is for the doctors.</source>
        <translation>Seules l&apos;existence de chaque transmission et sa prise en compte sont affichées ici ; son contenu est réservé aux médecins.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/status_page.py" line="111"/>
        <source>Handovers: %1, not acknowledged yet: %2</source>
        <translation>Transmissions : %1, pas encore prises en compte : %2</translation>
    </message>
</context>
<context>
    <name>JoinPages</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="52"/>
        <source>The parent practice&apos;s server refuses this login or password: check them and connect again.</source>
        <translation>Le serveur du pôle mère refuse cet identifiant ou ce mot de passe : vérifiez-les puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>JoinSitePage</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="163"/>
        <source>The site of this computer</source>
        <translation>Le site de ce poste</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="164"/>
        <source>Choose the practice this computer works for. Joining brings its accounts, planning and patients: it may take a few minutes.</source>
        <translation>Choisissez le cabinet pour lequel ce poste travaille. Le rejoindre apporte ses comptes, son planning et ses patients : cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="166"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="169"/>
        <source>Choose the site…</source>
        <translation>Choisissez le site…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="177"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="203"/>
        <source>Choose the site this computer works for.</source>
        <translation>Choisissez le site pour lequel ce poste travaille.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/join_pages.py" line="218"/>
        <source>Joining « %1 »: its accounts, planning and patients are coming from the parent practice…</source>
        <translation>Rattachement à « %1 » : ses comptes, son planning et ses patients arrivent du pôle mère…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../cabinet_app/ui/lock.py" line="121"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/lock.py" line="147"/>
        <source>Cabinet is locked</source>
        <translation>Cabinet verrouillé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/lock.py" line="148"/>
        <source>Session of %1. Type your password to go on, or switch user.</source>
        <translation>Session de %1. Saisissez votre mot de passe pour reprendre, ou changez d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/lock.py" line="154"/>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/lock.py" line="155"/>
        <source>Log in with your own account.</source>
        <translation>Connectez-vous avec votre propre compte.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="145"/>
        <source>Cabinet — Log in</source>
        <translation>Cabinet — Connexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="148"/>
        <source>Log in with your own account.</source>
        <translation>Connectez-vous avec votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="66"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="80"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="80"/>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="108"/>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/login.py" line="112"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="82"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="86"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="87"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="88"/>
        <source>Handover pack</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="90"/>
        <source>Clinical records</source>
        <translation>Dossiers médicaux</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="91"/>
        <source>Titular review</source>
        <translation>Revue du titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="92"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="94"/>
        <source>Handovers follow-up</source>
        <translation>Suivi des transmissions</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="96"/>
        <source>Fees</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="98"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="99"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="101"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="106"/>
        <source>Medical secretary</source>
        <translation>Secrétaire médicale</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="107"/>
        <source>Replacement doctor</source>
        <translation>Médecin remplaçant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="108"/>
        <source>Intern</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="109"/>
        <source>Titular doctor</source>
        <translation>Médecin titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="110"/>
        <source>Salaried doctor</source>
        <translation>Médecin salarié</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="123"/>
        <source>%1, administrator</source>
        <translation>%1, administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="153"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="180"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="181"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="186"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="187"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="188"/>
        <source>Sync se&amp;ttings…</source>
        <translation>Réglages de s&amp;ynchronisation…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="189"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="195"/>
        <source>&amp;About Cabinet</source>
        <translation>À &amp;propos de Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="271"/>
        <source>Uncovered slots (30 days): %1</source>
        <translation>Créneaux non couverts (30 jours) : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="333"/>
        <location filename="../../cabinet_app/ui/main_window.py" line="396"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="386"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="441"/>
        <source>Nobody logged in</source>
        <translation>Aucun utilisateur connecté</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="464"/>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="483"/>
        <source>About Cabinet</source>
        <translation>À propos de Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/main_window.py" line="484"/>
        <source>&lt;p&gt;&lt;b&gt;Cabinet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Practice management for a secondary medical practice: shared planning, handovers, fees and retrocessions.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cabinet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gestion d&apos;un cabinet médical secondaire : planning partagé, transmissions, honoraires et rétrocessions.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthPlanningModel</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="106"/>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="130"/>
        <source>Uncovered: %1</source>
        <translation>Non couverts : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="147"/>
        <source>uncovered %1</source>
        <translation>non couvert %1</translation>
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/my_day.py" line="29"/>
        <source>Double-click a patient, or Enter, to open the record.</source>
        <translation>Double-cliquez sur un patient, ou appuyez sur Entrée, pour ouvrir son dossier.</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="183"/>
        <source>New action: %1</source>
        <translation>Nouvelle action : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="185"/>
        <source>e.g. Call back with the blood test results</source>
        <translation>ex. Rappeler avec les résultats de la prise de sang</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="189"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="191"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="192"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="193"/>
        <source>Owner</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="194"/>
        <source>Due on</source>
        <translation>Pour le</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="54"/>
        <source>Examination, measurements…</source>
        <extracomment>the signed note (NoteInfo)</extracomment>
        <translation>Examen clinique, mesures…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="55"/>
        <source>Diagnosis, decision</source>
        <translation>Diagnostic, décision</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="56"/>
        <source>Drugs, tests, referrals</source>
        <translation>Médicaments, examens, adressages</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="57"/>
        <source>Anything else worth passing on</source>
        <translation>Tout ce qui mérite d&apos;être transmis</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="59"/>
        <source>Reason for the visit</source>
        <translation>Motif de la consultation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="60"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="60"/>
        <source>Findings</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="60"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="61"/>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="61"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="72"/>
        <source>Cancel the amendment</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="75"/>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="141"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="76"/>
        <source>Sign the note: it can no longer be changed, only amended</source>
        <translation>Signer la note : elle ne pourra plus être modifiée, seulement corrigée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="129"/>
        <source>Draft restored: it is not signed yet.</source>
        <translation>Brouillon restauré : il n&apos;est pas encore signé.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="176"/>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="180"/>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="188"/>
        <source>Sign or empty the note being written before amending another.</source>
        <translation>Signez ou videz la note en cours avant d&apos;en corriger une autre.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="194"/>
        <source>Amendment of the note of %1: the original stays readable beside it.</source>
        <translation>Correction de la note du %1 : l&apos;original reste lisible à côté.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="198"/>
        <source>Sign the amendment</source>
        <translation>Signer la correction</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/note_editor.py" line="230"/>
        <source>Note signed at %1.</source>
        <translation>Note signée le %1.</translation>
    </message>
</context>
<context>
    <name>NoteThreadModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="187"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="188"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="189"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="190"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="191"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="193"/>
        <source>Amended on %1</source>
        <translation>Corrigée le %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="194"/>
        <source>To co-sign</source>
        <translation>À co-signer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="195"/>
        <source>Co-signed by %1</source>
        <translation>Co-signée par %1</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="118"/>
        <source>Close an action</source>
        <translation>Clore une action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="121"/>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="124"/>
        <source>What was done, the result…</source>
        <translation>Ce qui a été fait, le résultat…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="125"/>
        <source>Close the action</source>
        <translation>Clore l&apos;action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="128"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="148"/>
        <source>Replacement</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="148"/>
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="149"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="149"/>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="150"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="150"/>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="151"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="114"/>
        <source>&amp;Open the statement…</source>
        <translation>&amp;Ouvrir le relevé…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="115"/>
        <source>&amp;Settle…</source>
        <translation>Ré&amp;gler…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="143"/>
        <source>No replacement under contract this month.</source>
        <translation>Aucun remplaçant sous contrat ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="148"/>
        <source>%1: %2 % kept, basis %3; retrocession %4, contribution %5; tiers payant outstanding %6</source>
        <translation>%1 : garde %2 %, assiette %3 ; rétrocession %4, redevance %5 ; tiers payant en attente %6</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="150"/>
        <source>billed</source>
        <translation>facturé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="150"/>
        <source>received</source>
        <translation>encaissé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="163"/>
        <source>Print the statement</source>
        <translation>Imprimer le relevé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="164"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="173"/>
        <source>Settle the retrocession</source>
        <translation>Régler la rétrocession</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="174"/>
        <source>%1 → %2, balance %3</source>
        <translation>%1 → %2, solde %3</translation>
    </message>
</context>
<context>
    <name>OwnFeesTab</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="34"/>
        <source>&amp;New act…</source>
        <translation>&amp;Nouvel acte…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="35"/>
        <source>&amp;Print the statement…</source>
        <translation>&amp;Imprimer le relevé…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="68"/>
        <source>%1 consultation(s): billed %2, collected from patients %3, tiers payant expected %4</source>
        <translation>%1 consultation(s) : facturé %2, encaissé des patients %3, tiers payant attendu %4</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="78"/>
        <source>Statement: base %1, you keep %2, due to %3: %4, settled %5, balance %6</source>
        <translation>Relevé : assiette %1, vous gardez %2, dû à %3 : %4, réglé %5, solde %6</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="94"/>
        <source>Print the statement</source>
        <translation>Imprimer le relevé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/tabs.py" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PackActionModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="76"/>
        <source>Ack.</source>
        <extracomment>the columns of free text, which share the width left</extracomment>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="77"/>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="78"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="79"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="80"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="81"/>
        <source>Owner</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="84"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="85"/>
        <source>To acknowledge</source>
        <translation>À prendre en compte</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="208"/>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="209"/>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="211"/>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="212"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="213"/>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="222"/>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="98"/>
        <source>Patient: %1</source>
        <extracomment>the text fields of the form and their maximum length (the database columns&apos;) every field in the order of the form (the first one with a problem gets the focus) emitted with the saved PatientInfo, just before the dialog closes</extracomment>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="100"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="117"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="118"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="118"/>
        <source>Used name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="119"/>
        <source>Birth first names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="119"/>
        <source>Used first name</source>
        <translation>Prénom d&apos;usage</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="120"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="120"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="121"/>
        <source>Birth place (INSEE code)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="121"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="122"/>
        <source>Identity status (INS)</source>
        <translation>Statut de l&apos;identité (INS)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="124"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="125"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="125"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="126"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="126"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="126"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="128"/>
        <source>Regular doctor (médecin traitant)</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="129"/>
        <source>Practitioner of the practice</source>
        <translation>Praticien du cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="130"/>
        <source>Or another doctor</source>
        <translation>Ou un autre médecin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="135"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="151"/>
        <source>None, or another doctor (below)</source>
        <translation>Aucun, ou un autre médecin (ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="158"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="159"/>
        <source>e.g. 85163, or 99 + country code abroad</source>
        <translation>ex. 85163, ou 99 + code du pays à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="160"/>
        <source>13 characters + 2-digit key</source>
        <translation>13 caractères + clé de 2 chiffres</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="161"/>
        <source>e.g. 85430</source>
        <translation>ex. 85430</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="162"/>
        <source>Name and town of the doctor</source>
        <translation>Nom et commune du médecin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="189"/>
        <source>Practitioner no longer listed</source>
        <translation>Praticien qui n&apos;est plus dans la liste</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="199"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/dialog.py" line="304"/>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez ce qui est signalé en rouge.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="118"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="119"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="120"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="121"/>
        <source>Reason or note</source>
        <translation>Motif ou note</translation>
    </message>
</context>
<context>
    <name>PatientLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="21"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="22"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="23"/>
        <source>Indeterminate</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="26"/>
        <source>No INS (identity not qualified)</source>
        <translation>Pas d&apos;INS (identité non qualifiée)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="27"/>
        <source>Provisional identity (PROV)</source>
        <translation>Identité provisoire (PROV)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="28"/>
        <source>Recovered identity (RECUP)</source>
        <translation>Identité récupérée (RECUP)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="29"/>
        <source>Validated identity (VALI)</source>
        <translation>Identité validée (VALI)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="30"/>
        <source>Qualified identity (QUAL)</source>
        <translation>Identité qualifiée (QUAL)</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="62"/>
        <source>First name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="63"/>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="64"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="65"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="66"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/model.py" line="67"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="76"/>
        <source>Search: name, birth date (dd/mm/yyyy) or NIR</source>
        <extracomment>builds the patient dialog; tests may replace it to intercept the dialog</extracomment>
        <translation>Rechercher : nom, date de naissance (jj/mm/aaaa) ou NIR</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="80"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="82"/>
        <location filename="../../cabinet_app/ui/patients/page.py" line="127"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="127"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="183"/>
        <source>The first %1 patients are shown: refine the search.</source>
        <translation>Les %1 premiers patients sont affichés : précisez la recherche.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/patients/page.py" line="185"/>
        <source>Patients found: %1</source>
        <translation>Patients trouvés : %1</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="78"/>
        <source>Recurring shift</source>
        <translation>Vacation récurrente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="96"/>
        <source>Morning (08:00–12:00)</source>
        <translation>Matin (08:00–12:00)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="97"/>
        <source>Afternoon (14:00–19:00)</source>
        <translation>Après-midi (14:00–19:00)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="98"/>
        <source>Other times</source>
        <translation>Autres horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="105"/>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="106"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="107"/>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="113"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="120"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="126"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="127"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="128"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="129"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="130"/>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="131"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="132"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="132"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="185"/>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="188"/>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="202"/>
        <source>No date: this weekday does not occur in the period.</source>
        <translation>Aucune date : ce jour de la semaine ne tombe pas dans la période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="192"/>
        <source>%n date(s): </source>
        <translation>
            <numerusform>%n date : </numerusform>
            <numerusform>%n dates : </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="193"/>
        <source>The days the site is closed (public holidays, closures) will be skipped.</source>
        <translation>Les jours où le site est fermé (jours fériés, fermetures) seront sautés.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="199"/>
        <source>Choose a site and a practitioner.</source>
        <translation>Choisissez un site et un praticien.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="216"/>
        <source>%1

Create anyway?</source>
        <translation>%1

Créer quand même ?</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="103"/>
        <source>Shift saved.</source>
        <extracomment>build the dialogs; tests may replace them to intercept the dialog the dialog open now (one at a time)</extracomment>
        <translation>Vacation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="113"/>
        <source>Shift changed.</source>
        <translation>Vacation modifiée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="121"/>
        <source>Shift cancelled (kept in the history).</source>
        <translation>Vacation annulée (gardée dans l&apos;historique).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="130"/>
        <source>Shift moved.</source>
        <translation>Vacation déplacée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="136"/>
        <source>%1

Save anyway?</source>
        <translation>%1

Enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="150"/>
        <source>Opening hours and site settings saved.</source>
        <translation>Horaires et réglages du site enregistrés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/actions.py" line="163"/>
        <source>%n shift(s) created by the recurring pattern.</source>
        <translation>
            <numerusform>%n vacation créée par la vacation récurrente.</numerusform>
            <numerusform>%n vacations créées par la vacation récurrente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="186"/>
        <source>%1 shift(s) added by auto-fill.</source>
        <translation>%1 vacation(s) ajoutée(s) par le remplissage automatique.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="225"/>
        <source>Export the dates (ICS)</source>
        <translation>Exporter les dates (ICS)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="226"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="242"/>
        <source>Print the month (PDF)</source>
        <translation>Imprimer le mois (PDF)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="243"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="250"/>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/actions.py" line="255"/>
        <source>The file %1 cannot be written (%2). Choose another place.</source>
        <translation>Le fichier %1 ne peut pas être écrit (%2). Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>PlanningLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="24"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="24"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="25"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="25"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="26"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="26"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="27"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="30"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="30"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="31"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="31"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="32"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="32"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="33"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="36"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="36"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="37"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="37"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="38"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="38"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="39"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="39"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="40"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="40"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="41"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="41"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="44"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="45"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="48"/>
        <source>Public holiday: %1</source>
        <translation>Jour férié : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="49"/>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="50"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="53"/>
        <source>nobody said they were available</source>
        <translation>personne ne s&apos;est dit disponible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="54"/>
        <source>the volunteers are placed elsewhere at that time</source>
        <translation>les volontaires sont placés ailleurs à ce moment</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="55"/>
        <source>the volunteers already work elsewhere at that time</source>
        <translation>les volontaires sont déjà en vacation ailleurs à ce moment</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="56"/>
        <source>no active replacement contract</source>
        <translation>pas de contrat de remplacement actif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="57"/>
        <source>no supervisor reachable for the intern</source>
        <translation>pas de maître de stage joignable pour l&apos;interne</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="58"/>
        <source>the site is closed</source>
        <translation>le cabinet est fermé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/labels.py" line="60"/>
        <source>on call</source>
        <translation>astreinte</translation>
    </message>
</context>
<context>
    <name>PlanningLists</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="45"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="94"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="150"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="45"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="94"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="150"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="46"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="95"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="151"/>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="46"/>
        <source>Present / required</source>
        <translation>Présents / requis</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="58"/>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="95"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="58"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="59"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="59"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="84"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="86"/>
        <source>Available (preferred)</source>
        <translation>Disponible (préférée)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="87"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="151"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/list_models.py" line="152"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="74"/>
        <source>Planning</source>
        <extracomment>the number of uncovered slots in the next 30 days, after each reload asks a yes/no question (warnings: « Enregistrer quand même ? »); tests replace it</extracomment>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="116"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="116"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="116"/>
        <source>My dates</source>
        <translation>Mes dates</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="127"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="128"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="149"/>
        <source>Show the gaps…</source>
        <translation>Voir les créneaux…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="140"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="124"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="125"/>
        <source>Previous (Alt+Left or Page Up)</source>
        <translation>Précédent (Alt+Gauche ou Page précédente)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="131"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="132"/>
        <source>Next (Alt+Right or Page Down)</source>
        <translation>Suivant (Alt+Droite ou Page suivante)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="159"/>
        <source>New shift</source>
        <translation>Nouvelle vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="160"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="161"/>
        <source>Cancel the shift</source>
        <translation>Annuler la vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="162"/>
        <source>Availabilities</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="163"/>
        <source>Auto-fill</source>
        <translation>Remplissage automatique</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="164"/>
        <source>Recurring shift…</source>
        <translation>Vacation récurrente…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="165"/>
        <source>Opening hours and closures…</source>
        <translation>Horaires et fermetures…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="166"/>
        <source>Export ICS…</source>
        <translation>Exporter ICS…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="167"/>
        <source>Print the month…</source>
        <translation>Imprimer le mois…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="212"/>
        <source>Availabilities entered for this period</source>
        <translation>Disponibilités saisies pour cette période</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="347"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="372"/>
        <source>Week %1, %2 to %3</source>
        <translation>Semaine %1, du %2 au %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="381"/>
        <source>My coming dates</source>
        <translation>Mes prochaines dates</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/page.py" line="401"/>
        <source>No uncovered slot in the next 30 days</source>
        <translation>Aucun créneau non couvert dans les 30 prochains jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/page.py" line="404"/>
        <source>%n uncovered slot(s) in the next 30 days</source>
        <translation>
            <numerusform>%n créneau non couvert dans les 30 prochains jours</numerusform>
            <numerusform>%n créneaux non couverts dans les 30 prochains jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PractitionerDatesModel</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="183"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="183"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="183"/>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="183"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="204"/>
        <source>On call</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/month_models.py" line="204"/>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="57"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="66"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="67"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="77"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouillage après inactivité :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="79"/>
        <source>Only an administrator can change this delay.</source>
        <translation>Seul un administrateur peut modifier ce délai.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="81"/>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/settings_dialog.py" line="84"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="107"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="108"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="109"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="109"/>
        <location filename="../../cabinet_app/ui/fees/models.py" line="113"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="110"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="111"/>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="111"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="114"/>
        <source>Partly received</source>
        <translation>Reçu en partie</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/models.py" line="115"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="26"/>
        <source>&amp;Overdue only (more than 30 days)</source>
        <translation>Seulement en re&amp;tard (plus de 30 jours)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="27"/>
        <source>&amp;Received…</source>
        <translation>&amp;Reçu…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="28"/>
        <source>Re&amp;jected…</source>
        <translation>Re&amp;jeté…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="54"/>
        <source>%1 outstanding, %2 overdue (%3)</source>
        <translation>%1 en attente, %2 en retard (%3)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="68"/>
        <source>%1, %2 of %3: outstanding %4</source>
        <translation>%1, %2 du %3 : restant dû %4</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="71"/>
        <source>Tiers payant received</source>
        <translation>Tiers payant reçu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="81"/>
        <source>Tiers payant rejected</source>
        <translation>Tiers payant rejeté</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/fees/ledger_tabs.py" line="82"/>
        <source>The outstanding %1 will be written off as rejected.</source>
        <translation>Le restant dû de %1 sera passé en rejet.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="21"/>
        <source>Illness severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="22"/>
        <source>Patient summary:</source>
        <translation>Résumé du patient :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="23"/>
        <source>Action list:</source>
        <translation>Actions à faire :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="24"/>
        <source>Situation awareness, if … then …:</source>
        <translation>Conduite à tenir, si … alors … :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="25"/>
        <source>Synthesis by the receiver:</source>
        <translation>Synthèse du médecin qui reçoit :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="26"/>
        <source>No synthesis yet.</source>
        <translation>Pas encore de synthèse.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="27"/>
        <source>Handover of %1 by %2, for %3</source>
        <translation>Transmission du %1 par %2, pour : %3</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="28"/>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="29"/>
        <source>closed on %1: %2</source>
        <translation>close le %1 : %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="30"/>
        <source>Signed off by %1.</source>
        <translation>Validée par %1.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="31"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="32"/>
        <source>Findings:</source>
        <translation>Examen :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="33"/>
        <source>Conclusion:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="34"/>
        <source>Prescriptions:</source>
        <translation>Prescriptions :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="35"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="36"/>
        <source>Note of %1, signed by %2</source>
        <translation>Note du %1, signée par %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="37"/>
        <source>Amendment of %1, signed by %2</source>
        <translation>Correction du %1, signée par %2</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="38"/>
        <source>To co-sign by a titular</source>
        <translation>À co-signer par un médecin titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="39"/>
        <source>Co-signed by %1</source>
        <translation>Co-signée par %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/documents.py" line="40"/>
        <source>Nothing written yet.</source>
        <translation>Rien n&apos;est encore écrit.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="30"/>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="31"/>
        <source>Watcher</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="32"/>
        <source>Unstable</source>
        <translation>Instable</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="43"/>
        <source>Action</source>
        <extracomment>background of a severity (button checked, table cell) the strong colour of a severity (the edge of its button)</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="44"/>
        <source>Lab result</source>
        <translation>Résultat de laboratoire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="45"/>
        <source>Imaging result</source>
        <translation>Résultat d&apos;imagerie</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="46"/>
        <source>Expected letter</source>
        <translation>Courrier attendu</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="49"/>
        <source>Access, door and alarm codes, keys</source>
        <translation>Accès, codes de porte et d&apos;alarme, clés</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="50"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="51"/>
        <source>Pharmacy, laboratory, nurses, radiology</source>
        <translation>Pharmacie, laboratoire, infirmiers, radiologie</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="52"/>
        <source>Specialists to refer to</source>
        <translation>Spécialistes correspondants</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="53"/>
        <source>Local protocols</source>
        <translation>Protocoles locaux</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="55"/>
        <source>Next doctor</source>
        <translation>Médecin suivant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/common.py" line="56"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>RecordSearchPanel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/search_panel.py" line="40"/>
        <source>Patients</source>
        <extracomment>a patient to open, and the note or handover a search hit points to (or None)</extracomment>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/search_panel.py" line="41"/>
        <source>Search the records</source>
        <translation>Recherche dans les dossiers</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/search_panel.py" line="58"/>
        <source>Patient: name, birth date (dd/mm/yyyy) or NIR</source>
        <translation>Patient : nom, date de naissance (jj/mm/aaaa) ou NIR</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/search_panel.py" line="81"/>
        <source>Words in the notes and handovers (accents ignored)</source>
        <translation>Mots des notes et transmissions (sans tenir compte des accents)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/search_panel.py" line="128"/>
        <source>Found: %1</source>
        <translation>Trouvés : %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="55"/>
        <source>Sign off</source>
        <extracomment>&quot;now&quot; for the escalations (one working day after arriving); tests may set it</extracomment>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="59"/>
        <source>Co-sign</source>
        <translation>Co-signer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="67"/>
        <source>Items the arriving doctor has not acknowledged one working day after arriving: call them, or see to it.</source>
        <translation>Éléments que le médecin arrivé n&apos;a pas pris en compte un jour ouvré après son arrivée : appelez-le, ou prenez-les en charge.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="71"/>
        <source>Cabinet guide…</source>
        <translation>Guide du cabinet…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="72"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="74"/>
        <source>&lt;b&gt;Review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relecture&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="127"/>
        <source>Handovers to sign off (%1)</source>
        <translation>Transmissions à valider (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="127"/>
        <source>Notes to co-sign (%1)</source>
        <translation>Notes à co-signer (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="128"/>
        <source>Not acknowledged (%1)</source>
        <translation>Non pris en compte (%1)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="190"/>
        <source>Handover signed off.</source>
        <translation>Transmission validée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/review_page.py" line="198"/>
        <source>Note co-signed.</source>
        <translation>Note co-signée.</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="235"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="236"/>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="237"/>
        <source>Extract</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="239"/>
        <source>Handover</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/models.py" line="240"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="83"/>
        <source>Edit the shift</source>
        <extracomment>preset → (start time, days from the first day to the last, end time) emitted with the saved ShiftInfo, just before the dialog closes</extracomment>
        <translation>Modifier la vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="83"/>
        <source>New shift</source>
        <translation>Nouvelle vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="101"/>
        <source>Morning (08:00–12:00)</source>
        <translation>Matin (08:00–12:00)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="101"/>
        <source>Afternoon (14:00–19:00)</source>
        <translation>Après-midi (14:00–19:00)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="102"/>
        <source>Whole day (08:00–19:00)</source>
        <translation>Journée (08:00–19:00)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="102"/>
        <source>Week (Monday 08:00 to Saturday noon)</source>
        <translation>Semaine (lundi 08:00 au samedi midi)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="103"/>
        <source>Other times</source>
        <translation>Autres horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="112"/>
        <source>On call (reachable for an intern&apos;s supervision)</source>
        <translation>Astreinte (joignable pour superviser un interne)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="116"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="117"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="122"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="123"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="124"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="125"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="126"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/shift_dialogs.py" line="212"/>
        <source>%1

Save anyway?</source>
        <translation>%1

Enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="119"/>
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="120"/>
        <source>This computer works for this site. The other sites can be added later.</source>
        <translation>Cet ordinateur travaille pour ce site. Les autres sites pourront être ajoutés plus tard.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="123"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="124"/>
        <source>Secondary practice</source>
        <translation>Cabinet secondaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="125"/>
        <source>Parent practice</source>
        <translation>Pôle mère</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="126"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="127"/>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="129"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="130"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/first_run.py" line="131"/>
        <source>&amp;Minimum practitioners present:</source>
        <translation>Praticiens présents au &amp;minimum :</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="197"/>
        <source>Opening hours and closures</source>
        <translation>Horaires et fermetures</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="211"/>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="215"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="213"/>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="214"/>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="218"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="219"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="236"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="237"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="248"/>
        <source>Restore the default hours</source>
        <translation>Rétablir les horaires par défaut</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="250"/>
        <source>Public holidays are closed days anyway; exceptional closures are in the next tab.</source>
        <translation>Les jours fériés sont fermés de toute façon ; les fermetures exceptionnelles sont dans l&apos;onglet suivant.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="274"/>
        <source>Reason (works, holidays…)</source>
        <translation>Motif (travaux, congés…)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="275"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="277"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="281"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="281"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="285"/>
        <source>A closure is saved as soon as it is added or removed.</source>
        <translation>Une fermeture est enregistrée dès qu&apos;elle est ajoutée ou retirée.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="300"/>
        <source>Below this number, an opening period counts as a gap.</source>
        <translation>En dessous de ce nombre, une plage d&apos;ouverture compte comme un trou.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="301"/>
        <source>Alsace-Moselle public holidays</source>
        <translation>Jours fériés d&apos;Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="302"/>
        <source>Good Friday and 26 December are closed days too.</source>
        <translation>Le Vendredi saint et le 26 décembre sont aussi des jours de fermeture.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="303"/>
        <source>Week-long rotation</source>
        <translation>Rotation à la semaine</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="304"/>
        <source>Auto-fill keeps the same doctor for the whole week.</source>
        <translation>Le remplissage automatique garde le même médecin toute la semaine.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="310"/>
        <source>Minimum practitioners present</source>
        <translation>Praticiens présents au minimum</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="313"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="314"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="315"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="316"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="327"/>
        <source>Leave the changes not saved for this site?</source>
        <translation>Abandonner les modifications non enregistrées de ce site ?</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="398"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="398"/>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="402"/>
        <source>%1 %2: the closing time must be after the opening time.</source>
        <translation>%1 %2 : la fermeture doit être après l&apos;ouverture.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="408"/>
        <source>%1: the morning ends after the afternoon begins.</source>
        <translation>%1 : le matin finit après le début de l&apos;après-midi.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/site_settings_dialog.py" line="462"/>
        <source>Remove the closure from %1 to %2?</source>
        <translation>Retirer la fermeture du %1 au %2 ?</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="17"/>
        <source>Site</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="18"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="19"/>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="75"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="20"/>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="21"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="22"/>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="23"/>
        <source>Recurring shift pattern</source>
        <translation>Vacation récurrente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="24"/>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="25"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="26"/>
        <source>Replacement contract</source>
        <translation>Contrat de remplacement</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="27"/>
        <source>Appointment type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="28"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="29"/>
        <source>Action item</source>
        <translation>Action à faire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="30"/>
        <source>Cabinet guide</source>
        <translation>Guide du cabinet</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="31"/>
        <source>Act tariff</source>
        <translation>Tarif d&apos;acte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="32"/>
        <source>Sync conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="33"/>
        <source>Audit entry</source>
        <translation>Entrée du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="34"/>
        <source>Consultation note</source>
        <translation>Note de consultation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="35"/>
        <source>Note co-signature</source>
        <translation>Cosignature de note</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="36"/>
        <source>Handover</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="37"/>
        <source>Handover synthesis</source>
        <translation>Synthèse de transmission</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="38"/>
        <source>Handover sign-off</source>
        <translation>Validation de transmission</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="39"/>
        <source>Handover pack acknowledgement</source>
        <translation>Prise de connaissance du dossier de relève</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="40"/>
        <source>Fee entry</source>
        <translation>Écriture d&apos;honoraires</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="44"/>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="45"/>
        <source>Changed here, deleted elsewhere</source>
        <translation>Modifié ici, supprimé ailleurs</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="46"/>
        <source>Deleted here, changed elsewhere</source>
        <translation>Supprimé ici, modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="47"/>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="48"/>
        <source>Refused by the parent practice</source>
        <translation>Refusé par le pôle mère</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="52"/>
        <source>The same information was changed here and at another site. The other change reached the parent practice first and is the one kept for now.</source>
        <translation>La même information a été modifiée ici et sur un autre site. L&apos;autre modification est arrivée la première au pôle mère : c&apos;est elle qui est retenue pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="55"/>
        <source>You changed this while it was being deleted at another site. It stays deleted unless you take your version back.</source>
        <translation>Vous avez modifié cet élément pendant qu&apos;il était supprimé sur un autre site. Il reste supprimé, sauf si vous reprenez votre version.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="58"/>
        <source>You deleted this while it was being changed at another site. It is kept, changed, unless you take your version (the deletion) back.</source>
        <translation>Vous avez supprimé cet élément pendant qu&apos;il était modifié sur un autre site. Il est gardé, modifié, sauf si vous reprenez votre version (la suppression).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="61"/>
        <source>This booking overlaps another one made at the same time elsewhere: the parent practice kept the other one.</source>
        <translation>Cette réservation chevauche une autre faite au même moment ailleurs : le pôle mère a retenu l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="64"/>
        <source>The parent practice refused this change. Taking your version back sends it again.</source>
        <translation>Le pôle mère a refusé cette modification. Reprendre votre version la renvoie.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="69"/>
        <source>Resolved: my version taken back</source>
        <translation>Résolu : ma version reprise</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="70"/>
        <source>Resolved: kept version</source>
        <translation>Résolu : version retenue gardée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="76"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="77"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="78"/>
        <source>Titular</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="79"/>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="80"/>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="81"/>
        <source>Cancelled on</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="82"/>
        <source>Cancelled by</source>
        <translation>Annulé par</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="83"/>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="84"/>
        <source>Closed by</source>
        <translation>Clos par</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="85"/>
        <source>Arrived at</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="86"/>
        <source>Seen at</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="87"/>
        <source>Overbooking</source>
        <translation>Surbooking</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="88"/>
        <source>To rebook because</source>
        <translation>À reprogrammer, motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="89"/>
        <source>On call</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="90"/>
        <source>Opens at</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="91"/>
        <source>Closes at</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="92"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="93"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="94"/>
        <source>Preferred</source>
        <translation>Préférée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="95"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="96"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="97"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="98"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="101"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="102"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="103"/>
        <source>(clinical content, for the doctors)</source>
        <translation>(contenu clinique, réservé aux médecins)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="107"/>
        <source>parent practice</source>
        <translation>pôle mère</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="108"/>
        <source>secondary practice</source>
        <translation>cabinet secondaire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="160"/>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="161"/>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="162"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="163"/>
        <source>%1 change(s) pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="164"/>
        <source>%1 conflict(s)</source>
        <translation>%1 conflit(s)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="165"/>
        <source>last sync failed</source>
        <translation>dernière synchronisation en échec</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="166"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="167"/>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="193"/>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Synchronisation terminée : %1 modification(s) envoyée(s), %2 reçue(s).</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/labels.py" line="194"/>
        <source>%1 new conflict(s) to decide: see « Conflicts ».</source>
        <translation>%1 nouveau(x) conflit(s) à trancher : voir « Conflits ».</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/models.py" line="19"/>
        <source>To decide</source>
        <translation>À trancher</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="50"/>
        <source>Sync with the parent practice</source>
        <translation>Synchronisation avec le pôle mère</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="72"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="73"/>
        <source>On demand only</source>
        <translation>À la demande seulement</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="75"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="87"/>
        <source>Parent practice&apos;s &amp;database:</source>
        <translation>&amp;Base du pôle mère :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="90"/>
        <source>The password is kept in this computer&apos;s secure keyring, never in the settings.</source>
        <translation>Le mot de passe est gardé dans le trousseau sécurisé de ce poste, jamais dans les réglages.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="92"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchroniser toutes les :</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="94"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="101"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="122"/>
        <source>Kept in the keyring (leave empty to keep it)</source>
        <translation>Enregistré dans le trousseau (laisser vide pour le garder)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="123"/>
        <source>No password kept yet</source>
        <translation>Aucun mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="127"/>
        <source>no site yet</source>
        <translation>aucun site pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="128"/>
        <source>This computer: %1</source>
        <translation>Ce poste : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="164"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/sync/settings_dialog.py" line="175"/>
        <source>Connection succeeded: PostgreSQL %1.</source>
        <translation>Connexion réussie : PostgreSQL %1.</translation>
    </message>
</context>
<context>
    <name>SynthesisDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="147"/>
        <source>Handover received: %1</source>
        <translation>Transmission reçue : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="150"/>
        <source>Restate or confirm: what you understood and what you will do</source>
        <translation>Reformulez ou confirmez : ce que vous avez compris et ce que vous allez faire</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="151"/>
        <source>Acknowledge</source>
        <translation>Confirmer la prise en compte</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="152"/>
        <source>&lt;b&gt;Restate or confirm&lt;/b&gt; (your synthesis)</source>
        <translation>&lt;b&gt;Reformulez ou confirmez&lt;/b&gt; (votre synthèse)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/records/dialogs.py" line="163"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ToRebookModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="88"/>
        <source>Was on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="89"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="90"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="91"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="92"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="148"/>
        <source>New user</source>
        <extracomment>emitted with the service&apos;s result (a UserInfo) just before the dialog closes</extracomment>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="149"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="153"/>
        <source>e.g. dr.martin (lower case, digits, . _ -)</source>
        <translation>ex. dr.martin (minuscules, chiffres, . _ -)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="160"/>
        <source>None (secretary)</source>
        <translation>Aucun (secrétaire)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="163"/>
        <source>Can manage accounts and read the audit log</source>
        <translation>Peut gérer les comptes et lire le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="164"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="165"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="166"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="167"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="168"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="169"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="170"/>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/user_dialogs.py" line="185"/>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="125"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="126"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="127"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="128"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="129"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/models.py" line="130"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="48"/>
        <source>New user</source>
        <extracomment>build the dialogs; tests may replace them to intercept</extracomment>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="50"/>
        <source>Reset the password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="52"/>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="149"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="149"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="188"/>
        <source>Account %1 created.</source>
        <translation>Compte %1 créé.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="192"/>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="196"/>
        <source>Account %1 reactivated.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/admin/users_page.py" line="196"/>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
</context>
<context>
    <name>WaitingRoomModel</name>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="59"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="60"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="61"/>
        <source>Appointment</source>
        <translation>RDV</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/appointments/list_models.py" line="62"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
</context>
<context>
    <name>WeekPlanningModel</name>
    <message>
        <location filename="../../cabinet_app/ui/planning/models.py" line="205"/>
        <source>Uncovered</source>
        <extracomment>a shift was dropped on another cell (a MoveRequest); the page saves it through the rules drag and drop allowed (the page sets it for people who manage the planning)</extracomment>
        <translation>Non couvert</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/models.py" line="225"/>
        <source>Uncovered: %1 (%2 present, %3 required)</source>
        <translation>Non couvert : %1 (%2 présent(s), %3 requis)</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/models.py" line="232"/>
        <source>Unavailable: %1</source>
        <translation>Indisponibles : %1</translation>
    </message>
    <message>
        <location filename="../../cabinet_app/ui/planning/models.py" line="240"/>
        <source>Available: %1</source>
        <translation>Disponibles : %1</translation>
    </message>
</context>
</TS>
