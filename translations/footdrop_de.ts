<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>ChartCounts</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds held</source>
        <translation>
            <numerusform>%n Sekunde gehalten</numerusform>
            <numerusform>%n Sekunden gehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, dd. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dd MMMM</source>
        <translation>dd. MMMM</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>dd. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Exercises you can add</source>
        <translation>Übungen, die Sie hinzufügen können</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>My exercises: {routine}</source>
        <translation>Meine Übungen: {routine}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>This routine has no exercises to do at home.</source>
        <translation>Dieser Übungsplan hat keine Übungen für zu Hause.</translation>
    </message>
    <message>
        <source>{routine}: exercise {number} of {count}</source>
        <translation>{routine}: Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Hold on to: {support}</source>
        <translation>Festhalten an: {support}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print my routine…</source>
        <translation>Meinen Übungsplan drucken…</translation>
    </message>
    <message>
        <source>Your routine on paper, one page for each exercise, with its drawing, your dose, the steps and what to take care with. Large print, to keep by your chair.</source>
        <translation>Ihr Übungsplan auf Papier: eine Seite pro Übung, mit Zeichnung, Ihrer Menge, den Schritten und worauf Sie achten sollten. Große Schrift, für neben Ihren Stuhl.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Übungsplan zum Drucken</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsplan</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>{title} (ended early)</source>
        <translation>{title} (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>{title} (part done)</source>
        <translation>{title} (teilweise)</translation>
    </message>
    <message>
        <source>{title} (not finished)</source>
        <translation>{title} (nicht beendet)</translation>
    </message>
    <message>
        <source>{exercise}, left foot</source>
        <translation>{exercise}, linker Fuß</translation>
    </message>
    <message>
        <source>{exercise}, right foot</source>
        <translation>{exercise}, rechter Fuß</translation>
    </message>
    <message>
        <source>{exercise}, both feet</source>
        <translation>{exercise}, beide Füße</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reps done</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>Als Datei sichern…</translation>
    </message>
    <message>
        <source>Save all your sessions as a CSV file for your therapist</source>
        <translation>Alle Einheiten als CSV-Datei für Ihre Physiotherapie sichern</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Einheit gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Einheit zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Fortschritt in Grafiken</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Therapy visits</source>
        <translation>Therapie-Termine</translation>
    </message>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Ihre Einheiten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Choose a session to see what you did.</source>
        <translation>Wählen Sie eine Einheit, um zu sehen, was Sie gemacht haben.</translation>
    </message>
    <message>
        <source>What you did in this session</source>
        <translation>Was Sie in dieser Einheit gemacht haben</translation>
    </message>
    <message>
        <source>How it went…</source>
        <translation>Wie es lief…</translation>
    </message>
    <message>
        <source>Note pain, how hard it felt, and a note</source>
        <translation>Schmerz, Anstrengung und eine Notiz eintragen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove this session (you can undo)</source>
        <translation>Diese Einheit entfernen (rückgängig möglich)</translation>
    </message>
    <message>
        <source>Calendar of your sessions and visits</source>
        <translation>Kalender Ihrer Einheiten und Termine</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Days in bold, with a coloured square, are days you exercised. Underlined days had a therapy visit.</source>
        <translation>Fett gedruckte Tage mit farbigem Feld sind Tage, an denen Sie geübt haben. Unterstrichene Tage hatten einen Therapie-Termin.</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {longest} at most</source>
        <translation>Tage in Folge: jetzt {current}, höchstens {longest}</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <source>{title}, {day} at {time}</source>
        <translation>{title}, {day} um {time}</translation>
    </message>
    <message>
        <source>Pain {pain}</source>
        <translation>Schmerz {pain}</translation>
    </message>
    <message>
        <source>felt {effort}</source>
        <translation>fühlte sich {effort} an</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>„{note}“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not rated.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>{exercise_and_foot}, {band}</source>
        <translation>{exercise_and_foot}, {band}</translation>
    </message>
    <message>
        <source>{title} ({done} of {planned} reps)</source>
        <translation>{title} ({done} von {planned} Wiederholungen)</translation>
    </message>
    <message>
        <source>Therapy visit: {note}</source>
        <translation>Therapie-Termin: {note}</translation>
    </message>
    <message>
        <source>Therapy visit: no note</source>
        <translation>Therapie-Termin: keine Notiz</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing noted on this day.</source>
        <translation>An diesem Tag ist nichts eingetragen.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Einheit löschen?</translation>
    </message>
    <message>
        <source>Delete “{title}” from {day}? You can undo this until you close the app.</source>
        <translation>„{title}“ vom {day} löschen? Sie können das rückgängig machen, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation>Löschen der Einheit</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <source>Bringing the session back</source>
        <translation>Zurückholen der Einheit</translation>
    </message>
    <message>
        <source>Save your history</source>
        <translation>Ihren Verlauf sichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>{problem}

Try another folder.</source>
        <translation>{problem}

Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gesichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} gesichert.</numerusform>
            <numerusform>%n Zeilen in {file} gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>felt easy</source>
        <translation>fühlte sich leicht an</translation>
    </message>
    <message>
        <source>felt about right</source>
        <translation>fühlte sich richtig an</translation>
    </message>
    <message>
        <source>felt hard</source>
        <translation>fühlte sich schwer an</translation>
    </message>
    <message>
        <source>Set {set} done, {took}</source>
        <translation>Runde {set} geschafft, {took}</translation>
    </message>
    <message>
        <source>Timed: {took}</source>
        <translation>Nach Zeit: {took}</translation>
    </message>
    <message>
        <source>Rep {rep}: {took}</source>
        <translation>Wiederholung {rep}: {took}</translation>
    </message>
    <message>
        <source>Timed: held {held}</source>
        <translation>Nach Zeit: {held} gehalten</translation>
    </message>
    <message>
        <source>Rep {rep}: held {held}</source>
        <translation>Wiederholung {rep}: {held} gehalten</translation>
    </message>
    <message>
        <source>Timed: held {held}, {took} in all</source>
        <translation>Nach Zeit: {held} gehalten, {took} insgesamt</translation>
    </message>
    <message>
        <source>Rep {rep}: held {held}, {took} in all</source>
        <translation>Wiederholung {rep}: {held} gehalten, {took} insgesamt</translation>
    </message>
    <message>
        <source>{activity} (interrupted)</source>
        <translation>{activity} (unterbrochen)</translation>
    </message>
