<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BandColour</name>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>Silber</translation>
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
        <translation>Ihre letzten {sessions} Einheiten „{exercise}“ haben Sie ganz geschafft, und es ging Ihnen gut. Bereit für etwas mehr? Versuchen Sie: {band} statt {colour}.</translation>
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
        <translation>Zeichnung: {exercise}, {side}</translation>
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
</TS>
