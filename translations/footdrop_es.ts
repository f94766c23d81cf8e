<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BandColour</name>
    <message>
        <source>yellow</source>
        <translation>amarilla</translation>
    </message>
    <message>
        <source>red</source>
        <translation>roja</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>black</source>
        <translation>negra</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>plateada</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>clockwise</source>
        <translation>en sentido horario</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>en sentido antihorario</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>A visit with your therapist, noted in your history (no timer)</source>
        <translation>Una visita de fisioterapia, anotada en su historial (sin temporizador)</translation>
    </message>
    <message>
        <source>{duration} on each foot</source>
        <translation>{duration} en cada pie</translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps} each way ({ways})</source>
        <translation>
            <numerusform>%n serie de {reps} en cada sentido ({ways})</numerusform>
            <numerusform>%n series de {reps} en cada sentido ({ways})</numerusform>
        </translation>
    </message>
    <message>
        <source>{reps} each way ({ways})</source>
        <translation>{reps} en cada sentido ({ways})</translation>
    </message>
    <message>
        <source>about {duration} each</source>
        <translation>unos {duration} cada una</translation>
    </message>
    <message>
        <source>Hold {duration} on each leg</source>
        <translation>Mantenga {duration} en cada pierna</translation>
    </message>
    <message>
        <source>Hold {duration}</source>
        <translation>Mantenga {duration}</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets of {reps}</source>
        <translation>
            <numerusform>%n serie de {reps}</numerusform>
            <numerusform>%n series de {reps}</numerusform>
        </translation>
    </message>
    <message>
        <source>hold {duration}</source>
        <translation>mantener {duration}</translation>
    </message>
    <message>
        <source>lower over {duration}</source>
        <translation>bajar en {duration}</translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation>en cada pie</translation>
    </message>
    <message>
        <source>both feet together</source>
        <translation>ambos pies a la vez</translation>
    </message>
    <message>
        <source>{duration} rest between</source>
        <translation>{duration} de descanso entre series</translation>
    </message>
    <message>
        <source>{first} then {second}</source>
        <translation>{first} y luego {second}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try {proposed} reps instead of {current}.</source>
        <translation>Sus últimas {sessions} sesiones de {exercise} las hizo completas y se sintió bien. ¿Se anima a un poco más? Pruebe {proposed} repeticiones en lugar de {current}.</translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try holding {proposed} seconds instead of {current}.</source>
        <translation>Sus últimas {sessions} sesiones de {exercise} las hizo completas y se sintió bien. ¿Se anima a un poco más? Pruebe a mantener {proposed} segundos en lugar de {current}.</translation>
    </message>
    <message>
        <source>Your last {sessions} sessions of {exercise} were done in full and felt fine. Ready for a little more? Try the {band} instead of the {colour} one.</source>
        <translation>Sus últimas {sessions} sesiones de {exercise} las hizo completas y se sintió bien. ¿Se anima a un poco más? Pruebe la {band} en lugar de la {colour}.</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst pain you can imagine</source>
        <translation>0 es sin dolor; 10, el peor dolor que pueda imaginar</translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation>Dolor antes, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation>Dolor después, de 0 a 10</translation>
    </message>
    <message>
        <source>Anything to remember, or to tell your therapist</source>
        <translation>Algo que recordar o que contar en fisioterapia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pain before (0 to 10)</source>
        <translation>Dolor antes (0 a 10)</translation>
    </message>
    <message>
        <source>Pain after (0 to 10)</source>
        <translation>Dolor después (0 a 10)</translation>
    </message>
    <message>
        <source>How hard did it feel?</source>
        <translation>¿Cuánto le costó?</translation>
    </message>
