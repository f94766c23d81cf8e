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
    <name>BackupsDialog</name>
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
        <source>dddd d MMMM yyyy, H:mm</source>
        <comment>a date in Qt&apos;s format</comment>
        <translation>dddd, d. MMMM yyyy, H:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
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
        <source>Start {routine}</source>
        <translation>{name} starten</translation>
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
        <translation>Am {weekday} erinnern</translation>
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
    <name>SoundSettings</name>
    <message>
        <source>{volume}%</source>
        <translation>{volume} %</translation>
    </message>
</context>
<context>
    <name>SoundSettingsDialog</name>
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
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute or unmute the coach ({key})</source>
        <translation>Ansagen stumm oder wieder laut schalten ({key})</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Laut</translation>
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
