<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A calm coach for your foot-drop exercises at home: pictures and steps for each exercise, and a timer that leads you through them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un entrenador tranquilo para sus ejercicios del pie caído en casa: imágenes y pasos para cada ejercicio, y un temporizador que le guía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Exercise content&lt;/b&gt;&lt;br&gt;{note}&lt;br&gt;Article: &lt;i&gt;{article}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contenido de los ejercicios&lt;/b&gt;&lt;br&gt;{note}&lt;br&gt;Artículo: &lt;i&gt;{article}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data folder&lt;/b&gt;&lt;br&gt;{folder}&lt;br&gt;Your settings are kept here, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su carpeta de datos&lt;/b&gt;&lt;br&gt;{folder}&lt;br&gt;Sus ajustes se guardan aquí, solo en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Mostrar la carpeta en su gestor de archivos</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Esta aplicación</translation>
    </message>
    <message>
        <source>About foot drop</source>
        <translation>Sobre el pie caído</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AppReminders</name>
    <message>
        <source>Start my daily routine</source>
        <translation>Empezar mi rutina diaria</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{message}
Click here to start.</source>
        <translation>{message}
Haga clic aquí para empezar.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Your settings could not be saved in {path}. The app works, but it will ask its first questions again each time it starts, and forget your choices. To fix this, make sure that file and its folder can be changed (they may be read-only, or the disk may be full), or ask someone who helps you with your computer.</source>
        <translation>No se pudieron guardar sus ajustes en {path}. La aplicación funciona, pero volverá a hacer sus primeras preguntas cada vez que se abra y olvidará lo que usted eligió. Para arreglarlo, compruebe que ese archivo y su carpeta se pueden modificar (quizá sean de solo lectura, o el disco esté lleno), o pida ayuda a la persona que le ayuda con su equipo.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the app started with fresh settings and asks its first questions again. The old file was kept, unchanged, at {path}.</source>
        <translation>No se pudo leer su archivo de ajustes, así que la aplicación empezó con ajustes nuevos y vuelve a hacer sus primeras preguntas. El archivo antiguo se guardó, sin cambios, en {path}.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Like my computer</source>
        <translation>Como en mi equipo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>As&amp;pecto</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation>M&amp;uy grande</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>&amp;Agrandar el texto</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir el texto</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup made before an update</source>
        <translation>Copia hecha antes de una actualización</translation>
    </message>
    <message>
        <source>Damaged file, set aside</source>
        <translation>Archivo dañado, apartado</translation>
    </message>
    <message>
        <source>Your history before a restore</source>
        <translation>Su historial antes de una restauración</translation>
    </message>
    <message>
        <source>Leftover file, not a history</source>
        <translation>Archivo sobrante, no es un historial</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, H:mm</source>
        <comment>a date in Qt&apos;s format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, H:mm</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups of your history</source>
        <translation>Copias de seguridad de su historial</translation>
    </message>
    <message>
        <source>A checked copy of your history is made each day you use the app. Choose one and press Restore to go back to it: your history as it is now is kept here too.</source>
        <translation>Cada día que usa la aplicación se hace una copia revisada de su historial. Elija una y pulse Restaurar para volver a ella: su historial tal como está ahora también se guarda aquí.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Backups and set-aside files</source>
        <translation>Copias de seguridad y archivos apartados</translation>
    </message>
    <message>
        <source>Make a copy now</source>
        <translation>Copiar ahora</translation>
    </message>
    <message>
        <source>Restore the chosen copy…</source>
        <translation>Restaurar la elegida…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This file cannot be restored; it is kept as it is.</source>
        <translation>Este archivo no se puede restaurar; se guarda tal como está.</translation>
    </message>
    <message>
        <source>There is no good backup to go back to.</source>
        <translation>No hay ninguna copia en buen estado a la que volver.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}, with {sessions}. It is chosen below: press Restore to go back to it.</source>
        <translation>La copia en buen estado más reciente es del {when}, con {sessions}. Está elegida abajo: pulse Restaurar para volver a ella.</translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation>No se pudo hacer la copia</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Go back to the backup from {when}, with {sessions}?

Your history as it is now is kept in this list first, so you can come back to it. Nothing is deleted.</source>
        <translation>¿Volver a la copia del {when}, con {sessions}?

