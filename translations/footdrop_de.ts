<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A calm coach for your foot-drop exercises at home: pictures and steps for each exercise, and a timer that leads you through them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein ruhiger Begleiter für Ihre Übungen bei Fußheberschwäche zu Hause: Bilder und Schritte zu jeder Übung und ein Zeitgeber, der Sie hindurchführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Exercise content&lt;/b&gt;&lt;br&gt;{note}&lt;br&gt;Article: &lt;i&gt;{article}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inhalt der Übungen&lt;/b&gt;&lt;br&gt;{note}&lt;br&gt;Artikel: &lt;i&gt;{article}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data folder&lt;/b&gt;&lt;br&gt;{folder}&lt;br&gt;Your settings are kept here, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr Datenordner&lt;/b&gt;&lt;br&gt;{folder}&lt;br&gt;Ihre Einstellungen werden hier gespeichert, nur auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Den Ordner in Ihrer Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Dieses Programm</translation>
    </message>
    <message>
        <source>About foot drop</source>
        <translation>Über Fußheberschwäche</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AppReminders</name>
    <message>
        <source>Start my daily routine</source>
        <translation>Meinen Tagesplan starten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{message}
Click here to start.</source>
        <translation>{message}
Hier klicken, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Your settings could not be saved in {path}. The app works, but it will ask its first questions again each time it starts, and forget your choices. To fix this, make sure that file and its folder can be changed (they may be read-only, or the disk may be full), or ask someone who helps you with your computer.</source>
        <translation>Ihre Einstellungen konnten nicht in {path} gespeichert werden. Das Programm funktioniert, aber es stellt bei jedem Start wieder seine ersten Fragen und vergisst Ihre Auswahl. Damit das nicht passiert, muss diese Datei mit ihrem Ordner änderbar sein (vielleicht ist sie schreibgeschützt oder die Festplatte ist voll). Fragen Sie sonst jemanden, der Ihnen mit dem Computer hilft.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the app started with fresh settings and asks its first questions again. The old file was kept, unchanged, at {path}.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden. Das Programm hat deshalb mit neuen Einstellungen begonnen und stellt seine ersten Fragen noch einmal. Die alte Datei wurde unverändert aufbewahrt: {path}.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Like my computer</source>
        <translation>Wie mein Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Text&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Groß</translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation>Sehr g&amp;roß</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup made before an update</source>
        <translation>Sicherung vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Damaged file, set aside</source>
        <translation>Beschädigte Datei, beiseitegelegt</translation>
    </message>
    <message>
        <source>Your history before a restore</source>
        <translation>Ihr Verlauf vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Leftover file, not a history</source>
        <translation>Übrige Datei, kein Verlauf</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a history file. Choose another.</source>
        <translation>{name} ist beschädigt oder keine Verlaufsdatei. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of this app. Install the newer version.</source>
        <translation>{name} wurde mit einer neueren Version dieser App gespeichert. Installieren Sie die neuere Version.</translation>
    </message>
    <message>
        <source>{name} could not be restored ({reason}).</source>
        <translation>{name} konnte nicht wiederhergestellt werden ({reason}).</translation>
    </message>
    <message>
        <source>The copy {name} did not pass its check.</source>
        <translation>Die Kopie {name} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The copy {name} could not be made ({reason}).</source>
        <translation>Die Kopie {name} konnte nicht erstellt werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>dddd d MMMM yyyy, H:mm</source>
        <comment>a date in Qt&apos;s format</comment>
        <translation>dddd, d. MMMM yyyy, H:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <source>Backups of your history</source>
        <translation>Sicherungen Ihres Verlaufs</translation>
    </message>
    <message>
        <source>A checked copy of your history is made each day you use the app. Choose one and press Restore to go back to it: your history as it is now is kept here too.</source>
        <translation>An jedem Tag, an dem Sie das Programm nutzen, wird eine geprüfte Kopie Ihres Verlaufs angelegt. Wählen Sie eine aus und drücken Sie Wiederherstellen, um zu ihr zurückzukehren: Ihr jetziger Verlauf wird auch hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Backups and set-aside files</source>
        <translation>Sicherungen und beiseitegelegte Dateien</translation>
    </message>
    <message>
        <source>Make a copy now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore the chosen copy…</source>
        <translation>Gewählte wiederherstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be restored; it is kept as it is.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>There is no good backup to go back to.</source>
        <translation>Es gibt keine intakte Sicherung, zu der Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}, with {sessions}. It is chosen below: press Restore to go back to it.</source>
        <translation>Die neueste intakte Sicherung ist vom {when}, mit {sessions}. Sie ist unten ausgewählt: Drücken Sie Wiederherstellen, um zu ihr zurückzukehren.</translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation>Die Sicherung konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Go back to the backup from {when}, with {sessions}?

Your history as it is now is kept in this list first, so you can come back to it. Nothing is deleted.</source>
        <translation>Zur Sicherung vom {when} mit {sessions} zurückkehren?

Ihr jetziger Verlauf wird vorher in dieser Liste aufbewahrt, damit Sie zu ihm zurückkehren können. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{reason} Your history was not changed.</source>
        <translation>{reason} Ihr Verlauf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Done: your history is now the backup from {when}.</source>
        <translation>Fertig: Ihr Verlauf ist jetzt die Sicherung vom {when}.</translation>
    </message>