</context>
<context>
    <name>SessionDisplay</name>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · Rep {rep} of {reps}</source>
        <translation>Serie&#xa0;{set}&#xa0;de&#xa0;{sets} · Repetición&#xa0;{rep}&#xa0;de&#xa0;{reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>Next: you are finished</source>
        <translation>Después: ha terminado</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Siguiente ejercicio: {exercise}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Después: {step}</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>Your progress could not be saved. {error} The session carries on.</source>
        <translation>No se pudo guardar su progreso. {error} La sesión continúa.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session cannot start</source>
        <translation>La sesión no puede empezar</translation>
    </message>
    <message>
        <source>Your history could not be written to. {error}</source>
        <translation>No se pudo escribir en su historial. {error}</translation>
    </message>
    <message>
        <source>Your last session did not finish</source>
        <translation>Su última sesión no terminó</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>“{title}”, started {day} at {time}, did not finish.</source>
        <translation>La sesión «{title}», empezada el {day} a las {time}, no terminó.</translation>
    </message>
    <message numerus="yes">
        <source>You had done {done} of %n reps. Carry on where it stopped, or keep what you did as a part-done session?</source>
        <translation>
            <numerusform>Había hecho {done} de %n repetición. ¿Quiere seguir donde se quedó, o guardar lo que hizo como sesión incompleta?</numerusform>
            <numerusform>Había hecho {done} de %n repeticiones. ¿Quiere seguir donde se quedó, o guardar lo que hizo como sesión incompleta?</numerusform>
        </translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep what I did</source>
        <translation>Guardar lo que hice</translation>
    </message>
    <message>
        <source>Ready for a little more?</source>
        <translation>¿Se anima a un poco más?</translation>
    </message>
    <message>
        <source>You can change it back in Your routines at any time.</source>
        <translation>Puede volver a cambiarlo en Sus rutinas cuando quiera.</translation>
    </message>
    <message>
        <source>Yes, update my routine</source>
        <translation>Sí, actualizar mi rutina</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>End this session now?</source>
        <translation>¿Terminar esta sesión ahora?</translation>
    </message>
    <message>
        <source>The reps you have done so far are kept.</source>
        <translation>Las repeticiones que ya hizo se guardan.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo le fue</translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <source>Get ready: {exercise}</source>
        <translation>Prepárese: {exercise}</translation>
    </message>
    <message>
        <source>Well done. You have finished.</source>
        <translation>Muy bien. Ha terminado.</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Cambie a la pierna izquierda</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Cambie a la pierna derecha</translation>
    </message>
    <message>
        <source>Switch to your left foot</source>
        <translation>Cambie al pie izquierdo</translation>
    </message>
    <message>
        <source>Switch to your right foot</source>
        <translation>Cambie al pie derecho</translation>
    </message>
    <message>
        <source>Rest, {duration}</source>
        <translation>Descanse, {duration}</translation>
    </message>
    <message>
        <source>Now the other way: {direction}</source>
        <translation>Ahora al revés: {direction}</translation>
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
        <translation>Qué pie</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Restart this exercise</source>
        <translation>Empezar de nuevo este ejercicio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Este ejercicio</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <source>Do the last rep again (Left arrow)</source>
        <translation>Repetir la última repetición (flecha izquierda)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or carry on (Space)</source>
        <translation>Pausa o seguir (barra espaciadora)</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Saltar  ▶</translation>
    </message>
    <message>
        <source>Move on to the next step (Right arrow)</source>
        <translation>Pasar al siguiente paso (flecha derecha)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation>Ocupar toda la pantalla (F11)</translation>
    </message>
    <message>
        <source>Whole session · {time_left}</source>
        <translation>Toda la sesión · {time_left}</translation>
    </message>
    <message>
        <source>Drawing of {exercise}, {side_lower}</source>
        <translation>Dibujo de {exercise}, {side_lower}</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>PAUSED. Press Space to carry on.</source>
        <translation>EN PAUSA. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <source>You were away {time}. Carry on, or start this exercise again?</source>
        <translation>Estuvo fuera {time}. ¿Sigue, o empieza este ejercicio de nuevo?</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Back to a window (F11)</source>
        <translation>Volver a una ventana (F11)</translation>
    </message>
