<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="35" />
        <source>Pumpurs — sign in</source>
        <translation>Pumpurs — pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="55" />
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56" />
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="61" />
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="62" />
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="75" />
        <source>User name: enter your user name.</source>
        <translation>Lietotājvārds: ievadiet savu lietotājvārdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="26" />
        <source>Pumpurs — %1</source>
        <translation>Pumpurs — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="33" />
        <source>Pupils</source>
        <translation>Skolēni</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41" />
        <source>class teacher</source>
        <translation>klases audzinātājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41" />
        <source>support staff</source>
        <translation>atbalsta personāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42" />
        <source>coordinator</source>
        <translation>PMP koordinators</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42" />
        <source>director</source>
        <translation>direktors</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43" />
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48" />
        <source>Semester %1</source>
        <translation>Semestris %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>Sync: not set up yet — data stays on this computer</source>
        <translation>Sinhronizācija: vēl nav iestatīta — dati glabājas tikai šajā datorā</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="84" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>PupilRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="45" />
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="46" />
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="46" />
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Class</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Learning</source>
        <translation>Mācības</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Social &amp; health</source>
        <translation>Sociālā vide, veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Economic</source>
        <translation>Ekonomiskie</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Overall</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="54" />
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="54" />
        <source>submitted</source>
        <translation>iesniegts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="55" />
        <source>returned</source>
        <translation>atgriezts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="55" />
        <source>approved</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="56" />
        <source>closed</source>
        <translation>noslēgts</translation>
    </message>
</context>
<context>
    <name>PupilsScreen</name>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="36" />
        <source>Type part of a name or class…</source>
        <translation>Ierakstiet vārda, uzvārda vai klases daļu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="50" />
        <source>Find:</source>
        <translation>Meklēt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="59" />
        <source>Loading pupils…</source>
        <translation>Ielādē skolēnus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="72" />
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../app/ui/desktop.py" line="35" />
        <source>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</source>
        <translation>Radās kļūda. Nekas no iepriekš saglabātā nav zudis. Nokopējiet zemāk redzamo ziņojumu un nosūtiet to sistēmas administratoram.</translation>
    </message>
</context>
</TS>