<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="35" />
        <source>Pumpurs — sign in</source>
        <translation>Pumpurs — sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="55" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="61" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="62" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="75" />
        <source>User name: enter your user name.</source>
        <translation>User name: enter your user name.</translation>
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
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41" />
        <source>class teacher</source>
        <translation>class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41" />
        <source>support staff</source>
        <translation>support staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42" />
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42" />
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48" />
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>Sync: not set up yet — data stays on this computer</source>
        <translation>Sync: not set up yet — data stays on this computer</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="84" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PupilRowsModel</name>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="45" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="46" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="46" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="49" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Social &amp; health</source>
        <translation>Social &amp; health</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="50" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="51" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="54" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="54" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="55" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="55" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_models/pupil_rows.py" line="56" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>PupilsScreen</name>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="36" />
        <source>Type part of a name or class…</source>
        <translation>Type part of a name or class…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="50" />
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="59" />
        <source>Loading pupils…</source>
        <translation>Loading pupils…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupils/pupils_screen.py" line="72" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../app/ui/desktop.py" line="35" />
        <source>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</source>
        <translation>Something went wrong. Nothing you saved before is lost. Copy the report below and send it to your administrator.</translation>
    </message>
</context>
</TS>