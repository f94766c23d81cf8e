<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
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
    <name>Commands</name>
    <message numerus="yes">
        <source>Saved %n rows to {file}</source>
        <translation>
            <numerusform>Saved %n row to {file}</numerusform>
            <numerusform>Saved %n rows to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}  {kind}, %n sessions: {path}</source>
        <translation>
            <numerusform>{when}  {kind}, %n session: {path}</numerusform>
            <numerusform>{when}  {kind}, %n sessions: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved your report (%n pages) to {file}</source>
        <translation>
            <numerusform>Saved your report (%n page) to {file}</numerusform>
            <numerusform>Saved your report (%n pages) to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved your routine (%n pages) to {file}</source>
        <translation>
            <numerusform>Saved your routine (%n page) to {file}</numerusform>
            <numerusform>Saved your routine (%n pages) to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message numerus="yes">
        <source>%n sets of {reps} each way ({ways})</source>
        <translation>
            <numerusform>%n set of {reps} each way ({ways})</numerusform>
            <numerusform>%n sets of {reps} each way ({ways})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps}</source>
        <translation>
            <numerusform>%n set of {reps}</numerusform>
            <numerusform>%n sets of {reps}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
    <name>ReminderText</name>
    <message numerus="yes">
        <source>{message} (about %n minutes)</source>
        <translation>
            <numerusform>{message} (about %n minute)</numerusform>
            <numerusform>{message} (about %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n days in a row.</source>
        <translation>
            <numerusform>You have exercised %n day in a row.</numerusform>
            <numerusform>You have exercised %n days in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You exercised on %n of the last 7 days.</source>
        <translation>
            <numerusform>You exercised on %n of the last 7 days.</numerusform>
            <numerusform>You exercised on %n of the last 7 days.</numerusform>
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
<context>
    <name>SessionRunner</name>
    <message numerus="yes">
        <source>You had done {done} of %n reps. Carry on where it stopped, or keep what you did as a part-done session?</source>
        <translation>
            <numerusform>You had done {done} of %n rep. Carry on where it stopped, or keep what you did as a part-done session?</numerusform>
            <numerusform>You had done {done} of %n reps. Carry on where it stopped, or keep what you did as a part-done session?</numerusform>
        </translation>
    </message>
</context>
</TS>