</context>
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
    <name>CommandLine</name>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>Foot Drop Exercises: follow your foot-drop exercises on screen.</source>
        <translation>Foot Drop Exercises: Ihre Übungen bei Fußheberschwäche auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>With no command, the app&apos;s window opens. When your history cannot be opened, the exit status says why: {codes}.</source>
        <translation>Ohne Befehl öffnet sich das Fenster der App. Wenn sich Ihr Verlauf nicht öffnen lässt, sagt der Rückgabewert, warum: {codes}.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>folder for your settings and history (default: {variable}, or your system&apos;s usual place for app data)</source>
        <translation>Ordner für Ihre Einstellungen und Ihren Verlauf (Standard: {variable} oder der übliche Ort Ihres Systems für App-Daten)</translation>
    </message>
    <message>
        <source>check that the app works here (window, drawings, a 3-second session on a temporary data folder, sound and speech), print the results and exit</source>
        <translation>prüfen, ob die App hier funktioniert (Fenster, Zeichnungen, eine Einheit von 3 Sekunden in einem vorläufigen Datenordner, Ton und Sprache), die Ergebnisse zeigen und beenden</translation>
    </message>
    <message>
        <source>the language to use, e.g. es or de (default: your settings, then your system&apos;s)</source>
        <translation>die Sprache, z. B. es oder de (sonst die aus Ihren Einstellungen, dann die des Systems)</translation>
    </message>
    <message>
        <source>open the app and start your daily routine at once (a reminder&apos;s &apos;Start now&apos;)</source>
        <translation>die App öffnen und sofort Ihren Tagesplan beginnen (das &apos;Jetzt beginnen&apos; einer Erinnerung)</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>JSON für andere Programme ausgeben</translation>
    </message>
    <message>
        <source>list every exercise with its id and default prescription</source>
        <translation>jede Übung mit ihrer ID und ihrer üblichen Vorgabe auflisten</translation>
    </message>
    <message>
        <source>show every step of a session, with its time and the total</source>
        <translation>jeden Schritt einer Einheit zeigen, mit seiner Zeit und der Gesamtzeit</translation>
    </message>
    <message>
        <source>exercise or routine ids, or routine FILE.json</source>
        <translation>IDs von Übungen oder Übungsplänen, oder eine Übungsplan-Datei FILE.json</translation>
    </message>
    <message>
        <source>where to save it</source>
        <translation>wo es gespeichert wird</translation>
    </message>
    <message>
        <source>save your history to a file</source>
        <translation>Ihren Verlauf in einer Datei speichern</translation>
    </message>
    <message>
        <source>file format (csv)</source>
        <translation>Dateiformat (csv)</translation>
    </message>
    <message>
        <source>a row per saved rep (the default), per session, or per therapy visit</source>
        <translation>eine Zeile je gespeicherter Wiederholung (Standard), je Einheit oder je Physiotherapie-Termin</translation>
    </message>
    <message>
        <source>file format (pdf)</source>
        <translation>Dateiformat (pdf)</translation>
    </message>
    <message>
        <source>a report of your exercise for your therapist</source>
        <translation>ein Bericht über Ihre Übungen für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>the first day, as 2026-11-30 (default: since your last therapy visit, or 4 weeks)</source>
        <translation>der erste Tag, wie 2026-11-30 (Standard: seit Ihrem letzten Physiotherapie-Termin oder 4 Wochen)</translation>
    </message>
    <message>
        <source>the last day, as 2026-11-30 (default: today)</source>
        <translation>der letzte Tag, wie 2026-11-30 (Standard: heute)</translation>
    </message>
    <message>
        <source>your routine on paper, a page per exercise</source>
        <translation>Ihr Übungsplan auf Papier, eine Seite je Übung</translation>
    </message>
    <message>
        <source>a routine id (default: your daily routine)</source>
        <translation>die ID eines Übungsplans (Standard: Ihr Tagesplan)</translation>
    </message>
    <message>
        <source>list, make or restore backups of your history</source>
        <translation>Sicherungen Ihres Verlaufs auflisten, anlegen oder wiederherstellen</translation>
    </message>
    <message>
        <source>every backup and set-aside file, with dates and sessions</source>
        <translation>jede Sicherung und jede beiseitegelegte Datei, mit Datum und Einheiten</translation>
    </message>
    <message>
        <source>make a checked copy of your history now</source>
        <translation>jetzt eine geprüfte Kopie Ihres Verlaufs anlegen</translation>
    </message>
    <message>
        <source>go back to a backup (your history as it is now is kept aside first)</source>
        <translation>zu einer Sicherung zurückkehren (Ihr jetziger Verlauf wird vorher beiseitegelegt)</translation>
    </message>
    <message>
        <source>the backup (a path, or a listed name)</source>
        <translation>die Sicherung (ein Pfad oder ein Name aus der Liste)</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <source>show a reminder now if one is due (the reminder timer runs this)</source>
        <translation>jetzt eine Erinnerung zeigen, wenn eine fällig ist (der Erinnerungs-Timer ruft das auf)</translation>
    </message>
    <message>
        <source>only say whether a reminder is due, and why</source>
        <translation>nur sagen, ob eine Erinnerung fällig ist, und warum</translation>
    </message>
    <message>
        <source>at login: also wait for a reminder time still to come today</source>
        <translation>bei der Anmeldung: auch auf eine Erinnerungszeit warten, die heute noch kommt</translation>
    </message>
    <message>
        <source>turn daily reminders on or off</source>
        <translation>tägliche Erinnerungen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>whether reminders are on, when, and the next one</source>
        <translation>ob Erinnerungen eingeschaltet sind, wann, und die nächste</translation>
    </message>
    <message>
        <source>remind me on these days at these times</source>
        <translation>mich an diesen Tagen zu diesen Zeiten erinnern</translation>
    </message>
    <message>
        <source>one or two times, e.g. 18:00</source>
        <translation>eine oder zwei Uhrzeiten, z. B. 18:00</translation>
    </message>
    <message>
        <source>e.g. mon,tue,wed,thu,fri (default: every day)</source>
        <translation>z. B. mon,tue,wed,thu,fri (Standard: jeden Tag)</translation>
    </message>
    <message>
        <source>no more reminders (removes what &apos;on&apos; set up)</source>
        <translation>keine Erinnerungen mehr (entfernt, was &apos;on&apos; eingerichtet hat)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-11-30</source>
        <translation>&apos;{text}&apos; ist kein Datum wie 2026-11-30</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>the exercise catalog is damaged: {reason}</source>
        <translation>der Übungskatalog ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not an exercise or routine id (see &apos;footdrop exercises&apos;)</source>
        <translation>&apos;{id}&apos; ist keine ID einer Übung oder eines Übungsplans (siehe &apos;footdrop exercises&apos;)</translation>
    </message>
    <message>
        <source>the built-in content is damaged: {reason}</source>
        <translation>der mitgelieferte Inhalt ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>[{seconds} s]</source>
        <translation>[{seconds} s]</translation>
    </message>
    <message>
        <source>Total: {duration}</source>
        <translation>Gesamt: {duration}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Runde {set} von {sets}</translation>
    </message>
    <message>
        <source>rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>there is no history yet in {folder}: nothing to export</source>
        <translation>in {folder} gibt es noch keinen Verlauf: nichts zu exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}</source>
        <translation>
            <numerusform>%n Zeile in {file} gespeichert</numerusform>
            <numerusform>%n Zeilen in {file} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet in {folder}</source>
        <translation>In {folder} gibt es noch keine Sicherungen</translation>
    </message>
    <message>
        <source>{when}  {kind}, cannot be read: {path}</source>
        <translation>{when}  {kind}, nicht lesbar: {path}</translation>
    </message>
    <message numerus="yes">
        <source>{when}  {kind}, %n sessions: {path}</source>
        <translation>
            <numerusform>{when}  {kind}, %n Einheit: {path}</numerusform>
            <numerusform>{when}  {kind}, %n Einheiten: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved a checked copy of your history to {path}</source>
        <translation>Eine geprüfte Kopie Ihres Verlaufs wurde in {path} gespeichert</translation>
    </message>
    <message>
        <source>there is no file {file} (see &apos;footdrop backup list&apos;)</source>
        <translation>die Datei {file} gibt es nicht (siehe &apos;footdrop backup list&apos;)</translation>
    </message>
    <message>
        <source>{problem} Your history was not changed.</source>
        <translation>{problem} Ihr Verlauf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your history is now the copy {name}.</source>
        <translation>Ihr Verlauf ist jetzt die Kopie {name}.</translation>
    </message>
    <message>
        <source>The history you had was kept at {path}</source>
        <translation>Ihr bisheriger Verlauf wurde aufbewahrt: {path}</translation>
    </message>
    <message>
        <source>--from must be on or before --to</source>
        <translation>--from muss am selben Tag wie --to oder davor liegen</translation>
    </message>
    <message numerus="yes">
        <source>Saved your report (%n pages) to {file}</source>
        <translation>
            <numerusform>Ihr Bericht (%n Seite) wurde in {file} gespeichert</numerusform>
            <numerusform>Ihr Bericht (%n Seiten) wurde in {file} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no routine &apos;{routine}&apos; (choose one of: {choices})</source>
        <translation>den Übungsplan &apos;{routine}&apos; gibt es nicht (wählen Sie einen von: {choices})</translation>
    </message>
    <message numerus="yes">
        <source>Saved your routine (%n pages) to {file}</source>
        <translation>
            <numerusform>Ihr Übungsplan (%n Seite) wurde in {file} gespeichert</numerusform>
            <numerusform>Ihr Übungsplan (%n Seiten) wurde in {file} gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>{path} is a file, not a folder. Choose another data folder.</source>
        <translation>{path} ist eine Datei, kein Ordner. Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The data folder {path} could not be created ({reason}). Choose another folder with --data-dir.</source>
        <translation>Der Datenordner {path} konnte nicht angelegt werden ({reason}). Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Choose another folder with --data-dir.</source>
        <translation>In den Datenordner {path} kann nicht geschrieben werden. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>clockwise</source>
        <translation>im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>gegen den Uhrzeigersinn</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>A visit with your therapist, noted in your history (no timer)</source>
        <translation>Ein Termin in der Physiotherapie, im Verlauf notiert (ohne Zeitmessung)</translation>
    </message>
    <message>
        <source>{duration} on each foot</source>
        <translation>{duration} pro Fuß</translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps} each way ({ways})</source>
        <translation>
            <numerusform>%n Runde mit je {reps} in jede Richtung ({ways})</numerusform>
            <numerusform>%n Runden mit je {reps} in jede Richtung ({ways})</numerusform>
        </translation>
    </message>
    <message>
        <source>{reps} each way ({ways})</source>
        <translation>{reps} in jede Richtung ({ways})</translation>
    </message>
    <message>
        <source>about {duration} each</source>
        <translation>je etwa {duration}</translation>
    </message>
    <message>
        <source>Hold {duration} on each leg</source>
        <translation>{duration} halten, mit jedem Bein</translation>
    </message>
    <message>
        <source>Hold {duration}</source>
        <translation>{duration} halten</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps}</source>
        <translation>
            <numerusform>%n Runde mit je {reps}</numerusform>
            <numerusform>%n Runden mit je {reps}</numerusform>
        </translation>
    </message>
    <message>
        <source>hold {duration}</source>
        <translation>{duration} halten</translation>
    </message>
    <message>
        <source>lower over {duration}</source>
        <translation>in {duration} absenken</translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation>mit jedem Fuß</translation>
    </message>
    <message>
        <source>both feet together</source>
        <translation>beide Füße zusammen</translation>
    </message>
    <message>
        <source>{duration} rest between</source>
        <translation>{duration} Erholung dazwischen</translation>
    </message>
    <message>
        <source>{first} then {second}</source>
        <translation>{first}, dann {second}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>the drawing of the start</comment>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Then</source>
        <comment>the drawing of the end</comment>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation>Leichter machen</translation>
    </message>
    <message>
        <source>To make it harder</source>
        <translation>Schwerer machen</translation>
    </message>
    <message>
        <source>⚠ Take care</source>
        <translation>⚠ Vorsicht</translation>
    </message>
    <message>
        <source>Muscles it works</source>
        <translation>Diese Muskeln arbeiten</translation>
    </message>
    <message>
        <source>You will need</source>
        <translation>Sie brauchen</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Einzelheiten zur Übung</translation>
    </message>
    <message>
        <source>{category} · a variation of {exercise}</source>
        <translation>{category} · eine Variante von {exercise}</translation>
    </message>
    <message>
        <source>Position: {position}.</source>
        <translation>Haltung: {position}.</translation>
    </message>
    <message>
        <source>Drawing of {exercise}: start position</source>
        <translation>Zeichnung zu {exercise}: Anfangshaltung</translation>
    </message>
    <message>
        <source>Drawing of {exercise}: end position</source>
        <translation>Zeichnung zu {exercise}: Endhaltung</translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation>{exercise} starten</translation>
    </message>
    <message>
        <source>Follow {exercise} with the timer (Ctrl+Enter)</source>
        <translation>{exercise} mit dem Zeitgeber machen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Termin notieren</translation>
    </message>
    <message>
        <source>Note a therapy visit, and questions for next time, in your history (Ctrl+L)</source>
        <translation>Einen Physiotherapie-Termin und Fragen für das nächste Mal im Verlauf notieren (Strg+L)</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Type part of a name, a body part or a thing you need ({key})</source>
        <translation>Geben Sie einen Teil des Namens, einen Körperteil oder ein Hilfsmittel ein ({key})</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>No exercise matches “{search}”. Try a shorter word, or press Escape to see them all.</source>
        <translation>Keine Übung passt zu „{search}“. Versuchen Sie ein kürzeres Wort oder drücken Sie Esc, um alle zu sehen.</translation>
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
    <name>Export</name>
    <message>
        <source>Cannot write {path}: it is a folder. Choose a file name.</source>
        <translation>{path} kann nicht geschrieben werden: Es ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is not an ordinary file. Choose a file name.</source>
        <translation>{path} kann nicht geschrieben werden: Es ist keine normale Datei. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({reason}). Choose another folder.</source>
        <translation>In {folder} kann nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
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
    <name>HistoryErrors</name>
    <message>
        <source>corrupt</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>neuer</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur lesbar</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>kein Platz</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>missing folder</source>
        <translation>Ordner fehlt</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>Datenträgerfehler</translation>
    </message>
    <message>
        <source>already open</source>
        <translation>schon geöffnet</translation>
    </message>
    <message>
        <source>Your exercise history file is damaged and cannot be read. Open the app to have it kept aside safely and to choose a good copy from your backups.</source>
        <translation>Ihre Verlaufsdatei ist beschädigt und kann nicht gelesen werden. Öffnen Sie die App: Sie legt die Datei sicher beiseite, und Sie können eine gute Kopie aus Ihren Sicherungen wählen.</translation>
    </message>
    <message>
        <source>Your exercise history was saved by a newer version of this app. Please install the newer version. The file was not changed: {path}</source>
        <translation>Ihr Übungsverlauf wurde mit einer neueren Version dieser App gespeichert. Bitte installieren Sie die neuere Version. Die Datei wurde nicht geändert: {path}</translation>
    </message>
    <message>
        <source>Another program is saving to your exercise history file right now (perhaps a backup or file-sharing program). Wait a minute, then try again. Nothing was changed.</source>
        <translation>Ein anderes Programm speichert gerade in Ihre Verlaufsdatei (vielleicht ein Sicherungs- oder Dateifreigabe-Programm). Warten Sie eine Minute und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another program has locked your exercise history file, so it cannot be read. Close programs that may use it (a backup, a file-sharing program or a database tool), or restart the computer, then try again. Nothing was changed.</source>
        <translation>Ein anderes Programm hat Ihre Verlaufsdatei gesperrt, daher kann sie nicht gelesen werden. Schließen Sie Programme, die sie benutzen könnten (eine Sicherung, ein Dateifreigabe-Programm oder ein Datenbank-Werkzeug), oder starten Sie den Computer neu, und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your exercise history can be read but not saved to: the file, a file beside it or its folder is read-only ({folder}). Ask someone to make that folder writable for you again, then try again. Nothing was changed.</source>
        <translation>Ihr Übungsverlauf kann gelesen, aber nicht gespeichert werden: Die Datei, eine Datei daneben oder ihr Ordner ist schreibgeschützt ({folder}). Bitten Sie jemanden, diesen Ordner für Sie wieder beschreibbar zu machen, und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full, so your exercises could not be saved. Free some space (empty the wastebasket, remove large files you do not need), then try again. Nothing was lost.</source>
        <translation>Der Datenträger ist voll, daher konnten Ihre Übungen nicht gespeichert werden. Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen, die Sie nicht brauchen), und versuchen Sie es dann noch einmal. Es ist nichts verloren.</translation>
    </message>
    <message>
        <source>You are not allowed to open your exercise history file ({path}). This happens when it was made by another user of this computer. Ask someone to give the folder back to you, then try again. Nothing was changed.</source>
        <translation>Sie dürfen Ihre Verlaufsdatei nicht öffnen ({path}). Das passiert, wenn sie von einem anderen Benutzer dieses Computers angelegt wurde. Bitten Sie jemanden, Ihnen den Ordner zurückzugeben, und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder of your exercise history is not there ({folder}). If it is on a USB stick or a network drive, connect it, then try again.</source>
        <translation>Der Ordner Ihres Übungsverlaufs ist nicht da ({folder}). Wenn er auf einem USB-Stick oder einem Netzlaufwerk liegt, schließen Sie es an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The computer could not read or save your exercise history file just now. Restart the computer and try again; if it keeps happening, the disk may be failing: ask someone to copy your data folder ({folder}) somewhere safe. Nothing was changed.</source>
        <translation>Der Computer konnte Ihre Verlaufsdatei gerade nicht lesen oder speichern. Starten Sie den Computer neu und versuchen Sie es noch einmal; wenn es wieder passiert, ist vielleicht der Datenträger defekt: Bitten Sie jemanden, Ihren Datenordner ({folder}) an einen sicheren Ort zu kopieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Foot Drop Exercises is already open with this history. Look for its window (it may be minimised); only one copy can use it at a time.</source>
        <translation>Foot Drop Exercises ist mit diesem Verlauf schon geöffnet. Suchen Sie sein Fenster (es ist vielleicht minimiert); nur eine Kopie kann ihn gleichzeitig benutzen.</translation>
    </message>
    <message>
        <source>Another program was saving to your exercise history file at the same moment (perhaps a backup or file-sharing program). Wait a minute, then try again.</source>
        <translation>Ein anderes Programm hat im selben Moment in Ihre Verlaufsdatei gespeichert (vielleicht ein Sicherungs- oder Dateifreigabe-Programm). Warten Sie eine Minute und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Another program has locked your exercise history file. Close programs that may use it (a backup, a file-sharing program or a database tool), then try again.</source>
        <translation>Ein anderes Programm hat Ihre Verlaufsdatei gesperrt. Schließen Sie Programme, die sie benutzen könnten (eine Sicherung, ein Dateifreigabe-Programm oder ein Datenbank-Werkzeug), und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your exercise history file or its folder has become read-only ({folder}). Ask someone to make that folder writable for you again, then try again.</source>
        <translation>Ihre Verlaufsdatei oder ihr Ordner ist schreibgeschützt geworden ({folder}). Bitten Sie jemanden, diesen Ordner für Sie wieder beschreibbar zu machen, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space (empty the wastebasket, remove large files you do not need), then try again.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen, die Sie nicht brauchen), und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>You are no longer allowed to change your exercise history file ({path}). Ask someone to give the folder back to you, then try again.</source>
        <translation>Sie dürfen Ihre Verlaufsdatei nicht mehr ändern ({path}). Bitten Sie jemanden, Ihnen den Ordner zurückzugeben, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your exercise history file is damaged. Close the app and open it again: it will keep the damaged file aside and offer your backups.</source>
        <translation>Ihre Verlaufsdatei ist beschädigt. Schließen Sie die App und öffnen Sie sie wieder: Sie legt die beschädigte Datei beiseite und bietet Ihnen Ihre Sicherungen an.</translation>
    </message>
    <message>
        <source>The computer could not save to your exercise history file just now. Try again; if it keeps happening, restart the computer.</source>
        <translation>Der Computer konnte gerade nicht in Ihre Verlaufsdatei speichern. Versuchen Sie es noch einmal; wenn es wieder passiert, starten Sie den Computer neu.</translation>
    </message>
