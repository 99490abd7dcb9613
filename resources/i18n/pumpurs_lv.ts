<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AddClassDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="32"/>
        <source>New class of %1</source>
        <translation>Jauna klase mācību gadā %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="35"/>
        <source>General education class</source>
        <translation>Vispārējās izglītības klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="36"/>
        <source>Vocational group</source>
        <translation>Profesionālās izglītības grupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="43"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="44"/>
        <source>Grade or course</source>
        <translation>Klase vai kurss</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="45"/>
        <source>Letter or programme</source>
        <translation>Burts vai programma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="46"/>
        <source>Graduates after grade or course</source>
        <translation>Absolvē pēc klases vai kursa</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="59"/>
        <source>for example, Pavārs</source>
        <translation>piemēram, Pavārs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="60"/>
        <source>for example, b</source>
        <translation>piemēram, b</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="62"/>
        <source>Add a user</source>
        <translation>Jauns lietotājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="70"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="71"/>
        <source>Full name</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="72"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="73"/>
        <source>Repeat the password</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="74"/>
        <source>Roles</source>
        <translation>Lomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="75"/>
        <source>Specialist type</source>
        <translation>Speciālista veids</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="93"/>
        <source>The first administrator</source>
        <translation>Pirmais administrators</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="95"/>
        <source>The administrator manages user accounts and the school&apos;s settings. Other staff get their accounts from the administrator later.</source>
        <translation>Administrators pārvalda lietotāju kontus un skolas iestatījumus. Pārējiem darbiniekiem kontus vēlāk izveidos administrators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="103"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="104"/>
        <source>Full name</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="105"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="106"/>
        <source>Repeat the password</source>
        <translation>Parole vēlreiz</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="40"/>
        <source>Choose the scanned application</source>
        <translation>Izvēlieties ieskenēto iesniegumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="41"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Skenējumi (*.pdf *.png *.jpg *.jpeg);;Visas datnes (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="65"/>
        <source>Parent&apos;s or guardian&apos;s name and surname</source>
        <translation>Vecāka vai aizbildņa vārds un uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="68"/>
        <location filename="../../app/ui/student_card/plan_application.py" line="141"/>
        <source>No scan attached</source>
        <translation>Skenējums nav pievienots</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="70"/>
        <source>Choose scan…</source>
        <translation>Izvēlēties skenējumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="81"/>
        <source>Applicant</source>
        <translation>Iesniedzējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="82"/>
        <source>Date received</source>
        <translation>Saņemšanas datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="83"/>
        <source>Scanned application</source>
        <translation>Ieskenētais iesniegums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="125"/>
        <source>The file cannot be read: %1</source>
        <translation>Datni nevar nolasīt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="137"/>
        <source>%1 (to be saved)</source>
        <translation>%1 (tiks saglabāts)</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="68"/>
        <source>Plans waiting for your approval</source>
        <translation>Plāni, kas gaida jūsu apstiprinājumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="79"/>
        <source>Open the plan</source>
        <translation>Atvērt plānu</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="82"/>
        <source>Approve selected</source>
        <translation>Apstiprināt atzīmētos</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="85"/>
        <source>Approves and signs every selected plan you have read, in one decision.</source>
        <translation>Ar vienu lēmumu apstiprina un paraksta visus atzīmētos plānus, kas ir izlasīti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="105"/>
        <source>Plans awaiting approval</source>
        <translation>Plāni, kas gaida apstiprināšanu</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="149"/>
        <source>Loading the plans waiting for approval…</source>
        <translation>Ielādē plānus, kas gaida apstiprinājumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="156"/>
        <source>No plans are waiting for approval.</source>
        <translation>Neviens plāns negaida apstiprinājumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="157"/>
        <source>Plans waiting: %1</source>
        <translation>Gaida apstiprinājumu: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="205"/>
        <source>Opening the plan…</source>
        <translation>Atver plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="226"/>
        <source>%1, semester %2: %3</source>
        <translation>%1, semestris %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="233"/>
        <source>Signing the plan…</source>
        <translation>Paraksta plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="242"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="248"/>
        <source>Signing the plans…</source>
        <translation>Paraksta plānus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="290"/>
        <source>Returning the plan…</source>
        <translation>Atgriež plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="304"/>
        <source>Approved and signed: %1. Signed by %2 on %3.</source>
        <translation>Apstiprināts un parakstīts: %1. Parakstīja %2 %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="310"/>
        <source>Returned to the author (%1): %2.</source>
        <translation>Plāns atgriezts labošanai autoram (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="327"/>
        <source>Nothing was approved:</source>
        <translation>Neviens plāns netika apstiprināts:</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="98"/>
        <source>Loading the assessment…</source>
        <translation>Ielādē izvērtējumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="128"/>
        <source>Risk assessment</source>
        <translation>Riska izvērtējums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="132"/>
        <source>Date and early-warning indicators (ABC)</source>
        <translation>Datums un agrīnās brīdināšanas rādītāji (ABC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="137"/>
        <source>e.g. 7,5</source>
        <translation>piemēram, 7,5</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="142"/>
        <source>Subjects, separated by commas</source>
        <translation>Priekšmeti, atdalīti ar komatiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="148"/>
        <source>Date of assessment</source>
        <translation>Izvērtēšanas datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="151"/>
        <source>Absence, % of lessons</source>
        <translation>Kavējumi, % no stundām</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="153"/>
        <source>Unjustified lessons missed</source>
        <translation>Neattaisnoti kavētās stundas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="156"/>
        <source>Failing marks (below 4)</source>
        <translation>Nesekmīgi vērtējumi (zem 4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="158"/>
        <source>Subjects with failing marks</source>
        <translation>Priekšmeti ar nesekmīgiem vērtējumiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="160"/>
        <source>Conduct incidents</source>
        <translation>Uzvedības pārkāpumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="162"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="249"/>
        <source>Fill in from the attendance imported for %1 (“%2”)</source>
        <translation>Aizpildīt no kavējumiem, kas importēti periodam %1 (“%2”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="254"/>
        <source>Fill in from the e-journal&apos;s imports: %1</source>
        <translation>Aizpildīt no e-žurnāla importiem: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="278"/>
        <source>No assessment for semester %1 yet.</source>
        <translation>Semestrim %1 vēl nav izvērtējuma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="281"/>
        <source>Assessed on %1 by %2.</source>
        <translation>Izvērtēts %1, izvērtēja %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="284"/>
        <source>You may read the assessment but not change it.</source>
        <translation>Izvērtējumu varat lasīt, bet nevarat to mainīt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="339"/>
        <source>Overall risk level: %1</source>
        <translation>Kopējais riska līmenis: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="360"/>
        <source>Saving the assessment…</source>
        <translation>Saglabā izvērtējumu…</translation>
    </message>
</context>
<context>
    <name>AssignStaffDialog</name>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="34"/>
        <source>Assign support staff</source>
        <translation>Piesaistīt atbalsta personālu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="41"/>
        <source>Support staff member</source>
        <translation>Atbalsta personāla darbinieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="42"/>
        <source>Assign</source>
        <translation>Piesaistīt</translation>
    </message>
</context>
<context>
    <name>AuditRowsModel</name>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="22"/>
        <source>What was done</source>
        <translation>Darbība</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="59"/>
        <source>Filter by pupil</source>
        <translation>Atlasīt pēc skolēna</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="60"/>
        <source>Part of the pupil&apos;s name</source>
        <translation>Daļa no skolēna vārda vai uzvārda</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="64"/>
        <source>All users</source>
        <translation>Visi lietotāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="69"/>
        <source>Show</source>
        <translation>Rādīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="86"/>
        <source>All actions</source>
        <translation>Visas darbības</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="86"/>
        <source>Pupils&apos; data</source>
        <translation>Skolēnu dati</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="87"/>
        <source>Risk assessments</source>
        <translation>Riska izvērtējumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="87"/>
        <source>Support plans</source>
        <translation>Atbalsta plāni</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="88"/>
        <source>Plan approvals</source>
        <translation>Plānu apstiprināšana</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="89"/>
        <source>Consultations</source>
        <translation>Konsultācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="89"/>
        <source>Expenses</source>
        <translation>Izdevumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="90"/>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="90"/>
        <source>Support staff</source>
        <translation>Atbalsta personāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="91"/>
        <source>Sign-ins</source>
        <translation>Pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="91"/>
        <source>User accounts</source>
        <translation>Lietotāju konti</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="92"/>
        <source>Catalogue and rates</source>
        <translation>Katalogs un likmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="93"/>
        <source>School settings</source>
        <translation>Skolas iestatījumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="93"/>
        <source>Signing keys</source>
        <translation>Paraksta atslēgas</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="94"/>
        <source>Printed reports</source>
        <translation>Izdrukātie dokumenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="94"/>
        <source>Synchronisation</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="100"/>
        <source>Audit log entries</source>
        <translation>Audita žurnāla ieraksti</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="112"/>
        <source>Pupil:</source>
        <translation>Skolēns:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="114"/>
        <source>User:</source>
        <translation>Lietotājs:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="116"/>
        <source>Action:</source>
        <translation>Darbība:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="139"/>
        <source>Checking the audit trail&apos;s chain…</source>
        <translation>Pārbauda audita žurnāla ķēdi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="147"/>
        <source>The audit trail&apos;s chain is intact (%1 entries).</source>
        <translation>Audita žurnāla ķēde ir nebojāta (%1 ierakstu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="152"/>
        <source>The audit trail&apos;s chain is broken from entry #%1: entries from there on may have been changed or removed. Tell the school&apos;s administrator.</source>
        <translation>Audita žurnāla ķēde ir bojāta, sākot ar ierakstu Nr. %1: ieraksti no šīs vietas var būt mainīti vai dzēsti. Ziņojiet skolas administratoram.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="174"/>
        <source>Loading the audit trail…</source>
        <translation>Ielādē audita žurnālu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="187"/>
        <source>No pupil&apos;s name contains “%1”.</source>
        <translation>Nevienam skolēnam vārdā vai uzvārdā nav “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="190"/>
        <source>Entries shown: %1, newest first (at most %2).</source>
        <translation>Parādīti ieraksti: %1, jaunākie vispirms (ne vairāk kā %2).</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="44"/>
        <source>A backup is an encrypted copy of the whole school database. Keep it on a USB stick in a safe place; it opens only with this database&apos;s key.</source>
        <translation>Rezerves kopija ir visas skolas datubāzes šifrēta kopija. Glabājiet to USB zibatmiņā drošā vietā; to var atvērt tikai ar šīs datubāzes atslēgu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="49"/>
        <source>The database key is kept in this computer&apos;s system keyring.</source>
        <translation>Datubāzes atslēga glabājas šī datora sistēmas atslēgu glabātuvē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="55"/>
        <source>Folder for the backup</source>
        <translation>Mape rezerves kopijai</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="57"/>
        <source>No folder chosen</source>
        <translation>Mape nav izvēlēta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="58"/>
        <source>Choose folder…</source>
        <translation>Izvēlēties mapi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="61"/>
        <source>Back up now</source>
        <translation>Dublēt tagad</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="106"/>
        <source>Backing up the database…</source>
        <translation>Datubāze tiek dublēta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="113"/>
        <source>Backup saved and checked: %1 (%2, pupils: %3, plans: %4).</source>
        <translation>Rezerves kopija saglabāta un pārbaudīta: %1 (%2, izglītojamie: %3, plāni: %4).</translation>
    </message>
</context>
<context>
    <name>BundlesTable</name>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="26"/>
        <source>Sync bundles</source>
        <translation>Sinhronizācijas paketes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28"/>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28"/>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28"/>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="29"/>
        <source>Receipt / last error</source>
        <translation>Apstiprinājums / pēdējā kļūda</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="40"/>
        <source>received %1</source>
        <translation>saņemts %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="43"/>
        <source>sent %1</source>
        <translation>nosūtīts %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="50"/>
        <source>next attempt %1</source>
        <translation>nākamais mēģinājums %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="71"/>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="72"/>
        <source>Wording…</source>
        <translation>Nosaukums…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="74"/>
        <location filename="../../app/ui/settings/catalogue_list.py" line="164"/>
        <source>Retire</source>
        <translation>Vairs nepiedāvāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="135"/>
        <source>no longer offered</source>
        <translation>vairs nepiedāvā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="135"/>
        <source>offered</source>
        <translation>piedāvā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="163"/>
        <source>Offer again</source>
        <translation>Piedāvāt atkal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="182"/>
        <source>Wording of “%1”</source>
        <translation>“%1” nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="197"/>
        <source>Saved: %1.</source>
        <translation>Saglabāts: %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="22"/>
        <source>Support measures</source>
        <translation>Atbalsta pasākumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="23"/>
        <source>Risk signs</source>
        <translation>Riska pazīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="24"/>
        <source>ABC thresholds</source>
        <translation>ABC sliekšņi</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="142"/>
        <source>Level: %1</source>
        <translation>Līmenis: %1</translation>
    </message>
</context>
<context>
    <name>ClassTeachersDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="91"/>
        <source>Class teachers of %1</source>
        <translation>Klases %1 audzinātāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="102"/>
        <source>Class teachers</source>
        <translation>Klases audzinātāji</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="77"/>
        <source>Classes of the school year %1</source>
        <translation>Mācību gada %1 klases</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="81"/>
        <source>Classes</source>
        <translation>Klases</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83"/>
        <source>Class teachers</source>
        <translation>Klases audzinātāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83"/>
        <source>Active pupils</source>
        <translation>Aktīvi skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="90"/>
        <source>Add a class…</source>
        <translation>Pievienot klasi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="91"/>
        <source>Rename…</source>
        <translation>Pārdēvēt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="92"/>
        <source>Class teachers…</source>
        <translation>Klases audzinātāji…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="93"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="94"/>
        <source>Import from the e-journal…</source>
        <translation>Importēt no e-žurnāla…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="95"/>
        <source>A class list exported from E-klase, Mykoob or VIIS (.xlsx or .csv): previewed before import</source>
        <translation>Klašu saraksts, izgūts no E-klases, Mykoob vai VIIS (.xlsx vai .csv): pirms importa to var apskatīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="99"/>
        <source>Import figures…</source>
        <translation>Importēt rādītājus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="100"/>
        <source>Attendance, marks or conduct notes exported from E-klase or Mykoob, for the early warning</source>
        <translation>Kavējumi, vērtējumi vai uzvedības piezīmes, eksportēti no E-klases vai Mykoob, agrīnajai brīdināšanai</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="133"/>
        <source>not named</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="137"/>
        <source>No classes yet: add the school&apos;s classes so pupils can be registered.</source>
        <translation>Klašu vēl nav: pievienojiet skolas klases, lai varētu reģistrēt skolēnus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="181"/>
        <source>Saved: %1.</source>
        <translation>Saglabāts: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="205"/>
        <source>Archive class %1? It will no longer be offered anywhere.</source>
        <translation>Arhivēt klasi %1? Tā vairs netiks piedāvāta nekur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="214"/>
        <source>Archived: %1.</source>
        <translation>Arhivēta: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="37"/>
        <source>Conflicts to resolve</source>
        <translation>Konflikti, kas jāatrisina</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="38"/>
        <source>No open conflicts.</source>
        <translation>Atvērtu konfliktu nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42"/>
        <source>Plan version</source>
        <translation>Plāna versija</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="43"/>
        <source>Municipality&apos;s comment</source>
        <translation>Pašvaldības komentārs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="43"/>
        <source>Why it was not applied</source>
        <translation>Kāpēc nav piemērots</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="52"/>
        <source>Resolve: keep the school&apos;s plan</source>
        <translation>Atrisināt: paturēt skolas plānu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="55"/>
        <source>Full resync…</source>
        <translation>Pilna atkārtota sinhronizācija…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="68"/>
        <source>accepted</source>
        <translation>pieņemts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="68"/>
        <source>returned</source>
        <translation>atgriezts</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="54"/>
        <source>— not entered —</source>
        <translation>— nav ievadīts —</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="63"/>
        <source>The pupil attended</source>
        <translation>Skolēns ieradās</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="67"/>
        <source>Seen only by support staff and by you.</source>
        <translation>Redz tikai atbalsta personāls un jūs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="69"/>
        <source>Save consultation</source>
        <translation>Saglabāt konsultāciju</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="71"/>
        <location filename="../../app/ui/consultations/consultation_form.py" line="105"/>
        <source>New consultation</source>
        <translation>Jauna konsultācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="72"/>
        <source>Undo changes</source>
        <translation>Atsaukt izmaiņas</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="75"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="76"/>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="77"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="78"/>
        <source>Topic</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="80"/>
        <source>Confidential notes</source>
        <translation>Konfidenciālās piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="106"/>
        <source>Correct the consultation of %1</source>
        <translation>Labot %1 konsultāciju</translation>
    </message>
</context>
<context>
    <name>ConsultationRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92"/>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93"/>
        <source>Topic</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93"/>
        <source>Attended</source>
        <translation>Ieradās</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="94"/>
        <source>Specialist</source>
        <translation>Speciālists</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="94"/>
        <source>Confidential notes</source>
        <translation>Konfidenciālās piezīmes</translation>
    </message>
</context>
<context>
    <name>ConsultationWords</name>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="38"/>
        <source>individual</source>
        <translation>individuāla</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="39"/>
        <source>group</source>
        <translation>grupas</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="40"/>
        <source>with a parent</source>
        <translation>ar vecākiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="41"/>
        <source>with a teacher</source>
        <translation>ar pedagogu</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="47"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="54"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="54"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="42"/>
        <source>My pupils and consultations, semester %1</source>
        <translation>Mani skolēni un konsultācijas, semestris %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="63"/>
        <source>Pupils assigned to me</source>
        <translation>Man piešķirtie skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="55"/>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="64"/>
        <source>My consultations</source>
        <translation>Manas konsultācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="77"/>
        <source>This screen is for support staff who log consultations.</source>
        <translation>Šis skats ir paredzēts atbalsta personālam, kas ieraksta konsultācijas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="85"/>
        <source>My pupils</source>
        <translation>Mani skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87"/>
        <source>Consultations</source>
        <translation>Konsultācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="88"/>
        <source>Hours delivered</source>
        <translation>Sniegtās stundas</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="88"/>
        <source>Missed (not attended)</source>
        <translation>Neapmeklētās</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="105"/>
        <source>Loading consultations…</source>
        <translation>Ielādē konsultācijas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="127"/>
        <source>Pupils: %1 · consultations: %2 · delivered this semester: %3</source>
        <translation>Skolēni: %1 · konsultācijas: %2 · šajā semestrī sniegts: %3</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="93"/>
        <source>Correct the selected consultation</source>
        <translation>Labot atlasīto konsultāciju</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="96"/>
        <source>Delete the selected consultation</source>
        <translation>Dzēst atlasīto konsultāciju</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="61"/>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="111"/>
        <source>Consultations</source>
        <translation>Konsultācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="143"/>
        <source>No support plan in semester %1. Consultation hours delivered: %2.</source>
        <translation>Semestrī %1 atbalsta plāna nav. Sniegtās konsultāciju stundas: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="145"/>
        <source>Support plan of semester %1 — planned and delivered hours:</source>
        <translation>Semestra %1 atbalsta plāns — plānotās un sniegtās stundas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="148"/>
        <source>%1: planned %2, delivered %3, not attended %4</source>
        <translation>%1: plānotas %2, sniegtas %3, neapmeklētas %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="154"/>
        <source>The plan has no consultation hours.</source>
        <translation>Plānā nav konsultāciju stundu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="188"/>
        <source>Delete the consultation of %1 (%2 min)? It no longer counts as delivered, and the deletion is recorded in the history.</source>
        <translation>Dzēst %1 konsultāciju (%2 min)? Tā vairs netiks ieskaitīta sniegtajā atbalstā, un dzēšana tiks ierakstīta vēsturē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="219"/>
        <source>The form has unsaved changes: save them or undo them first.</source>
        <translation>Veidlapā ir nesaglabātas izmaiņas: vispirms saglabājiet vai atsauciet tās.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="38"/>
        <source>Pumpurs is locked.</source>
        <translation>Pumpurs ir bloķēts.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="53"/>
        <source>Creating the school</source>
        <translation>Skolas izveide</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="59"/>
        <source>Try again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="74"/>
        <source>Recovery key — write it down on paper or store it in a safe place now. It is shown only this once; without it a lost key store means the data cannot be opened.</source>
        <translation>Atkopšanas atslēga — pierakstiet to uz papīra vai saglabājiet drošā vietā tagad. Tā tiek parādīta tikai šo vienu reizi; ja atslēgu glabātuve tiek zaudēta, bez tās datus vairs nevar atvērt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="86"/>
        <source>Copy</source>
        <translation>Kopēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="89"/>
        <source>Save the recovery key sheet (PDF)…</source>
        <translation>Saglabāt atkopšanas atslēgas lapu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="92"/>
        <source>A page to print and keep in a safe: the school, the database file and the key.</source>
        <translation>Lapa, ko izdrukāt un glabāt seifā: skola, datubāzes datne un atslēga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="96"/>
        <source>I have written down or stored the recovery key</source>
        <translation>Esmu pierakstījis vai droši saglabājis atkopšanas atslēgu</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="135"/>
        <source>The school “%1” is set up, with the school years %2. Sign in as “%3”. %4</source>
        <translation>Skola “%1” ir izveidota ar mācību gadiem %2. Piesakieties kā “%3”. %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="140"/>
        <source>Pumpurs has no catalogue of risk signs and measures for %1 yet; it is loaded with a later update of the program.</source>
        <translation>Pumpurā vēl nav riska pazīmju un atbalsta pasākumu kataloga mācību gadam %1; tas tiks ielādēts ar kādu no nākamajiem programmas atjauninājumiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="148"/>
        <source>The database was not created: %1</source>
        <translation>Datubāze netika izveidota: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="164"/>
        <source>Recovery key %1.pdf</source>
        <translation>Atkopšanas atslēga %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="166"/>
        <source>Save the recovery key sheet</source>
        <translation>Saglabāt atkopšanas atslēgas lapu</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="173"/>
        <source>Saved: %1 — print it and keep it in a safe place.</source>
        <translation>Saglabāts: %1 — izdrukājiet to un glabājiet drošā vietā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="184"/>
        <source>The recovery key sheet was not saved: %1</source>
        <translation>Atkopšanas atslēgas lapa netika saglabāta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="191"/>
        <source>Creating the encrypted database and setting up the school…</source>
        <translation>Veido šifrēto datubāzi un iestata skolu…</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="22"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="24"/>
        <source>Approve and sign</source>
        <translation>Apstiprināt un parakstīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="28"/>
        <source>Approving needs this computer&apos;s key store, which is not available now.</source>
        <translation>Apstiprināšanai vajadzīga šī datora atslēgu glabātuve, bet tā pašlaik nav pieejama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="31"/>
        <source>What should the author change?</source>
        <translation>Kas autoram jāizlabo?</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="33"/>
        <source>Return to the author</source>
        <translation>Atgriezt autoram</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="40"/>
        <source>Comment for the author</source>
        <translation>Komentārs autoram</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="61"/>
        <source>Attach a document</source>
        <translation>Pievienot dokumentu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>Datne</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="97"/>
        <source>Added by</source>
        <translation>Pievienoja</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="97"/>
        <source>Added on</source>
        <translation>Pievienots</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="105"/>
        <source>Attach a file…</source>
        <translation>Pievienot datni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="110"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="113"/>
        <source>Remove…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="95"/>
        <location filename="../../app/ui/student_card/documents_tab.py" line="133"/>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="177"/>
        <source>Reading %1…</source>
        <translation>Nolasa %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="178"/>
        <source>Saving %1…</source>
        <translation>Saglabā %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="188"/>
        <source>Saving the document…</source>
        <translation>Saglabā dokumentu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="193"/>
        <source>“%1” is attached.</source>
        <translation>Dokuments “%1” pievienots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="199"/>
        <source>The file cannot be read: %1</source>
        <translation>Datni nevar nolasīt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="217"/>
        <source>Opening the document…</source>
        <translation>Atver dokumentu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="223"/>
        <source>No program on this computer opens “%1”.</source>
        <translation>Šajā datorā nav programmas, kas atver “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="229"/>
        <source>Remove the document “%1”? It cannot be undone.</source>
        <translation>Vai dzēst dokumentu “%1”? To nevarēs atsaukt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="238"/>
        <source>“%1” is removed.</source>
        <translation>Dokuments “%1” dzēsts.</translation>
    </message>
</context>
<context>
    <name>DraftDiscard</name>
    <message>
        <location filename="../../app/ui/student_card/plan_discard.py" line="27"/>
        <source>Delete draft</source>
        <translation>Dzēst melnrakstu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_discard.py" line="43"/>
        <source>Delete the draft support plan of %1 for semester %2? Its goals and measures are deleted; the deletion is recorded in the history.</source>
        <translation>Dzēst skolēna %1 atbalsta plāna melnrakstu semestrim %2? Tā mērķi un pasākumi tiks dzēsti; dzēšana tiks ierakstīta vēsturē.</translation>
    </message>
</context>
<context>
    <name>EnrolmentBox</name>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="24"/>
        <source>Enrolment with the municipality</source>
        <translation>Pieteikšanās pašvaldībā</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="36"/>
        <source>Create enrolment request…</source>
        <translation>Izveidot pieteikumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="38"/>
        <source>Import trust document…</source>
        <translation>Importēt uzticības dokumentu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="41"/>
        <source>State:</source>
        <translation>Stāvoklis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="42"/>
        <source>School&apos;s key fingerprint:</source>
        <translation>Skolas atslēgu nospiedums:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="43"/>
        <source>Municipality:</source>
        <translation>Pašvaldība:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="44"/>
        <source>Municipality&apos;s key fingerprint:</source>
        <translation>Pašvaldības atslēgu nospiedums:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="45"/>
        <source>Server address:</source>
        <translation>Servera adrese:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="46"/>
        <source>Trust document version:</source>
        <translation>Uzticības dokumenta versija:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="47"/>
        <source>Valid until:</source>
        <translation>Derīgs līdz:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="48"/>
        <source>Pupils are sent:</source>
        <translation>Skolēni tiek sūtīti:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="59"/>
        <source>Not enrolled: create an enrolment request and hand it to the municipality.</source>
        <translation>Skola nav pieteikta: izveidojiet pieteikumu un nododiet to pašvaldībai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="62"/>
        <source>Enrolment request made: import the municipality&apos;s trust document when it arrives.</source>
        <translation>Pieteikums izveidots: kad pašvaldība atsūtīs uzticības dokumentu, importējiet to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="65"/>
        <source>Enrolled: data can be exchanged with the municipality.</source>
        <translation>Skola pieteikta: datus var apmainīt ar pašvaldību.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="78"/>
        <source>with names and personal codes (the municipality asks for them)</source>
        <translation>ar vārdiem un personas kodiem (pašvaldība tos pieprasa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="80"/>
        <source>under pseudonymous ids; names stay at the school</source>
        <translation>ar pseidonīmiem identifikatoriem; vārdi paliek skolā</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="33"/>
        <source>Semester-end evaluation</source>
        <translation>Semestra noslēguma izvērtējums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="41"/>
        <source>— not assessed —</source>
        <translation>— nav vērtēts —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="42"/>
        <source>risk reduced</source>
        <translation>risks samazinājies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="43"/>
        <source>risk unchanged</source>
        <translation>risks nav mainījies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="44"/>
        <source>risk increased</source>
        <translation>risks palielinājies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="54"/>
        <source>continue the support</source>
        <translation>turpināt atbalstu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="55"/>
        <source>end the support</source>
        <translation>beigt atbalstu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="56"/>
        <source>refer to other services</source>
        <translation>nosūtīt pie citiem speciālistiem vai dienestiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="60"/>
        <source>Record the evaluation and close the plan</source>
        <translation>Saglabāt izvērtējumu un noslēgt plānu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="63"/>
        <source>How did the plan go?</source>
        <translation>Kā plāns izdevās?</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="64"/>
        <source>Recommendation</source>
        <translation>Ieteikums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="65"/>
        <source>Date of evaluation</source>
        <translation>Izvērtējuma datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="84"/>
        <source>Recording the evaluation…</source>
        <translation>Saglabā izvērtējumu…</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92"/>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96"/>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="141"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92"/>
        <source>Spent</source>
        <translation>Izlietots</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="93"/>
        <source>Remaining</source>
        <translation>Atlikums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="94"/>
        <source>Euro measures: planned and spent</source>
        <translation>Pasākumi eiro: plānots un iztērēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96"/>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="140"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="97"/>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="143"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="97"/>
        <source>Recorded by</source>
        <translation>Ierakstīja</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="103"/>
        <source>Expenses paid out</source>
        <translation>Izmaksātie izdevumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="108"/>
        <source>Delete the selected expense</source>
        <translation>Dzēst atlasītos izdevumus</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="120"/>
        <source>Record an expense</source>
        <translation>Ierakstīt izdevumus</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="130"/>
        <source>e.g. 25,50</source>
        <translation>piem., 25,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="133"/>
        <source>Save expense</source>
        <translation>Saglabāt izdevumus</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="136"/>
        <source>Undo changes</source>
        <translation>Atsaukt izmaiņas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="142"/>
        <source>Amount, €</source>
        <translation>Summa, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="98"/>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="160"/>
        <source>Expenses</source>
        <translation>Izdevumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="219"/>
        <source>Delete the expense of %1 (%2, %3)? The deletion is recorded in the history.</source>
        <translation>Dzēst %1 izdevumus (%2, %3)? Dzēšana tiks ierakstīta vēsturē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="244"/>
        <source>No support plan in semester %1; spent this semester:</source>
        <translation>Semestrī %1 atbalsta plāna nav; šajā semestrī izlietots:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="245"/>
        <source>No support plan in semester %1 and no expenses in it.</source>
        <translation>Semestrī %1 nav ne atbalsta plāna, ne izdevumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="251"/>
        <source>Support plan of semester %1 — planned and spent euro:</source>
        <translation>Semestra %1 atbalsta plāns — plānotā un izlietotā summa eiro:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="252"/>
        <source>The support plan of semester %1 has no euro measures.</source>
        <translation>Semestra %1 atbalsta plānā nav pasākumu eiro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="264"/>
        <source>Amount: enter the sum in euro, for example 25,50.</source>
        <translation>Summa: ievadiet summu eiro, piemēram, 25,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="273"/>
        <source>Measure: the catalogue has no euro measures.</source>
        <translation>Pasākums: katalogā nav neviena pasākuma eiro.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="43"/>
        <source>Pumpurs — first start</source>
        <translation>Pumpurs — pirmā palaišana</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="55"/>
        <source>Finish</source>
        <translation>Pabeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="56"/>
        <source>Next &gt;</source>
        <translation>Tālāk &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="57"/>
        <source>&lt; Back</source>
        <translation>&lt; Atpakaļ</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="58"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/ui/form_errors.py" line="197"/>
        <source>Not saved. Correct what is marked:</source>
        <translation>Nav saglabāts. Izlabojiet atzīmēto:</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="35"/>
        <source>Type a goal and press Add goal</source>
        <translation>Ierakstiet mērķi un nospiediet “Pievienot mērķi”</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="37"/>
        <source>Add goal</source>
        <translation>Pievienot mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="38"/>
        <source>Remove goal</source>
        <translation>Noņemt mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="39"/>
        <source>Move up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="40"/>
        <source>Move down</source>
        <translation>Uz leju</translation>
    </message>
</context>
<context>
    <name>GuardiansTable</name>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32"/>
        <source>Name and surname</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32"/>
        <source>Relation</source>
        <translation>Radniecība</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="33"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="39"/>
        <source>Add parent or guardian</source>
        <translation>Pievienot vecāku vai aizbildni</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="42"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="35"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="35"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="36"/>
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="47"/>
        <source>Nothing has been recorded about this pupil yet.</source>
        <translation>Par šo skolēnu vēl nekas nav reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="34"/>
        <location filename="../../app/ui/student_card/history_tab.py" line="56"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="29"/>
        <source>Why it differs from the imported value</source>
        <translation>Kāpēc atšķiras no importētās vērtības</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="30"/>
        <source>Reason for the change</source>
        <translation>Izmaiņu iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="49"/>
        <source>Imported: %1 (period %2)</source>
        <translation>Importēts: %1 (periods %2)</translation>
    </message>
</context>
<context>
    <name>IndicatorImportDialog</name>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="75"/>
        <source>Import figures from the e-journal</source>
        <translation>Rādītāju imports no e-žurnāla</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="79"/>
        <source>Attendance (lessons and absences)</source>
        <translation>Kavējumi (stundas un kavējumi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="80"/>
        <source>Marks</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="81"/>
        <source>Conduct notes</source>
        <translation>Uzvedības piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="85"/>
        <source>2026-10 or 2026/2027-1; empty: the current semester</source>
        <translation>2026-10 vai 2026/2027-1; tukšs: pašreizējais semestris</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="88"/>
        <source>File</source>
        <translation>Datne</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="89"/>
        <source>The file holds</source>
        <translation>Datnē ir</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="90"/>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="91"/>
        <source>Preview</source>
        <translation>Priekšskatīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="99"/>
        <source>Rows with problems</source>
        <translation>Rindas ar problēmām</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="100"/>
        <source>Leave out the rows with problems</source>
        <translation>Izlaist rindas ar problēmām</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="135"/>
        <source>Choose what the file holds and its period, then “Preview”.</source>
        <translation>Izvēlieties, kas ir datnē, un periodu, tad spiediet “Priekšskatīt”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="149"/>
        <source>Reading the file…</source>
        <translation>Lasa datni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="159"/>
        <source>Period %1: %2 – %3.</source>
        <translation>Periods %1: %2 – %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="161"/>
        <source>Pupils found: %1; not found: %2; rows with errors: %3; repeated rows: %4.</source>
        <translation>Atrasti skolēni: %1; nav atrasti: %2; rindas ar kļūdām: %3; atkārtotas rindas: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="167"/>
        <source>It replaces the earlier import of this period: “%1” of %2 (%3 rows).</source>
        <translation>Tas aizstās šī perioda iepriekšējo importu: “%1” (%2, rindas: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="190"/>
        <source>Some rows have problems: correct them in the e-journal and export again, or leave them out.</source>
        <translation>Dažās rindās ir problēmas: izlabojiet tās e-žurnālā un eksportējiet vēlreiz vai izlaidiet tās.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="199"/>
        <source>Store the figures of %1 pupils for the period %2?</source>
        <translation>Saglabāt rādītājus periodam %2 (skolēni: %1)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="202"/>
        <source>The earlier import of this period is replaced.</source>
        <translation>Šī perioda iepriekšējais imports tiks aizstāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="207"/>
        <source>Storing the figures…</source>
        <translation>Saglabā rādītājus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="221"/>
        <source>Stored: the figures of %1 pupils for %2 (%3 rows left out). The candidates for an assessment are in My work.</source>
        <translation>Saglabāti rādītāji periodam %2 (skolēni: %1, izlaistas rindas: %3). Kandidāti izvērtējumam ir sadaļā “Mans darbs”.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="37"/>
        <source>Mark as left</source>
        <translation>Atzīmēt aiziešanu</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="41"/>
        <source>left school</source>
        <translation>pārtrauca mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="42"/>
        <source>transferred to another school</source>
        <translation>pārgāja uz citu izglītības iestādi</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="44"/>
        <source>graduated</source>
        <translation>absolvēja</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="52"/>
        <source>e.g. the new school, or the reason</source>
        <translation>piemēram, jaunā skola vai iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="55"/>
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="56"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="57"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="61"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="40"/>
        <source>Database location</source>
        <translation>Datubāzes atrašanās vieta</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="41"/>
        <source>The database is encrypted; only Pumpurs can open it.</source>
        <translation>Datubāze ir šifrēta; to var atvērt tikai Pumpurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="43"/>
        <source>Create the database</source>
        <translation>Izveidot datubāzi</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="45"/>
        <source>Only this Windows user</source>
        <translation>Tikai šis Windows lietotājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="48"/>
        <source>Every account of this computer</source>
        <translation>Visi šī datora konti</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="60"/>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="81"/>
        <source>Key file passphrase</source>
        <translation>Atslēgu datnes parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="82"/>
        <source>Repeat the passphrase</source>
        <translation>Atslēgu datnes parole vēlreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="85"/>
        <source>Who uses Pumpurs on this computer?</source>
        <translation>Kas šajā datorā lieto Pumpurs?</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="89"/>
        <location filename="../../app/ui/first_run/location_page.py" line="143"/>
        <source>Database file</source>
        <translation>Datubāzes datne</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="112"/>
        <source>The database is kept in the computer&apos;s shared folder; anyone who signs in with a Pumpurs user name and password opens it, in whichever Windows account.</source>
        <translation>Datubāze glabājas datora kopīgajā mapē; to atver ikviens, kas pierakstās ar Pumpurs lietotājvārdu un paroli, lai kurā Windows kontā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="118"/>
        <source>The database and its key belong to the Windows account you are using now; another account needs the recovery key.</source>
        <translation>Datubāze un tās atslēga pieder Windows kontam, kuru izmantojat tagad; citam kontam vajadzīga atkopšanas atslēga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="129"/>
        <location filename="../../app/ui/first_run/location_page.py" line="133"/>
        <source>The recovery key shown at the end is the only other way to open the database.</source>
        <translation>Beigās parādītā atkopšanas atslēga ir vienīgais cits veids, kā atvērt datubāzi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="137"/>
        <source>This computer has no system key store. The database key will be kept in the file %1, protected by a passphrase that you choose here. Pumpurs asks for it when it starts.</source>
        <translation>Šajā datorā nav sistēmas atslēgu glabātuves. Datubāzes atslēga tiks glabāta datnē %1, aizsargāta ar paroli, ko izvēlaties šeit. Pumpurs to prasīs katrā palaišanas reizē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="144"/>
        <source>Pumpurs database (*.db)</source>
        <translation>Pumpurs datubāze (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="151"/>
        <source>Database file: choose where the database is saved.</source>
        <translation>Datubāzes datne: izvēlieties, kur saglabāt datubāzi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="156"/>
        <source>Database file: %1 is not a folder — choose another location.</source>
        <translation>Datubāzes datne: %1 nav mape — izvēlieties citu vietu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="162"/>
        <source>The shared folder %1 cannot be written from this account — ask the computer&apos;s administrator to give the users of this computer write access to it (see the installation guide).</source>
        <translation>No šī konta nevar rakstīt kopīgajā mapē %1 — lūdziet datora administratoram dot šī datora lietotājiem rakstīšanas tiesības tajā (skatiet uzstādīšanas norādījumus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="172"/>
        <source>Repeat the passphrase: it does not match the passphrase — type the same passphrase again.</source>
        <translation>Atslēgu datnes parole vēlreiz: tā nesakrīt ar paroli — ievadiet to pašu paroli vēlreiz.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="40"/>
        <source>Pumpurs — locked</source>
        <translation>Pumpurs — bloķēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="42"/>
        <source>Locked — enter your password</source>
        <translation>Bloķēts — ievadiet savu paroli</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="56"/>
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="60"/>
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="65"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="87"/>
        <source>Password: enter your password to unlock.</source>
        <translation>Parole: ievadiet savu paroli, lai atbloķētu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="111"/>
        <source>Password: it is not correct — check it and try again.</source>
        <translation>Parole: tā nav pareiza — pārbaudiet to un mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="34"/>
        <source>Pumpurs — sign in</source>
        <translation>Pumpurs — pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="52"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="58"/>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="77"/>
        <source>User name: enter your user name.</source>
        <translation>Lietotājvārds: ievadiet savu lietotājvārdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Pumpurs — %1</source>
        <translation>Pumpurs — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Screens</source>
        <translation>Ekrāni</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Refresh</source>
        <translation>Atsvaidzināt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>My work</source>
        <translation>Mans darbs</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Pupils</source>
        <translation>Skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Plans</source>
        <translation>Plāni</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>Consultations</source>
        <translation>Konsultācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Approvals</source>
        <translation>Apstiprināšana</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Audit trail</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>Semester %1</source>
        <translation>Semestris %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="77"/>
        <source>New support measure</source>
        <translation>Jauns atbalsta pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="88"/>
        <source>for example, 18,50</source>
        <translation>piemēram, 18,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="90"/>
        <source>empty: no cap</source>
        <translation>tukšs: bez limita</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="91"/>
        <source>Planned</source>
        <translation>Plāno</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="92"/>
        <source>Specialist</source>
        <translation>Speciālists</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="93"/>
        <source>Rate per hour, €</source>
        <translation>Stundas likme, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="94"/>
        <source>Cap per pupil and semester, €</source>
        <translation>Limits vienam skolēnam semestrī, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="121"/>
        <source>Rate per hour: enter an amount in euro, for example 18,50.</source>
        <translation>Stundas likme: ievadiet summu eiro, piemēram, 18,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="125"/>
        <source>Cap: enter an amount in euro, for example 500,00, or leave it empty.</source>
        <translation>Limits: ievadiet summu eiro, piemēram, 500,00, vai atstājiet tukšu.</translation>
    </message>
</context>
<context>
    <name>MeasureRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119"/>
        <source>Subject</source>
        <translation>Mācību priekšmets</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119"/>
        <source>Rate</source>
        <translation>Likme</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="120"/>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="194"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="65"/>
        <source>Add measure</source>
        <translation>Pievienot pasākumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="66"/>
        <source>Remove measure</source>
        <translation>Noņemt pasākumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="67"/>
        <source>Move up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="68"/>
        <source>Move down</source>
        <translation>Uz leju</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="98"/>
        <source>Name of a provider from outside</source>
        <translation>Ārēja pakalpojuma sniedzēja vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="103"/>
        <location filename="../../app/ui/student_card/plan_measures.py" line="307"/>
        <source>Planned hours</source>
        <translation>Plānotās stundas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="109"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="110"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="111"/>
        <source>Outside provider</source>
        <translation>Ārējs sniedzējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="112"/>
        <source>Subject</source>
        <translation>Mācību priekšmets</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="117"/>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="152"/>
        <source>hours</source>
        <translation>stundas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="152"/>
        <source>euro</source>
        <translation>eiro</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="140"/>
        <source>— not a staff member —</source>
        <translation>— nav skolas darbinieks —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="153"/>
        <source>, no longer offered</source>
        <translation>, vairs nepiedāvā</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="308"/>
        <source>Planned amount, €</source>
        <translation>Plānotā summa, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="309"/>
        <source>e.g. 1,5</source>
        <translation>piemēram, 1,5</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="310"/>
        <source>e.g. 25,00</source>
        <translation>piemēram, 25,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="317"/>
        <source>Planned hours: must be more than 0 hours.</source>
        <translation>Plānotās stundas: jābūt vairāk par 0 stundām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="318"/>
        <source>Planned amount: must be more than 0 €.</source>
        <translation>Plānotā summa: jābūt vairāk par 0 €.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="321"/>
        <source>Planned hours: type a number of hours, e.g. 1,5.</source>
        <translation>Plānotās stundas: ierakstiet stundu skaitu, piemēram, 1,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="322"/>
        <source>Planned amount: type a sum in euro, e.g. 25,00.</source>
        <translation>Plānotā summa: ierakstiet summu eiro, piemēram, 25,00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="328"/>
        <source>Total: %1</source>
        <translation>Kopā: %1</translation>
    </message>
</context>
<context>
    <name>MyWorkScreen</name>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="59"/>
        <source>My work — %1, %2</source>
        <translation>Mans darbs — %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="65"/>
        <source>Nothing is waiting for you right now.</source>
        <translation>Šobrīd jums nekas negaida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="74"/>
        <source>My work</source>
        <translation>Mans darbs</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="89"/>
        <source>Loading your work…</source>
        <translation>Ielādē jūsu darbus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="101"/>
        <source>%1 — submitted %2</source>
        <translation>%1 — iesniegts %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="104"/>
        <source>%1 — returned: %2</source>
        <translation>%1 — atgriezts: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="106"/>
        <source>%1 — review overdue since %2</source>
        <translation>%1 — pārskatīšana nokavēta kopš %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="107"/>
        <source>%1 — review on %2</source>
        <translation>%1 — pārskatīšana %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="129"/>
        <source>Plans waiting for your approval (%1)</source>
        <translation>Plāni, kas gaida jūsu apstiprinājumu (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="130"/>
        <source>Plans returned for changes (%1)</source>
        <translation>Labošanai atgrieztie plāni (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="131"/>
        <source>Plan reviews in the next two weeks (%1)</source>
        <translation>Plānu pārskatīšana nākamajās divās nedēļās (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="142"/>
        <source>My pupils this semester (%1)</source>
        <translation>Mani skolēni šajā semestrī (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="144"/>
        <source>%1 (%2) — delivered %3, not attended %4</source>
        <translation>%1 (%2) — sniegts %3, neapmeklēts %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="150"/>
        <source>Sync with the municipality</source>
        <translation>Sinhronizācija ar pašvaldību</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="152"/>
        <source>Changes not yet sent: %1</source>
        <translation>Vēl nenosūtītas izmaiņas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="155"/>
        <source>Conflicts to resolve: %1</source>
        <translation>Atrisināmas pretrunas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="170"/>
        <source>Candidates for an assessment (%1)</source>
        <translation>Kandidāti izvērtēšanai (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="173"/>
        <source>%1 (%2) — %3; %4</source>
        <translation>%1 (%2) — %3; %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="177"/>
        <source>From the file “%1”, imported %2</source>
        <translation>No faila “%1”, importēts %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="190"/>
        <source>Backup</source>
        <translation>Rezerves kopija</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="192"/>
        <source>The database has never been backed up — make a backup now (Settings → Backup).</source>
        <translation>Datubāzei vēl nav izveidota rezerves kopija — izveidojiet to tagad (Iestatījumi → Rezerves kopija).</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="195"/>
        <source>The last backup is more than 7 days old (%1) — make a new one (Settings → Backup).</source>
        <translation>Pēdējā rezerves kopija ir vecāka par 7 dienām (%1) — izveidojiet jaunu (Iestatījumi → Rezerves kopija).</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="187"/>
        <source>Last backup: %1</source>
        <translation>Pēdējā rezerves kopija: %1</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="40"/>
        <source>empty: the same as in Latvian</source>
        <translation>tukšs: tāpat kā latviski</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="41"/>
        <source>Name in Latvian</source>
        <translation>Nosaukums latviski</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="42"/>
        <source>Name in English</source>
        <translation>Nosaukums angliski</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="213"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="89"/>
        <source>Overview</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="110"/>
        <source>Support plan</source>
        <translation>Atbalsta plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="113"/>
        <source>Parents or guardians</source>
        <translation>Vecāki vai aizbildņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="115"/>
        <source>Support staff</source>
        <translation>Atbalsta personāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="118"/>
        <source>Assign support staff…</source>
        <translation>Piesaistīt atbalsta personālu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="129"/>
        <source>Over time</source>
        <translation>Laika gaitā</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="155"/>
        <source>Risk in semester %1</source>
        <translation>Risks semestrī %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="159"/>
        <source>The pupil has not been assessed in this semester yet.</source>
        <translation>Šajā semestrī skolēnam vēl nav riska izvērtējuma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="163"/>
        <source>Assessed on %1 by %2.</source>
        <translation>Izvērtēts %1, izvērtēja %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="168"/>
        <source>Learning</source>
        <translation>Mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="169"/>
        <source>Social &amp; health</source>
        <translation>Sociālā vide, veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="170"/>
        <source>Economic</source>
        <translation>Ekonomiskie</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="170"/>
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="173"/>
        <source>no risk</source>
        <translation>nav riska</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="173"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="174"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="174"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="193"/>
        <source>No support plan in this semester.</source>
        <translation>Šajā semestrī atbalsta plāna nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="194"/>
        <source>The plan is a draft.</source>
        <translation>Plāns ir melnraksts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="195"/>
        <source>The plan is waiting for the director&apos;s approval.</source>
        <translation>Plāns gaida direktora apstiprinājumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="196"/>
        <source>The plan was returned for changes.</source>
        <translation>Plāns atgriezts labošanai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="197"/>
        <source>The plan is approved.</source>
        <translation>Plāns ir apstiprināts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="198"/>
        <source>The plan is closed.</source>
        <translation>Plāns ir slēgts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="204"/>
        <source>No parents or guardians recorded.</source>
        <translation>Vecāki vai aizbildņi nav norādīti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="214"/>
        <source>No support staff assigned.</source>
        <translation>Atbalsta personāls nav piesaistīts.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanContinuation</name>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="74"/>
        <source>Start from the previous plan</source>
        <translation>Sākt no iepriekšējā plāna</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="95"/>
        <source>The plan of semester %1 is evaluated and closed. Starting from it copies its goals and measures, at this school year&apos;s rates.</source>
        <translation>Semestra %1 plāns ir izvērtēts un noslēgts. Sākot no tā, tiek pārņemti tā mērķi un pasākumi ar šī mācību gada likmēm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="108"/>
        <source>Starting the plan from the previous one…</source>
        <translation>Veido plānu no iepriekšējā…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="124"/>
        <source>Not copied from the previous plan: %1. A measure is left out when it is not in this school year&apos;s catalogue, its provider no longer works at the school, or it would exceed the year&apos;s limit; add the support needed now in the measures table.</source>
        <translation>No iepriekšējā plāna netika pārņemts: %1. Pasākumu nepārņem, ja tā nav šī mācību gada katalogā, tā sniedzējs skolā vairs nestrādā vai tiktu pārsniegts gada limits; vajadzīgo atbalstu pievienojiet pasākumu tabulā.</translation>
    </message>
</context>
<context>
    <name>PlanPrintActions</name>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="37"/>
        <source>Save as PDF</source>
        <translation>Saglabāt kā PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="39"/>
        <source>The plan as stored (unsaved edits are not printed).</source>
        <translation>Plāns, kā tas ir saglabāts (nesaglabātie labojumi netiek drukāti).</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="41"/>
        <source>Amend the approved plan</source>
        <translation>Labot apstiprināto plānu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="44"/>
        <source>Starts version %1 to change; the approved version stays in force until the director approves the new one.</source>
        <translation>Izveido labojamu %1. versiju; apstiprinātā versija paliek spēkā, līdz direktors apstiprina jauno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="78"/>
        <source>Save the plan as PDF</source>
        <translation>Saglabāt plānu kā PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="85"/>
        <source>Saved: %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="94"/>
        <source>Starting a new version…</source>
        <translation>Sāk jaunu versiju…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="106"/>
        <source>The file could not be saved: %1</source>
        <translation>Failu neizdevās saglabāt: %1</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="38"/>
        <source>The plan being read</source>
        <translation>Skatāmais plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="46"/>
        <source>Open a plan from the queue to read it.</source>
        <translation>Atveriet plānu no saraksta, lai to izlasītu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="62"/>
        <source>Class %1 · semester %2 · version %3 · author %4</source>
        <translation>Klase %1 · semestris %2 · versija %3 · autors %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="65"/>
        <source>Submitted %1.</source>
        <translation>Iesniegts %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="72"/>
        <location filename="../../app/ui/approvals/plan_reader.py" line="77"/>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="73"/>
        <source>The plan is not linked to a risk assessment.</source>
        <translation>Plāns nav saistīts ar riska izvērtējumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="74"/>
        <source>%1: risk level %2, risk signs found: %3</source>
        <translation>%1: riska līmenis %2, atrastas riska pazīmes: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="81"/>
        <source>No goals.</source>
        <translation>Mērķu nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="82"/>
        <source>Goals</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89"/>
        <source>Rate</source>
        <translation>Likme</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="90"/>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="102"/>
        <source>Total: %1</source>
        <translation>Kopā: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="104"/>
        <source>Support measures</source>
        <translation>Atbalsta pasākumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="111"/>
        <source>Responsible person</source>
        <translation>Atbildīgā persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="112"/>
        <source>Review dates</source>
        <translation>Pārskatīšanas datumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="113"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="119"/>
        <source>Not recorded.</source>
        <translation>Nav reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="120"/>
        <source>%1, received on %2.</source>
        <translation>%1, saņemts %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="122"/>
        <source>Parent&apos;s application</source>
        <translation>Vecāka iesniegums</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="126"/>
        <source>What changed</source>
        <translation>Kas mainījies</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="127"/>
        <source>This is the first version of the plan.</source>
        <translation>Šī ir plāna pirmā versija.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="128"/>
        <source>What changed against version %1</source>
        <translation>Kas mainījies salīdzinājumā ar %1. versiju</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="131"/>
        <source>Nothing has changed.</source>
        <translation>Nekas nav mainīts.</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50"/>
        <source>Author</source>
        <translation>Autors</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51"/>
        <source>Total cost</source>
        <translation>Kopējās izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51"/>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
</context>
<context>
    <name>PlanSaving</name>
    <message>
        <location filename="../../app/ui/student_card/plan_saving.py" line="101"/>
        <source>Submitting the plan…</source>
        <translation>Iesniedz plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_saving.py" line="102"/>
        <source>Saving the plan…</source>
        <translation>Saglabā plānu…</translation>
    </message>
</context>
<context>
    <name>PlanStatusBox</name>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="36"/>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="37"/>
        <source>submitted</source>
        <translation>iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="38"/>
        <source>returned</source>
        <translation>atgriezts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="39"/>
        <source>approved</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="40"/>
        <source>closed</source>
        <translation>noslēgts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="44"/>
        <source>Status: %1</source>
        <translation>Statuss: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="46"/>
        <source>(read only)</source>
        <translation>(tikai lasīšanai)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="48"/>
        <source>Semester %1, version %2, author %3</source>
        <translation>Semestris %1, versija %2, autors %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="52"/>
        <source>submitted %1</source>
        <translation>iesniegts %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="66"/>
        <source>The municipality (%1) returned the plan on %2: %3</source>
        <translation>Pašvaldība (%1) atgrieza plānu %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="69"/>
        <source>%1 returned the plan on %2: %3</source>
        <translation>%1 atgrieza plānu %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="72"/>
        <source>Approved by %1 on %2.</source>
        <translation>Apstiprināja %1 %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="77"/>
        <source>risk reduced</source>
        <translation>risks samazinājies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="78"/>
        <source>risk unchanged</source>
        <translation>risks nav mainījies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="79"/>
        <source>risk increased</source>
        <translation>risks palielinājies</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="82"/>
        <source>continue the support</source>
        <translation>turpināt atbalstu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="83"/>
        <source>end the support</source>
        <translation>beigt atbalstu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="84"/>
        <source>refer to other services</source>
        <translation>nosūtīt pie citiem speciālistiem vai dienestiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="86"/>
        <source>Evaluated on %1. Recommendation: %2.</source>
        <translation>Izvērtēts %1. Ieteikums: %2.</translation>
    </message>
</context>
<context>
    <name>PlanStatusWords</name>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="37"/>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="37"/>
        <source>submitted</source>
        <translation>iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="38"/>
        <source>returned</source>
        <translation>atgriezts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="38"/>
        <source>approved</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="39"/>
        <source>closed</source>
        <translation>noslēgts</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="76"/>
        <source>Loading the plan…</source>
        <translation>Ielādē plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="79"/>
        <source>Create plan</source>
        <translation>Izveidot plānu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="98"/>
        <source>Support plan</source>
        <translation>Atbalsta plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="113"/>
        <source>Submit for approval</source>
        <translation>Iesniegt apstiprināšanai</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="120"/>
        <source>Goals</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="122"/>
        <source>Support measures</source>
        <translation>Atbalsta pasākumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="125"/>
        <source>Responsible person</source>
        <translation>Atbildīgā persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="127"/>
        <source>Review dates</source>
        <translation>Pārskatīšanas datumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="128"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="129"/>
        <source>Parent&apos;s application</source>
        <translation>Vecāka iesniegums</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="171"/>
        <source>— not chosen —</source>
        <translation>— nav izvēlēts —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="193"/>
        <source>This pupil has no support plan for semester %1 yet.</source>
        <translation>Skolēnam vēl nav atbalsta plāna semestrim %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="279"/>
        <source>Creating the plan…</source>
        <translation>Veido plānu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="306"/>
        <source>Submit the plan of %1 for the director&apos;s approval? Total cost: %2. Until the director decides, the plan cannot be changed.</source>
        <translation>Iesniegt atbalsta plānu (%1) direktora apstiprināšanai? Kopējās izmaksas: %2. Kamēr direktors nav lēmis, plānu nevar mainīt.</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="43"/>
        <source>Support plans, semester %1</source>
        <translation>Atbalsta plāni, semestris %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="48"/>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="60"/>
        <source>Open pupil card</source>
        <translation>Atvērt skolēna karti</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="67"/>
        <source>Status:</source>
        <translation>Statuss:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="84"/>
        <source>Plans</source>
        <translation>Plāni</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="101"/>
        <source>Loading plans…</source>
        <translation>Ielādē plānus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="120"/>
        <source>Plans shown: %1 of %2</source>
        <translation>Parādīti plāni: %1 no %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="124"/>
        <source>Total cost of the plans shown: %1</source>
        <translation>Parādīto plānu kopējās izmaksas: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33"/>
        <source>Author</source>
        <translation>Autors</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33"/>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32"/>
        <source>Total cost</source>
        <translation>Kopējās izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33"/>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32"/>
        <source>Read</source>
        <translation>Izlasīts</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="83"/>
        <source>You have read this plan since it was submitted.</source>
        <translation>Plāns kopš iesniegšanas ir atvērts jūsu kontā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="84"/>
        <source>Open the plan to read it before approving it.</source>
        <translation>Pirms apstiprināšanas atveriet un izlasiet plānu.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="37"/>
        <source>Rate of “%1”</source>
        <translation>“%1” likme</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="42"/>
        <source>for example, 18,50</source>
        <translation>piemēram, 18,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="43"/>
        <source>no hourly rate</source>
        <translation>stundas likmes nav</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="47"/>
        <source>empty: no cap</source>
        <translation>tukšs — bez limita</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="48"/>
        <source>Rate per hour, €</source>
        <translation>Stundas likme, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="49"/>
        <source>Cap per pupil and semester, €</source>
        <translation>Limits vienam skolēnam semestrī, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="73"/>
        <source>Rate per hour: enter an amount in euro, for example 18,50.</source>
        <translation>Stundas likme: ievadiet summu eiro, piemēram, 18,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="74"/>
        <source>Cap: enter an amount in euro, for example 500,00, or leave it empty.</source>
        <translation>Limits: ievadiet summu eiro, piemēram, 500,00, vai atstājiet tukšu.</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="89"/>
        <source>Rate…</source>
        <translation>Likme…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="93"/>
        <source>Support measures of the school year %1</source>
        <translation>Atbalsta pasākumi %1. mācību gadā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95"/>
        <source>Rate per hour</source>
        <translation>Stundas likme</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95"/>
        <source>Planned as</source>
        <translation>Plāno kā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="96"/>
        <source>Cap per pupil and semester</source>
        <translation>Limits skolēnam semestrī</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="96"/>
        <source>Offered</source>
        <translation>Piedāvā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="109"/>
        <source>no cap</source>
        <translation>bez limita</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="122"/>
        <source>%1 is no longer offered for new plans; plans that have it keep it.</source>
        <translation>Pasākums “%1” vairs netiek piedāvāts jauniem plāniem; plānos, kuros tas jau ir, tas paliek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="126"/>
        <source>This school year has no catalogue of measures.</source>
        <translation>Šim mācību gadam nav atbalsta pasākumu kataloga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="140"/>
        <source>Saved: %1. Plans made earlier keep their rates.</source>
        <translation>Saglabāts: %1. Agrāk sagatavotajos plānos paliek iepriekšējās likmes.</translation>
    </message>
</context>
<context>
    <name>RenameClassDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="73"/>
        <source>Rename class %1</source>
        <translation>Pārdēvēt klasi %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="76"/>
        <source>Letter or programme</source>
        <translation>Burts vai programma</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="31"/>
        <source>Pupils: %1 active, %2 assessed this semester, %3 at risk.</source>
        <translation>Skolēni: aktīvi %1, šajā semestrī izvērtēti %2, riska grupā %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="34"/>
        <source>Early warning: %1 pupils screened from the e-journal&apos;s imports, %2 candidates, of them %3 assessed and %4 taken into the programme.</source>
        <translation>Agrīnā brīdināšana: pēc e-žurnāla importiem pārbaudīti %1 skolēni, %2 kandidāti, no tiem %3 izvērtēti un %4 uzņemti programmā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="39"/>
        <source>Pupils at risk by category (low / medium / high, total):</source>
        <translation>Skolēni riska grupā pa kategorijām (zems / vidējs / augsts līmenis, kopā):</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="42"/>
        <source>%1: %2 / %3 / %4, total %5</source>
        <translation>%1: %2 / %3 / %4, kopā %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="46"/>
        <source>Plans by status (total %1):</source>
        <translation>Plāni pēc statusa (kopā %1):</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="48"/>
        <source>%1: %2, planned cost %3</source>
        <translation>%1: %2, plānotās izmaksas %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="53"/>
        <source>Planned in approved plans: %1</source>
        <translation>Plānots apstiprinātajos plānos: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="55"/>
        <source>Support delivered: %1</source>
        <translation>Sniegtā atbalsta vērtība: %1</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="46"/>
        <source>Semester report (PDF)…</source>
        <translation>Semestra pārskats (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="49"/>
        <source>All plans as PDF…</source>
        <translation>Visi plāni PDF formātā…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="52"/>
        <source>Stop</source>
        <translation>Apturēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="68"/>
        <source>Semester:</source>
        <translation>Semestris:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="74"/>
        <source>Key figures of the semester</source>
        <translation>Semestra galvenie rādītāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="123"/>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="142"/>
        <source>Semester report %1.pdf</source>
        <translation>Semestra pārskats %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="144"/>
        <source>Save the semester report</source>
        <translation>Saglabāt semestra pārskatu</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="150"/>
        <source>The semester report is saved: %1</source>
        <translation>Semestra pārskats saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="156"/>
        <source>Choose a folder for the plans</source>
        <translation>Izvēlieties mapi plāniem</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="160"/>
        <source>Saving plans: %1 of %2…</source>
        <translation>Saglabā plānus: %1 no %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="166"/>
        <source>Saving the plans…</source>
        <translation>Saglabā plānus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="169"/>
        <source>Saving the plans as PDF…</source>
        <translation>Saglabā plānus PDF formātā…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="187"/>
        <source>The semester has no plans to print.</source>
        <translation>Šajā semestrī nav plānu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="189"/>
        <source>Stopped: %1 of %2 plans saved in %3.</source>
        <translation>Apturēts: mapē %3 saglabāti %1 no %2 plāniem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="190"/>
        <source>%1 of %2 plans saved in %3.</source>
        <translation>Mapē %3 saglabāti %1 no %2 plāniem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="202"/>
        <source>The file could not be saved: %1</source>
        <translation>Failu neizdevās saglabāt: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="104"/>
        <source>New password for %1</source>
        <translation>%1 — jauna parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="107"/>
        <source>New password</source>
        <translation>Jaunā parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="108"/>
        <source>Repeat the password</source>
        <translation>Parole vēlreiz</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="60"/>
        <source>Pupils&apos; data is kept only as long as the programme needs it. When its time is over, names, personal codes, birth dates, guardians, free text and documents are removed; the figures for statistics stay.</source>
        <translation>Skolēnu datus glabā tikai tik ilgi, cik tie vajadzīgi programmai. Kad glabāšanas laiks beidzies, vārdi, personas kodi, dzimšanas datumi, vecāku dati, brīvais teksts un dokumenti tiek dzēsti; statistikai vajadzīgie skaitļi paliek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="66"/>
        <source>Retention rules</source>
        <translation>Glabāšanas noteikumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="67"/>
        <location filename="../../app/ui/settings/retention_tab.py" line="72"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="67"/>
        <location filename="../../app/ui/settings/retention_tab.py" line="77"/>
        <source>Years</source>
        <translation>Gadi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="68"/>
        <source>Default</source>
        <translation>Noklusējums</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="68"/>
        <location filename="../../app/ui/settings/retention_tab.py" line="81"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="82"/>
        <source>Why the period changes</source>
        <translation>Kāpēc glabāšanas laiks mainās</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="83"/>
        <source>Save rule</source>
        <translation>Saglabāt noteikumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="88"/>
        <location filename="../../app/ui/settings/retention_tab.py" line="116"/>
        <source>Review on</source>
        <translation>Pārskats uz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="93"/>
        <source>Review</source>
        <translation>Pārskatīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="96"/>
        <source>Anonymise…</source>
        <translation>Anonimizēt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="102"/>
        <source>Data due for anonymisation</source>
        <translation>Anonimizējamie dati</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="155"/>
        <source>Retention rule saved.</source>
        <translation>Glabāšanas noteikums saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="175"/>
        <source>%1 (%2), left the programme %3</source>
        <translation>%1 (%2), mācības programmā beidza %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="183"/>
        <source>Pupils whose data is due: %1.</source>
        <translation>Skolēni, kuru dati jāanonimizē: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="190"/>
        <source>Anonymise the data listed (pupils: %1)? This cannot be undone.</source>
        <translation>Anonimizēt sarakstā redzamos datus (skolēni: %1)? To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="203"/>
        <source>Data anonymised (pupils: %1): records changed or removed — %2, audit entries redacted — %3.</source>
        <translation>Dati anonimizēti (skolēni: %1): mainīti vai dzēsti ieraksti — %2, audita žurnālā aizklāti ieraksti — %3.</translation>
    </message>
</context>
<context>
    <name>ReviewDatesEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_dates.py" line="50"/>
        <source>Add date</source>
        <translation>Pievienot datumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_dates.py" line="51"/>
        <source>Remove date</source>
        <translation>Noņemt datumu</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="16"/>
        <source>Learning</source>
        <translation>Mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="17"/>
        <source>Social &amp; health</source>
        <translation>Sociālā vide, veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="18"/>
        <source>Economic</source>
        <translation>Ekonomiskie</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="19"/>
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="24"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="24"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="25"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="25"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="89"/>
        <source>Roles of %1</source>
        <translation>%1 — lomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="91"/>
        <source>Roles</source>
        <translation>Lomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="92"/>
        <source>Specialist type</source>
        <translation>Speciālista veids</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="66"/>
        <source>Import a class list</source>
        <translation>Klašu saraksta imports</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="70"/>
        <source>Create the classes the file names</source>
        <translation>Izveidot klases, ko datne nosauc</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="72"/>
        <source>Leave out the rows with problems</source>
        <translation>Izlaist rindas ar problēmām</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="74"/>
        <source>Mark the pupils missing from the file as left</source>
        <translation>Skolēnus, kuru datnē nav, atzīmēt kā aizgājušus</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="83"/>
        <source>Save the rows with problems…</source>
        <translation>Saglabāt rindas ar problēmām…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="86"/>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="122"/>
        <source>Reading the class list…</source>
        <translation>Lasa klašu sarakstu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="155"/>
        <source>Tick “Create the classes…” to import the pupils of classes that do not exist yet.</source>
        <translation>Atzīmējiet “Izveidot klases…”, lai importētu skolēnus klasēs, kuru vēl nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="158"/>
        <source>Some rows have problems: correct them in the e-journal and export again, or leave them out.</source>
        <translation>Dažās rindās ir problēmas: izlabojiet tās e-žurnālā un izgūstiet sarakstu vēlreiz vai izlaidiet tās.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="170"/>
        <source>Rows with problems saved: %1</source>
        <translation>Rindas ar problēmām saglabātas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="174"/>
        <source>Import the class list? New pupils: %1, moved: %2, returning: %3.</source>
        <translation>Importēt klases sarakstu? Jauni skolēni: %1, pārcelti: %2, atgriežas: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="177"/>
        <source>%1 pupils will be marked as left.</source>
        <translation>%1 skolēni tiks atzīmēti kā aizgājuši.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="180"/>
        <source>%1 rows with problems are left out.</source>
        <translation>%1 rindas ar problēmām tiks izlaistas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="192"/>
        <source>Importing pupils…</source>
        <translation>Importē skolēnus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="205"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Imports atcelts; nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="211"/>
        <source>Imported: %1 new pupils, %2 moved, %3 returning, %4 marked as left, %5 classes created.</source>
        <translation>Importēti: %1 jauni skolēni, %2 pārcelti, %3 atgriezušies, %4 atzīmēti kā aizgājuši, izveidotas %5 klases.</translation>
    </message>
</context>
<context>
    <name>RosterPreviewView</name>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61"/>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61"/>
        <source>Pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61"/>
        <source>Outcome</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="67"/>
        <source>On file but not in this file (they stay unless you mark them as left):</source>
        <translation>Reģistrā ir, bet šajā datnē nav (paliek, ja vien neatzīmējat viņus kā aizgājušus):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="81"/>
        <source>Surname column</source>
        <translation>Uzvārda kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="82"/>
        <source>First name column</source>
        <translation>Vārda kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="83"/>
        <source>Personal code column</source>
        <translation>Personas koda kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="84"/>
        <source>Date of birth column</source>
        <translation>Dzimšanas datuma kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="85"/>
        <source>Class column</source>
        <translation>Klases kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="86"/>
        <source>Class letter column (if separate)</source>
        <translation>Klases burta kolonna (ja atsevišķa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="94"/>
        <source>Excel workbook</source>
        <translation>Excel darbgrāmata</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="95"/>
        <source>CSV, %1, separated by %2</source>
        <translation>CSV, %1, atdalītājs %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="96"/>
        <source>tab</source>
        <translation>tabulācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="97"/>
        <source>%1 (%2): %3 rows after the header in row %4.</source>
        <translation>%1 (%2): %3 rindas pēc virsraksta %4. rindā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="102"/>
        <source>— not in the file —</source>
        <translation>— datnē nav —</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="104"/>
        <source>column %1</source>
        <translation>%1. kolonna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="115"/>
        <source>School year %1.</source>
        <translation>Mācību gads %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="126"/>
        <source>New: %1 · moved to another class: %2 · unchanged: %3 · returning: %4 · with problems: %5 · repeated in the file: %6 · missing from the file: %7</source>
        <translation>Jauni: %1 · pārcelti uz citu klasi: %2 · bez izmaiņām: %3 · atgriežas: %4 · ar problēmām: %5 · datnē atkārtojas: %6 · datnē trūkst: %7</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="133"/>
        <source>Classes the file names that do not exist yet: %1</source>
        <translation>Klases, ko datne nosauc, bet kuru vēl nav: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="139"/>
        <source>new pupil</source>
        <translation>jauns skolēns</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="140"/>
        <source>moves from %1</source>
        <translation>pāriet no %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="141"/>
        <source>unchanged</source>
        <translation>bez izmaiņām</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="142"/>
        <source>returns (was marked as left)</source>
        <translation>atgriežas (bija atzīmēts kā aizgājis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="143"/>
        <location filename="../../app/ui/settings/roster_view.py" line="145"/>
        <source>not imported: %1</source>
        <translation>netiek importēts: %1</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../app/ui/scan_button.py" line="34"/>
        <source>Open the scan</source>
        <translation>Atvērt skenējumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_button.py" line="44"/>
        <source>Opens “%1” with this computer&apos;s viewer.</source>
        <translation>Atver “%1” ar šī datora skatītāju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_button.py" line="61"/>
        <source>Opening the scan…</source>
        <translation>Atver skenējumu…</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="62"/>
        <source>Your school</source>
        <translation>Jūsu skola</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="63"/>
        <source>As written in the register of educational institutions.</source>
        <translation>Kā norādīts izglītības iestāžu reģistrā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="67"/>
        <source>10 or 11 digits</source>
        <translation>10 vai 11 cipari</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="69"/>
        <source>for example, Dienvidkurzemes novads</source>
        <translation>piemēram, Dienvidkurzemes novads</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="71"/>
        <source>School name</source>
        <translation>Skolas nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="72"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="74"/>
        <source>Municipality</source>
        <translation>Pašvaldība</translation>
    </message>
</context>
<context>
    <name>SchoolTab</name>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="50"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="52"/>
        <source>Every support specialist of the pupil reads the confidential notes</source>
        <translation>Konfidenciālās piezīmes lasa visi skolēna atbalsta speciālisti</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="55"/>
        <source>Off (the usual rule): a consultation&apos;s confidential notes are read by their author and by specialists of the same kind only (a psychologist&apos;s by psychologists).</source>
        <translation>Izslēgts (parastā kārtība): konsultācijas konfidenciālās piezīmes lasa to autors un tikai tā paša veida speciālisti (psihologa piezīmes — psihologi).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="58"/>
        <source>School name</source>
        <translation>Skolas nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="59"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="61"/>
        <source>Municipality</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="62"/>
        <source>Lock the screen after idle time</source>
        <translation>Bloķēt ekrānu pēc dīkstāves</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="64"/>
        <source>Confidential notes</source>
        <translation>Konfidenciālās piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="65"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="68"/>
        <source>Undo changes</source>
        <translation>Atsaukt izmaiņas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="128"/>
        <source>The school&apos;s settings are saved.</source>
        <translation>Skolas iestatījumi ir saglabāti.</translation>
    </message>
</context>
<context>
    <name>SemesterDatesDialog</name>
    <message>
        <location filename="../../app/ui/settings/semester_dialog.py" line="32"/>
        <source>Semester dates of %1</source>
        <translation>%1 semestru datumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/semester_dialog.py" line="50"/>
        <source>Semester %1</source>
        <translation>%1. semestris</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="52"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="50"/>
        <source>class teacher</source>
        <comment>said of a woman</comment>
        <translation>klases audzinātāja</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="51"/>
        <source>support staff</source>
        <comment>said of a woman</comment>
        <translation>atbalsta personāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="52"/>
        <source>coordinator</source>
        <comment>said of a woman</comment>
        <translation>PMP koordinatore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="53"/>
        <source>director</source>
        <comment>said of a woman</comment>
        <translation>direktore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="54"/>
        <source>administrator</source>
        <comment>said of a woman</comment>
        <translation>administratore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="57"/>
        <source>class teacher</source>
        <translation>klases audzinātājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="57"/>
        <source>support staff</source>
        <translation>atbalsta personāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="58"/>
        <source>coordinator</source>
        <translation>PMP koordinators</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="58"/>
        <source>director</source>
        <translation>direktors</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="59"/>
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="75"/>
        <source>social pedagogue</source>
        <translation>sociālais pedagogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="76"/>
        <source>psychologist</source>
        <translation>psihologs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="77"/>
        <source>speech therapist</source>
        <translation>logopēds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="78"/>
        <source>special education teacher</source>
        <translation>speciālais pedagogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="79"/>
        <source>teacher&apos;s assistant</source>
        <translation>pedagoga palīgs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="80"/>
        <source>subject teacher</source>
        <translation>mācību priekšmeta skolotājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="81"/>
        <source>occupational therapist</source>
        <translation>ergoterapeits</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="82"/>
        <source>sign language interpreter</source>
        <translation>surdotulks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="83"/>
        <source>assistant</source>
        <translation>asistents</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="88"/>
        <source>social pedagogue</source>
        <comment>said of a woman</comment>
        <translation>sociālā pedagoģe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="89"/>
        <source>psychologist</source>
        <comment>said of a woman</comment>
        <translation>psiholoģe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="90"/>
        <source>speech therapist</source>
        <comment>said of a woman</comment>
        <translation>logopēde</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="92"/>
        <source>special education teacher</source>
        <comment>said of a woman</comment>
        <translation>speciālā pedagoģe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="93"/>
        <source>teacher&apos;s assistant</source>
        <comment>said of a woman</comment>
        <translation>pedagoga palīdze</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="94"/>
        <source>subject teacher</source>
        <comment>said of a woman</comment>
        <translation>mācību priekšmeta skolotāja</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="96"/>
        <source>occupational therapist</source>
        <comment>said of a woman</comment>
        <translation>ergoterapeite</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="98"/>
        <source>sign language interpreter</source>
        <comment>said of a woman</comment>
        <translation>surdotulce</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="99"/>
        <source>assistant</source>
        <comment>said of a woman</comment>
        <translation>asistente</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="103"/>
        <source>per hour</source>
        <translation>par stundu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="103"/>
        <source>amount in euro</source>
        <translation>summa eiro</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="54"/>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="58"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="60"/>
        <source>Data retention</source>
        <translation>Datu glabāšana</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="63"/>
        <source>Classes</source>
        <translation>Klases</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="67"/>
        <source>Catalogue</source>
        <translation>Katalogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="70"/>
        <source>School year</source>
        <translation>Mācību gads</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="73"/>
        <source>Backup</source>
        <translation>Rezerves kopija</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="75"/>
        <source>There are no settings that your role may change.</source>
        <translation>Jūsu lomai nav iestatījumu, ko mainīt.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="35"/>
        <source>Approve and sign</source>
        <translation>Apstiprināt un parakstīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="36"/>
        <source>You sign with your name (%1) and this computer&apos;s key:</source>
        <translation>Jūs parakstāt ar savu vārdu (%1) un šī datora atslēgu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="42"/>
        <source>Total cost: %1</source>
        <translation>Kopējās izmaksas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="48"/>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="64"/>
        <source>Your password</source>
        <translation>Jūsu parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="55"/>
        <source>&amp;Sign</source>
        <translation>&amp;Parakstīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="75"/>
        <source>Type your password to sign.</source>
        <translation>Lai parakstītu, ierakstiet savu paroli.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="55"/>
        <source>New risk sign</source>
        <translation>Jauna riska pazīme</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="60"/>
        <source>Risk category</source>
        <translation>Riska kategorija</translation>
    </message>
</context>
<context>
    <name>SignRow</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="49"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="50"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="51"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="56"/>
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
</context>
<context>
    <name>SignsTab</name>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="25"/>
        <source>Risk signs of the school year %1</source>
        <translation>Mācību gada %1 riska pazīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26"/>
        <source>Risk category</source>
        <translation>Riska kategorija</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26"/>
        <source>Risk sign</source>
        <translation>Riska pazīme</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26"/>
        <source>Offered</source>
        <translation>Piedāvā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="49"/>
        <source>%1 is no longer offered for new assessments; assessments that have it keep it.</source>
        <translation>Pazīme “%1” vairs netiek piedāvāta jauniem vērtējumiem; vērtējumos, kuros tā jau ir, tā paliek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="53"/>
        <source>This school year has no catalogue of risk signs.</source>
        <translation>Šim mācību gadam nav riska pazīmju kataloga.</translation>
    </message>
</context>
<context>
    <name>StudentCard</name>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="85"/>
        <source>Overall risk:</source>
        <translation>Kopējais risks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="92"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="94"/>
        <source>Undo changes</source>
        <translation>Atsaukt izmaiņas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="107"/>
        <source>Pupil card</source>
        <translation>Skolēna karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="148"/>
        <source>Pupil card — %1</source>
        <translation>Skolēna karte — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="150"/>
        <source>class %1</source>
        <translation>%1 klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="152"/>
        <source>studying</source>
        <translation>mācās</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="153"/>
        <source>left school on %1</source>
        <translation>pārtrauca mācības %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="154"/>
        <source>transferred to another school on %1</source>
        <translation>%1 pārgāja uz citu izglītības iestādi</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="155"/>
        <source>graduated on %1</source>
        <translation>absolvēja %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="160"/>
        <source>no risk</source>
        <translation>nav riska</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="160"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="161"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="161"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="164"/>
        <source>not assessed</source>
        <translation>nav izvērtēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="202"/>
        <source>Unsaved changes in: %1. Save them before closing?</source>
        <translation>Nesaglabātas izmaiņas cilnēs: %1. Vai saglabāt tās pirms aizvēršanas?</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="52"/>
        <source>Add pupil</source>
        <translation>Pievienot skolēnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="52"/>
        <source>Edit pupil</source>
        <translation>Labot skolēna datus</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="61"/>
        <source>optional, e.g. 010115-21234</source>
        <translation>nav obligāts, piemēram, 010115-21234</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="62"/>
        <source>known</source>
        <translation>zināms</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="78"/>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="79"/>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="80"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="81"/>
        <source>Personal code</source>
        <translation>Personas kods</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="82"/>
        <source>Birth date</source>
        <translation>Dzimšanas datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="83"/>
        <source>Parents or guardians</source>
        <translation>Vecāki vai aizbildņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="87"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="165"/>
        <source>Saving the pupil…</source>
        <translation>Saglabā skolēna datus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="181"/>
        <source>Save anyway?</source>
        <translation>Vai tomēr saglabāt?</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="191"/>
        <source>Discard the changes you have not saved?</source>
        <translation>Vai atmest nesaglabātās izmaiņas?</translation>
    </message>
</context>
<context>
    <name>StudentFilterBar</name>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="20"/>
        <source>All classes</source>
        <translation>Visas klases</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="22"/>
        <source>Any category</source>
        <translation>Jebkura kategorija</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="22"/>
        <source>Learning</source>
        <translation>Mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="23"/>
        <source>Social &amp; health</source>
        <translation>Sociālā vide, veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="24"/>
        <source>Economic</source>
        <translation>Ekonomiskie</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="24"/>
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="27"/>
        <source>any level</source>
        <translation>jebkurš līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="27"/>
        <source>low or higher</source>
        <translation>zems vai augstāks</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="28"/>
        <source>medium or higher</source>
        <translation>vidējs vai augstāks</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="28"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="31"/>
        <source>Any plan</source>
        <translation>Jebkurš plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="31"/>
        <source>No plan</source>
        <translation>Nav plāna</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="32"/>
        <source>Plan: draft</source>
        <translation>Plāns: melnraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="33"/>
        <source>Plan: submitted</source>
        <translation>Plāns: iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="34"/>
        <source>Plan: returned</source>
        <translation>Plāns: atgriezts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="35"/>
        <source>Plan: approved</source>
        <translation>Plāns: apstiprināts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="36"/>
        <source>Plan: closed</source>
        <translation>Plāns: slēgts</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="39"/>
        <source>Any indicators</source>
        <translation>Jebkuri rādītāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="40"/>
        <source>Indicators: caution or higher</source>
        <translation>Rādītāji: piesardzība vai augstāk</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="41"/>
        <source>Indicators: high</source>
        <translation>Rādītāji: augsts līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="44"/>
        <source>Studying</source>
        <translation>Mācās</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="45"/>
        <source>Left the school</source>
        <translation>Beiguši mācības skolā</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="45"/>
        <source>All pupils</source>
        <translation>Visi skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="50"/>
        <source>Risk:</source>
        <translation>Risks:</translation>
    </message>
</context>
<context>
    <name>StudentRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="109"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="110"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="110"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113"/>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113"/>
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114"/>
        <source>Learning</source>
        <translation>Mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114"/>
        <source>Social &amp; health</source>
        <translation>Sociālā vide, veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114"/>
        <source>Economic</source>
        <translation>Ekonomiskie</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115"/>
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115"/>
        <source>Overall</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115"/>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="118"/>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="118"/>
        <source>submitted</source>
        <translation>iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="119"/>
        <source>returned</source>
        <translation>atgriezts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="119"/>
        <source>approved</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="120"/>
        <source>closed</source>
        <translation>noslēgts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="123"/>
        <source>studying</source>
        <translation>mācās</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="123"/>
        <source>left school</source>
        <translation>pārtrauca mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="124"/>
        <source>transferred</source>
        <translation>pārgāja uz citu skolu</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="125"/>
        <source>graduated</source>
        <translation>absolvēja</translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="84"/>
        <source>Search pupils</source>
        <translation>Meklēt skolēnus</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="85"/>
        <source>Type part of a name or class…</source>
        <translation>Ierakstiet vārda, uzvārda vai klases daļu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="101"/>
        <source>Open card</source>
        <translation>Atvērt karti</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="102"/>
        <source>Add pupil…</source>
        <translation>Pievienot skolēnu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="103"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="104"/>
        <source>Mark as left…</source>
        <translation>Atzīmēt aiziešanu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="111"/>
        <source>Find:</source>
        <translation>Meklēt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="132"/>
        <source>Pupils</source>
        <translation>Skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="180"/>
        <source>Reading pupils and their risk levels…</source>
        <translation>Nolasa skolēnus un viņu riska līmeņus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="180"/>
        <source>Reading classes…</source>
        <translation>Nolasa klases…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="182"/>
        <source>Loading pupils…</source>
        <translation>Ielādē skolēnus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="214"/>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="43"/>
        <source>Sync keys are kept in the key store, but this database was opened without one. Open the database with its key store to sync.</source>
        <translation>Sinhronizācijas atslēgas glabājas atslēgu glabātuvē, bet šī datubāze atvērta bez tās. Lai sinhronizētu, atveriet datubāzi ar tās atslēgu glabātuvi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="50"/>
        <source>Save the enrolment request</source>
        <translation>Saglabāt pieteikumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="51"/>
        <source>Pumpurs enrolment request.pumpurs</source>
        <translation>Pumpurs pieteikums.pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="74"/>
        <source>Import the municipality&apos;s trust document</source>
        <translation>Importēt pašvaldības uzticības dokumentu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="109"/>
        <source>Syncing with the municipality…</source>
        <translation>Notiek sinhronizācija ar pašvaldību…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="115"/>
        <source>Choose the folder (USB stick) to export to</source>
        <translation>Izvēlieties mapi (USB zibatmiņu), uz kuru eksportēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="129"/>
        <source>Exporting to the folder…</source>
        <translation>Eksportē uz mapi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="133"/>
        <source>Choose the folder (USB stick) with the municipality&apos;s files</source>
        <translation>Izvēlieties mapi (USB zibatmiņu) ar pašvaldības datnēm</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="140"/>
        <source>Folder %1: it holds no answer files from the municipality for this school.</source>
        <translation>Mape %1: tajā nav pašvaldības atbilžu datņu šai skolai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="147"/>
        <source>Choose the municipality&apos;s answer files</source>
        <translation>Izvēlieties pašvaldības atbilžu datnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="177"/>
        <source>Importing the municipality&apos;s files…</source>
        <translation>Importē pašvaldības datnes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="187"/>
        <source>Conflict resolved: the school&apos;s plan for %1 stays as it is and goes to the municipality with the next sync.</source>
        <translation>Konflikts atrisināts (%1): skolas plāns paliek nemainīts un tiks nosūtīts pašvaldībai ar nākamo sinhronizāciju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="195"/>
        <source>Send every record to the municipality again? Use this only when the municipality rejected a bundle or asks for it: the next sync will be much larger.</source>
        <translation>Vai nosūtīt pašvaldībai visus ierakstus vēlreiz? Dariet to tikai tad, ja pašvaldība noraidījusi sūtījumu vai to lūdz: nākamā sinhronizācija būs daudz lielāka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="203"/>
        <source>%1 records are queued to be sent again with the next sync.</source>
        <translation>Atkārtotai nosūtīšanai ar nākamo sinhronizāciju sagatavoti ieraksti: %1.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="48"/>
        <source>Sync with the municipality</source>
        <translation>Sinhronizācija ar pašvaldību</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="61"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="63"/>
        <source>Export to folder…</source>
        <translation>Eksportēt uz mapi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="65"/>
        <source>Import from folder…</source>
        <translation>Importēt no mapes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="67"/>
        <source>Import files…</source>
        <translation>Importēt datnes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="86"/>
        <source>Bundles sent to the municipality</source>
        <translation>Sūtījumi pašvaldībai</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="92"/>
        <source>This screen is for the coordinator who syncs the school&apos;s data with the municipality.</source>
        <translation>Šis ekrāns paredzēts koordinatoram, kurš sinhronizē skolas datus ar pašvaldību.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="159"/>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="161"/>
        <source>Unsent changes: %1 · bundles awaiting the municipality&apos;s receipt: %2</source>
        <translation>Nenosūtītas izmaiņas: %1 · sūtījumi, kuru saņemšanu pašvaldība vēl nav apstiprinājusi: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="164"/>
        <source>Last successful sync: %1 · last attempt: %2</source>
        <translation>Pēdējā veiksmīgā sinhronizācija: %1 · pēdējais mēģinājums: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="169"/>
        <source>Last error: %1</source>
        <translation>Pēdējā kļūda: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="37"/>
        <location filename="../../app/ui/sync_status_bar.py" line="83"/>
        <source>Sync: checking…</source>
        <translation>Sinhronizācija: pārbauda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="53"/>
        <source>Sync: state unknown — %1</source>
        <translation>Sinhronizācija: stāvoklis nav zināms — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="85"/>
        <source>Sync: not set up yet — data stays on this computer</source>
        <translation>Sinhronizācija: vēl nav iestatīta — dati glabājas tikai šajā datorā</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="87"/>
        <source>Sync: waiting for the municipality&apos;s trust document</source>
        <translation>Sinhronizācija: gaida pašvaldības uzticības dokumentu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="88"/>
        <source>no unsent changes</source>
        <translation>nav nenosūtītu izmaiņu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="89"/>
        <source>unsent changes: %1</source>
        <translation>nenosūtītas izmaiņas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="91"/>
        <source>bundles awaiting receipt: %1</source>
        <translation>sūtījumi bez apstiprinājuma: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="94"/>
        <source>conflicts: %1</source>
        <translation>konflikti: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="95"/>
        <source>never synced yet</source>
        <translation>vēl nav sinhronizēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="96"/>
        <source>last sync %1</source>
        <translation>pēdējā sinhronizācija %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="99"/>
        <source>online</source>
        <translation>tiešsaistē</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="99"/>
        <source>offline</source>
        <translation>bezsaistē</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="100"/>
        <source>Sync: %1</source>
        <translation>Sinhronizācija: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="40"/>
        <source>ABC thresholds of the school year %1</source>
        <translation>Mācību gada %1 ABC sliekšņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="45"/>
        <source>Absences: caution from, %</source>
        <translation>Kavējumi: uzmanība no, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="46"/>
        <source>Absences: high risk from, %</source>
        <translation>Kavējumi: augsts risks no, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="48"/>
        <source>Unjustified lessons: low, medium, high from</source>
        <translation>Neattaisnoti kavētas stundas: zems, vidējs, augsts no</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="49"/>
        <source>Failing marks: low, medium, high from</source>
        <translation>Nesekmīgi vērtējumi: zems, vidējs, augsts no</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="50"/>
        <source>Conduct incidents: low, medium, high from</source>
        <translation>Uzvedības pārkāpumi: zems, vidējs, augsts no</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="78"/>
        <source>Absences: enter a percentage, for example 5 or 7,5.</source>
        <translation>Kavējumi: ierakstiet procentus, piemēram, 5 vai 7,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="85"/>
        <source>Enter a whole number for each level, for example 1, 2 and 4.</source>
        <translation>Katram līmenim ierakstiet veselu skaitli, piemēram, 1, 2 un 4.</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="106"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="113"/>
        <source>Where the ABC indicators start to count in %1</source>
        <translation>No kura brīža ABC rādītāji tiek ņemti vērā %1. mācību gadā</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="132"/>
        <source>low from %1, medium from %2, high from %3</source>
        <translation>zems no %1, vidējs no %2, augsts no %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="137"/>
        <source>Absences: caution from %1 %, high risk from %2 % of lessons.</source>
        <translation>Kavējumi: uzmanība no %1 %, augsts risks no %2 % stundu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="140"/>
        <source>Unjustified lessons: %1.</source>
        <translation>Neattaisnoti kavētas stundas: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="141"/>
        <source>Failing marks: %1.</source>
        <translation>Nesekmīgi vērtējumi: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="142"/>
        <source>Conduct incidents: %1.</source>
        <translation>Uzvedības pārkāpumi: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="155"/>
        <source>Saved. Levels computed from now on use these thresholds.</source>
        <translation>Saglabāts. Turpmāk aprēķinātie līmeņi izmanto šos sliekšņus.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="50"/>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52"/>
        <source>Full name</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52"/>
        <source>Roles</source>
        <translation>Lomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52"/>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="59"/>
        <source>Add a user…</source>
        <translation>Pievienot lietotāju…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="60"/>
        <source>Change roles…</source>
        <translation>Mainīt lomas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="61"/>
        <location filename="../../app/ui/settings/users_tab.py" line="126"/>
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="62"/>
        <source>Reset password…</source>
        <translation>Iestatīt jaunu paroli…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="88"/>
        <source>deactivated</source>
        <translation>deaktivizēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="90"/>
        <source>locked until %1</source>
        <translation>bloķēts līdz %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="91"/>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="127"/>
        <source>Reactivate</source>
        <translation>Aktivizēt atkārtoti</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="137"/>
        <source>Saved: %1.</source>
        <translation>Saglabāts: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="169"/>
        <source>%1 is active again. Set a new password for them (Reset password): on this shared computer it also gives back their key to the database.</source>
        <translation>%1 atkal ir aktīvs. Iestatiet viņam jaunu paroli (Iestatīt jaunu paroli): šajā kopīgajā datorā tā viņam atdod arī datubāzes atslēgu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="173"/>
        <source>%1 can sign in again.</source>
        <translation>%1 atkal var pieteikties.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="175"/>
        <source>%1 can no longer sign in; their records stay.</source>
        <translation>%1 vairs nevar pieteikties; lietotāja ieraksti tiek saglabāti.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="39"/>
        <source>Welcome to Pumpurs</source>
        <translation>Laipni lūdzam Pumpurā</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="41"/>
        <source>This wizard sets up Pumpurs on this computer: it records your school&apos;s details, creates the first administrator account and an encrypted database. At the end it shows a recovery key once — have paper and a pen ready.</source>
        <translation>Šis vednis sagatavo Pumpuru darbam šajā datorā: tas saglabā skolas datus, izveido pirmā administratora kontu un šifrētu datubāzi. Beigās vienu reizi tiks parādīta atkopšanas atslēga — sagatavojiet papīru un pildspalvu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="53"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
</context>
<context>
    <name>YearOpeningDialog</name>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="67"/>
        <source>Open school year %1</source>
        <translation>Atvērt mācību gadu %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="82"/>
        <source>Choose a catalogue file…</source>
        <translation>Izvēlēties klasifikatora datni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="85"/>
        <source>Open the school year</source>
        <translation>Atvērt mācību gadu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="93"/>
        <source>Classes</source>
        <translation>Klases</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="94"/>
        <source>Catalogue changes against last year</source>
        <translation>Klasifikatora izmaiņas salīdzinājumā ar pagājušo gadu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="95"/>
        <source>Pupils — tick those who repeat the year</source>
        <translation>Skolēni — atzīmējiet tos, kas atstāti uz otru gadu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="97"/>
        <source>Pupils at risk — tick to start from last semester&apos;s plan</source>
        <translation>Riska grupas skolēni — atzīmējiet, lai sāktu no pagājušā semestra plāna</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="122"/>
        <source>Catalogue file</source>
        <translation>Klasifikatora datne</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="123"/>
        <source>Catalogue (*.json)</source>
        <translation>Klasifikators (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="134"/>
        <source>new: %1</source>
        <translation>jauns: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="134"/>
        <source>no longer offered: %1</source>
        <translation>vairs netiek piedāvāts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="135"/>
        <source>the school&apos;s own, kept: %1</source>
        <translation>skolas pievienotais, paliek: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="136"/>
        <source>rate of %1: %2 → %3</source>
        <translation>likme “%1”: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="136"/>
        <source>cap of %1: %2 → %3</source>
        <translation>griesti “%1”: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="146"/>
        <source>School year %1 follows %2. Semester I %3–%4, semester II %5–%6. Catalogue: %7. A backup of the database is taken first.</source>
        <translation>Mācību gads %1 seko gadam %2. 1. semestris %3–%4, 2. semestris %5–%6. Klasifikators: %7. Vispirms tiek izveidota datubāzes rezerves kopija.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="154"/>
        <source>graduates</source>
        <translation>absolvē</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="160"/>
        <source>no changes</source>
        <translation>izmaiņu nav</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="170"/>
        <source>last plan not closed</source>
        <translation>pēdējais plāns nav noslēgts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="184"/>
        <source>Open school year %1? This cannot be undone; a backup of the database is taken first.</source>
        <translation>Atvērt mācību gadu %1? To nevar atsaukt; vispirms tiek izveidota datubāzes rezerves kopija.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="203"/>
        <source>School year %1 is open: %2 promoted, %3 repeating, %4 graduated, %5 plans started.</source>
        <translation>Mācību gads %1 ir atvērts: pārcelti %2, atstāti uz otru gadu %3, absolvēja %4, sākti %5 plāni.</translation>
    </message>
</context>
<context>
    <name>YearTab</name>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44"/>
        <source>Semester</source>
        <translation>Semestris</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44"/>
        <source>Starts</source>
        <translation>Sākas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44"/>
        <source>Ends</source>
        <translation>Beidzas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="51"/>
        <source>Semester dates…</source>
        <translation>Semestru datumi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="57"/>
        <source>The current semester follows these dates.</source>
        <translation>Pašreizējais semestris tiek noteikts pēc šiem datumiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="81"/>
        <source>Open school year %1…</source>
        <translation>Atvērt mācību gadu %1…</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../app/ui/desktop.py" line="43"/>
        <source>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</source>
        <translation>Radās kļūda. Nekas no iepriekš saglabātā nav zudis. Nokopējiet zemāk redzamo ziņojumu un nosūtiet to sistēmas administratoram.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="17"/>
        <source>PMP: early school leaving. The PMP coordinator leads the school&apos;s work to keep pupils from leaving school early (the PuMPuRS programme).</source>
        <translation>PMP — priekšlaicīga mācību pārtraukšana. PMP koordinators vada skolas darbu, lai skolēni nepārtrauktu mācības priekšlaicīgi (programma PuMPuRS).</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../app/ui/menus.py" line="39"/>
        <source>Pumpurs %1 — support for pupils at risk of leaving school early.</source>
        <translation>Pumpurs %1 — atbalsts izglītojamajiem, kuriem draud priekšlaicīga mācību pārtraukšana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="42"/>
        <source>School: %1</source>
        <translation>Skola: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="43"/>
        <source>Database: %1</source>
        <translation>Datubāze: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="44"/>
        <source>Signed in: %1</source>
        <translation>Pieteicies: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="45"/>
        <source>Semester: %1</source>
        <translation>Semestris: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="46"/>
        <source>The database key is kept in this computer&apos;s system keyring.</source>
        <translation>Datubāzes atslēga glabājas šī datora sistēmas atslēgu glabātuvē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="57"/>
        <source>Last backup: never</source>
        <translation>Pēdējā rezerves kopija: vēl nav izveidota</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="58"/>
        <source>Last backup: %1</source>
        <translation>Pēdējā rezerves kopija: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="63"/>
        <source>About Pumpurs</source>
        <translation>Par programmu Pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="70"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloķēt tagad</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="73"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Izrakstīties</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>Iz&amp;iet</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="83"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="96"/>
        <source>&amp;About Pumpurs</source>
        <translation>P&amp;ar programmu Pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Izgriezt</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>Ielī&amp;mēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="69"/>
        <source>Select &amp;all</source>
        <translation>Atlasīt &amp;visu</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="74"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="34"/>
        <source>Folder for the backup</source>
        <translation>Mape rezerves kopijai</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="44"/>
        <source>Class list exported from the e-journal</source>
        <translation>No e-žurnāla izgūts klašu saraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="45"/>
        <source>Class lists (*.xlsx *.csv *.txt)</source>
        <translation>Klašu saraksti (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="51"/>
        <source>Attendance, marks or conduct notes exported from the e-journal</source>
        <translation>E-žurnālā eksportēti kavējumi, vērtējumi vai uzvedības piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="52"/>
        <source>E-journal exports (*.xlsx *.csv *.txt)</source>
        <translation>E-žurnāla eksporti (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="50"/>
        <source>Save the rows with problems</source>
        <translation>Saglabāt rindas ar problēmām</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV datnes (*.csv)</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../app/ui/students/questions.py" line="32"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="34"/>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="45"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="47"/>
        <source>Discard</source>
        <translation>Atmest</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="49"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
</TS>