</context>
<context>
    <name>PaperCounts</name>
    <message numerus="yes">
        <source>Saved %n pages to {file}.</source>
        <translation>
            <numerusform>%n Seite in {file} gesichert.</numerusform>
            <numerusform>%n Seiten in {file} gesichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Save as a PDF file…</source>
        <translation>Als PDF sichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>See the pages first…</source>
        <translation>Seiten erst ansehen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>{problem}

Try another folder.</source>
        <translation>{problem}

Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>{problem}

Check the printer and try again.</source>
        <translation>{problem}

Prüfen Sie den Drucker und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{title}: the pages</source>
        <translation>{title}: die Seiten</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>{day}: {amount}, {foot}</source>
        <translation>{day}: {amount}, {foot}</translation>
    </message>
    <message>
        <source>{day} at {time}: pain {value} of 10, before exercise</source>
        <translation>{day} um {time}: Schmerz {value} von 10, vor dem Üben</translation>
    </message>
    <message>
        <source>{day} at {time}: pain {value} of 10, after exercise</source>
        <translation>{day} um {time}: Schmerz {value} von 10, nach dem Üben</translation>
    </message>
    <message>
        <source>Minutes of exercise per week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Reps per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Gehaltene Sekunden pro Tag</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Schmerz, 0 bis 10</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Exercise to show</source>
        <translation>Angezeigte Übung</translation>
    </message>
    <message>
        <source>Your charts appear here after your first session.</source>
        <translation>Ihre Grafiken erscheinen hier nach Ihrer ersten Einheit.</translation>
    </message>
    <message>
        <source>Show reps for</source>
        <translation>Wiederholungen für</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n minutes</source>
        <translation>
            <numerusform>Woche ab {day}: %n Minute</numerusform>
            <numerusform>Woche ab {day}: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, %n weeks, latest {minutes}</source>
        <translation>
            <numerusform>Minuten pro Woche, %n Woche, zuletzt {minutes}</numerusform>
            <numerusform>Minuten pro Woche, %n Wochen, zuletzt {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>{chart} of {exercise}</source>
        <translation>{chart}: {exercise}</translation>
    </message>
    <message numerus="yes">
        <source>{foot}: %n days, latest {amount} on {day}</source>
        <translation>
            <numerusform>{foot}: %n Tag, zuletzt {amount} am {day}</numerusform>
            <numerusform>{foot}: %n Tage, zuletzt {amount} am {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before and {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Schmerz, 0 bis 10, %n Einheit bewertet, zuletzt {before} vor und {after} nach dem Üben, am {day}</numerusform>
            <numerusform>Schmerz, 0 bis 10, %n Einheiten bewertet, zuletzt {before} vor und {after} nach dem Üben, am {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before exercise, on {day}</source>
        <translation>
            <numerusform>Schmerz, 0 bis 10, %n Einheit bewertet, zuletzt {before} vor dem Üben, am {day}</numerusform>
            <numerusform>Schmerz, 0 bis 10, %n Einheiten bewertet, zuletzt {before} vor dem Üben, am {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Schmerz, 0 bis 10, %n Einheit bewertet, zuletzt {after} nach dem Üben, am {day}</numerusform>
            <numerusform>Schmerz, 0 bis 10, %n Einheiten bewertet, zuletzt {after} nach dem Üben, am {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeSpinBox</name>
    <message>
        <source>{label} must be between {low} and {high} {unit}.</source>
        <translation>{label} muss zwischen {low} und {high} {unit} liegen.</translation>
    </message>
    <message>
        <source>Allowed: {low} to {high} {unit}</source>
        <translation>Erlaubt: {low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Allowed: {low} to {high}</source>
        <translation>Erlaubt: {low} bis {high}</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation>
            <numerusform>{first} bis {last} (%n Tag)</numerusform>
            <numerusform>{first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Sessions, a row each (*.csv)</source>
        <translation>Einheiten, je eine Zeile (*.csv)</translation>
    </message>
    <message>
        <source>Therapy visits, a row each (*.csv)</source>
        <translation>Therapie-Termine, je eine Zeile (*.csv)</translation>
    </message>
    <message>
        <source>Report for my therapist…</source>
        <translation>Bericht für meine Physiotherapie…</translation>
    </message>
    <message>
        <source>A few pages for your therapist: how often you exercised, what you did of your routine, charts of time and pain, sessions that hurt or ended early, and your visits with your questions.</source>
        <translation>Ein paar Seiten für Ihre Physiotherapie: wie oft Sie geübt haben, was Sie von Ihrem Übungsplan geschafft haben, Grafiken zu Zeit und Schmerz, Einheiten mit Schmerzen oder vorzeitigem Ende und Ihre Termine mit Ihren Fragen.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>Your name (for the report)</source>
        <translation>Ihr Name (für den Bericht)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>These dates start at your last therapy visit, on {day}.</source>
        <translation>Dieser Zeitraum beginnt bei Ihrem letzten Therapie-Termin am {day}.</translation>
    </message>
    <message>
        <source>These dates cover the last four weeks.</source>
        <translation>Dieser Zeitraum umfasst die letzten vier Wochen.</translation>
    </message>
    <message>
        <source>Save a table for a spreadsheet…</source>
        <translation>Tabelle für Tabellenkalkulation sichern…</translation>
    </message>
    <message>
        <source>Your sessions, a row each, or your therapy visits (CSV)</source>
        <translation>Ihre Einheiten, je eine Zeile, oder Ihre Therapie-Termine (CSV)</translation>
    </message>
    <message>
        <source>Save a table for a spreadsheet</source>
        <translation>Tabelle für Tabellenkalkulation sichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} gesichert.</numerusform>
            <numerusform>%n Zeilen in {file} gesichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNumbers</name>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>pain {pain} of 10</source>
        <translation>Schmerz {pain} von 10</translation>
    </message>
    <message>
        <source>pain rose from {before} to {after}</source>
        <translation>Schmerz stieg von {before} auf {after}</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Cannot start the pages (the printer or file did not open).</source>
        <translation>Die Seiten können nicht beginnen (Drucker oder Datei ließ sich nicht öffnen).</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>black</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>silbern</translation>
    </message>
    <message>
        <source>{colour} band (level {level} of {levels})</source>
        <translation>Band {colour} (Stufe {level} von {levels})</translation>
    </message>
    <message>
        <source>{dose}; for the affected foot, {hold} longer hold</source>
        <translation>{dose}; für den betroffenen Fuß {hold} länger halten</translation>
    </message>
    <message>
        <source>{dose}; {band}</source>
        <translation>{dose}; {band}</translation>
    </message>
</context>
<context>
    <name>RoutineCounts</name>
    <message numerus="yes">
        <source>{dose}; for the affected foot, %n extra sets and {hold} longer hold</source>
        <translation>
            <numerusform>{dose}; für den betroffenen Fuß %n Runde mehr und {hold} länger halten</numerusform>
            <numerusform>{dose}; für den betroffenen Fuß %n Runden mehr und {hold} länger halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}; for the affected foot, %n extra sets</source>
        <translation>
            <numerusform>{dose}; für den betroffenen Fuß %n Runde mehr</numerusform>
            <numerusform>{dose}; für den betroffenen Fuß %n Runden mehr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Each movement</source>
        <translation>Jede Bewegung</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Erholung zwischen Runden</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Übungsplans</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Übungen in diesem Plan, der Reihe nach</translation>
    </message>
    <message>
        <source>Add an exercise…</source>
        <translation>Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Entf-Taste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise.</source>
        <translation>Ein Übungsplan braucht mindestens eine Übung.</translation>
    </message>
    <message>
        <source>{label} ({low} to {high})</source>
        <translation>{label} ({low} bis {high})</translation>
    </message>
    <message>
        <source>One foot, then the other</source>
        <translation>Ein Fuß, dann der andere</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Beide Füße zusammen</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>{colour} (level {level})</source>
        <translation>{colour} (Stufe {level})</translation>
    </message>
    <message>
        <source>Band strength</source>
        <translation>Bandstärke</translation>
    </message>
    <message>
        <source>Extra sets</source>
        <translation>Extra-Runden</translation>
    </message>
    <message>
        <source>Extra sets for the affected foot</source>
        <translation>Extra-Runden für den betroffenen Fuß</translation>
    </message>
    <message>
        <source>Longer hold</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <source>Longer hold for the affected foot</source>
        <translation>Länger halten mit dem betroffenen Fuß</translation>
    </message>
    <message>
        <source>Total: about {time}</source>
        <translation>Gesamt: etwa {time}</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Geben Sie dem Übungsplan einen Namen.</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Änderungen sichern?</translation>
    </message>
    <message>
        <source>You have changed this routine. Save the changes?</source>
        <translation>Sie haben diesen Übungsplan geändert. Änderungen sichern?</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>the field &apos;{key}&apos; appears twice</source>
        <translation>das Feld &apos;{key}&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>{name} ist keine Zahl, die diese App annimmt</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {size} KB</source>
        <translation>{file}: die Datei ist größer als {size} KB</translation>
    </message>
    <message>
        <source>{file}: the file is nested more than {depth} levels deep</source>
        <translation>{file}: die Datei ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>{file}: kein gültiges JSON (Zeile {line}, Spalte {column}: {problem})</translation>
    </message>
    <message>
        <source>{file}: a number is far too long to be read</source>
        <translation>{file}: eine Zahl ist viel zu lang zum Lesen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; contains a broken character that cannot be saved</source>
        <translation>&apos;{value}&apos; enthält ein defektes Zeichen, das nicht gesichert werden kann</translation>
    </message>
    <message>
        <source>expected &apos;{format}&apos; (this is not a routine file)</source>
        <translation>&apos;{format}&apos; erwartet (dies ist keine Übungsplan-Datei)</translation>
    </message>
    <message>
        <source>{version} is not supported (this app reads version 1)</source>
        <translation>{version} wird nicht unterstützt (diese App liest Version 1)</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>ist länger als 80 Zeichen</translation>
    </message>
    <message>
        <source>needs at least one exercise</source>
        <translation>braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>has more than {most} exercises</source>
        <translation>hat mehr als {most} Übungen</translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is not an exercise this app knows</source>
        <translation>&apos;{exercise}&apos; ist keine Übung, die diese App kennt</translation>
    </message>
    <message>
        <source>{exercise} does not use a band</source>
        <translation>{exercise} braucht kein Band</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>Your routines</source>
        <translation>Ihre Übungspläne</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungspläne</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Starten</translation>
    </message>
    <message>
        <source>Run this routine now (Enter)</source>
        <translation>Diesen Plan jetzt starten (Eingabe)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change its exercises and doses</source>
        <translation>Übungen und Mengen ändern</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Kopie anlegen</translation>
    </message>
    <message>
        <source>Copy it into your own routines</source>
        <translation>In Ihre eigenen Pläne kopieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Give it a new name</source>
        <translation>Einen neuen Namen geben</translation>
    </message>
    <message>
        <source>Use as my daily routine</source>
        <translation>Als Tagesplan nutzen</translation>
    </message>
    <message>
        <source>The big Start button runs it</source>
        <translation>Der große Start-Knopf startet ihn</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove it (you can undo)</source>
        <translation>Entfernen (rückgängig möglich)</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Plan-Datei öffnen…</translation>
    </message>
    <message>
        <source>A routine from your therapist</source>
        <translation>Ein Plan von Ihrer Physiotherapie</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>Als Datei sichern…</translation>
    </message>
    <message>
        <source>A routine file for your therapist</source>
        <translation>Eine Plan-Datei für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diesen Übungsplan starten</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Über diesen Übungsplan</translation>
    </message>
    <message>
        <source>{name}  (built in)</source>
        <translation>{name}  (mitgeliefert)</translation>
    </message>
    <message>
        <source>{name}  ★ my daily routine</source>
        <translation>{name}  ★ mein Tagesplan</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{description}

About {time}: {exercises}.</source>
        <translation>{description}

Etwa {time}: {exercises}.</translation>
    </message>
    <message>
        <source>{description}

About {time}: {exercises}. Built-in routines cannot be changed: make a copy.</source>
        <translation>{description}

Etwa {time}: {exercises}. Mitgelieferte Pläne lassen sich nicht ändern: legen Sie eine Kopie an.</translation>
    </message>
    <message>
        <source>Your changes to the routine</source>
        <translation>Ihre Änderungen am Übungsplan</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
    <message>
        <source>The routine “{name}”</source>
        <translation>Der Übungsplan „{name}“</translation>
    </message>
    <message>
        <source>Your daily routine?</source>
        <translation>Ihr Tagesplan?</translation>
    </message>
    <message>
        <source>Use “{name}” as your daily routine? The big Start button at the top will run it. You can choose another one at any time here.</source>
        <translation>„{name}“ als Tagesplan nutzen? Der große Start-Knopf oben startet ihn. Sie können hier jederzeit einen anderen wählen.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>You already have this routine</source>
        <translation>Diesen Übungsplan haben Sie schon</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>Sie haben schon einen Übungsplan namens „{name}“.</translation>
    </message>
    <message>
        <source>Replace yours with the one in {file}, or keep both (the new one is called “{new_name}”)?</source>
        <translation>Ihren durch den aus {file} ersetzen oder beide behalten (der neue heißt dann „{new_name}“)?</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Meinen ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>Der neue Name</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Ihr Tagesplan</translation>
    </message>
    <message>
        <source>The new order</source>
        <translation>Die neue Reihenfolge</translation>
    </message>
    <message>
        <source>Delete this routine?</source>
        <translation>Diesen Übungsplan löschen?</translation>
    </message>
    <message>
        <source>Delete “{name}”? Your past sessions stay in your history. You can undo this until you close the app.</source>
        <translation>„{name}“ löschen? Ihre bisherigen Einheiten bleiben im Verlauf. Sie können das rückgängig machen, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Deleting the routine</source>
        <translation>Löschen des Übungsplans</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Bringing the routine back</source>
        <translation>Zurückholen des Übungsplans</translation>
    </message>
    <message>
        <source>Save the routine as a file</source>
        <translation>Übungsplan als Datei sichern</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Plan-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved “{name}” as {file}</source>
        <translation>„{name}“ gesichert als {file}</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Plan-Datei öffnen</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>Nothing was added.

{problem}</source>
        <translation>Es wurde nichts hinzugefügt.

{problem}</translation>
    </message>
    <message>
        <source>This routine file has a problem</source>
        <translation>Diese Plan-Datei hat ein Problem</translation>
    </message>
    <message>
        <source>Nothing was added.

{problem}

Ask whoever made the file to check it.</source>
        <translation>Es wurde nichts hinzugefügt.

{problem}

Bitten Sie die Person, die die Datei erstellt hat, sie zu prüfen.</translation>
    </message>
    <message>
        <source>Added “{name}” from {file}</source>
        <translation>„{name}“ aus {file} hinzugefügt</translation>
    </message>
</context>
<context>
    <name>TherapistReport</name>
    <message>
        <source>the left foot</source>
        <translation>der linke Fuß</translation>
    </message>
    <message>
        <source>the right foot</source>
        <translation>der rechte Fuß</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>not sure which foot</source>
        <translation>unklar, welcher Fuß</translation>
    </message>
    <message>
        <source>Exercise report for {name}</source>
        <translation>Übungsbericht für {name}</translation>
    </message>
    <message>
        <source>Exercise report</source>
        <translation>Übungsbericht</translation>
    </message>
    <message>
        <source>{title}, {first} to {last}</source>
        <translation>{title}, {first} bis {last}</translation>
    </message>
    <message>
        <source>How hard it felt: sessions per week</source>
        <translation>Wie anstrengend: Einheiten pro Woche</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sessions per week by how hard they felt</source>
        <translation>Einheiten pro Woche nach Anstrengung</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>Keine Einheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No exercise sessions were saved in these dates. That is all right: sessions you do from now on will show here. Bring this sheet to your therapist anyway; it shows your routine and your visits.</source>
        <translation>In diesem Zeitraum wurden keine Übungseinheiten gesichert. Das ist in Ordnung: Einheiten ab jetzt erscheinen hier. Bringen Sie dieses Blatt trotzdem zur Physiotherapie mit; es zeigt Ihren Übungsplan und Ihre Termine.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <source>Made on {day} by Foot Drop Exercises.</source>
        <translation>Erstellt am {day} mit Foot Drop Exercises.</translation>
    </message>
    <message>
        <source>Foot drop affects: &lt;b&gt;{foot}&lt;/b&gt;.</source>
        <translation>Fußheberschwäche betrifft: &lt;b&gt;{foot}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Routine in use: {routine}</source>
        <translation>Aktueller Übungsplan: {routine}</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source> ({percent}%)</source>
        <translation> ({percent} %)</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Days with a session: &lt;b&gt;{done} of {planned}&lt;/b&gt;{percent}</source>
        <translation>Tage mit Einheit: &lt;b&gt;{done} von {planned}&lt;/b&gt;{percent}</translation>
    </message>
    <message>
        <source>Sessions done in full: &lt;b&gt;{full}&lt;/b&gt;; done in part: &lt;b&gt;{partly}&lt;/b&gt; (of {sessions}).</source>
        <translation>Einheiten ganz geschafft: &lt;b&gt;{full}&lt;/b&gt;; teilweise: &lt;b&gt;{partly}&lt;/b&gt; (von {sessions}).</translation>
    </message>
    <message>
        <source>Each exercise, done of planned</source>
        <translation>Jede Übung, geschafft von geplant</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Gehaltene Zeit</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Sessions to look at</source>
        <translation>Einheiten zum Ansehen</translation>
    </message>
    <message>
        <source>None: no pain of 7 or more, no pain rising during a session, and no session ended early.</source>
        <translation>Keine: kein Schmerz von 7 oder mehr, kein steigender Schmerz während einer Einheit und keine vorzeitig beendete Einheit.</translation>
    </message>
    <message>
        <source>Pain of 7 or more, pain rising during a session, or a session ended early.</source>
        <translation>Schmerz von 7 oder mehr, steigender Schmerz während einer Einheit oder eine vorzeitig beendete Einheit.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Therapy visits</source>
        <translation>Therapie-Termine</translation>
    </message>
    <message>
        <source>No visits noted in this period.</source>
        <translation>Keine Termine in diesem Zeitraum eingetragen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Fragen für das nächste Mal</translation>
    </message>
    <message>
        <source>Steps up in the dose</source>
        <translation>Steigerungen der Menge</translation>
    </message>
    <message>
        <source>No change of dose in this period.</source>
        <translation>Keine Änderung der Menge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{day}: {exercise}, {change}</source>
        <translation>{day}: {exercise}, {change}</translation>
    </message>
    <message>
        <source>a step up in {what} was offered and declined (“Not now”)</source>
        <translation>mehr {what} wurde angeboten und abgelehnt („Jetzt nicht“)</translation>
    </message>
    <message>
        <source>band from {before} to {after}</source>
        <translation>Band von {before} zu {after}</translation>
    </message>
    <message>
        <source>{what} from {before} to {after}</source>
        <translation>{what} von {before} auf {after}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a number about {digits} digits long</source>
        <translation>eine Zahl mit etwa {digits} Stellen</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>Objekt erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>Text erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be lower-case words joined by &apos;-&apos;</source>
        <translation>&apos;{value}&apos; muss aus kleingeschriebenen, mit &apos;-&apos; verbundenen Wörtern bestehen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {options}</source>
        <translation>&apos;{value}&apos; ist keiner von {options}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>ganze Zahl erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} liegt unter dem Minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} liegt über dem Maximum {maximum}</translation>
    </message>
    <message>
        <source>expected [minimum, maximum] as two whole numbers, found {found}</source>
        <translation>[Minimum, Maximum] als zwei ganze Zahlen erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected a list of text, found {found}</source>
        <translation>Liste von Texten erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>needs at least {count} item(s)</source>
        <translation>braucht mindestens {count} Eintrag/Einträge</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>Liste erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>true/false ({value})</source>
        <translation>wahr/falsch ({value})</translation>
    </message>
    <message>
        <source>a number ({value})</source>
        <translation>eine Zahl ({value})</translation>
    </message>
    <message>
        <source>text (&apos;{value}&apos;)</source>
        <translation>Text (&apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Date of the visit</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>For example: walking practice, new band</source>
        <translation>Zum Beispiel: Gehübungen, neues Band</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was gemacht wurde</translation>
    </message>
    <message>
        <source>Questions to ask your therapist next time</source>
        <translation>Fragen an Ihre Physiotherapie beim nächsten Mal</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Fragen für das nächste Mal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was gemacht wurde</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Fragen für das nächste Mal</translation>
    </message>
    <message>
        <source>Therapy visits</source>
        <translation>Therapie-Termine</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Correct the chosen visit</source>
        <translation>Gewählten Termin korrigieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove the chosen visit (it asks first)</source>
        <translation>Gewählten Termin entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Add this visit</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>Change this visit</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>Your change to the visit</source>
        <translation>Ihre Änderung am Termin</translation>
    </message>
    <message>
        <source>Delete the visit of {day} (“{note}”)? This cannot be undone.</source>
        <translation>Den Termin vom {day} („{note}“) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the visit of {day}? This cannot be undone.</source>
        <translation>Den Termin vom {day} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this visit?</source>
        <translation>Diesen Termin löschen?</translation>
    </message>
    <message>
        <source>Deleting the visit</source>
        <translation>Löschen des Termins</translation>
    </message>
</context>
</TS>