</context>
<context>
    <name>HistoryNotices</name>
    <message>
        <source>A leftover file that did not belong to your exercise history was found beside it. It was not used, and was kept at {path}. Your history is as you last left it.</source>
        <translation>Neben Ihrem Übungsverlauf lag eine übrige Datei, die nicht zu ihm gehörte. Sie wurde nicht benutzt und hier aufbewahrt: {path}. Ihr Verlauf ist so, wie Sie ihn zuletzt verlassen haben.</translation>
    </message>
    <message>
        <source>Your exercise history file was damaged and could not be read, so a new one was started. The old file was kept, unchanged, at {path}.</source>
        <translation>Ihre Verlaufsdatei war beschädigt und konnte nicht gelesen werden, daher wurde eine neue angelegt. Die alte Datei wurde unverändert aufbewahrt: {path}.</translation>
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
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
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
    <name>HistoryWrites</name>
    <message>
        <source>What you entered is still on screen: nothing is lost.</source>
        <translation>Was Sie eingegeben haben, steht noch auf dem Bildschirm: Nichts ist verloren.</translation>
    </message>
    <message>
        <source>{what} could not be saved. {why}</source>
        <translation>{what} konnte nicht gespeichert werden. {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Your choice is saved. The new language is used the next time you open the app.</source>
        <translation>Ihre Wahl ist gespeichert. Die neue Sprache gilt, wenn Sie die App das nächste Mal öffnen.</translation>
    </message>
    <message>
        <source>The new language is used when the app opens again. Open the app again now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Öffnen der App. Die App jetzt neu öffnen?</translation>
    </message>
    <message>
        <source>The exercises are shown in English: their texts in {language} could not be read.</source>
        <translation>Die Übungen erscheinen auf Englisch: ihre Texte auf {language} ließen sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>▶  Start my daily routine</source>
        <translation>▶  Meinen Tagesplan starten</translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation>Meinen Tagesplan starten</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Ihre Übungspläne</translation>
    </message>
    <message>
        <source>Make your own routine, or open one from your therapist</source>
        <translation>Eigenen Übungsplan anlegen oder einen aus Ihrer Physiotherapie öffnen</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Look back at your sessions and progress (Ctrl+H)</source>
        <translation>Ihre Einheiten und Fortschritte ansehen (Strg+H)</translation>
    </message>
    <message>
        <source>{routine}, about {length}</source>
        <translation>{routine}, etwa {length}</translation>
    </message>
    <message>
        <source>Start “{routine}” (Ctrl+R)</source>
        <translation>„{routine}“ starten (Strg+R)</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <source>Opening your exercises…</source>
        <translation>Ihre Übungen werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open a routine file…</source>
        <translation>Übungsplan-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Report for my therapist…</source>
        <translation>&amp;Bericht für die Physiotherapie…</translation>
    </message>
    <message>
        <source>&amp;Print my routine…</source>
        <translation>Übungsplan &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation>Meinen Tagesplan starten</translation>
    </message>
    <message>
        <source>Start “{routine}”</source>
        <translation>„{routine}“ starten</translation>
    </message>
    <message>
        <source>Your &amp;routines…</source>
        <translation>Ihre Übungs&amp;pläne…</translation>
    </message>
    <message>
        <source>Start the chosen exercise</source>
        <translation>Gewählte Übung starten</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Your &amp;history</source>
        <translation>Ihr &amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Log a therapy visit…</source>
        <translation>Physiotherapie-&amp;Termin notieren…</translation>
    </message>
    <message>
        <source>&amp;Back to exercises</source>
        <translation>&amp;Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>&amp;Backups of your history…</source>
        <translation>Si&amp;cherungen Ihres Verlaufs…</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>T&amp;on und Stimme…</translation>
    </message>
    <message>
        <source>Which foot is &amp;affected…</source>
        <translation>&amp;Betroffener Fuß…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Find an exercise</source>
        <translation>Übung &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
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
    <name>Progression</name>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try {proposed} reps instead of {current}.</source>
        <translation>Ihre letzten {sessions} Einheiten „{exercise}“ haben Sie ganz geschafft, und es ging Ihnen gut. Bereit für etwas mehr? Versuchen Sie {proposed} Wiederholungen statt {current}.</translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try holding {proposed} seconds instead of {current}.</source>
        <translation>Ihre letzten {sessions} Einheiten „{exercise}“ haben Sie ganz geschafft, und es ging Ihnen gut. Bereit für etwas mehr? Versuchen Sie, {proposed} Sekunden zu halten statt {current}.</translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try the {band} instead of the {colour} one.</source>
        <translation>Ihre letzten {sessions} Einheiten „{exercise}“ haben Sie ganz geschafft, und es ging Ihnen gut. Bereit für etwas mehr? Versuchen Sie: {band} statt Band {colour}.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>About your history</source>
        <translation>Zu Ihrem Verlauf</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
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
    <name>RatingForm</name>
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
        <source>Not noted</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst pain you can imagine</source>
        <translation>0 heißt kein Schmerz, 10 der schlimmste Schmerz, den Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation>Schmerz vorher, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation>Schmerz nachher, 0 bis 10</translation>
    </message>
    <message>
        <source>Anything to remember, or to tell your therapist</source>
        <translation>Etwas zum Merken oder für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pain before (0 to 10)</source>
        <translation>Schmerz vorher (0 bis 10)</translation>
    </message>
    <message>
        <source>Pain after (0 to 10)</source>
        <translation>Schmerz nachher (0 bis 10)</translation>
    </message>
    <message>
        <source>How hard did it feel?</source>
        <translation>Wie anstrengend war es?</translation>
    </message>
</context>
<context>
    <name>ReminderDays</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>ReminderFiles</name>
    <message>
        <source>Foot Drop Exercises: a reminder to do your exercises</source>
        <translation>Foot Drop Exercises: eine Erinnerung an Ihre Übungen</translation>
    </message>
    <message>
        <source>Foot Drop Exercises: your reminder times</source>
        <translation>Foot Drop Exercises: Ihre Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Foot Drop Exercises reminder</source>
        <translation>Erinnerung von Foot Drop Exercises</translation>
    </message>
    <message>
        <source>Reminds you of your foot exercises at the times you chose</source>
        <translation>Erinnert Sie zu den gewählten Zeiten an Ihre Fußübungen</translation>
    </message>
    <message>
        <source>{path} already exists and was not made by this app, so it was left alone. Rename or remove it, then turn reminders on again.</source>
        <translation>{path} gibt es schon, und es stammt nicht von dieser App, daher blieb es unverändert. Benennen Sie es um oder löschen Sie es, und schalten Sie die Erinnerungen dann wieder ein.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}).</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be removed ({reason}).</source>
        <translation>{path} konnte nicht entfernt werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Zeit für Ihre Fußübungen</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>You have done your exercises today.</source>
        <translation>Sie haben Ihre Übungen heute schon gemacht.</translation>
    </message>
    <message>
        <source>You said “not today”.</source>
        <translation>Sie haben „Heute nicht“ gewählt.</translation>
    </message>
    <message>
        <source>You asked to wait until {time}.</source>
        <translation>Sie wollten bis {time} warten.</translation>
    </message>
    <message>
        <source>Today is not one of your reminder days.</source>
        <translation>Heute ist keiner Ihrer Erinnerungstage.</translation>
    </message>
    <message>
        <source>Your reminder today is at {time}.</source>
        <translation>Ihre Erinnerung kommt heute um {time}.</translation>
    </message>
    <message>
        <source>You were reminded at {time} already.</source>
        <translation>Sie wurden schon um {time} erinnert.</translation>
    </message>
    <message>
        <source>It is your quiet time: no reminder now.</source>
        <translation>Es ist Ihre Ruhezeit: jetzt keine Erinnerung.</translation>
    </message>
    <message>
        <source>It is past {time} and you have not exercised yet today.</source>
        <translation>Es ist nach {time}, und Sie haben heute noch nicht geübt.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>on Monday at {time}</source>
        <translation>am Montag um {time}</translation>
    </message>
    <message>
        <source>on Tuesday at {time}</source>
        <translation>am Dienstag um {time}</translation>
    </message>
    <message>
        <source>on Wednesday at {time}</source>
        <translation>am Mittwoch um {time}</translation>
    </message>
    <message>
        <source>on Thursday at {time}</source>
        <translation>am Donnerstag um {time}</translation>
    </message>
    <message>
        <source>on Friday at {time}</source>
        <translation>am Freitag um {time}</translation>
    </message>
    <message>
        <source>on Saturday at {time}</source>
        <translation>am Samstag um {time}</translation>
    </message>
    <message>
        <source>on Sunday at {time}</source>
        <translation>am Sonntag um {time}</translation>
    </message>
    <message numerus="yes">
        <source>{message} (about %n minutes)</source>
        <translation>
            <numerusform>{message} (etwa %n Minute)</numerusform>
            <numerusform>{message} (etwa %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>You made a start today. Carry on when you are ready.</source>
        <translation>Sie haben heute schon angefangen. Machen Sie weiter, wenn Sie bereit sind.</translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n days in a row.</source>
        <translation>
            <numerusform>Sie haben %n Tag in Folge geübt.</numerusform>
            <numerusform>Sie haben %n Tage in Folge geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You exercised on %n of the last 7 days.</source>
        <translation>
            <numerusform>Sie haben an %n von den letzten 7 Tagen geübt.</numerusform>
            <numerusform>Sie haben an %n von den letzten 7 Tagen geübt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A few minutes now keeps your ankles moving.</source>
        <translation>Ein paar Minuten jetzt halten Ihre Fußgelenke beweglich.</translation>
    </message>
    <message>
        <source>Next: none (reminders are off).</source>
        <translation>Nächste Erinnerung: keine (Erinnerungen sind ausgeschaltet).</translation>
    </message>
    <message>
        <source>Next: none.</source>
        <translation>Nächste Erinnerung: keine.</translation>
    </message>
    <message>
        <source>Next: {when}.</source>
        <translation>Nächste Erinnerung: {when}.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{days} at {times}; quiet from {start} to {end}</source>
        <translation>{days} um {times}; Ruhezeit von {start} bis {end}</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} um {times}</translation>
    </message>
    <message>
        <source>Reminders are on: {what} ({how}).</source>
        <translation>Erinnerungen sind eingeschaltet: {what} ({how}).</translation>
    </message>
    <message>
        <source>Reminders are on: {what}.</source>
        <translation>Erinnerungen sind eingeschaltet: {what}.</translation>
    </message>
    <message>
        <source>Scheduled {how}.</source>
        <translation>Eingeplant: {how}.</translation>
    </message>
    <message>
        <source>They are not scheduled here yet: run &apos;footdrop reminders on --at HH:MM&apos;.</source>
        <translation>Sie sind hier noch nicht eingeplant: Führen Sie &apos;footdrop reminders on --at HH:MM&apos; aus.</translation>
    </message>
    <message>
        <source>Now: {reason}</source>
        <translation>Jetzt: {reason}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>In 30 Minuten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Reminded in the app: {title}. {body}</source>
        <translation>In der App erinnert: {title}. {body}</translation>
    </message>
    <message>
        <source>No notification service answered on this desktop.</source>
        <translation>Auf diesem Desktop hat kein Benachrichtigungsdienst geantwortet.</translation>
    </message>
    <message>
        <source>Reminded: {title}. {body}</source>
        <translation>Erinnert: {title}. {body}</translation>
    </message>
    <message>
        <source>The app could not be opened.</source>
        <translation>Die App konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Starting your daily routine.</source>
        <translation>Ihr Tagesplan beginnt.</translation>
    </message>
    <message>
        <source>No more reminders today.</source>
        <translation>Heute keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Reminding you again in 30 minutes.</source>
        <translation>Sie werden in 30 Minuten noch einmal erinnert.</translation>
    </message>
    <message>
        <source>No reminder: reminders are off (the app has not been used here yet).</source>
        <translation>Keine Erinnerung: Erinnerungen sind ausgeschaltet (die App wurde hier noch nicht benutzt).</translation>
    </message>
    <message>
        <source>No reminder from here: the app is open and reminds you itself.</source>
        <translation>Keine Erinnerung von hier: Die App ist geöffnet und erinnert Sie selbst.</translation>
    </message>
    <message>
        <source>no desktop notification service answered; no reminder was shown</source>
        <translation>kein Benachrichtigungsdienst des Desktops hat geantwortet; es wurde keine Erinnerung gezeigt</translation>
    </message>
    <message>
        <source>No reminder now. {reason} {next}</source>
        <translation>Jetzt keine Erinnerung. {reason} {next}</translation>
    </message>
    <message>
        <source>Would remind you now: {reason}</source>
        <translation>Würde Sie jetzt erinnern: {reason}</translation>
    </message>
    <message>
        <source>Buttons: {buttons}</source>
        <translation>Schaltflächen: {buttons}</translation>
    </message>
    <message>
        <source>No reminder now: {reason}</source>
        <translation>Jetzt keine Erinnerung: {reason}</translation>
    </message>
    <message>
        <source>by a systemd timer</source>
        <translation>über einen systemd-Timer</translation>
    </message>
    <message>
        <source>checked each time you log in</source>
        <translation>bei jeder Anmeldung geprüft</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: write it like 18:00 (hours:minutes, 24-hour clock)</source>
        <translation>&apos;{text}&apos; ist keine Uhrzeit: Schreiben Sie sie wie 18:00 (Stunden:Minuten, 24-Stunden-Uhr)</translation>
    </message>
    <message>
        <source>choose one or two times a day, for example 18:00 or 09:00,18:00</source>
        <translation>wählen Sie eine oder zwei Uhrzeiten am Tag, zum Beispiel 18:00 oder 09:00,18:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day: use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>&apos;{text}&apos; ist kein Tag: Verwenden Sie mon, tue, wed, thu, fri, sat, sun (Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>wählen Sie mindestens einen Tag</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation>Tägliche Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to do my exercises</source>
        <translation>An meine Übungen erinnern</translation>
    </message>
    <message>
        <source>A message appears on your screen at the times you choose, even when the app is closed, unless you have already exercised that day.</source>
        <translation>Zu den gewählten Zeiten erscheint eine Nachricht auf dem Bildschirm, auch wenn das Programm geschlossen ist – außer Sie haben an dem Tag schon geübt.</translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <source>and again at</source>
        <translation>und um</translation>
    </message>
    <message>
        <source>Quiet hours, from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>quiet hours, from 21:00 to 08:00</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Second reminder time</source>
        <translation>Uhrzeit der zweiten Erinnerung</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>What the reminder says</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <source>At</source>
        <comment>remind me at 18:00</comment>
        <translation>Um</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Say</source>
        <comment>what the reminder says</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Your reminders could not be set up. {reason}</source>
        <translation>Ihre Erinnerungen konnten nicht eingerichtet werden. {reason}</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation>
            <numerusform>{first} bis {last} (%n Tag)</numerusform>
            <numerusform>{first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
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
    <name>RoutineFiles</name>
    <message>
        <source>{name} is a folder, not a routine file.</source>
        <translation>{name} ist ein Ordner, keine Übungsplan-Datei.</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a routine file.</source>
        <translation>{name} ist eine benannte Pipe, keine Übungsplan-Datei.</translation>
    </message>
    <message>
        <source>{name} is a device, not a routine file.</source>
        <translation>{name} ist ein Gerät, keine Übungsplan-Datei.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a routine file.</source>
        <translation>{name} ist ein Socket, keine Übungsplan-Datei.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file, so it was not opened.</source>
        <translation>{name} ist keine normale Datei, daher wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <source>There is no file called {name}.</source>
        <translation>Es gibt keine Datei namens {name}.</translation>
    </message>
    <message>
        <source>The folder to save {name} in does not exist.</source>
        <translation>Der Ordner zum Speichern von {name} existiert nicht.</translation>
    </message>
    <message>
        <source>You do not have permission to read {name}.</source>
        <translation>Sie haben keine Berechtigung, {name} zu lesen.</translation>
    </message>
    <message>
        <source>You do not have permission to save {name}.</source>
        <translation>Sie haben keine Berechtigung, {name} zu speichern.</translation>
    </message>
    <message>
        <source>Could not read {name} ({reason}).</source>
        <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}).</source>
        <translation>{name} konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to be a routine file (they are at most {size} KB).</source>
        <translation>{name} ist zu groß für eine Übungsplan-Datei (sie haben höchstens {size} KB).</translation>
    </message>
    <message>
        <source>{name} is not saved as UTF-8 text (byte {byte} cannot be read; it may be saved in an older encoding such as Windows-1252). Save it as UTF-8 and try again.</source>
        <translation>{name} ist nicht als UTF-8-Text gespeichert (Byte {byte} kann nicht gelesen werden; vielleicht ist die Datei in einer älteren Kodierung wie Windows-1252 gespeichert). Speichern Sie sie als UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} is saved as {encoding}; save it as UTF-8 and try again.</source>
        <translation>{name} ist als {encoding} gespeichert; speichern Sie die Datei als UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} was not saved: the routine&apos;s name or description has a broken character. Rename the routine and save it again.</source>
        <translation>{name} wurde nicht gespeichert: Name oder Beschreibung des Übungsplans enthält ein beschädigtes Zeichen. Benennen Sie den Übungsplan um und speichern Sie ihn noch einmal.</translation>
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
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Please read these points. They keep your exercises safe.</source>
        <translation>Bitte lesen Sie diese Punkte. Sie helfen, sicher zu üben.</translation>
    </message>
    <message>
        <source>Safety advice: {points}</source>
        <translation>Sicherheitshinweise: {points}</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Sicherheitspunkte</translation>
    </message>
    <message>
        <source>Scroll down to read every point (the Down arrow key scrolls too).</source>
        <translation>Scrollen Sie nach unten, um alle Punkte zu lesen (auch mit der Pfeiltaste nach unten).</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SessionDisplay</name>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · Rep {rep} of {reps}</source>
        <translation>Runde&#xa0;{set}&#xa0;von&#xa0;{sets} · Wiederholung&#xa0;{rep}&#xa0;von&#xa0;{reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Runde {set} von {sets}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>Next: you are finished</source>
        <translation>Danach: Sie sind fertig</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Nächste Übung: {exercise}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>Your progress could not be saved. {error} The session carries on.</source>
        <translation>Ihr Fortschritt konnte nicht gespeichert werden. {error} Die Einheit läuft weiter.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session cannot start</source>
        <translation>Die Einheit kann nicht beginnen</translation>
    </message>
    <message>
        <source>Your history could not be written to. {error}</source>
        <translation>Ihr Verlauf konnte nicht gespeichert werden. {error}</translation>
    </message>
    <message>
        <source>Your last session did not finish</source>
        <translation>Ihre letzte Einheit wurde nicht beendet</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>“{title}”, started {day} at {time}, did not finish.</source>
        <translation>„{title}“, begonnen am {day} um {time}, wurde nicht beendet.</translation>
    </message>
    <message numerus="yes">
        <source>You had done {done} of %n reps. Carry on where it stopped, or keep what you did as a part-done session?</source>
        <translation>
            <numerusform>Sie hatten {done} von %n Wiederholung geschafft. Dort weitermachen, wo es aufgehört hat, oder das Geschaffte als unvollständige Einheit behalten?</numerusform>
            <numerusform>Sie hatten {done} von %n Wiederholungen geschafft. Dort weitermachen, wo es aufgehört hat, oder das Geschaffte als unvollständige Einheit behalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Keep what I did</source>
        <translation>Geschafftes behalten</translation>
    </message>
    <message>
        <source>Ready for a little more?</source>
        <translation>Bereit für etwas mehr?</translation>
    </message>
    <message>
        <source>You can change it back in Your routines at any time.</source>
        <translation>Sie können es jederzeit unter „Ihre Übungspläne“ zurückstellen.</translation>
    </message>
    <message>
        <source>Yes, update my routine</source>
        <translation>Ja, Übungsplan anpassen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>End this session now?</source>
        <translation>Diese Einheit jetzt beenden?</translation>
    </message>
    <message>
        <source>The reps you have done so far are kept.</source>
        <translation>Ihre bisherigen Wiederholungen bleiben gespeichert.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <source>Get ready: {exercise}</source>
        <translation>Bereit machen: {exercise}</translation>
    </message>
    <message>
        <source>Well done. You have finished.</source>
        <translation>Gut gemacht. Sie sind fertig.</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Wechseln Sie zum linken Bein</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Wechseln Sie zum rechten Bein</translation>
    </message>
    <message>
        <source>Switch to your left foot</source>
        <translation>Wechseln Sie zum linken Fuß</translation>
    </message>
    <message>
        <source>Switch to your right foot</source>
        <translation>Wechseln Sie zum rechten Fuß</translation>
    </message>
    <message>
        <source>Rest, {duration}</source>
        <translation>Erholung, {duration}</translation>
    </message>
    <message>
        <source>Now the other way: {direction}</source>
        <translation>Jetzt andersherum: {direction}</translation>
    </message>
    <message>
        <source>{movement}, {direction}</source>
        <translation>{movement}, {direction}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Which foot</source>
        <translation>Welcher Fuß</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Restart this exercise</source>
        <translation>Übung neu beginnen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Diese Übung</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Ganze Einheit</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Do the last rep again (Left arrow)</source>
        <translation>Letzte Wiederholung noch einmal (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or carry on (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Überspringen  ▶</translation>
    </message>
    <message>
        <source>Move on to the next step (Right arrow)</source>
        <translation>Weiter zum nächsten Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation>Ganzen Bildschirm füllen (F11)</translation>
    </message>
    <message>
        <source>Whole session · {time_left}</source>
        <translation>Ganze Einheit · {time_left}</translation>
    </message>
    <message>
        <source>Drawing of {exercise}, {side_lower}</source>
        <translation>Zeichnung: {exercise}, {side_lower}</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>PAUSED. Press Space to carry on.</source>
        <translation>PAUSE. Weiter mit der Leertaste.</translation>
    </message>
    <message>
        <source>You were away {time}. Carry on, or start this exercise again?</source>
        <translation>Sie waren {time} weg. Weitermachen oder die Übung neu beginnen?</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>Back to a window (F11)</source>
        <translation>Zurück zum Fenster (F11)</translation>
    </message>
</context>
<context>
    <name>SideQuestion</name>
    <message>
        <source>My left foot</source>
        <translation>Mein linker Fuß</translation>
    </message>
    <message>
        <source>My right foot</source>
        <translation>Mein rechter Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Ich bin nicht sicher</translation>
    </message>
    <message>
        <source>Which foot is affected?</source>
        <translation>Welcher Fuß ist betroffen?</translation>
    </message>
    <message>
        <source>Which foot has foot drop?</source>
        <translation>Welcher Fuß hat die Fußheberschwäche?</translation>
    </message>
    <message>
        <source>Exercises done one foot at a time will start with that foot, and your routine can give it extra sets. You can change this later in the View menu.</source>
        <translation>Übungen, die Sie mit einem Fuß nach dem anderen machen, beginnen mit diesem Fuß, und Ihr Übungsplan kann ihm zusätzliche Runden geben. Sie können das später im Menü „Ansicht“ ändern.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <source>Sound is off: this computer has no audio output.</source>
        <translation>Der Ton ist aus: Dieser Computer hat keine Audioausgabe.</translation>
    </message>
    <message>
        <source>Sound is off: the sound library (libpulse) is not installed.</source>
        <translation>Der Ton ist aus: Die Tonbibliothek (libpulse) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Sound is off: the tones could not be played on this computer.</source>
        <translation>Der Ton ist aus: Die Signaltöne lassen sich auf diesem Computer nicht abspielen.</translation>
    </message>
    <message>
        <source>The spoken coach is off: no speech engine is installed. You will still hear the tones.</source>
        <translation>Die Sprachanleitung ist aus: Es ist keine Sprachausgabe installiert. Sie hören weiterhin die Signaltöne.</translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine could not start. You will still hear the tones.</source>
        <translation>Die Sprachanleitung ist aus: Die Sprachausgabe konnte nicht starten. Sie hören weiterhin die Signaltöne.</translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine did not answer. You will still hear the tones.</source>
        <translation>Die Sprachanleitung ist aus: Die Sprachausgabe hat nicht geantwortet. Sie hören weiterhin die Signaltöne.</translation>
    </message>
    <message>
        <source>The spoken coach is off: this computer has no voice for your language. You will still hear the tones.</source>
        <translation>Die Sprachanleitung ist aus: Dieser Computer hat keine Stimme für Ihre Sprache. Sie hören weiterhin die Signaltöne.</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>{volume}%</source>
        <translation>{volume} %</translation>
    </message>
</context>
<context>
    <name>SoundSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation>Hinweis zum Ton</translation>
    </message>
    <message>
        <source>Play soft tones when the step changes</source>
        <translation>Signaltöne bei jedem Schritt</translation>
    </message>
    <message>
        <source>Say each step aloud</source>
        <translation>Jeden Schritt ansagen</translation>
    </message>
    <message>
        <source>Quiet mode: only a soft tone when the step changes</source>
        <translation>Leiser Modus: nur ein leiser Ton bei jedem Schritt</translation>
    </message>
    <message>
        <source>Overall volume</source>
        <translation>Gesamtlautstärke</translation>
    </message>
    <message>
        <source>Tones volume</source>
        <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Play a tone and say a short sentence</source>
        <translation>Einen Ton spielen und einen kurzen Satz sagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Getting the voices ready…</source>
        <translation>Stimmen werden vorbereitet…</translation>
    </message>
    <message>
        <source>No voice available</source>
        <translation>Keine Stimme verfügbar</translation>
    </message>
    <message>
        <source>Automatic: the voice for your language</source>
        <translation>Automatisch: die Stimme Ihrer Sprache</translation>
    </message>
</context>
<context>
    <name>SpeakingPace</name>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>A little slower</source>
        <translation>Etwas langsamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Etwas schneller</translation>
    </message>
</context>
<context>
    <name>SpokenCue</name>
    <message>
        <source>This is how your coach sounds.</source>
        <translation>So klingt Ihre Sprachanleitung.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>You were away. Press Space to carry on</source>
        <translation>Sie waren weg. Drücken Sie die Leertaste, um weiterzumachen</translation>
    </message>
    <message>
        <source>Well done, that&apos;s the session</source>
        <translation>Gut gemacht, das war&apos;s für heute</translation>
    </message>
    <message>
        <source>against|into|toward|towards|behind|under|on|with|slowly</source>
        <comment>Words, separated by |, before which a spoken instruction may be cut short when time is short (Pull your toes up | against the band). Translate as a list for your language.</comment>
        <translation>gegen|in|zur|zum|hinter|unter|auf|mit|langsam</translation>
    </message>
    <message>
        <source>Rep {rep}. {words}</source>
        <translation>Wiederholung {rep}. {words}</translation>
    </message>
    <message>
        <source>{words}. {duration}.</source>
        <translation>{words}. {duration}.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>{words}. Left leg first.</source>
        <translation>{words}. Zuerst das linke Bein.</translation>
    </message>
    <message>
        <source>{words}. Right leg first.</source>
        <translation>{words}. Zuerst das rechte Bein.</translation>
    </message>
    <message>
        <source>{words}. Left foot first.</source>
        <translation>{words}. Zuerst der linke Fuß.</translation>
    </message>
    <message>
        <source>{words}. Right foot first.</source>
        <translation>{words}. Zuerst der rechte Fuß.</translation>
    </message>
    <message>
        <source>Carrying on. {words}</source>
        <translation>Weiter geht&apos;s. {words}</translation>
    </message>
    <message>
        <source>Carrying on</source>
        <translation>Weiter geht&apos;s</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Noch eine Minute</translation>
    </message>
    <message>
        <source>Set {set} of {sets} is next</source>
        <translation>Gleich kommt Runde {set} von {sets}</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Something unexpected stopped it from opening. Please try again; if it keeps happening, ask someone to run &apos;footdrop --self-test&apos; and pass on what it says.</source>
        <translation>Etwas Unerwartetes hat das Öffnen verhindert. Bitte versuchen Sie es noch einmal. Wenn es wieder passiert, bitten Sie jemanden, &apos;footdrop --self-test&apos; auszuführen, und geben Sie weiter, was dort steht.</translation>
    </message>
    <message>
        <source>{app} cannot start.</source>
        <translation>{app} kann nicht starten.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
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
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie gemacht haben</translation>
    </message>
    <message>
        <source>How did it go? You can skip this, or change it later.</source>
        <translation>Wie lief es? Sie können das überspringen oder später ändern.</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Save how it went and return to the exercise library</source>
        <translation>Speichern, wie es lief, und zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Well done! Session complete</source>
        <translation>Gut gemacht! Einheit geschafft</translation>
    </message>
    <message>
        <source>Time taken: {duration}. What you did is shown below.</source>
        <translation>Dauer: {duration}. Unten sehen Sie, was Sie gemacht haben.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
    <name>UnexpectedProblems</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The app met a problem it did not expect, so what you just did may not have happened. Everything already saved in your history is kept.

You can carry on. If this happens again, close the app and open it again.</source>
        <translation>Die App ist auf ein unerwartetes Problem gestoßen. Was Sie gerade getan haben, ist deshalb vielleicht nicht geschehen. Alles, was schon in Ihrem Verlauf gespeichert ist, bleibt erhalten.

Sie können weitermachen. Wenn das noch einmal passiert, schließen Sie die App und öffnen Sie sie erneut.</translation>
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
<context>
    <name>VolumeControl</name>
    <message>
        <source>Softer</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Mute or unmute the coach ({key})</source>
        <translation>Ansagen stumm oder wieder laut schalten ({key})</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Volume {volume} percent</source>
        <translation>Lautstärke {volume} Prozent</translation>
    </message>
</context>
</TS>