Su historial tal como está ahora se guarda antes en esta lista, para que pueda volver a él. No se borra nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia</translation>
    </message>
    <message>
        <source>{reason} Your history was not changed.</source>
        <translation>{reason} Su historial no se cambió.</translation>
    </message>
    <message>
        <source>Done: your history is now the backup from {when}.</source>
        <translation>Hecho: su historial es ahora la copia del {when}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>the drawing of the start</comment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Then</source>
        <comment>the drawing of the end</comment>
        <translation>Después</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>To make it easier</source>
        <translation>Para hacerlo más fácil</translation>
    </message>
    <message>
        <source>To make it harder</source>
        <translation>Para hacerlo más difícil</translation>
    </message>
    <message>
        <source>⚠ Take care</source>
        <translation>⚠ Tenga cuidado</translation>
    </message>
    <message>
        <source>Muscles it works</source>
        <translation>Músculos que trabaja</translation>
    </message>
    <message>
        <source>You will need</source>
        <translation>Necesitará</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>{category} · a variation of {exercise}</source>
        <translation>{category} · una variante de {exercise}</translation>
    </message>
    <message>
        <source>Position: {position}.</source>
        <translation>Posición: {position}.</translation>
    </message>
    <message>
        <source>Drawing of {exercise}: start position</source>
        <translation>Dibujo de {exercise}: posición inicial</translation>
    </message>
    <message>
        <source>Drawing of {exercise}: end position</source>
        <translation>Dibujo de {exercise}: posición final</translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation>Empezar {exercise}</translation>
    </message>
    <message>
        <source>Follow {exercise} with the timer (Ctrl+Enter)</source>
        <translation>Hacer {exercise} con el temporizador (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Anotar una visita</translation>
    </message>
    <message>
        <source>Note a therapy visit, and questions for next time, in your history (Ctrl+L)</source>
        <translation>Anote en su historial una visita de fisioterapia y sus preguntas para la próxima vez (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Type part of a name, a body part or a thing you need ({key})</source>
        <translation>Escriba parte de un nombre, una parte del cuerpo o algo que necesite ({key})</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>No exercise matches “{search}”. Try a shorter word, or press Escape to see them all.</source>
        <translation>Ningún ejercicio coincide con «{search}». Pruebe una palabra más corta, o pulse Escape para verlos todos.</translation>
    </message>
</context>
<context>
    <name>HistoryWrites</name>
    <message>
        <source>What you entered is still on screen: nothing is lost.</source>
        <translation>Lo que escribió sigue en la pantalla: no se ha perdido nada.</translation>
    </message>
    <message>
        <source>{what} could not be saved. {why}</source>
        <translation>{what}: no se pudo guardar. {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>▶  Start my daily routine</source>
        <translation>▶  Empezar mi rutina diaria</translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation>Empezar mi rutina diaria</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <source>Make your own routine, or open one from your therapist</source>
        <translation>Cree su propia rutina, o abra una de su fisioterapeuta</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <source>Look back at your sessions and progress (Ctrl+H)</source>
        <translation>Vea sus sesiones y su progreso (Ctrl+H)</translation>
    </message>
    <message>
        <source>{routine}, about {length}</source>
        <translation>{routine}, unos {length}</translation>
    </message>
    <message>
        <source>Start “{routine}” (Ctrl+R)</source>
        <translation>Empezar «{routine}» (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <source>Opening your exercises…</source>
        <translation>Abriendo sus ejercicios…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open a routine file…</source>
        <translation>&amp;Abrir un archivo de rutina…</translation>
    </message>
    <message>
        <source>&amp;Report for my therapist…</source>
        <translation>&amp;Informe para mi fisioterapeuta…</translation>
    </message>
    <message>
        <source>&amp;Print my routine…</source>
        <translation>Im&amp;primir mi rutina…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Start my daily routine</source>
        <translation>Empezar mi rutina diaria</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Empezar {routine}</translation>
    </message>
    <message>
        <source>Your &amp;routines…</source>
        <translation>Sus &amp;rutinas…</translation>
    </message>
    <message>
        <source>Start the chosen exercise</source>
        <translation>Empezar el ejercicio elegido</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Your &amp;history</source>
        <translation>Su &amp;historial</translation>
    </message>
    <message>
        <source>&amp;Log a therapy visit…</source>
        <translation>&amp;Anotar una visita de fisioterapia…</translation>
    </message>
    <message>
        <source>&amp;Back to exercises</source>
        <translation>&amp;Volver a los ejercicios</translation>
    </message>
    <message>
        <source>&amp;Backups of your history…</source>
        <translation>&amp;Copias de seguridad del historial…</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>S&amp;onido y voz…</translation>
    </message>
    <message>
        <source>Which foot is &amp;affected…</source>
        <translation>Pie a&amp;fectado…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>&amp;Find an exercise</source>
        <translation>&amp;Buscar un ejercicio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>&amp;Consejos de seguridad</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>About your history</source>
        <translation>Sobre su historial</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Sus ajustes</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation>Recordatorios diarios</translation>
    </message>
    <message>
        <source>Remind me to do my exercises</source>
        <translation>Recordarme hacer mis ejercicios</translation>
    </message>
    <message>
        <source>A message appears on your screen at the times you choose, even when the app is closed, unless you have already exercised that day.</source>
        <translation>Aparece un mensaje en su pantalla a las horas que elija, aunque la aplicación esté cerrada, salvo que ya haya hecho ejercicio ese día.</translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation>Recordarme el {weekday}</translation>
    </message>
    <message>
        <source>and again at</source>
        <translation>y también a las</translation>
    </message>
    <message>
        <source>Quiet hours, from</source>
        <translation>Silencio de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>quiet hours, from 21:00 to 08:00</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Second reminder time</source>
        <translation>Hora del segundo recordatorio</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>What the reminder says</source>
        <translation>Lo que dice el recordatorio</translation>
    </message>
    <message>
        <source>At</source>
        <comment>remind me at 18:00</comment>
        <translation>A las</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Say</source>
        <comment>what the reminder says</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <source>Your reminders could not be set up. {reason}</source>
        <translation>No se pudieron preparar sus recordatorios. {reason}</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Consejos de seguridad</translation>
    </message>
    <message>
        <source>Please read these points. They keep your exercises safe.</source>
        <translation>Lea estos puntos, por favor. Le ayudan a hacer los ejercicios con seguridad.</translation>
    </message>
    <message>
        <source>Safety advice: {points}</source>
        <translation>Consejos de seguridad: {points}</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Puntos de seguridad</translation>
    </message>
    <message>
        <source>Scroll down to read every point (the Down arrow key scrolls too).</source>
        <translation>Desplácese hacia abajo para leer todos los puntos (la flecha hacia abajo también sirve).</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
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
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation>Aviso sobre el sonido</translation>
    </message>
    <message>
        <source>Play soft tones when the step changes</source>
        <translation>Un tono suave en cada paso</translation>
    </message>
    <message>
        <source>Say each step aloud</source>
        <translation>Decir cada paso en voz alta</translation>
    </message>
    <message>
        <source>Quiet mode: only a soft tone when the step changes</source>
        <translation>Modo silencioso: solo un tono suave al cambiar de paso</translation>
    </message>
    <message>
        <source>Overall volume</source>
        <translation>Volumen general</translation>
    </message>
    <message>
        <source>Tones volume</source>
        <translation>Volumen de los tonos</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Play a tone and say a short sentence</source>
        <translation>Suena un tono y se dice una frase corta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Getting the voices ready…</source>
        <translation>Preparando las voces…</translation>
    </message>
    <message>
        <source>No voice available</source>
        <translation>No hay ninguna voz</translation>
    </message>
    <message>
        <source>Automatic: the voice for your language</source>
        <translation>Automática: la voz de su idioma</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Something unexpected stopped it from opening. Please try again; if it keeps happening, ask someone to run &apos;footdrop --self-test&apos; and pass on what it says.</source>
        <translation>Algo inesperado impidió que se abriera. Inténtelo de nuevo; si sigue pasando, pida a alguien que ejecute &apos;footdrop --self-test&apos; y transmita lo que diga.</translation>
    </message>
    <message>
        <source>{app} cannot start.</source>
        <translation>{app} no puede abrirse.</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <source>Softer</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute or unmute the coach ({key})</source>
        <translation>Silenciar o volver a oír al entrenador ({key})</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Volume {volume} percent</source>
        <translation>Volumen {volume} por ciento</translation>
    </message>
</context>
</TS>
