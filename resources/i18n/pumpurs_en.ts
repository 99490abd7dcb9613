<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AddClassDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="32" />
        <source>New class of %1</source>
        <translation>New class of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="35" />
        <source>General education class</source>
        <translation>General education class</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="36" />
        <source>Vocational group</source>
        <translation>Vocational group</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="43" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="44" />
        <source>Grade or course</source>
        <translation>Grade or course</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="45" />
        <source>Letter or programme</source>
        <translation>Letter or programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="46" />
        <source>Graduates after grade or course</source>
        <translation>Graduates after grade or course</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="59" />
        <source>for example, Pavārs</source>
        <translation>for example, Pavārs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="60" />
        <source>for example, b</source>
        <translation>for example, b</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="62" />
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="70" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="71" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="72" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="73" />
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="74" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="75" />
        <source>Specialist type</source>
        <translation>Specialist type</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="93" />
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="95" />
        <source>The administrator manages user accounts and the school's settings. Other staff get their accounts from the administrator later.</source>
        <translation>The administrator manages user accounts and the school's settings. Other staff get their accounts from the administrator later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="103" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="104" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="105" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="106" />
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="40" />
        <source>Choose the scanned application</source>
        <translation>Choose the scanned application</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="41" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="65" />
        <source>Parent's or guardian's name and surname</source>
        <translation>Parent's or guardian's name and surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="68" />
        <location filename="../../app/ui/student_card/plan_application.py" line="141" />
        <source>No scan attached</source>
        <translation>No scan attached</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="70" />
        <source>Choose scan…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="81" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="82" />
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="83" />
        <source>Scanned application</source>
        <translation>Scanned application</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="125" />
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_application.py" line="137" />
        <source>%1 (to be saved)</source>
        <translation>%1 (to be saved)</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="68" />
        <source>Plans waiting for your approval</source>
        <translation>Plans waiting for your approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="79" />
        <source>Open the plan</source>
        <translation>Open the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="82" />
        <source>Approve selected</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="85" />
        <source>Approves and signs every selected plan you have read, in one decision.</source>
        <translation>Approves and signs every selected plan you have read, in one decision.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="105" />
        <source>Plans awaiting approval</source>
        <translation>Plans awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="149" />
        <source>Loading the plans waiting for approval…</source>
        <translation>Loading the plans waiting for approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="156" />
        <source>No plans are waiting for approval.</source>
        <translation>No plans are waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="157" />
        <source>Plans waiting: %1</source>
        <translation>Plans waiting: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="205" />
        <source>Opening the plan…</source>
        <translation>Opening the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="226" />
        <source>%1, semester %2: %3</source>
        <translation>%1, semester %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="233" />
        <source>Signing the plan…</source>
        <translation>Signing the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="242" />
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="248" />
        <source>Signing the plans…</source>
        <translation>Signing the plans…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="290" />
        <source>Returning the plan…</source>
        <translation>Returning the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="304" />
        <source>Approved and signed: %1. Signed by %2 on %3.</source>
        <translation>Approved and signed: %1. Signed by %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="310" />
        <source>Returned to the author (%1): %2.</source>
        <translation>Returned to the author (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/approvals_screen.py" line="327" />
        <source>Nothing was approved:</source>
        <translation>Nothing was approved:</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="98" />
        <source>Loading the assessment…</source>
        <translation>Loading the assessment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="128" />
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="132" />
        <source>Date and early-warning indicators (ABC)</source>
        <translation>Date and early-warning indicators (ABC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="137" />
        <source>e.g. 7,5</source>
        <translation>e.g. 7,5</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="142" />
        <source>Subjects, separated by commas</source>
        <translation>Subjects, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="148" />
        <source>Date of assessment</source>
        <translation>Date of assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="151" />
        <source>Absence, % of lessons</source>
        <translation>Absence, % of lessons</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="153" />
        <source>Unjustified lessons missed</source>
        <translation>Unjustified lessons missed</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="156" />
        <source>Failing marks (below 4)</source>
        <translation>Failing marks (below 4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="158" />
        <source>Subjects with failing marks</source>
        <translation>Subjects with failing marks</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="160" />
        <source>Conduct incidents</source>
        <translation>Conduct incidents</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="162" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="249" />
        <source>Fill in from the attendance imported for %1 (“%2”)</source>
        <translation>Fill in from the attendance imported for %1 (“%2”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="254" />
        <source>Fill in from the e-journal's imports: %1</source>
        <translation>Fill in from the e-journal's imports: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="278" />
        <source>No assessment for semester %1 yet.</source>
        <translation>No assessment for semester %1 yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="281" />
        <source>Assessed on %1 by %2.</source>
        <translation>Assessed on %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="284" />
        <source>You may read the assessment but not change it.</source>
        <translation>You may read the assessment but not change it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="339" />
        <source>Overall risk level: %1</source>
        <translation>Overall risk level: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_tab.py" line="360" />
        <source>Saving the assessment…</source>
        <translation>Saving the assessment…</translation>
    </message>
</context>
<context>
    <name>AssignStaffDialog</name>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="34" />
        <source>Assign support staff</source>
        <translation>Assign support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="41" />
        <source>Support staff member</source>
        <translation>Support staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/staff_assign.py" line="42" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
</context>
<context>
    <name>AuditRowsModel</name>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="21" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_rows.py" line="22" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="59" />
        <source>Filter by pupil</source>
        <translation>Filter by pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="60" />
        <source>Part of the pupil's name</source>
        <translation>Part of the pupil's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="64" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="69" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="86" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="86" />
        <source>Pupils' data</source>
        <translation>Pupils' data</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="87" />
        <source>Risk assessments</source>
        <translation>Risk assessments</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="87" />
        <source>Support plans</source>
        <translation>Support plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="88" />
        <source>Plan approvals</source>
        <translation>Plan approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="89" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="89" />
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="90" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="90" />
        <source>Support staff</source>
        <translation>Support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="91" />
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="91" />
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="92" />
        <source>Catalogue and rates</source>
        <translation>Catalogue and rates</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="93" />
        <source>School settings</source>
        <translation>School settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="93" />
        <source>Signing keys</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="94" />
        <source>Printed reports</source>
        <translation>Printed reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="94" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="100" />
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="112" />
        <source>Pupil:</source>
        <translation>Pupil:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="114" />
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="116" />
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="139" />
        <source>Checking the audit trail's chain…</source>
        <translation>Checking the audit trail's chain…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="147" />
        <source>The audit trail's chain is intact (%1 entries).</source>
        <translation>The audit trail's chain is intact (%1 entries).</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="152" />
        <source>The audit trail's chain is broken from entry #%1: entries from there on may have been changed or removed. Tell the school's administrator.</source>
        <translation>The audit trail's chain is broken from entry #%1: entries from there on may have been changed or removed. Tell the school's administrator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="174" />
        <source>Loading the audit trail…</source>
        <translation>Loading the audit trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="187" />
        <source>No pupil's name contains “%1”.</source>
        <translation>No pupil's name contains “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/audit_screen.py" line="190" />
        <source>Entries shown: %1, newest first (at most %2).</source>
        <translation>Entries shown: %1, newest first (at most %2).</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="44" />
        <source>A backup is an encrypted copy of the whole school database. Keep it on a USB stick in a safe place; it opens only with this database's key.</source>
        <translation>A backup is an encrypted copy of the whole school database. Keep it on a USB stick in a safe place; it opens only with this database's key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="49" />
        <source>The database key is kept in this computer's system keyring.</source>
        <translation>The database key is kept in this computer's system keyring.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="55" />
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="57" />
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="58" />
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="61" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="106" />
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="113" />
        <source>Backup saved and checked: %1 (%2, pupils: %3, plans: %4).</source>
        <translation>Backup saved and checked: %1 (%2, pupils: %3, plans: %4).</translation>
    </message>
</context>
<context>
    <name>BundlesTable</name>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="26" />
        <source>Sync bundles</source>
        <translation>Sync bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="28" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="29" />
        <source>Receipt / last error</source>
        <translation>Receipt / last error</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="40" />
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="43" />
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/bundles_table.py" line="50" />
        <source>next attempt %1</source>
        <translation>next attempt %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="71" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="72" />
        <source>Wording…</source>
        <translation>Wording…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="74" />
        <location filename="../../app/ui/settings/catalogue_list.py" line="164" />
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="135" />
        <source>no longer offered</source>
        <translation>no longer offered</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="135" />
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="163" />
        <source>Offer again</source>
        <translation>Offer again</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="182" />
        <source>Wording of “%1”</source>
        <translation>Wording of “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_list.py" line="197" />
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="22" />
        <source>Support measures</source>
        <translation>Support measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="23" />
        <source>Risk signs</source>
        <translation>Risk signs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_tab.py" line="24" />
        <source>ABC thresholds</source>
        <translation>ABC thresholds</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="142" />
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
</context>
<context>
    <name>ClassTeachersDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="91" />
        <source>Class teachers of %1</source>
        <translation>Class teachers of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="102" />
        <source>Class teachers</source>
        <translation>Class teachers</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="77" />
        <source>Classes of the school year %1</source>
        <translation>Classes of the school year %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="81" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83" />
        <source>Class teachers</source>
        <translation>Class teachers</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="83" />
        <source>Active pupils</source>
        <translation>Active pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="90" />
        <source>Add a class…</source>
        <translation>Add a class…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="91" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="92" />
        <source>Class teachers…</source>
        <translation>Class teachers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="93" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="94" />
        <source>Import from the e-journal…</source>
        <translation>Import from the e-journal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="95" />
        <source>A class list exported from E-klase, Mykoob or VIIS (.xlsx or .csv): previewed before import</source>
        <translation>A class list exported from E-klase, Mykoob or VIIS (.xlsx or .csv): previewed before import</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="99" />
        <source>Import figures…</source>
        <translation>Import figures…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="100" />
        <source>Attendance, marks or conduct notes exported from E-klase or Mykoob, for the early warning</source>
        <translation>Attendance, marks or conduct notes exported from E-klase or Mykoob, for the early warning</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="133" />
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="137" />
        <source>No classes yet: add the school's classes so pupils can be registered.</source>
        <translation>No classes yet: add the school's classes so pupils can be registered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="181" />
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="205" />
        <source>Archive class %1? It will no longer be offered anywhere.</source>
        <translation>Archive class %1? It will no longer be offered anywhere.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="214" />
        <source>Archived: %1.</source>
        <translation>Archived: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="37" />
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="38" />
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42" />
        <source>Plan version</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="42" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="43" />
        <source>Municipality's comment</source>
        <translation>Municipality's comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="43" />
        <source>Why it was not applied</source>
        <translation>Why it was not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="52" />
        <source>Resolve: keep the school's plan</source>
        <translation>Resolve: keep the school's plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="55" />
        <source>Full resync…</source>
        <translation>Full resync…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="68" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_box.py" line="68" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="54" />
        <source>— not entered —</source>
        <translation>— not entered —</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="55" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="63" />
        <source>The pupil attended</source>
        <translation>The pupil attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="67" />
        <source>Seen only by support staff and by you.</source>
        <translation>Seen only by support staff and by you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="69" />
        <source>Save consultation</source>
        <translation>Save consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="71" />
        <location filename="../../app/ui/consultations/consultation_form.py" line="105" />
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="72" />
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="75" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="76" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="77" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="78" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="80" />
        <source>Confidential notes</source>
        <translation>Confidential notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultation_form.py" line="106" />
        <source>Correct the consultation of %1</source>
        <translation>Correct the consultation of %1</translation>
    </message>
</context>
<context>
    <name>ConsultationRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="92" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="93" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="94" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="94" />
        <source>Confidential notes</source>
        <translation>Confidential notes</translation>
    </message>
</context>
<context>
    <name>ConsultationWords</name>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="38" />
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="39" />
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="40" />
        <source>with a parent</source>
        <translation>with a parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="41" />
        <source>with a teacher</source>
        <translation>with a teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="47" />
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="54" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/consultation_rows.py" line="54" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="42" />
        <source>My pupils and consultations, semester %1</source>
        <translation>My pupils and consultations, semester %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="63" />
        <source>Pupils assigned to me</source>
        <translation>Pupils assigned to me</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="55" />
        <location filename="../../app/ui/consultations/consultations_screen.py" line="64" />
        <source>My consultations</source>
        <translation>My consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="77" />
        <source>This screen is for support staff who log consultations.</source>
        <translation>This screen is for support staff who log consultations.</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="85" />
        <source>My pupils</source>
        <translation>My pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="87" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="88" />
        <source>Hours delivered</source>
        <translation>Hours delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="88" />
        <source>Missed (not attended)</source>
        <translation>Missed (not attended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="105" />
        <source>Loading consultations…</source>
        <translation>Loading consultations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/consultations/consultations_screen.py" line="127" />
        <source>Pupils: %1 · consultations: %2 · delivered this semester: %3</source>
        <translation>Pupils: %1 · consultations: %2 · delivered this semester: %3</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="93" />
        <source>Correct the selected consultation</source>
        <translation>Correct the selected consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="96" />
        <source>Delete the selected consultation</source>
        <translation>Delete the selected consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="61" />
        <location filename="../../app/ui/student_card/consultations_tab.py" line="111" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="143" />
        <source>No support plan in semester %1. Consultation hours delivered: %2.</source>
        <translation>No support plan in semester %1. Consultation hours delivered: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="145" />
        <source>Support plan of semester %1 — planned and delivered hours:</source>
        <translation>Support plan of semester %1 — planned and delivered hours:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="148" />
        <source>%1: planned %2, delivered %3, not attended %4</source>
        <translation>%1: planned %2, delivered %3, not attended %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="154" />
        <source>The plan has no consultation hours.</source>
        <translation>The plan has no consultation hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="188" />
        <source>Delete the consultation of %1 (%2 min)? It no longer counts as delivered, and the deletion is recorded in the history.</source>
        <translation>Delete the consultation of %1 (%2 min)? It no longer counts as delivered, and the deletion is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/consultations_tab.py" line="219" />
        <source>The form has unsaved changes: save them or undo them first.</source>
        <translation>The form has unsaved changes: save them or undo them first.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="38" />
        <source>Pumpurs is locked.</source>
        <translation>Pumpurs is locked.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="53" />
        <source>Creating the school</source>
        <translation>Creating the school</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="59" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="74" />
        <source>Recovery key — write it down on paper or store it in a safe place now. It is shown only this once; without it a lost key store means the data cannot be opened.</source>
        <translation>Recovery key — write it down on paper or store it in a safe place now. It is shown only this once; without it a lost key store means the data cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="86" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="89" />
        <source>Save the recovery key sheet (PDF)…</source>
        <translation>Save the recovery key sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="92" />
        <source>A page to print and keep in a safe: the school, the database file and the key.</source>
        <translation>A page to print and keep in a safe: the school, the database file and the key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="96" />
        <source>I have written down or stored the recovery key</source>
        <translation>I have written down or stored the recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="135" />
        <source>The school “%1” is set up, with the school years %2. Sign in as “%3”. %4</source>
        <translation>The school “%1” is set up, with the school years %2. Sign in as “%3”. %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="140" />
        <source>Pumpurs has no catalogue of risk signs and measures for %1 yet; it is loaded with a later update of the program.</source>
        <translation>Pumpurs has no catalogue of risk signs and measures for %1 yet; it is loaded with a later update of the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="148" />
        <source>The database was not created: %1</source>
        <translation>The database was not created: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="164" />
        <source>Recovery key %1.pdf</source>
        <translation>Recovery key %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="166" />
        <source>Save the recovery key sheet</source>
        <translation>Save the recovery key sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="173" />
        <source>Saved: %1 — print it and keep it in a safe place.</source>
        <translation>Saved: %1 — print it and keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="184" />
        <source>The recovery key sheet was not saved: %1</source>
        <translation>The recovery key sheet was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/create_page.py" line="191" />
        <source>Creating the encrypted database and setting up the school…</source>
        <translation>Creating the encrypted database and setting up the school…</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="22" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="24" />
        <source>Approve and sign</source>
        <translation>Approve and sign</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="28" />
        <source>Approving needs this computer's key store, which is not available now.</source>
        <translation>Approving needs this computer's key store, which is not available now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="31" />
        <source>What should the author change?</source>
        <translation>What should the author change?</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="33" />
        <source>Return to the author</source>
        <translation>Return to the author</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/decision.py" line="40" />
        <source>Comment for the author</source>
        <translation>Comment for the author</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="61" />
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="96" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="96" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="97" />
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="97" />
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="105" />
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="110" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="113" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="95" />
        <location filename="../../app/ui/student_card/documents_tab.py" line="133" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="177" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="178" />
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="188" />
        <source>Saving the document…</source>
        <translation>Saving the document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="193" />
        <source>“%1” is attached.</source>
        <translation>“%1” is attached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="199" />
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="217" />
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="223" />
        <source>No program on this computer opens “%1”.</source>
        <translation>No program on this computer opens “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="229" />
        <source>Remove the document “%1”? It cannot be undone.</source>
        <translation>Remove the document “%1”? It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/documents_tab.py" line="238" />
        <source>“%1” is removed.</source>
        <translation>“%1” is removed.</translation>
    </message>
</context>
<context>
    <name>DraftDiscard</name>
    <message>
        <location filename="../../app/ui/student_card/plan_discard.py" line="27" />
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_discard.py" line="43" />
        <source>Delete the draft support plan of %1 for semester %2? Its goals and measures are deleted; the deletion is recorded in the history.</source>
        <translation>Delete the draft support plan of %1 for semester %2? Its goals and measures are deleted; the deletion is recorded in the history.</translation>
    </message>
</context>
<context>
    <name>EnrolmentBox</name>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="24" />
        <source>Enrolment with the municipality</source>
        <translation>Enrolment with the municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="36" />
        <source>Create enrolment request…</source>
        <translation>Create enrolment request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="38" />
        <source>Import trust document…</source>
        <translation>Import trust document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="41" />
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="42" />
        <source>School's key fingerprint:</source>
        <translation>School's key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="43" />
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="44" />
        <source>Municipality's key fingerprint:</source>
        <translation>Municipality's key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="45" />
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="46" />
        <source>Trust document version:</source>
        <translation>Trust document version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="47" />
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="48" />
        <source>Pupils are sent:</source>
        <translation>Pupils are sent:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="59" />
        <source>Not enrolled: create an enrolment request and hand it to the municipality.</source>
        <translation>Not enrolled: create an enrolment request and hand it to the municipality.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="62" />
        <source>Enrolment request made: import the municipality's trust document when it arrives.</source>
        <translation>Enrolment request made: import the municipality's trust document when it arrives.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="65" />
        <source>Enrolled: data can be exchanged with the municipality.</source>
        <translation>Enrolled: data can be exchanged with the municipality.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="78" />
        <source>with names and personal codes (the municipality asks for them)</source>
        <translation>with names and personal codes (the municipality asks for them)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrolment_box.py" line="80" />
        <source>under pseudonymous ids; names stay at the school</source>
        <translation>under pseudonymous ids; names stay at the school</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="33" />
        <source>Semester-end evaluation</source>
        <translation>Semester-end evaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="41" />
        <source>— not assessed —</source>
        <translation>— not assessed —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="42" />
        <source>risk reduced</source>
        <translation>risk reduced</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="43" />
        <source>risk unchanged</source>
        <translation>risk unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="44" />
        <source>risk increased</source>
        <translation>risk increased</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="54" />
        <source>continue the support</source>
        <translation>continue the support</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="55" />
        <source>end the support</source>
        <translation>end the support</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="56" />
        <source>refer to other services</source>
        <translation>refer to other services</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="60" />
        <source>Record the evaluation and close the plan</source>
        <translation>Record the evaluation and close the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="63" />
        <source>How did the plan go?</source>
        <translation>How did the plan go?</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="64" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="65" />
        <source>Date of evaluation</source>
        <translation>Date of evaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_evaluation.py" line="84" />
        <source>Recording the evaluation…</source>
        <translation>Recording the evaluation…</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92" />
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96" />
        <location filename="../../app/ui/student_card/expenses_tab.py" line="141" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="92" />
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="93" />
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="94" />
        <source>Euro measures: planned and spent</source>
        <translation>Euro measures: planned and spent</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96" />
        <location filename="../../app/ui/student_card/expenses_tab.py" line="140" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="96" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="97" />
        <location filename="../../app/ui/student_card/expenses_tab.py" line="143" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="97" />
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="103" />
        <source>Expenses paid out</source>
        <translation>Expenses paid out</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="108" />
        <source>Delete the selected expense</source>
        <translation>Delete the selected expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="120" />
        <source>Record an expense</source>
        <translation>Record an expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="130" />
        <source>e.g. 25,50</source>
        <translation>e.g. 25,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="133" />
        <source>Save expense</source>
        <translation>Save expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="136" />
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="142" />
        <source>Amount, €</source>
        <translation>Amount, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="98" />
        <location filename="../../app/ui/student_card/expenses_tab.py" line="160" />
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="219" />
        <source>Delete the expense of %1 (%2, %3)? The deletion is recorded in the history.</source>
        <translation>Delete the expense of %1 (%2, %3)? The deletion is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="244" />
        <source>No support plan in semester %1; spent this semester:</source>
        <translation>No support plan in semester %1; spent this semester:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="245" />
        <source>No support plan in semester %1 and no expenses in it.</source>
        <translation>No support plan in semester %1 and no expenses in it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="251" />
        <source>Support plan of semester %1 — planned and spent euro:</source>
        <translation>Support plan of semester %1 — planned and spent euro:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="252" />
        <source>The support plan of semester %1 has no euro measures.</source>
        <translation>The support plan of semester %1 has no euro measures.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="264" />
        <source>Amount: enter the sum in euro, for example 25,50.</source>
        <translation>Amount: enter the sum in euro, for example 25,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/expenses_tab.py" line="273" />
        <source>Measure: the catalogue has no euro measures.</source>
        <translation>Measure: the catalogue has no euro measures.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="43" />
        <source>Pumpurs — first start</source>
        <translation>Pumpurs — first start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="55" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="56" />
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="57" />
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="58" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/ui/form_errors.py" line="197" />
        <source>Not saved. Correct what is marked:</source>
        <translation>Not saved. Correct what is marked:</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="35" />
        <source>Type a goal and press Add goal</source>
        <translation>Type a goal and press Add goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="37" />
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="38" />
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="39" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_goals.py" line="40" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>GuardiansTable</name>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32" />
        <source>Name and surname</source>
        <translation>Name and surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="32" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="33" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="39" />
        <source>Add parent or guardian</source>
        <translation>Add parent or guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/guardians_table.py" line="42" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="35" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="35" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="36" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="47" />
        <source>Nothing has been recorded about this pupil yet.</source>
        <translation>Nothing has been recorded about this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/history_tab.py" line="34" />
        <location filename="../../app/ui/student_card/history_tab.py" line="56" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="29" />
        <source>Why it differs from the imported value</source>
        <translation>Why it differs from the imported value</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="30" />
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/import_reasons.py" line="49" />
        <source>Imported: %1 (period %2)</source>
        <translation>Imported: %1 (period %2)</translation>
    </message>
</context>
<context>
    <name>IndicatorImportDialog</name>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="75" />
        <source>Import figures from the e-journal</source>
        <translation>Import figures from the e-journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="79" />
        <source>Attendance (lessons and absences)</source>
        <translation>Attendance (lessons and absences)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="80" />
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="81" />
        <source>Conduct notes</source>
        <translation>Conduct notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="85" />
        <source>2026-10 or 2026/2027-1; empty: the current semester</source>
        <translation>2026-10 or 2026/2027-1; empty: the current semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="88" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="89" />
        <source>The file holds</source>
        <translation>The file holds</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="90" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="91" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="99" />
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="100" />
        <source>Leave out the rows with problems</source>
        <translation>Leave out the rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="108" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="111" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="135" />
        <source>Choose what the file holds and its period, then “Preview”.</source>
        <translation>Choose what the file holds and its period, then “Preview”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="149" />
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="159" />
        <source>Period %1: %2 – %3.</source>
        <translation>Period %1: %2 – %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="161" />
        <source>Pupils found: %1; not found: %2; rows with errors: %3; repeated rows: %4.</source>
        <translation>Pupils found: %1; not found: %2; rows with errors: %3; repeated rows: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="167" />
        <source>It replaces the earlier import of this period: “%1” of %2 (%3 rows).</source>
        <translation>It replaces the earlier import of this period: “%1” of %2 (%3 rows).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="190" />
        <source>Some rows have problems: correct them in the e-journal and export again, or leave them out.</source>
        <translation>Some rows have problems: correct them in the e-journal and export again, or leave them out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="199" />
        <source>Store the figures of %1 pupils for the period %2?</source>
        <translation>Store the figures of %1 pupils for the period %2?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="202" />
        <source>The earlier import of this period is replaced.</source>
        <translation>The earlier import of this period is replaced.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="207" />
        <source>Storing the figures…</source>
        <translation>Storing the figures…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/indicator_dialog.py" line="221" />
        <source>Stored: the figures of %1 pupils for %2 (%3 rows left out). The candidates for an assessment are in My work.</source>
        <translation>Stored: the figures of %1 pupils for %2 (%3 rows left out). The candidates for an assessment are in My work.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="37" />
        <source>Mark as left</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="41" />
        <source>left school</source>
        <translation>left school</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="42" />
        <source>transferred to another school</source>
        <translation>transferred to another school</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="44" />
        <source>graduated</source>
        <translation>graduated</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="52" />
        <source>e.g. the new school, or the reason</source>
        <translation>e.g. the new school, or the reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="55" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="56" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="57" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="61" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/leave_dialog.py" line="62" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="40" />
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="41" />
        <source>The database is encrypted; only Pumpurs can open it.</source>
        <translation>The database is encrypted; only Pumpurs can open it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="43" />
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="45" />
        <source>Only this Windows user</source>
        <translation>Only this Windows user</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="48" />
        <source>Every account of this computer</source>
        <translation>Every account of this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="60" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="81" />
        <source>Key file passphrase</source>
        <translation>Key file passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="82" />
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="85" />
        <source>Who uses Pumpurs on this computer?</source>
        <translation>Who uses Pumpurs on this computer?</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="89" />
        <location filename="../../app/ui/first_run/location_page.py" line="143" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="112" />
        <source>The database is kept in the computer's shared folder; anyone who signs in with a Pumpurs user name and password opens it, in whichever Windows account.</source>
        <translation>The database is kept in the computer's shared folder; anyone who signs in with a Pumpurs user name and password opens it, in whichever Windows account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="118" />
        <source>The database and its key belong to the Windows account you are using now; another account needs the recovery key.</source>
        <translation>The database and its key belong to the Windows account you are using now; another account needs the recovery key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="129" />
        <location filename="../../app/ui/first_run/location_page.py" line="133" />
        <source>The recovery key shown at the end is the only other way to open the database.</source>
        <translation>The recovery key shown at the end is the only other way to open the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="137" />
        <source>This computer has no system key store. The database key will be kept in the file %1, protected by a passphrase that you choose here. Pumpurs asks for it when it starts.</source>
        <translation>This computer has no system key store. The database key will be kept in the file %1, protected by a passphrase that you choose here. Pumpurs asks for it when it starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="144" />
        <source>Pumpurs database (*.db)</source>
        <translation>Pumpurs database (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="151" />
        <source>Database file: choose where the database is saved.</source>
        <translation>Database file: choose where the database is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="156" />
        <source>Database file: %1 is not a folder — choose another location.</source>
        <translation>Database file: %1 is not a folder — choose another location.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="162" />
        <source>The shared folder %1 cannot be written from this account — ask the computer's administrator to give the users of this computer write access to it (see the installation guide).</source>
        <translation>The shared folder %1 cannot be written from this account — ask the computer's administrator to give the users of this computer write access to it (see the installation guide).</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/location_page.py" line="172" />
        <source>Repeat the passphrase: it does not match the passphrase — type the same passphrase again.</source>
        <translation>Repeat the passphrase: it does not match the passphrase — type the same passphrase again.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="40" />
        <source>Pumpurs — locked</source>
        <translation>Pumpurs — locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="42" />
        <source>Locked — enter your password</source>
        <translation>Locked — enter your password</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="56" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="60" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="65" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="87" />
        <source>Password: enter your password to unlock.</source>
        <translation>Password: enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="111" />
        <source>Password: it is not correct — check it and try again.</source>
        <translation>Password: it is not correct — check it and try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="34" />
        <source>Pumpurs — sign in</source>
        <translation>Pumpurs — sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="52" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="58" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="77" />
        <source>User name: enter your user name.</source>
        <translation>User name: enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="62" />
        <source>Pumpurs — %1</source>
        <translation>Pumpurs — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65" />
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="77" />
        <source>New support measure</source>
        <translation>New support measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="88" />
        <source>for example, 18,50</source>
        <translation>for example, 18,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="90" />
        <source>empty: no cap</source>
        <translation>empty: no cap</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="91" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="92" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="93" />
        <source>Rate per hour, €</source>
        <translation>Rate per hour, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="94" />
        <source>Cap per pupil and semester, €</source>
        <translation>Cap per pupil and semester, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="121" />
        <source>Rate per hour: enter an amount in euro, for example 18,50.</source>
        <translation>Rate per hour: enter an amount in euro, for example 18,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="125" />
        <source>Cap: enter an amount in euro, for example 500,00, or leave it empty.</source>
        <translation>Cap: enter an amount in euro, for example 500,00, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>MeasureRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="118" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="119" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="120" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/measure_rows.py" line="194" />
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="65" />
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="66" />
        <source>Remove measure</source>
        <translation>Remove measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="67" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="68" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="98" />
        <source>Name of a provider from outside</source>
        <translation>Name of a provider from outside</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="103" />
        <location filename="../../app/ui/student_card/plan_measures.py" line="307" />
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="109" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="110" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="111" />
        <source>Outside provider</source>
        <translation>Outside provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="112" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="117" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="152" />
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="152" />
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="140" />
        <source>— not a staff member —</source>
        <translation>— not a staff member —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="153" />
        <source>, no longer offered</source>
        <translation>, no longer offered</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="308" />
        <source>Planned amount, €</source>
        <translation>Planned amount, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="309" />
        <source>e.g. 1,5</source>
        <translation>e.g. 1,5</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="310" />
        <source>e.g. 25,00</source>
        <translation>e.g. 25,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="317" />
        <source>Planned hours: must be more than 0 hours.</source>
        <translation>Planned hours: must be more than 0 hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="318" />
        <source>Planned amount: must be more than 0 €.</source>
        <translation>Planned amount: must be more than 0 €.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="321" />
        <source>Planned hours: type a number of hours, e.g. 1,5.</source>
        <translation>Planned hours: type a number of hours, e.g. 1,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="322" />
        <source>Planned amount: type a sum in euro, e.g. 25,00.</source>
        <translation>Planned amount: type a sum in euro, e.g. 25,00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_measures.py" line="328" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>MyWorkScreen</name>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="59" />
        <source>My work — %1, %2</source>
        <translation>My work — %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="65" />
        <source>Nothing is waiting for you right now.</source>
        <translation>Nothing is waiting for you right now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="74" />
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="89" />
        <source>Loading your work…</source>
        <translation>Loading your work…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="101" />
        <source>%1 — submitted %2</source>
        <translation>%1 — submitted %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="104" />
        <source>%1 — returned: %2</source>
        <translation>%1 — returned: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="106" />
        <source>%1 — review overdue since %2</source>
        <translation>%1 — review overdue since %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="107" />
        <source>%1 — review on %2</source>
        <translation>%1 — review on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="129" />
        <source>Plans waiting for your approval (%1)</source>
        <translation>Plans waiting for your approval (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="130" />
        <source>Plans returned for changes (%1)</source>
        <translation>Plans returned for changes (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="131" />
        <source>Plan reviews in the next two weeks (%1)</source>
        <translation>Plan reviews in the next two weeks (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="142" />
        <source>My pupils this semester (%1)</source>
        <translation>My pupils this semester (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="144" />
        <source>%1 (%2) — delivered %3, not attended %4</source>
        <translation>%1 (%2) — delivered %3, not attended %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="150" />
        <source>Sync with the municipality</source>
        <translation>Sync with the municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="152" />
        <source>Changes not yet sent: %1</source>
        <translation>Changes not yet sent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="155" />
        <source>Conflicts to resolve: %1</source>
        <translation>Conflicts to resolve: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="170" />
        <source>Candidates for an assessment (%1)</source>
        <translation>Candidates for an assessment (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="173" />
        <source>%1 (%2) — %3; %4</source>
        <translation>%1 (%2) — %3; %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="177" />
        <source>From the file “%1”, imported %2</source>
        <translation>From the file “%1”, imported %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="190" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="192" />
        <source>The database has never been backed up — make a backup now (Settings → Backup).</source>
        <translation>The database has never been backed up — make a backup now (Settings → Backup).</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="195" />
        <source>The last backup is more than 7 days old (%1) — make a new one (Settings → Backup).</source>
        <translation>The last backup is more than 7 days old (%1) — make a new one (Settings → Backup).</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/my_work_screen.py" line="187" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="40" />
        <source>empty: the same as in Latvian</source>
        <translation>empty: the same as in Latvian</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="41" />
        <source>Name in Latvian</source>
        <translation>Name in Latvian</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="42" />
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="213" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="89" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="110" />
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="113" />
        <source>Parents or guardians</source>
        <translation>Parents or guardians</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="115" />
        <source>Support staff</source>
        <translation>Support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="118" />
        <source>Assign support staff…</source>
        <translation>Assign support staff…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="129" />
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="155" />
        <source>Risk in semester %1</source>
        <translation>Risk in semester %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="159" />
        <source>The pupil has not been assessed in this semester yet.</source>
        <translation>The pupil has not been assessed in this semester yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="163" />
        <source>Assessed on %1 by %2.</source>
        <translation>Assessed on %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="168" />
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="169" />
        <source>Social &amp; health</source>
        <translation>Social &amp; health</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="170" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="170" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="173" />
        <source>no risk</source>
        <translation>no risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="173" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="174" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="174" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="193" />
        <source>No support plan in this semester.</source>
        <translation>No support plan in this semester.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="194" />
        <source>The plan is a draft.</source>
        <translation>The plan is a draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="195" />
        <source>The plan is waiting for the director's approval.</source>
        <translation>The plan is waiting for the director's approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="196" />
        <source>The plan was returned for changes.</source>
        <translation>The plan was returned for changes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="197" />
        <source>The plan is approved.</source>
        <translation>The plan is approved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="198" />
        <source>The plan is closed.</source>
        <translation>The plan is closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="204" />
        <source>No parents or guardians recorded.</source>
        <translation>No parents or guardians recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/overview_tab.py" line="214" />
        <source>No support staff assigned.</source>
        <translation>No support staff assigned.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="33" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanContinuation</name>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="74" />
        <source>Start from the previous plan</source>
        <translation>Start from the previous plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="95" />
        <source>The plan of semester %1 is evaluated and closed. Starting from it copies its goals and measures, at this school year's rates.</source>
        <translation>The plan of semester %1 is evaluated and closed. Starting from it copies its goals and measures, at this school year's rates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="108" />
        <source>Starting the plan from the previous one…</source>
        <translation>Starting the plan from the previous one…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_continue.py" line="124" />
        <source>Not copied from the previous plan: %1. A measure is left out when it is not in this school year's catalogue, its provider no longer works at the school, or it would exceed the year's limit; add the support needed now in the measures table.</source>
        <translation>Not copied from the previous plan: %1. A measure is left out when it is not in this school year's catalogue, its provider no longer works at the school, or it would exceed the year's limit; add the support needed now in the measures table.</translation>
    </message>
</context>
<context>
    <name>PlanPrintActions</name>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="37" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="39" />
        <source>The plan as stored (unsaved edits are not printed).</source>
        <translation>The plan as stored (unsaved edits are not printed).</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="41" />
        <source>Amend the approved plan</source>
        <translation>Amend the approved plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="44" />
        <source>Starts version %1 to change; the approved version stays in force until the director approves the new one.</source>
        <translation>Starts version %1 to change; the approved version stays in force until the director approves the new one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="78" />
        <source>Save the plan as PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="85" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="94" />
        <source>Starting a new version…</source>
        <translation>Starting a new version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_print.py" line="106" />
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="38" />
        <source>The plan being read</source>
        <translation>The plan being read</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="46" />
        <source>Open a plan from the queue to read it.</source>
        <translation>Open a plan from the queue to read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="62" />
        <source>Class %1 · semester %2 · version %3 · author %4</source>
        <translation>Class %1 · semester %2 · version %3 · author %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="65" />
        <source>Submitted %1.</source>
        <translation>Submitted %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="72" />
        <location filename="../../app/ui/approvals/plan_reader.py" line="77" />
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="73" />
        <source>The plan is not linked to a risk assessment.</source>
        <translation>The plan is not linked to a risk assessment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="74" />
        <source>%1: risk level %2, risk signs found: %3</source>
        <translation>%1: risk level %2, risk signs found: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="81" />
        <source>No goals.</source>
        <translation>No goals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="82" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="89" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="90" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="102" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="104" />
        <source>Support measures</source>
        <translation>Support measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="111" />
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="112" />
        <source>Review dates</source>
        <translation>Review dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="113" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="119" />
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="120" />
        <source>%1, received on %2.</source>
        <translation>%1, received on %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="122" />
        <source>Parent's application</source>
        <translation>Parent's application</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="126" />
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="127" />
        <source>This is the first version of the plan.</source>
        <translation>This is the first version of the plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="128" />
        <source>What changed against version %1</source>
        <translation>What changed against version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/plan_reader.py" line="131" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="50" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51" />
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="51" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>PlanSaving</name>
    <message>
        <location filename="../../app/ui/student_card/plan_saving.py" line="101" />
        <source>Submitting the plan…</source>
        <translation>Submitting the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_saving.py" line="102" />
        <source>Saving the plan…</source>
        <translation>Saving the plan…</translation>
    </message>
</context>
<context>
    <name>PlanStatusBox</name>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="36" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="37" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="38" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="39" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="40" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="44" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="46" />
        <source>(read only)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="48" />
        <source>Semester %1, version %2, author %3</source>
        <translation>Semester %1, version %2, author %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="52" />
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="66" />
        <source>The municipality (%1) returned the plan on %2: %3</source>
        <translation>The municipality (%1) returned the plan on %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="69" />
        <source>%1 returned the plan on %2: %3</source>
        <translation>%1 returned the plan on %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="72" />
        <source>Approved by %1 on %2.</source>
        <translation>Approved by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="77" />
        <source>risk reduced</source>
        <translation>risk reduced</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="78" />
        <source>risk unchanged</source>
        <translation>risk unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="79" />
        <source>risk increased</source>
        <translation>risk increased</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="82" />
        <source>continue the support</source>
        <translation>continue the support</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="83" />
        <source>end the support</source>
        <translation>end the support</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="84" />
        <source>refer to other services</source>
        <translation>refer to other services</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_status.py" line="86" />
        <source>Evaluated on %1. Recommendation: %2.</source>
        <translation>Evaluated on %1. Recommendation: %2.</translation>
    </message>
</context>
<context>
    <name>PlanStatusWords</name>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="37" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="37" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="38" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="38" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/plan_rows.py" line="39" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="76" />
        <source>Loading the plan…</source>
        <translation>Loading the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="79" />
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="98" />
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="113" />
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="120" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="122" />
        <source>Support measures</source>
        <translation>Support measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="125" />
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="127" />
        <source>Review dates</source>
        <translation>Review dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="128" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="129" />
        <source>Parent's application</source>
        <translation>Parent's application</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="171" />
        <source>— not chosen —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="193" />
        <source>This pupil has no support plan for semester %1 yet.</source>
        <translation>This pupil has no support plan for semester %1 yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="279" />
        <source>Creating the plan…</source>
        <translation>Creating the plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_tab.py" line="306" />
        <source>Submit the plan of %1 for the director's approval? Total cost: %2. Until the director decides, the plan cannot be changed.</source>
        <translation>Submit the plan of %1 for the director's approval? Total cost: %2. Until the director decides, the plan cannot be changed.</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="43" />
        <source>Support plans, semester %1</source>
        <translation>Support plans, semester %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="48" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="60" />
        <source>Open pupil card</source>
        <translation>Open pupil card</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="67" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="84" />
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="101" />
        <source>Loading plans…</source>
        <translation>Loading plans…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="120" />
        <source>Plans shown: %1 of %2</source>
        <translation>Plans shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_screen.py" line="124" />
        <source>Total cost of the plans shown: %1</source>
        <translation>Total cost of the plans shown: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33" />
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32" />
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="33" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="32" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="83" />
        <source>You have read this plan since it was submitted.</source>
        <translation>You have read this plan since it was submitted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/queue_model.py" line="84" />
        <source>Open the plan to read it before approving it.</source>
        <translation>Open the plan to read it before approving it.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="37" />
        <source>Rate of “%1”</source>
        <translation>Rate of “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="42" />
        <source>for example, 18,50</source>
        <translation>for example, 18,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="43" />
        <source>no hourly rate</source>
        <translation>no hourly rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="47" />
        <source>empty: no cap</source>
        <translation>empty: no cap</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="48" />
        <source>Rate per hour, €</source>
        <translation>Rate per hour, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="49" />
        <source>Cap per pupil and semester, €</source>
        <translation>Cap per pupil and semester, €</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="73" />
        <source>Rate per hour: enter an amount in euro, for example 18,50.</source>
        <translation>Rate per hour: enter an amount in euro, for example 18,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="74" />
        <source>Cap: enter an amount in euro, for example 500,00, or leave it empty.</source>
        <translation>Cap: enter an amount in euro, for example 500,00, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="89" />
        <source>Rate…</source>
        <translation>Rate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="93" />
        <source>Support measures of the school year %1</source>
        <translation>Support measures of the school year %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95" />
        <source>Rate per hour</source>
        <translation>Rate per hour</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="95" />
        <source>Planned as</source>
        <translation>Planned as</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="96" />
        <source>Cap per pupil and semester</source>
        <translation>Cap per pupil and semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="96" />
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="109" />
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="122" />
        <source>%1 is no longer offered for new plans; plans that have it keep it.</source>
        <translation>%1 is no longer offered for new plans; plans that have it keep it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="126" />
        <source>This school year has no catalogue of measures.</source>
        <translation>This school year has no catalogue of measures.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rates_tab.py" line="140" />
        <source>Saved: %1. Plans made earlier keep their rates.</source>
        <translation>Saved: %1. Plans made earlier keep their rates.</translation>
    </message>
</context>
<context>
    <name>RenameClassDialog</name>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="73" />
        <source>Rename class %1</source>
        <translation>Rename class %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/class_dialogs.py" line="76" />
        <source>Letter or programme</source>
        <translation>Letter or programme</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="31" />
        <source>Pupils: %1 active, %2 assessed this semester, %3 at risk.</source>
        <translation>Pupils: %1 active, %2 assessed this semester, %3 at risk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="34" />
        <source>Early warning: %1 pupils screened from the e-journal's imports, %2 candidates, of them %3 assessed and %4 taken into the programme.</source>
        <translation>Early warning: %1 pupils screened from the e-journal's imports, %2 candidates, of them %3 assessed and %4 taken into the programme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="39" />
        <source>Pupils at risk by category (low / medium / high, total):</source>
        <translation>Pupils at risk by category (low / medium / high, total):</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="42" />
        <source>%1: %2 / %3 / %4, total %5</source>
        <translation>%1: %2 / %3 / %4, total %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="46" />
        <source>Plans by status (total %1):</source>
        <translation>Plans by status (total %1):</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="48" />
        <source>%1: %2, planned cost %3</source>
        <translation>%1: %2, planned cost %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="53" />
        <source>Planned in approved plans: %1</source>
        <translation>Planned in approved plans: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_preview.py" line="55" />
        <source>Support delivered: %1</source>
        <translation>Support delivered: %1</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="46" />
        <source>Semester report (PDF)…</source>
        <translation>Semester report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="49" />
        <source>All plans as PDF…</source>
        <translation>All plans as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="52" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="68" />
        <source>Semester:</source>
        <translation>Semester:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="74" />
        <source>Key figures of the semester</source>
        <translation>Key figures of the semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="123" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="142" />
        <source>Semester report %1.pdf</source>
        <translation>Semester report %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="144" />
        <source>Save the semester report</source>
        <translation>Save the semester report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="150" />
        <source>The semester report is saved: %1</source>
        <translation>The semester report is saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="156" />
        <source>Choose a folder for the plans</source>
        <translation>Choose a folder for the plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="160" />
        <source>Saving plans: %1 of %2…</source>
        <translation>Saving plans: %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="166" />
        <source>Saving the plans…</source>
        <translation>Saving the plans…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="169" />
        <source>Saving the plans as PDF…</source>
        <translation>Saving the plans as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="187" />
        <source>The semester has no plans to print.</source>
        <translation>The semester has no plans to print.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="189" />
        <source>Stopped: %1 of %2 plans saved in %3.</source>
        <translation>Stopped: %1 of %2 plans saved in %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="190" />
        <source>%1 of %2 plans saved in %3.</source>
        <translation>%1 of %2 plans saved in %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_screen.py" line="202" />
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="104" />
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="107" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="108" />
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="60" />
        <source>Pupils' data is kept only as long as the programme needs it. When its time is over, names, personal codes, birth dates, guardians, free text and documents are removed; the figures for statistics stay.</source>
        <translation>Pupils' data is kept only as long as the programme needs it. When its time is over, names, personal codes, birth dates, guardians, free text and documents are removed; the figures for statistics stay.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="66" />
        <source>Retention rules</source>
        <translation>Retention rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="67" />
        <location filename="../../app/ui/settings/retention_tab.py" line="72" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="67" />
        <location filename="../../app/ui/settings/retention_tab.py" line="77" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="68" />
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="68" />
        <location filename="../../app/ui/settings/retention_tab.py" line="81" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="82" />
        <source>Why the period changes</source>
        <translation>Why the period changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="83" />
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="88" />
        <location filename="../../app/ui/settings/retention_tab.py" line="116" />
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="93" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="96" />
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="102" />
        <source>Data due for anonymisation</source>
        <translation>Data due for anonymisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="155" />
        <source>Retention rule saved.</source>
        <translation>Retention rule saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="175" />
        <source>%1 (%2), left the programme %3</source>
        <translation>%1 (%2), left the programme %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="183" />
        <source>Pupils whose data is due: %1.</source>
        <translation>Pupils whose data is due: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="190" />
        <source>Anonymise the data listed (pupils: %1)? This cannot be undone.</source>
        <translation>Anonymise the data listed (pupils: %1)? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_tab.py" line="203" />
        <source>Data anonymised (pupils: %1): records changed or removed — %2, audit entries redacted — %3.</source>
        <translation>Data anonymised (pupils: %1): records changed or removed — %2, audit entries redacted — %3.</translation>
    </message>
</context>
<context>
    <name>ReviewDatesEditor</name>
    <message>
        <location filename="../../app/ui/student_card/plan_dates.py" line="50" />
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/plan_dates.py" line="51" />
        <source>Remove date</source>
        <translation>Remove date</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="16" />
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="17" />
        <source>Social &amp; health</source>
        <translation>Social &amp; health</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="18" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="19" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="24" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="24" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="25" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="25" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/words.py" line="29" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="89" />
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="91" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_dialogs.py" line="92" />
        <source>Specialist type</source>
        <translation>Specialist type</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="66" />
        <source>Import a class list</source>
        <translation>Import a class list</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="70" />
        <source>Create the classes the file names</source>
        <translation>Create the classes the file names</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="72" />
        <source>Leave out the rows with problems</source>
        <translation>Leave out the rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="74" />
        <source>Mark the pupils missing from the file as left</source>
        <translation>Mark the pupils missing from the file as left</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="83" />
        <source>Save the rows with problems…</source>
        <translation>Save the rows with problems…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="86" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="89" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="122" />
        <source>Reading the class list…</source>
        <translation>Reading the class list…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="155" />
        <source>Tick “Create the classes…” to import the pupils of classes that do not exist yet.</source>
        <translation>Tick “Create the classes…” to import the pupils of classes that do not exist yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="158" />
        <source>Some rows have problems: correct them in the e-journal and export again, or leave them out.</source>
        <translation>Some rows have problems: correct them in the e-journal and export again, or leave them out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="170" />
        <source>Rows with problems saved: %1</source>
        <translation>Rows with problems saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="174" />
        <source>Import the class list? New pupils: %1, moved: %2, returning: %3.</source>
        <translation>Import the class list? New pupils: %1, moved: %2, returning: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="177" />
        <source>%1 pupils will be marked as left.</source>
        <translation>%1 pupils will be marked as left.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="180" />
        <source>%1 rows with problems are left out.</source>
        <translation>%1 rows with problems are left out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="192" />
        <source>Importing pupils…</source>
        <translation>Importing pupils…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="205" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="211" />
        <source>Imported: %1 new pupils, %2 moved, %3 returning, %4 marked as left, %5 classes created.</source>
        <translation>Imported: %1 new pupils, %2 moved, %3 returning, %4 marked as left, %5 classes created.</translation>
    </message>
</context>
<context>
    <name>RosterPreviewView</name>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="61" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="67" />
        <source>On file but not in this file (they stay unless you mark them as left):</source>
        <translation>On file but not in this file (they stay unless you mark them as left):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="81" />
        <source>Surname column</source>
        <translation>Surname column</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="82" />
        <source>First name column</source>
        <translation>First name column</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="83" />
        <source>Personal code column</source>
        <translation>Personal code column</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="84" />
        <source>Date of birth column</source>
        <translation>Date of birth column</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="85" />
        <source>Class column</source>
        <translation>Class column</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="86" />
        <source>Class letter column (if separate)</source>
        <translation>Class letter column (if separate)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="94" />
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="95" />
        <source>CSV, %1, separated by %2</source>
        <translation>CSV, %1, separated by %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="96" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="97" />
        <source>%1 (%2): %3 rows after the header in row %4.</source>
        <translation>%1 (%2): %3 rows after the header in row %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="102" />
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="104" />
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="115" />
        <source>School year %1.</source>
        <translation>School year %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="126" />
        <source>New: %1 · moved to another class: %2 · unchanged: %3 · returning: %4 · with problems: %5 · repeated in the file: %6 · missing from the file: %7</source>
        <translation>New: %1 · moved to another class: %2 · unchanged: %3 · returning: %4 · with problems: %5 · repeated in the file: %6 · missing from the file: %7</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="133" />
        <source>Classes the file names that do not exist yet: %1</source>
        <translation>Classes the file names that do not exist yet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="139" />
        <source>new pupil</source>
        <translation>new pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="140" />
        <source>moves from %1</source>
        <translation>moves from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="141" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="142" />
        <source>returns (was marked as left)</source>
        <translation>returns (was marked as left)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_view.py" line="143" />
        <location filename="../../app/ui/settings/roster_view.py" line="145" />
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../app/ui/scan_button.py" line="34" />
        <source>Open the scan</source>
        <translation>Open the scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_button.py" line="44" />
        <source>Opens “%1” with this computer's viewer.</source>
        <translation>Opens “%1” with this computer's viewer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_button.py" line="61" />
        <source>Opening the scan…</source>
        <translation>Opening the scan…</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="62" />
        <source>Your school</source>
        <translation>Your school</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="63" />
        <source>As written in the register of educational institutions.</source>
        <translation>As written in the register of educational institutions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="67" />
        <source>10 or 11 digits</source>
        <translation>10 or 11 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="69" />
        <source>for example, Dienvidkurzemes novads</source>
        <translation>for example, Dienvidkurzemes novads</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="71" />
        <source>School name</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="72" />
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="74" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>SchoolTab</name>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="50" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="52" />
        <source>Every support specialist of the pupil reads the confidential notes</source>
        <translation>Every support specialist of the pupil reads the confidential notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="55" />
        <source>Off (the usual rule): a consultation's confidential notes are read by their author and by specialists of the same kind only (a psychologist's by psychologists).</source>
        <translation>Off (the usual rule): a consultation's confidential notes are read by their author and by specialists of the same kind only (a psychologist's by psychologists).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="58" />
        <source>School name</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="59" />
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="61" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="62" />
        <source>Lock the screen after idle time</source>
        <translation>Lock the screen after idle time</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="64" />
        <source>Confidential notes</source>
        <translation>Confidential notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="65" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="68" />
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/school_tab.py" line="128" />
        <source>The school's settings are saved.</source>
        <translation>The school's settings are saved.</translation>
    </message>
</context>
<context>
    <name>SemesterDatesDialog</name>
    <message>
        <location filename="../../app/ui/settings/semester_dialog.py" line="32" />
        <source>Semester dates of %1</source>
        <translation>Semester dates of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/semester_dialog.py" line="50" />
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="52" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="53" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="50" />
        <source>class teacher</source>
        <comment>said of a woman</comment>
        <translation>class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="51" />
        <source>support staff</source>
        <comment>said of a woman</comment>
        <translation>support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="52" />
        <source>coordinator</source>
        <comment>said of a woman</comment>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="53" />
        <source>director</source>
        <comment>said of a woman</comment>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="54" />
        <source>administrator</source>
        <comment>said of a woman</comment>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="57" />
        <source>class teacher</source>
        <translation>class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="57" />
        <source>support staff</source>
        <translation>support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="58" />
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="58" />
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="59" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="75" />
        <source>social pedagogue</source>
        <translation>social pedagogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="76" />
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="77" />
        <source>speech therapist</source>
        <translation>speech therapist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="78" />
        <source>special education teacher</source>
        <translation>special education teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="79" />
        <source>teacher's assistant</source>
        <translation>teacher's assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="80" />
        <source>subject teacher</source>
        <translation>subject teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="81" />
        <source>occupational therapist</source>
        <translation>occupational therapist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="82" />
        <source>sign language interpreter</source>
        <translation>sign language interpreter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="83" />
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="88" />
        <source>social pedagogue</source>
        <comment>said of a woman</comment>
        <translation>social pedagogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="89" />
        <source>psychologist</source>
        <comment>said of a woman</comment>
        <translation>psychologist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="90" />
        <source>speech therapist</source>
        <comment>said of a woman</comment>
        <translation>speech therapist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="92" />
        <source>special education teacher</source>
        <comment>said of a woman</comment>
        <translation>special education teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="93" />
        <source>teacher's assistant</source>
        <comment>said of a woman</comment>
        <translation>teacher's assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="94" />
        <source>subject teacher</source>
        <comment>said of a woman</comment>
        <translation>subject teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="96" />
        <source>occupational therapist</source>
        <comment>said of a woman</comment>
        <translation>occupational therapist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="98" />
        <source>sign language interpreter</source>
        <comment>said of a woman</comment>
        <translation>sign language interpreter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="99" />
        <source>assistant</source>
        <comment>said of a woman</comment>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="103" />
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="103" />
        <source>amount in euro</source>
        <translation>amount in euro</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="54" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="58" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="60" />
        <source>Data retention</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="63" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="67" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="70" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="73" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_screen.py" line="75" />
        <source>There are no settings that your role may change.</source>
        <translation>There are no settings that your role may change.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="35" />
        <source>Approve and sign</source>
        <translation>Approve and sign</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="36" />
        <source>You sign with your name (%1) and this computer's key:</source>
        <translation>You sign with your name (%1) and this computer's key:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="42" />
        <source>Total cost: %1</source>
        <translation>Total cost: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="48" />
        <location filename="../../app/ui/approvals/sign_dialog.py" line="64" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="55" />
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="58" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals/sign_dialog.py" line="75" />
        <source>Type your password to sign.</source>
        <translation>Type your password to sign.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="55" />
        <source>New risk sign</source>
        <translation>New risk sign</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogue_dialogs.py" line="60" />
        <source>Risk category</source>
        <translation>Risk category</translation>
    </message>
</context>
<context>
    <name>SignRow</name>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="49" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="50" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="51" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/assessment_signs.py" line="56" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
</context>
<context>
    <name>SignsTab</name>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="25" />
        <source>Risk signs of the school year %1</source>
        <translation>Risk signs of the school year %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26" />
        <source>Risk category</source>
        <translation>Risk category</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26" />
        <source>Risk sign</source>
        <translation>Risk sign</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="26" />
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="49" />
        <source>%1 is no longer offered for new assessments; assessments that have it keep it.</source>
        <translation>%1 is no longer offered for new assessments; assessments that have it keep it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/signs_tab.py" line="53" />
        <source>This school year has no catalogue of risk signs.</source>
        <translation>This school year has no catalogue of risk signs.</translation>
    </message>
</context>
<context>
    <name>StudentCard</name>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="85" />
        <source>Overall risk:</source>
        <translation>Overall risk:</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="92" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="94" />
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="107" />
        <source>Pupil card</source>
        <translation>Pupil card</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="148" />
        <source>Pupil card — %1</source>
        <translation>Pupil card — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="150" />
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="152" />
        <source>studying</source>
        <translation>studying</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="153" />
        <source>left school on %1</source>
        <translation>left school on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="154" />
        <source>transferred to another school on %1</source>
        <translation>transferred to another school on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="155" />
        <source>graduated on %1</source>
        <translation>graduated on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="160" />
        <source>no risk</source>
        <translation>no risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="160" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="161" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="161" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="164" />
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_card/card.py" line="202" />
        <source>Unsaved changes in: %1. Save them before closing?</source>
        <translation>Unsaved changes in: %1. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="52" />
        <source>Add pupil</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="52" />
        <source>Edit pupil</source>
        <translation>Edit pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="61" />
        <source>optional, e.g. 010115-21234</source>
        <translation>optional, e.g. 010115-21234</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="62" />
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="78" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="79" />
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="80" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="81" />
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="82" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="83" />
        <source>Parents or guardians</source>
        <translation>Parents or guardians</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="87" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="90" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="165" />
        <source>Saving the pupil…</source>
        <translation>Saving the pupil…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="181" />
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_dialog.py" line="191" />
        <source>Discard the changes you have not saved?</source>
        <translation>Discard the changes you have not saved?</translation>
    </message>
</context>
<context>
    <name>StudentFilterBar</name>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="20" />
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="22" />
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="22" />
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="23" />
        <source>Social &amp; health</source>
        <translation>Social &amp; health</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="24" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="24" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="27" />
        <source>any level</source>
        <translation>any level</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="27" />
        <source>low or higher</source>
        <translation>low or higher</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="28" />
        <source>medium or higher</source>
        <translation>medium or higher</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="28" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="31" />
        <source>Any plan</source>
        <translation>Any plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="31" />
        <source>No plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="32" />
        <source>Plan: draft</source>
        <translation>Plan: draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="33" />
        <source>Plan: submitted</source>
        <translation>Plan: submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="34" />
        <source>Plan: returned</source>
        <translation>Plan: returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="35" />
        <source>Plan: approved</source>
        <translation>Plan: approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="36" />
        <source>Plan: closed</source>
        <translation>Plan: closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="39" />
        <source>Any indicators</source>
        <translation>Any indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="40" />
        <source>Indicators: caution or higher</source>
        <translation>Indicators: caution or higher</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="41" />
        <source>Indicators: high</source>
        <translation>Indicators: high</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="44" />
        <source>Studying</source>
        <translation>Studying</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="45" />
        <source>Left the school</source>
        <translation>Left the school</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="45" />
        <source>All pupils</source>
        <translation>All pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/student_filters.py" line="50" />
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
</context>
<context>
    <name>StudentRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="109" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="110" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="110" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113" />
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="113" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114" />
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114" />
        <source>Social &amp; health</source>
        <translation>Social &amp; health</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="114" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115" />
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="115" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="118" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="118" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="119" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="119" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="120" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="123" />
        <source>studying</source>
        <translation>studying</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="123" />
        <source>left school</source>
        <translation>left school</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="124" />
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/student_rows.py" line="125" />
        <source>graduated</source>
        <translation>graduated</translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="84" />
        <source>Search pupils</source>
        <translation>Search pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="85" />
        <source>Type part of a name or class…</source>
        <translation>Type part of a name or class…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="101" />
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="102" />
        <source>Add pupil…</source>
        <translation>Add pupil…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="103" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="104" />
        <source>Mark as left…</source>
        <translation>Mark as left…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="111" />
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="132" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="180" />
        <source>Reading pupils and their risk levels…</source>
        <translation>Reading pupils and their risk levels…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="180" />
        <source>Reading classes…</source>
        <translation>Reading classes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="182" />
        <source>Loading pupils…</source>
        <translation>Loading pupils…</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/students_screen.py" line="214" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="43" />
        <source>Sync keys are kept in the key store, but this database was opened without one. Open the database with its key store to sync.</source>
        <translation>Sync keys are kept in the key store, but this database was opened without one. Open the database with its key store to sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="50" />
        <source>Save the enrolment request</source>
        <translation>Save the enrolment request</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="51" />
        <source>Pumpurs enrolment request.pumpurs</source>
        <translation>Pumpurs enrolment request.pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="74" />
        <source>Import the municipality's trust document</source>
        <translation>Import the municipality's trust document</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="109" />
        <source>Syncing with the municipality…</source>
        <translation>Syncing with the municipality…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="115" />
        <source>Choose the folder (USB stick) to export to</source>
        <translation>Choose the folder (USB stick) to export to</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="129" />
        <source>Exporting to the folder…</source>
        <translation>Exporting to the folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="133" />
        <source>Choose the folder (USB stick) with the municipality's files</source>
        <translation>Choose the folder (USB stick) with the municipality's files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="140" />
        <source>Folder %1: it holds no answer files from the municipality for this school.</source>
        <translation>Folder %1: it holds no answer files from the municipality for this school.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="147" />
        <source>Choose the municipality's answer files</source>
        <translation>Choose the municipality's answer files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="177" />
        <source>Importing the municipality's files…</source>
        <translation>Importing the municipality's files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="187" />
        <source>Conflict resolved: the school's plan for %1 stays as it is and goes to the municipality with the next sync.</source>
        <translation>Conflict resolved: the school's plan for %1 stays as it is and goes to the municipality with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="195" />
        <source>Send every record to the municipality again? Use this only when the municipality rejected a bundle or asks for it: the next sync will be much larger.</source>
        <translation>Send every record to the municipality again? Use this only when the municipality rejected a bundle or asks for it: the next sync will be much larger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="203" />
        <source>%1 records are queued to be sent again with the next sync.</source>
        <translation>%1 records are queued to be sent again with the next sync.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="48" />
        <source>Sync with the municipality</source>
        <translation>Sync with the municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="61" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="63" />
        <source>Export to folder…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="65" />
        <source>Import from folder…</source>
        <translation>Import from folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="67" />
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="86" />
        <source>Bundles sent to the municipality</source>
        <translation>Bundles sent to the municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="92" />
        <source>This screen is for the coordinator who syncs the school's data with the municipality.</source>
        <translation>This screen is for the coordinator who syncs the school's data with the municipality.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="159" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="161" />
        <source>Unsent changes: %1 · bundles awaiting the municipality's receipt: %2</source>
        <translation>Unsent changes: %1 · bundles awaiting the municipality's receipt: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="164" />
        <source>Last successful sync: %1 · last attempt: %2</source>
        <translation>Last successful sync: %1 · last attempt: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_screen.py" line="169" />
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="37" />
        <location filename="../../app/ui/sync_status_bar.py" line="83" />
        <source>Sync: checking…</source>
        <translation>Sync: checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="53" />
        <source>Sync: state unknown — %1</source>
        <translation>Sync: state unknown — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="85" />
        <source>Sync: not set up yet — data stays on this computer</source>
        <translation>Sync: not set up yet — data stays on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="87" />
        <source>Sync: waiting for the municipality's trust document</source>
        <translation>Sync: waiting for the municipality's trust document</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="88" />
        <source>no unsent changes</source>
        <translation>no unsent changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="89" />
        <source>unsent changes: %1</source>
        <translation>unsent changes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="91" />
        <source>bundles awaiting receipt: %1</source>
        <translation>bundles awaiting receipt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="94" />
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="95" />
        <source>never synced yet</source>
        <translation>never synced yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="96" />
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="99" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="99" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status_bar.py" line="100" />
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="40" />
        <source>ABC thresholds of the school year %1</source>
        <translation>ABC thresholds of the school year %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="45" />
        <source>Absences: caution from, %</source>
        <translation>Absences: caution from, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="46" />
        <source>Absences: high risk from, %</source>
        <translation>Absences: high risk from, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="48" />
        <source>Unjustified lessons: low, medium, high from</source>
        <translation>Unjustified lessons: low, medium, high from</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="49" />
        <source>Failing marks: low, medium, high from</source>
        <translation>Failing marks: low, medium, high from</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="50" />
        <source>Conduct incidents: low, medium, high from</source>
        <translation>Conduct incidents: low, medium, high from</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="78" />
        <source>Absences: enter a percentage, for example 5 or 7,5.</source>
        <translation>Absences: enter a percentage, for example 5 or 7,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="85" />
        <source>Enter a whole number for each level, for example 1, 2 and 4.</source>
        <translation>Enter a whole number for each level, for example 1, 2 and 4.</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="106" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="113" />
        <source>Where the ABC indicators start to count in %1</source>
        <translation>Where the ABC indicators start to count in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="132" />
        <source>low from %1, medium from %2, high from %3</source>
        <translation>low from %1, medium from %2, high from %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="137" />
        <source>Absences: caution from %1 %, high risk from %2 % of lessons.</source>
        <translation>Absences: caution from %1 %, high risk from %2 % of lessons.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="140" />
        <source>Unjustified lessons: %1.</source>
        <translation>Unjustified lessons: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="141" />
        <source>Failing marks: %1.</source>
        <translation>Failing marks: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="142" />
        <source>Conduct incidents: %1.</source>
        <translation>Conduct incidents: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/thresholds_tab.py" line="155" />
        <source>Saved. Levels computed from now on use these thresholds.</source>
        <translation>Saved. Levels computed from now on use these thresholds.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="50" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="52" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="59" />
        <source>Add a user…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="60" />
        <source>Change roles…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="61" />
        <location filename="../../app/ui/settings/users_tab.py" line="126" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="62" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="88" />
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="90" />
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="91" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="127" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="137" />
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="169" />
        <source>%1 is active again. Set a new password for them (Reset password): on this shared computer it also gives back their key to the database.</source>
        <translation>%1 is active again. Set a new password for them (Reset password): on this shared computer it also gives back their key to the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="173" />
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_tab.py" line="175" />
        <source>%1 can no longer sign in; their records stay.</source>
        <translation>%1 can no longer sign in; their records stay.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="39" />
        <source>Welcome to Pumpurs</source>
        <translation>Welcome to Pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="41" />
        <source>This wizard sets up Pumpurs on this computer: it records your school's details, creates the first administrator account and an encrypted database. At the end it shows a recovery key once — have paper and a pen ready.</source>
        <translation>This wizard sets up Pumpurs on this computer: it records your school's details, creates the first administrator account and an encrypted database. At the end it shows a recovery key once — have paper and a pen ready.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="53" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>YearOpeningDialog</name>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="67" />
        <source>Open school year %1</source>
        <translation>Open school year %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="82" />
        <source>Choose a catalogue file…</source>
        <translation>Choose a catalogue file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="85" />
        <source>Open the school year</source>
        <translation>Open the school year</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="89" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="93" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="94" />
        <source>Catalogue changes against last year</source>
        <translation>Catalogue changes against last year</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="95" />
        <source>Pupils — tick those who repeat the year</source>
        <translation>Pupils — tick those who repeat the year</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="97" />
        <source>Pupils at risk — tick to start from last semester's plan</source>
        <translation>Pupils at risk — tick to start from last semester's plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="122" />
        <source>Catalogue file</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="123" />
        <source>Catalogue (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="134" />
        <source>new: %1</source>
        <translation>new: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="134" />
        <source>no longer offered: %1</source>
        <translation>no longer offered: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="135" />
        <source>the school's own, kept: %1</source>
        <translation>the school's own, kept: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="136" />
        <source>rate of %1: %2 → %3</source>
        <translation>rate of %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="136" />
        <source>cap of %1: %2 → %3</source>
        <translation>cap of %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="146" />
        <source>School year %1 follows %2. Semester I %3–%4, semester II %5–%6. Catalogue: %7. A backup of the database is taken first.</source>
        <translation>School year %1 follows %2. Semester I %3–%4, semester II %5–%6. Catalogue: %7. A backup of the database is taken first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="154" />
        <source>graduates</source>
        <translation>graduates</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="160" />
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="170" />
        <source>last plan not closed</source>
        <translation>last plan not closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="184" />
        <source>Open school year %1? This cannot be undone; a backup of the database is taken first.</source>
        <translation>Open school year %1? This cannot be undone; a backup of the database is taken first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_dialog.py" line="203" />
        <source>School year %1 is open: %2 promoted, %3 repeating, %4 graduated, %5 plans started.</source>
        <translation>School year %1 is open: %2 promoted, %3 repeating, %4 graduated, %5 plans started.</translation>
    </message>
</context>
<context>
    <name>YearTab</name>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44" />
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="44" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="51" />
        <source>Semester dates…</source>
        <translation>Semester dates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="57" />
        <source>The current semester follows these dates.</source>
        <translation>The current semester follows these dates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/year_tab.py" line="81" />
        <source>Open school year %1…</source>
        <translation>Open school year %1…</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../app/ui/desktop.py" line="43" />
        <source>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</source>
        <translation>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/ui/settings/labels.py" line="17" />
        <source>PMP: early school leaving. The PMP coordinator leads the school's work to keep pupils from leaving school early (the PuMPuRS programme).</source>
        <translation>PMP: early school leaving. The PMP coordinator leads the school's work to keep pupils from leaving school early (the PuMPuRS programme).</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../app/ui/menus.py" line="39" />
        <source>Pumpurs %1 — support for pupils at risk of leaving school early.</source>
        <translation>Pumpurs %1 — support for pupils at risk of leaving school early.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="42" />
        <source>School: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="43" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="44" />
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="45" />
        <source>Semester: %1</source>
        <translation>Semester: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="46" />
        <source>The database key is kept in this computer's system keyring.</source>
        <translation>The database key is kept in this computer's system keyring.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="57" />
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="58" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="63" />
        <source>About Pumpurs</source>
        <translation>About Pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="69" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="70" />
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="73" />
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="75" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="83" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="95" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="96" />
        <source>&amp;About Pumpurs</source>
        <translation>&amp;About Pumpurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="64" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="65" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="66" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="67" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="68" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="69" />
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_menu.py" line="74" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/settings/backup_tab.py" line="34" />
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="44" />
        <source>Class list exported from the e-journal</source>
        <translation>Class list exported from the e-journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="45" />
        <source>Class lists (*.xlsx *.csv *.txt)</source>
        <translation>Class lists (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="51" />
        <source>Attendance, marks or conduct notes exported from the e-journal</source>
        <translation>Attendance, marks or conduct notes exported from the e-journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/classes_tab.py" line="52" />
        <source>E-journal exports (*.xlsx *.csv *.txt)</source>
        <translation>E-journal exports (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="50" />
        <source>Save the rows with problems</source>
        <translation>Save the rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/roster_dialog.py" line="51" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../app/ui/students/questions.py" line="32" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="34" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="45" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="47" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../app/ui/students/questions.py" line="49" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>