</context>
<context>
    <name>SideQuestion</name>
    <message>
        <source>My left foot</source>
        <translation>Mi pie izquierdo</translation>
    </message>
    <message>
        <source>My right foot</source>
        <translation>Mi pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>No lo sé con seguridad</translation>
    </message>
    <message>
        <source>Which foot is affected?</source>
        <translation>¿Qué pie está afectado?</translation>
    </message>
    <message>
        <source>Which foot has foot drop?</source>
        <translation>¿En qué pie tiene el pie caído?</translation>
    </message>
    <message>
        <source>Exercises done one foot at a time will start with that foot, and your routine can give it extra sets. You can change this later in the View menu.</source>
        <translation>Los ejercicios que se hacen con un pie cada vez empezarán por ese pie, y su rutina puede darle series de más. Puede cambiarlo más tarde en el menú Ver.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <source>Sound is off: this computer has no audio output.</source>
        <translation>El sonido está apagado: este equipo no tiene salida de audio.</translation>
    </message>
    <message>
        <source>Sound is off: the sound library (libpulse) is not installed.</source>
        <translation>El sonido está apagado: la biblioteca de sonido (libpulse) no está instalada.</translation>
    </message>
    <message>
        <source>Sound is off: the tones could not be played on this computer.</source>
        <translation>El sonido está apagado: los tonos no se pueden reproducir en este equipo.</translation>
    </message>
    <message>
        <source>The spoken coach is off: no speech engine is installed. You will still hear the tones.</source>
        <translation>La voz guía está apagada: no hay ningún programa de voz instalado. Seguirá oyendo los tonos.</translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine could not start. You will still hear the tones.</source>
        <translation>La voz guía está apagada: el programa de voz no pudo arrancar. Seguirá oyendo los tonos.</translation>
    </message>
    <message>
        <source>The spoken coach is off: the speech engine did not answer. You will still hear the tones.</source>
        <translation>La voz guía está apagada: el programa de voz no respondió. Seguirá oyendo los tonos.</translation>
    </message>
</context>
<context>
    <name>SpeakingPace</name>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>A little slower</source>
        <translation>Un poco más despacio</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Un poco más rápido</translation>
    </message>
</context>
<context>
    <name>SpokenCue</name>
    <message>
        <source>This is how your coach sounds.</source>
        <translation>Así suena su voz guía.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>You were away. Press Space to carry on</source>
        <translation>Estuvo fuera. Pulse Espacio para seguir</translation>
    </message>
    <message>
        <source>Well done, that&apos;s the session</source>
        <translation>Muy bien, sesión terminada</translation>
    </message>
    <message>
        <source>against|into|toward|towards|behind|under|on|with|slowly</source>
        <comment>Words, separated by |, before which a spoken instruction may be cut short when time is short (Pull your toes up | against the band). Translate as a list for your language.</comment>
        <translation>contra|hacia|detrás|debajo|bajo|sobre|con|despacio|lentamente</translation>
    </message>
    <message>
        <source>Rep {rep}. {words}</source>
        <translation>Repetición {rep}. {words}</translation>
    </message>
    <message>
        <source>{words}. {duration}.</source>
        <translation>{words}. {duration}.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>{words}. Left leg first.</source>
        <translation>{words}. Primero la pierna izquierda.</translation>
    </message>
    <message>
        <source>{words}. Right leg first.</source>
        <translation>{words}. Primero la pierna derecha.</translation>
    </message>
    <message>
        <source>{words}. Left foot first.</source>
        <translation>{words}. Primero el pie izquierdo.</translation>
    </message>
    <message>
        <source>{words}. Right foot first.</source>
        <translation>{words}. Primero el pie derecho.</translation>
    </message>
    <message>
        <source>Carrying on. {words}</source>
        <translation>Seguimos. {words}</translation>
    </message>
    <message>
        <source>Carrying on</source>
        <translation>Seguimos</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda un minuto</translation>
    </message>
    <message>
        <source>Set {set} of {sets} is next</source>
        <translation>Ahora viene la serie {set} de {sets}</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tiempo mantenido</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>How did it go? You can skip this, or change it later.</source>
        <translation>¿Cómo le fue? Puede saltarse esto o cambiarlo más tarde.</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <source>Save how it went and return to the exercise library</source>
        <translation>Guardar cómo le fue y volver a los ejercicios</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Well done! Session complete</source>
        <translation>¡Muy bien! Sesión completada</translation>
    </message>
    <message>
        <source>Time taken: {duration}. What you did is shown below.</source>
        <translation>Tiempo: {duration}. Abajo verá lo que hizo.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
</context>
</TS>
