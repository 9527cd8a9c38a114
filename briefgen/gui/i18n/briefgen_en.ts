<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="61" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="600" />
            <source>Sent %n page(s) to %1</source>
            <translation>
                <numerusform>Sent %n page to %1</numerusform>
                <numerusform>Sent %n pages to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="506" />
            <source>Re-check before you use this pack: the evidence for its status under %1 is more than %n day(s) old today.</source>
            <translation>
                <numerusform>Re-check before you use this pack: the evidence for its status under %1 is more than %n day old today.</numerusform>
                <numerusform>Re-check before you use this pack: the evidence for its status under %1 is more than %n days old today.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="50" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="53" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
</TS>
