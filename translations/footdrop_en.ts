<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartCounts</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds held</source>
        <translation>
            <numerusform>%n second held</numerusform>
            <numerusform>%n seconds held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>Saved %n row to {file}.</numerusform>
            <numerusform>Saved %n rows to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperCounts</name>
    <message numerus="yes">
        <source>Saved %n pages to {file}.</source>
        <translation>
            <numerusform>Saved %n page to {file}.</numerusform>
            <numerusform>Saved %n pages to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message numerus="yes">
        <source>Week of {day}: %n minutes</source>
        <translation>
            <numerusform>Week of {day}: %n minute</numerusform>
            <numerusform>Week of {day}: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, %n weeks, latest {minutes}</source>
        <translation>
            <numerusform>Minutes per week, %n week, latest {minutes}</numerusform>
            <numerusform>Minutes per week, %n weeks, latest {minutes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{foot}: %n days, latest {amount} on {day}</source>
        <translation>
            <numerusform>{foot}: %n day, latest {amount} on {day}</numerusform>
            <numerusform>{foot}: %n days, latest {amount} on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before and {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Pain, 0 to 10, %n session rated, latest {before} before and {after} after exercise, on {day}</numerusform>
            <numerusform>Pain, 0 to 10, %n sessions rated, latest {before} before and {after} after exercise, on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before exercise, on {day}</source>
        <translation>
            <numerusform>Pain, 0 to 10, %n session rated, latest {before} before exercise, on {day}</numerusform>
            <numerusform>Pain, 0 to 10, %n sessions rated, latest {before} before exercise, on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Pain, 0 to 10, %n session rated, latest {after} after exercise, on {day}</numerusform>
            <numerusform>Pain, 0 to 10, %n sessions rated, latest {after} after exercise, on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation>
            <numerusform>{first} to {last} (%n day)</numerusform>
            <numerusform>{first} to {last} (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>Saved %n row to {file}.</numerusform>
            <numerusform>Saved %n rows to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCounts</name>
    <message numerus="yes">
        <source>{dose}; for the affected foot, %n extra sets and {hold} longer hold</source>
        <translation>
            <numerusform>{dose}; for the affected foot, %n extra set and {hold} longer hold</numerusform>
            <numerusform>{dose}; for the affected foot, %n extra sets and {hold} longer hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}; for the affected foot, %n extra sets</source>
        <translation>
            <numerusform>{dose}; for the affected foot, %n extra set</numerusform>
            <numerusform>{dose}; for the affected foot, %n extra sets</numerusform>
        </translation>
    </message>
</context>
</TS>
