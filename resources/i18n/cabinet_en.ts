<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../../cabinet_app/ui/planning/page.py" line="401"/>
        <source>%n uncovered slot(s) in the next 30 days</source>
        <translation>
            <numerusform>%n uncovered slot in the next 30 days</numerusform>
            <numerusform>%n uncovered slots in the next 30 days</numerusform>
        </translation>
    </message>
</context>
</TS>
