<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>PatternDialog</name>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/pattern_dialog.py" line="192"/>
        <source>%n date(s): </source>
        <translation>
            <numerusform>%n date: </numerusform>
            <numerusform>%n dates: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/actions.py" line="163"/>
        <source>%n shift(s) created by the recurring pattern.</source>
        <translation>
            <numerusform>%n shift created by the recurring pattern.</numerusform>
            <numerusform>%n shifts created by the recurring pattern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/page.py" line="404"/>
        <source>%n uncovered slot(s) in the next 30 days</source>
        <translation>
            <numerusform>%n uncovered slot in the next 30 days</numerusform>
            <numerusform>%n uncovered slots in the next 30 days</numerusform>
        </translation>
    </message>
</context>
</TS>
