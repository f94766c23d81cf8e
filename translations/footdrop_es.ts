<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A calm coach for your foot-drop exercises at home: pictures and steps for each exercise, and a timer that leads you through them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Exercise content&lt;/b&gt;&lt;br&gt;{note}&lt;br&gt;Article: &lt;i&gt;{article}&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data folder&lt;/b&gt;&lt;br&gt;{folder}&lt;br&gt;Your settings are kept here, on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About foot drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppReminders</name>
    <message>
        <source>Start my daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}
Click here to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Your settings could not be saved in {path}. The app works, but it will ask its first questions again each time it starts, and forget your choices. To fix this, make sure that file and its folder can be changed (they may be read-only, or the disk may be full), or ask someone who helps you with your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the app started with fresh settings and asks its first questions again. The old file was kept, unchanged, at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Like my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file, set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover file, not a history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, H:mm</source>
        <comment>a date in Qt&apos;s format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backups of your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checked copy of your history is made each day you use the app. Choose one and press Restore to go back to it: your history as it is now is kept here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and set-aside files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {when}, with {sessions}. It is chosen below: press Restore to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup from {when}, with {sessions}?

Your history as it is now is kept in this list first, so you can come back to it. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Your history was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your history is now the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>the drawing of the start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <comment>the drawing of the end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make it harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} · a variation of {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of {exercise}: start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of {exercise}: end position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow {exercise} with the timer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a therapy visit, and questions for next time, in your history (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a body part or a thing you need ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches “{search}”. Try a shorter word, or press Escape to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWrites</name>
    <message>
        <source>What you entered is still on screen: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be saved. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>▶  Start my daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own routine, or open one from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back at your sessions and progress (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine}, about {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{routine}” (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <source>Opening your exercises…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for my therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a therapy visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups of your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which foot is &amp;affected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>About your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to do my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message appears on your screen at the times you choose, even when the app is closed, unless you have already exercised that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>quiet hours, from 21:00 to 08:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reminder says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <comment>remind me at 18:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <comment>what the reminder says</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders could not be set up. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read these points. They keep your exercises safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety advice: {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down to read every point (the Down arrow key scrolls too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>{volume}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSettingsDialog</name>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play soft tones when the step changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each step aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet mode: only a soft tone when the step changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a tone and say a short sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the voices ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the voice for your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Something unexpected stopped it from opening. Please try again; if it keeps happening, ask someone to run &apos;footdrop --self-test&apos; and pass on what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <source>Softer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the coach ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume {volume} percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
