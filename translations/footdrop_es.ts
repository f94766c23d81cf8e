<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BandColour</name>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>A visit with your therapist, noted in your history (no timer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} on each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps} each way ({ways})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{reps} each way ({ways})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {duration} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {duration} on each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hold {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower over {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both feet together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} rest between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} then {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try {proposed} reps instead of {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try holding {proposed} seconds instead of {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try the {band} instead of the {colour} one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember, or to tell your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDisplay</name>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {set} of {sets} · Rep {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: you are finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>Your progress could not be saved. {error} The session carries on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be written to. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last session did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”, started {day} at {time}, did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You had done {done} of %n reps. Carry on where it stopped, or keep what you did as a part-done session?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for a little more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change it back in Your routines at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, update my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reps you have done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <source>Get ready: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the other way: {direction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{movement}, {direction}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Which foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the last rep again (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or carry on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to the next step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session · {time_left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of {exercise}, {side_lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were away {time}. Carry on, or start this exercise again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to a window (F11)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideQuestion</name>
    <message>
        <source>My left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which foot is affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which foot has foot drop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done one foot at a time will start with that foot, and your routine can give it extra sets. You can change this later in the View menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <source>Sound is off: this computer has no audio output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: the sound library (libpulse) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: the tones could not be played on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spoken coach is off: no speech engine is installed. You will still hear the tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine could not start. You will still hear the tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine did not answer. You will still hear the tones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakingPace</name>
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
</context>
<context>
    <name>SpokenCue</name>
    <message>
        <source>This is how your coach sounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were away. Press Space to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done, that&apos;s the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against|into|toward|towards|behind|under|on|with|slowly</source>
        <comment>Words, separated by |, before which a spoken instruction may be cut short when time is short (Pull your toes up | against the band). Translate as a list for your language.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {rep}. {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. Left leg first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. Right leg first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. Left foot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. Right foot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on. {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {set} of {sets} is next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? You can skip this, or change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save how it went and return to the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done! Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: {duration}. What you did is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
