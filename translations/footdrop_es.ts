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
    <name>Backups</name>
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
        <translation>Archivo dañado, guardado aparte</translation>
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
        <source>{name} is damaged or is not a history file. Choose another.</source>
        <translation>{name} está dañado o no es un archivo del historial. Elija otro.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of this app. Install the newer version.</source>
        <translation>{name} se guardó con una versión más nueva de esta aplicación. Instale la versión más nueva.</translation>
    </message>
    <message>
        <source>{name} could not be restored ({reason}).</source>
        <translation>No se pudo restaurar {name} ({reason}).</translation>
    </message>
    <message>
        <source>The copy {name} did not pass its check.</source>
        <translation>La copia {name} no pasó la comprobación.</translation>
    </message>
    <message>
        <source>The copy {name} could not be made ({reason}).</source>
        <translation>No se pudo hacer la copia {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>dddd d MMMM yyyy, H:mm</source>
        <comment>a date in Qt&apos;s format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, H:mm</translation>
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
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
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
    <name>ChartCanvas</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>ChartCounts</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds held</source>
        <translation>
            <numerusform>%n segundo mantenido</numerusform>
            <numerusform>%n segundos mantenidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (vea &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>Foot Drop Exercises: follow your foot-drop exercises on screen.</source>
        <translation>Foot Drop Exercises: siga en la pantalla sus ejercicios para el pie caído.</translation>
    </message>
    <message>
        <source>With no command, the app&apos;s window opens. When your history cannot be opened, the exit status says why: {codes}.</source>
        <translation>Sin orden, se abre la ventana de la aplicación. Si no se puede abrir su historial, el código de salida indica por qué: {codes}.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>folder for your settings and history (default: {variable}, or your system&apos;s usual place for app data)</source>
        <translation>carpeta para sus ajustes y su historial (por defecto: {variable}, o el lugar habitual de su sistema para los datos de las aplicaciones)</translation>
    </message>
    <message>
        <source>check that the app works here (window, drawings, a 3-second session on a temporary data folder, sound and speech), print the results and exit</source>
        <translation>comprobar que la aplicación funciona aquí (ventana, dibujos, una sesión de 3 segundos en una carpeta de datos temporal, sonido y voz), mostrar los resultados y salir</translation>
    </message>
    <message>
        <source>the language to use, e.g. es or de (default: your settings, then your system&apos;s)</source>
        <translation>el idioma que se usará, por ejemplo es o de (por defecto: el de sus ajustes y, si no, el del sistema)</translation>
    </message>
    <message>
        <source>open the app and start your daily routine at once (a reminder&apos;s &apos;Start now&apos;)</source>
        <translation>abrir la aplicación y empezar enseguida su rutina diaria (el botón &apos;Empezar ahora&apos; de un recordatorio)</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>mostrar JSON para otros programas</translation>
    </message>
    <message>
        <source>list every exercise with its id and default prescription</source>
        <translation>mostrar cada ejercicio con su id y su pauta por defecto</translation>
    </message>
    <message>
        <source>show every step of a session, with its time and the total</source>
        <translation>mostrar cada paso de una sesión, con su tiempo y el total</translation>
    </message>
    <message>
        <source>exercise or routine ids, or routine FILE.json</source>
        <translation>ids de ejercicios o de rutinas, o un archivo de rutina FILE.json</translation>
    </message>
    <message>
        <source>where to save it</source>
        <translation>dónde guardarlo</translation>
    </message>
    <message>
        <source>save your history to a file</source>
        <translation>guardar su historial en un archivo</translation>
    </message>
    <message>
        <source>file format (csv)</source>
        <translation>formato del archivo (csv)</translation>
    </message>
    <message>
        <source>a row per saved rep (the default), per session, or per therapy visit</source>
        <translation>una fila por repetición guardada (por defecto), por sesión o por visita de fisioterapia</translation>
    </message>
    <message>
        <source>file format (pdf)</source>
        <translation>formato del archivo (pdf)</translation>
    </message>
    <message>
        <source>a report of your exercise for your therapist</source>
        <translation>un informe de sus ejercicios para su fisioterapeuta</translation>
    </message>
    <message>
        <source>the first day, as 2026-11-30 (default: since your last therapy visit, or 4 weeks)</source>
        <translation>el primer día, como 2026-11-30 (por defecto: desde su última visita de fisioterapia, o 4 semanas)</translation>
    </message>
    <message>
        <source>the last day, as 2026-11-30 (default: today)</source>
        <translation>el último día, como 2026-11-30 (por defecto: hoy)</translation>
    </message>
    <message>
        <source>your routine on paper, a page per exercise</source>
        <translation>su rutina en papel, una página por ejercicio</translation>
    </message>
    <message>
        <source>a routine id (default: your daily routine)</source>
        <translation>el id de una rutina (por defecto: su rutina diaria)</translation>
    </message>
    <message>
        <source>list, make or restore backups of your history</source>
        <translation>mostrar, hacer o restaurar copias de seguridad de su historial</translation>
    </message>
    <message>
        <source>every backup and set-aside file, with dates and sessions</source>
        <translation>cada copia de seguridad y cada archivo guardado aparte, con fechas y sesiones</translation>
    </message>
    <message>
        <source>make a checked copy of your history now</source>
        <translation>hacer ahora una copia comprobada de su historial</translation>
    </message>
    <message>
        <source>go back to a backup (your history as it is now is kept aside first)</source>
        <translation>volver a una copia de seguridad (antes se guarda aparte su historial tal como está)</translation>
    </message>
    <message>
        <source>the backup (a path, or a listed name)</source>
        <translation>la copia de seguridad (una ruta o un nombre de la lista)</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>como arriba</translation>
    </message>
    <message>
        <source>show a reminder now if one is due (the reminder timer runs this)</source>
        <translation>mostrar ahora un recordatorio si toca (lo ejecuta el temporizador de recordatorios)</translation>
    </message>
    <message>
        <source>only say whether a reminder is due, and why</source>
        <translation>solo decir si toca un recordatorio, y por qué</translation>
    </message>
    <message>
        <source>at login: also wait for a reminder time still to come today</source>
        <translation>al iniciar sesión: esperar también a una hora de recordatorio que aún falte hoy</translation>
    </message>
    <message>
        <source>turn daily reminders on or off</source>
        <translation>activar o desactivar los recordatorios diarios</translation>
    </message>
    <message>
        <source>whether reminders are on, when, and the next one</source>
        <translation>si los recordatorios están activados, cuándo, y el próximo</translation>
    </message>
    <message>
        <source>remind me on these days at these times</source>
        <translation>recordarme estos días a estas horas</translation>
    </message>
    <message>
        <source>one or two times, e.g. 18:00</source>
        <translation>una o dos horas, p. ej. 18:00</translation>
    </message>
    <message>
        <source>e.g. mon,tue,wed,thu,fri (default: every day)</source>
        <translation>p. ej. mon,tue,wed,thu,fri (por defecto: todos los días)</translation>
    </message>
    <message>
        <source>no more reminders (removes what &apos;on&apos; set up)</source>
        <translation>no más recordatorios (quita lo que preparó &apos;on&apos;)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-11-30</source>
        <translation>&apos;{text}&apos; no es una fecha como 2026-11-30</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>the exercise catalog is damaged: {reason}</source>
        <translation>el catálogo de ejercicios está dañado: {reason}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not an exercise or routine id (see &apos;footdrop exercises&apos;)</source>
        <translation>&apos;{id}&apos; no es el id de un ejercicio ni de una rutina (vea &apos;footdrop exercises&apos;)</translation>
    </message>
    <message>
        <source>the built-in content is damaged: {reason}</source>
        <translation>el contenido incluido está dañado: {reason}</translation>
    </message>
    <message>
        <source>[{seconds} s]</source>
        <translation>[{seconds} s]</translation>
    </message>
    <message>
        <source>Total: {duration}</source>
        <translation>Total: {duration}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <source>rep {rep} of {reps}</source>
        <translation>repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>there is no history yet in {folder}: nothing to export</source>
        <translation>todavía no hay historial en {folder}: no hay nada que exportar</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}</source>
        <translation>
            <numerusform>Se guardó %n fila en {file}</numerusform>
            <numerusform>Se guardaron %n filas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet in {folder}</source>
        <translation>Todavía no hay copias de seguridad en {folder}</translation>
    </message>
    <message>
        <source>{when}  {kind}, cannot be read: {path}</source>
        <translation>{when}  {kind}, no se puede leer: {path}</translation>
    </message>
    <message numerus="yes">
        <source>{when}  {kind}, %n sessions: {path}</source>
        <translation>
            <numerusform>{when}  {kind}, %n sesión: {path}</numerusform>
            <numerusform>{when}  {kind}, %n sesiones: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>Saved a checked copy of your history to {path}</source>
        <translation>Se guardó una copia comprobada de su historial en {path}</translation>
    </message>
    <message>
        <source>there is no file {file} (see &apos;footdrop backup list&apos;)</source>
        <translation>no existe el archivo {file} (vea &apos;footdrop backup list&apos;)</translation>
    </message>
    <message>
        <source>{problem} Your history was not changed.</source>
        <translation>{problem} Su historial no se cambió.</translation>
    </message>
    <message>
        <source>Your history is now the copy {name}.</source>
        <translation>Su historial es ahora la copia {name}.</translation>
    </message>
    <message>
        <source>The history you had was kept at {path}</source>
        <translation>El historial que tenía se guardó en {path}</translation>
    </message>
    <message>
        <source>--from must be on or before --to</source>
        <translation>--from debe ser el mismo día que --to o anterior</translation>
    </message>
    <message numerus="yes">
        <source>Saved your report (%n pages) to {file}</source>
        <translation>
            <numerusform>Se guardó su informe (%n página) en {file}</numerusform>
            <numerusform>Se guardó su informe (%n páginas) en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no routine &apos;{routine}&apos; (choose one of: {choices})</source>
        <translation>no existe la rutina &apos;{routine}&apos; (elija una de: {choices})</translation>
    </message>
    <message numerus="yes">
        <source>Saved your routine (%n pages) to {file}</source>
        <translation>
            <numerusform>Se guardó su rutina (%n página) en {file}</numerusform>
            <numerusform>Se guardó su rutina (%n páginas) en {file}</numerusform>
        </translation>
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
    <name>DataFolder</name>
    <message>
        <source>{path} is a file, not a folder. Choose another data folder.</source>
        <translation>{path} es un archivo, no una carpeta. Elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The data folder {path} could not be created ({reason}). Choose another folder with --data-dir.</source>
        <translation>No se pudo crear la carpeta de datos {path} ({reason}). Elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Choose another folder with --data-dir.</source>
        <translation>No se puede escribir en la carpeta de datos {path}. Elija otra carpeta con --data-dir.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd MMM yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, dd &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dd MMMM</source>
        <translation>dd &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>dd &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Exercises you can add</source>
        <translation>Ejercicios que puede añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: it is a folder. Choose a file name.</source>
        <translation>No se puede escribir {path}: es una carpeta. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is not an ordinary file. Choose a file name.</source>
        <translation>No se puede escribir {path}: no es un archivo normal. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({reason}). Choose another folder.</source>
        <translation>No se puede escribir en {folder} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}).</source>
        <translation>No se puede escribir {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>My exercises: {routine}</source>
        <translation>Mis ejercicios: {routine}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>This routine has no exercises to do at home.</source>
        <translation>Esta rutina no tiene ejercicios para hacer en casa.</translation>
    </message>
    <message>
        <source>{routine}: exercise {number} of {count}</source>
        <translation>{routine}: ejercicio {number} de {count}</translation>
    </message>
    <message>
        <source>Hold on to: {support}</source>
        <translation>Sujétese a: {support}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Tenga cuidado</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print my routine…</source>
        <translation>Imprimir mi rutina…</translation>
    </message>
    <message>
        <source>Your routine on paper, one page for each exercise, with its drawing, your dose, the steps and what to take care with. Large print, to keep by your chair.</source>
        <translation>Su rutina en papel: una página por ejercicio, con su dibujo, su dosis, los pasos y lo que debe tener en cuenta. Letra grande, para tenerla junto a su silla.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Rutina que imprimir</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>corrupt</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>más nuevo</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>sin espacio</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>sin permiso</translation>
    </message>
    <message>
        <source>missing folder</source>
        <translation>falta la carpeta</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>error del disco</translation>
    </message>
    <message>
        <source>already open</source>
        <translation>ya abierto</translation>
    </message>
    <message>
        <source>Your exercise history file is damaged and cannot be read. Open the app to have it kept aside safely and to choose a good copy from your backups.</source>
        <translation>El archivo del historial de ejercicios está dañado y no se puede leer. Abra la aplicación: lo guardará aparte de forma segura y podrá elegir una copia buena entre sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Your exercise history was saved by a newer version of this app. Please install the newer version. The file was not changed: {path}</source>
        <translation>Su historial de ejercicios se guardó con una versión más nueva de esta aplicación. Instale la versión más nueva. El archivo no se cambió: {path}</translation>
    </message>
    <message>
        <source>Another program is saving to your exercise history file right now (perhaps a backup or file-sharing program). Wait a minute, then try again. Nothing was changed.</source>
        <translation>Otro programa está guardando en el archivo del historial justo ahora (quizá un programa de copias de seguridad o para compartir archivos). Espere un minuto y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another program has locked your exercise history file, so it cannot be read. Close programs that may use it (a backup, a file-sharing program or a database tool), or restart the computer, then try again. Nothing was changed.</source>
        <translation>Otro programa ha bloqueado el archivo del historial y no se puede leer. Cierre los programas que puedan usarlo (una copia de seguridad, un programa para compartir archivos o una herramienta de bases de datos), o reinicie el ordenador, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your exercise history can be read but not saved to: the file, a file beside it or its folder is read-only ({folder}). Ask someone to make that folder writable for you again, then try again. Nothing was changed.</source>
        <translation>Su historial de ejercicios se puede leer, pero no se puede guardar en él: el archivo, un archivo a su lado o su carpeta son de solo lectura ({folder}). Pida a alguien que vuelva a darle permiso de escritura en esa carpeta y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full, so your exercises could not be saved. Free some space (empty the wastebasket, remove large files you do not need), then try again. Nothing was lost.</source>
        <translation>El disco está lleno y no se pudieron guardar sus ejercicios. Libere espacio (vacíe la papelera, borre archivos grandes que no necesite) y vuelva a intentarlo. No se perdió nada.</translation>
    </message>
    <message>
        <source>You are not allowed to open your exercise history file ({path}). This happens when it was made by another user of this computer. Ask someone to give the folder back to you, then try again. Nothing was changed.</source>
        <translation>No tiene permiso para abrir el archivo del historial ({path}). Esto pasa cuando lo creó otro usuario de este ordenador. Pida a alguien que le devuelva la carpeta y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The folder of your exercise history is not there ({folder}). If it is on a USB stick or a network drive, connect it, then try again.</source>
        <translation>No se encuentra la carpeta de su historial de ejercicios ({folder}). Si está en una memoria USB o en una unidad de red, conéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The computer could not read or save your exercise history file just now. Restart the computer and try again; if it keeps happening, the disk may be failing: ask someone to copy your data folder ({folder}) somewhere safe. Nothing was changed.</source>
        <translation>El ordenador no pudo leer ni guardar el archivo del historial en este momento. Reinicie el ordenador y vuelva a intentarlo; si sigue pasando, puede que el disco esté fallando: pida a alguien que copie su carpeta de datos ({folder}) en un lugar seguro. No se cambió nada.</translation>
    </message>
    <message>
        <source>Foot Drop Exercises is already open with this history. Look for its window (it may be minimised); only one copy can use it at a time.</source>
        <translation>Foot Drop Exercises ya está abierto con este historial. Busque su ventana (puede estar minimizada); solo una copia puede usarlo a la vez.</translation>
    </message>
    <message>
        <source>Another program was saving to your exercise history file at the same moment (perhaps a backup or file-sharing program). Wait a minute, then try again.</source>
        <translation>Otro programa estaba guardando en el archivo del historial en ese mismo momento (quizá un programa de copias de seguridad o para compartir archivos). Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another program has locked your exercise history file. Close programs that may use it (a backup, a file-sharing program or a database tool), then try again.</source>
        <translation>Otro programa ha bloqueado el archivo del historial. Cierre los programas que puedan usarlo (una copia de seguridad, un programa para compartir archivos o una herramienta de bases de datos) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your exercise history file or its folder has become read-only ({folder}). Ask someone to make that folder writable for you again, then try again.</source>
        <translation>El archivo del historial o su carpeta se han vuelto de solo lectura ({folder}). Pida a alguien que vuelva a darle permiso de escritura en esa carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space (empty the wastebasket, remove large files you do not need), then try again.</source>
        <translation>El disco está lleno. Libere espacio (vacíe la papelera, borre archivos grandes que no necesite) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You are no longer allowed to change your exercise history file ({path}). Ask someone to give the folder back to you, then try again.</source>
        <translation>Ya no tiene permiso para cambiar el archivo del historial ({path}). Pida a alguien que le devuelva la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your exercise history file is damaged. Close the app and open it again: it will keep the damaged file aside and offer your backups.</source>
        <translation>El archivo del historial está dañado. Cierre la aplicación y vuelva a abrirla: guardará aparte el archivo dañado y le ofrecerá sus copias de seguridad.</translation>
    </message>
    <message>
        <source>The computer could not save to your exercise history file just now. Try again; if it keeps happening, restart the computer.</source>
        <translation>El ordenador no pudo guardar en el archivo del historial en este momento. Vuelva a intentarlo; si sigue pasando, reinicie el ordenador.</translation>
    </message>
</context>
<context>
    <name>HistoryNotices</name>
    <message>
        <source>A leftover file that did not belong to your exercise history was found beside it. It was not used, and was kept at {path}. Your history is as you last left it.</source>
        <translation>Junto a su historial de ejercicios había un archivo sobrante que no le pertenecía. No se usó y se guardó en {path}. Su historial está como lo dejó la última vez.</translation>
    </message>
    <message>
        <source>Your exercise history file was damaged and could not be read, so a new one was started. The old file was kept, unchanged, at {path}.</source>
        <translation>El archivo del historial estaba dañado y no se podía leer, así que se empezó uno nuevo. El archivo antiguo se guardó, sin cambios, en {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>{title} (ended early)</source>
        <translation>{title} (terminada antes)</translation>
    </message>
    <message>
        <source>{title} (part done)</source>
        <translation>{title} (hecha en parte)</translation>
    </message>
    <message>
        <source>{title} (not finished)</source>
        <translation>{title} (sin terminar)</translation>
    </message>
    <message>
        <source>{exercise}, left foot</source>
        <translation>{exercise}, pie izquierdo</translation>
    </message>
    <message>
        <source>{exercise}, right foot</source>
        <translation>{exercise}, pie derecho</translation>
    </message>
    <message>
        <source>{exercise}, both feet</source>
        <translation>{exercise}, ambos pies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Reps done</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Save all your sessions as a CSV file for your therapist</source>
        <translation>Guarde todas sus sesiones en un archivo CSV para su fisioterapeuta</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Sesión borrada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Recuperar la sesión (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de progreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Therapy visits</source>
        <translation>Visitas de fisioterapia</translation>
    </message>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Sus sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Choose a session to see what you did.</source>
        <translation>Elija una sesión para ver lo que hizo.</translation>
    </message>
    <message>
        <source>What you did in this session</source>
        <translation>Lo que hizo en esta sesión</translation>
    </message>
    <message>
        <source>How it went…</source>
        <translation>Cómo fue…</translation>
    </message>
    <message>
        <source>Note pain, how hard it felt, and a note</source>
        <translation>Anote el dolor, el esfuerzo y una nota</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Remove this session (you can undo)</source>
        <translation>Quitar esta sesión (puede deshacerlo)</translation>
    </message>
    <message>
        <source>Calendar of your sessions and visits</source>
        <translation>Calendario de sus sesiones y visitas</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Days in bold, with a coloured square, are days you exercised. Underlined days had a therapy visit.</source>
        <translation>Los días en negrita, con un cuadrado de color, son días en que hizo ejercicio. Los días subrayados tuvieron una visita de fisioterapia.</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {longest} at most</source>
        <translation>Días seguidos: {current} ahora, {longest} como máximo</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Pain {pain}</source>
        <translation>Dolor {pain}</translation>
    </message>
    <message>
        <source>felt {effort}</source>
        <translation>se sintió {effort}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>«{note}»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not rated.</source>
        <translation>Sin valorar.</translation>
    </message>
    <message>
        <source>{exercise_and_foot}, {band}</source>
        <translation>{exercise_and_foot}, {band}</translation>
    </message>
    <message>
        <source>{title} ({done} of {planned} reps)</source>
        <translation>{title} ({done} de {planned} repeticiones)</translation>
    </message>
    <message>
        <source>Therapy visit: {note}</source>
        <translation>Visita de fisioterapia: {note}</translation>
    </message>
    <message>
        <source>Therapy visit: no note</source>
        <translation>Visita de fisioterapia: sin nota</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing noted on this day.</source>
        <translation>No hay nada anotado este día.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message>
        <source>Delete “{title}” from {day}? You can undo this until you close the app.</source>
        <translation>¿Borrar «{title}» del {day}? Puede deshacerlo hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation>Borrar la sesión</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>«{title}» borrada.</translation>
    </message>
    <message>
        <source>Bringing the session back</source>
        <translation>Recuperar la sesión</translation>
    </message>
    <message>
        <source>Save your history</source>
        <translation>Guardar su historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>{problem}

Try another folder.</source>
        <translation>{problem}

Pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>Se ha guardado %n fila en {file}.</numerusform>
            <numerusform>Se han guardado %n filas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>felt easy</source>
        <translation>se sintió fácil</translation>
    </message>
    <message>
        <source>felt about right</source>
        <translation>se sintió adecuada</translation>
    </message>
    <message>
        <source>felt hard</source>
        <translation>se sintió difícil</translation>
    </message>
    <message>
        <source>Set {set} done, {took}</source>
        <translation>Serie {set} hecha, {took}</translation>
    </message>
    <message>
        <source>Timed: {took}</source>
        <translation>Con tiempo: {took}</translation>
    </message>
    <message>
        <source>Rep {rep}: {took}</source>
        <translation>Repetición {rep}: {took}</translation>
    </message>
    <message>
        <source>Timed: held {held}</source>
        <translation>Con tiempo: mantenido {held}</translation>
    </message>
    <message>
        <source>Rep {rep}: held {held}</source>
        <translation>Repetición {rep}: mantenida {held}</translation>
    </message>
    <message>
        <source>Timed: held {held}, {took} in all</source>
        <translation>Con tiempo: mantenido {held}, {took} en total</translation>
    </message>
    <message>
        <source>Rep {rep}: held {held}, {took} in all</source>
        <translation>Repetición {rep}: mantenida {held}, {took} en total</translation>
    </message>
    <message>
        <source>{activity} (interrupted)</source>
        <translation>{activity} (interrumpida)</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your choice is saved. The new language is used the next time you open the app.</source>
        <translation>Su elección está guardada. El nuevo idioma se usará la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>The new language is used when the app opens again. Open the app again now?</source>
        <translation>El nuevo idioma se usará cuando la aplicación se vuelva a abrir. ¿Volver a abrirla ahora?</translation>
    </message>
    <message>
        <source>The exercises are shown in English: their texts in {language} could not be read.</source>
        <translation>Los ejercicios se muestran en inglés: no se pudieron leer sus textos en {language}.</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>Español</translation>
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
        <source>Start “{routine}”</source>
        <translation>Empezar «{routine}»</translation>
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
    <name>PaperCounts</name>
    <message numerus="yes">
        <source>Saved %n pages to {file}.</source>
        <translation>
            <numerusform>Se ha guardado %n página en {file}.</numerusform>
            <numerusform>Se han guardado %n páginas en {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Save as a PDF file…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>See the pages first…</source>
        <translation>Ver las páginas antes…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>{problem}

Try another folder.</source>
        <translation>{problem}

Pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se ha impreso</translation>
    </message>
    <message>
        <source>{problem}

Check the printer and try again.</source>
        <translation>{problem}

Compruebe la impresora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{title}: the pages</source>
        <translation>{title}: las páginas</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>ambos pies</translation>
    </message>
    <message>
        <source>{day}: {amount}, {foot}</source>
        <translation>{day}: {amount}, {foot}</translation>
    </message>
    <message>
        <source>{day} at {time}: pain {value} of 10, before exercise</source>
        <translation>{day} a las {time}: dolor {value} de 10, antes del ejercicio</translation>
    </message>
    <message>
        <source>{day} at {time}: pain {value} of 10, after exercise</source>
        <translation>{day} a las {time}: dolor {value} de 10, después del ejercicio</translation>
    </message>
    <message>
        <source>Minutes of exercise per week</source>
        <translation>Minutos de ejercicio por semana</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Reps per day</source>
        <translation>Repeticiones por día</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Segundos mantenidos por día</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Dolor, de 0 a 10</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>Exercise to show</source>
        <translation>Ejercicio que mostrar</translation>
    </message>
    <message>
        <source>Your charts appear here after your first session.</source>
        <translation>Sus gráficos aparecerán aquí después de su primera sesión.</translation>
    </message>
    <message>
        <source>Show reps for</source>
        <translation>Repeticiones de</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n minutes</source>
        <translation>
            <numerusform>Semana del {day}: %n minuto</numerusform>
            <numerusform>Semana del {day}: %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, %n weeks, latest {minutes}</source>
        <translation>
            <numerusform>Minutos por semana, %n semana, la última {minutes}</numerusform>
            <numerusform>Minutos por semana, %n semanas, la última {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>{chart} of {exercise}</source>
        <translation>{chart} de {exercise}</translation>
    </message>
    <message numerus="yes">
        <source>{foot}: %n days, latest {amount} on {day}</source>
        <translation>
            <numerusform>{foot}: %n día, la última vez {amount} el {day}</numerusform>
            <numerusform>{foot}: %n días, la última vez {amount} el {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before and {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Dolor, de 0 a 10, %n sesión valorada, la última {before} antes y {after} después del ejercicio, el {day}</numerusform>
            <numerusform>Dolor, de 0 a 10, %n sesiones valoradas, la última {before} antes y {after} después del ejercicio, el {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {before} before exercise, on {day}</source>
        <translation>
            <numerusform>Dolor, de 0 a 10, %n sesión valorada, la última {before} antes del ejercicio, el {day}</numerusform>
            <numerusform>Dolor, de 0 a 10, %n sesiones valoradas, la última {before} antes del ejercicio, el {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10, %n sessions rated, latest {after} after exercise, on {day}</source>
        <translation>
            <numerusform>Dolor, de 0 a 10, %n sesión valorada, la última {after} después del ejercicio, el {day}</numerusform>
            <numerusform>Dolor, de 0 a 10, %n sesiones valoradas, la última {after} después del ejercicio, el {day}</numerusform>
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
    <name>RangeSpinBox</name>
    <message>
        <source>{label} must be between {low} and {high} {unit}.</source>
        <translation>{label} debe estar entre {low} y {high} {unit}.</translation>
    </message>
    <message>
        <source>Allowed: {low} to {high} {unit}</source>
        <translation>Permitido: de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Allowed: {low} to {high}</source>
        <translation>Permitido: de {low} a {high}</translation>
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
    <name>ReminderDays</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
</context>
<context>
    <name>ReminderFiles</name>
    <message>
        <source>Foot Drop Exercises: a reminder to do your exercises</source>
        <translation>Foot Drop Exercises: un recordatorio para hacer sus ejercicios</translation>
    </message>
    <message>
        <source>Foot Drop Exercises: your reminder times</source>
        <translation>Foot Drop Exercises: sus horas de recordatorio</translation>
    </message>
    <message>
        <source>Foot Drop Exercises reminder</source>
        <translation>Recordatorio de Foot Drop Exercises</translation>
    </message>
    <message>
        <source>Reminds you of your foot exercises at the times you chose</source>
        <translation>Le recuerda sus ejercicios para los pies a las horas que eligió</translation>
    </message>
    <message>
        <source>{path} already exists and was not made by this app, so it was left alone. Rename or remove it, then turn reminders on again.</source>
        <translation>{path} ya existe y no lo creó esta aplicación, así que no se tocó. Cámbiele el nombre o bórrelo y vuelva a activar los recordatorios.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}).</source>
        <translation>No se pudo escribir {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be removed ({reason}).</source>
        <translation>No se pudo quitar {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Es hora de sus ejercicios para los pies</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>You have done your exercises today.</source>
        <translation>Hoy ya ha hecho sus ejercicios.</translation>
    </message>
    <message>
        <source>You said “not today”.</source>
        <translation>Usted eligió “Hoy no”.</translation>
    </message>
    <message>
        <source>You asked to wait until {time}.</source>
        <translation>Pidió esperar hasta las {time}.</translation>
    </message>
    <message>
        <source>Today is not one of your reminder days.</source>
        <translation>Hoy no es uno de sus días de recordatorio.</translation>
    </message>
    <message>
        <source>Your reminder today is at {time}.</source>
        <translation>Su recordatorio de hoy es a las {time}.</translation>
    </message>
    <message>
        <source>You were reminded at {time} already.</source>
        <translation>Ya se le recordó a las {time}.</translation>
    </message>
    <message>
        <source>It is your quiet time: no reminder now.</source>
        <translation>Es su horario de silencio: ahora no hay recordatorio.</translation>
    </message>
    <message>
        <source>It is past {time} and you have not exercised yet today.</source>
        <translation>Son más de las {time} y hoy aún no ha hecho ejercicio.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>on Monday at {time}</source>
        <translation>el lunes a las {time}</translation>
    </message>
    <message>
        <source>on Tuesday at {time}</source>
        <translation>el martes a las {time}</translation>
    </message>
    <message>
        <source>on Wednesday at {time}</source>
        <translation>el miércoles a las {time}</translation>
    </message>
    <message>
        <source>on Thursday at {time}</source>
        <translation>el jueves a las {time}</translation>
    </message>
    <message>
        <source>on Friday at {time}</source>
        <translation>el viernes a las {time}</translation>
    </message>
    <message>
        <source>on Saturday at {time}</source>
        <translation>el sábado a las {time}</translation>
    </message>
    <message>
        <source>on Sunday at {time}</source>
        <translation>el domingo a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>{message} (about %n minutes)</source>
        <translation>
            <numerusform>{message} (alrededor de %n minuto)</numerusform>
            <numerusform>{message} (unos %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>You made a start today. Carry on when you are ready.</source>
        <translation>Hoy ya ha empezado. Siga cuando quiera.</translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n days in a row.</source>
        <translation>
            <numerusform>Ha hecho ejercicio %n día seguido.</numerusform>
            <numerusform>Ha hecho ejercicio %n días seguidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You exercised on %n of the last 7 days.</source>
        <translation>
            <numerusform>Hizo ejercicio %n de los últimos 7 días.</numerusform>
            <numerusform>Hizo ejercicio %n de los últimos 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>A few minutes now keeps your ankles moving.</source>
        <translation>Unos minutos ahora mantienen sus tobillos en movimiento.</translation>
    </message>
    <message>
        <source>Next: none (reminders are off).</source>
        <translation>Próximo recordatorio: ninguno (los recordatorios están desactivados).</translation>
    </message>
    <message>
        <source>Next: none.</source>
        <translation>Próximo recordatorio: ninguno.</translation>
    </message>
    <message>
        <source>Next: {when}.</source>
        <translation>Próximo recordatorio: {when}.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{days} at {times}; quiet from {start} to {end}</source>
        <translation>{days} a las {times}; silencio de {start} a {end}</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} a las {times}</translation>
    </message>
    <message>
        <source>Reminders are on: {what} ({how}).</source>
        <translation>Recordatorios activados: {what} ({how}).</translation>
    </message>
    <message>
        <source>Reminders are on: {what}.</source>
        <translation>Recordatorios activados: {what}.</translation>
    </message>
    <message>
        <source>Scheduled {how}.</source>
        <translation>Programados: {how}.</translation>
    </message>
    <message>
        <source>They are not scheduled here yet: run &apos;footdrop reminders on --at HH:MM&apos;.</source>
        <translation>Aún no están programados en este equipo: ejecute &apos;footdrop reminders on --at HH:MM&apos;.</translation>
    </message>
    <message>
        <source>Now: {reason}</source>
        <translation>Ahora: {reason}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>En 30 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Reminded in the app: {title}. {body}</source>
        <translation>Recordatorio en la aplicación: {title}. {body}</translation>
    </message>
    <message>
        <source>No notification service answered on this desktop.</source>
        <translation>Ningún servicio de notificaciones respondió en este escritorio.</translation>
    </message>
    <message>
        <source>Reminded: {title}. {body}</source>
        <translation>Recordatorio mostrado: {title}. {body}</translation>
    </message>
    <message>
        <source>The app could not be opened.</source>
        <translation>No se pudo abrir la aplicación.</translation>
    </message>
    <message>
        <source>Starting your daily routine.</source>
        <translation>Empezando su rutina diaria.</translation>
    </message>
    <message>
        <source>No more reminders today.</source>
        <translation>No habrá más recordatorios hoy.</translation>
    </message>
    <message>
        <source>Reminding you again in 30 minutes.</source>
        <translation>Se lo recordaremos de nuevo en 30 minutos.</translation>
    </message>
    <message>
        <source>No reminder: reminders are off (the app has not been used here yet).</source>
        <translation>Ningún recordatorio: los recordatorios están desactivados (la aplicación aún no se ha usado aquí).</translation>
    </message>
    <message>
        <source>No reminder from here: the app is open and reminds you itself.</source>
        <translation>Ningún recordatorio desde aquí: la aplicación está abierta y se lo recuerda ella misma.</translation>
    </message>
    <message>
        <source>no desktop notification service answered; no reminder was shown</source>
        <translation>ningún servicio de notificaciones del escritorio respondió; no se mostró ningún recordatorio</translation>
    </message>
    <message>
        <source>No reminder now. {reason} {next}</source>
        <translation>Ningún recordatorio ahora. {reason} {next}</translation>
    </message>
    <message>
        <source>Would remind you now: {reason}</source>
        <translation>Ahora se lo recordaría: {reason}</translation>
    </message>
    <message>
        <source>Buttons: {buttons}</source>
        <translation>Botones: {buttons}</translation>
    </message>
    <message>
        <source>No reminder now: {reason}</source>
        <translation>Ningún recordatorio ahora: {reason}</translation>
    </message>
    <message>
        <source>by a systemd timer</source>
        <translation>con un temporizador de systemd</translation>
    </message>
    <message>
        <source>checked each time you log in</source>
        <translation>se comprueba cada vez que inicia sesión</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: write it like 18:00 (hours:minutes, 24-hour clock)</source>
        <translation>&apos;{text}&apos; no es una hora del día: escríbala como 18:00 (horas:minutos, reloj de 24 horas)</translation>
    </message>
    <message>
        <source>choose one or two times a day, for example 18:00 or 09:00,18:00</source>
        <translation>elija una o dos horas al día, por ejemplo 18:00 o 09:00,18:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day: use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>&apos;{text}&apos; no es un día: use mon, tue, wed, thu, fri, sat, sun (de lunes a domingo)</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>elija al menos un día</translation>
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
        <translation>Recordarme el {day}</translation>
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
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation>
            <numerusform>Del {first} al {last} (%n día)</numerusform>
            <numerusform>Del {first} al {last} (%n días)</numerusform>
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
    <name>ReportDialog</name>
    <message>
        <source>Sessions, a row each (*.csv)</source>
        <translation>Sesiones, una fila cada una (*.csv)</translation>
    </message>
    <message>
        <source>Therapy visits, a row each (*.csv)</source>
        <translation>Visitas de fisioterapia, una fila cada una (*.csv)</translation>
    </message>
    <message>
        <source>Report for my therapist…</source>
        <translation>Informe para mi fisioterapeuta…</translation>
    </message>
    <message>
        <source>A few pages for your therapist: how often you exercised, what you did of your routine, charts of time and pain, sessions that hurt or ended early, and your visits with your questions.</source>
        <translation>Unas páginas para su fisioterapeuta: con qué frecuencia hizo ejercicio, qué hizo de su rutina, gráficos de tiempo y dolor, sesiones que dolieron o terminaron antes, y sus visitas con sus preguntas.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your name (for the report)</source>
        <translation>Su nombre (para el informe)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>These dates start at your last therapy visit, on {day}.</source>
        <translation>Estas fechas empiezan en su última visita de fisioterapia, el {day}.</translation>
    </message>
    <message>
        <source>These dates cover the last four weeks.</source>
        <translation>Estas fechas abarcan las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Save a table for a spreadsheet…</source>
        <translation>Guardar una tabla para una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Your sessions, a row each, or your therapy visits (CSV)</source>
        <translation>Sus sesiones, una fila cada una, o sus visitas de fisioterapia (CSV)</translation>
    </message>
    <message>
        <source>Save a table for a spreadsheet</source>
        <translation>Guardar una tabla para una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <translation>
            <numerusform>Se ha guardado %n fila en {file}.</numerusform>
            <numerusform>Se han guardado %n filas en {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNumbers</name>
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
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>mantener (segundos)</translation>
    </message>
    <message>
        <source>band</source>
        <translation>banda</translation>
    </message>
    <message>
        <source>pain {pain} of 10</source>
        <translation>dolor {pain} de 10</translation>
    </message>
    <message>
        <source>pain rose from {before} to {after}</source>
        <translation>el dolor subió de {before} a {after}</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Cannot start the pages (the printer or file did not open).</source>
        <translation>No se pueden empezar las páginas (la impresora o el archivo no se abrió).</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>Routine</name>
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
    <message>
        <source>{colour} band (level {level} of {levels})</source>
        <translation>banda {colour} (nivel {level} de {levels})</translation>
    </message>
    <message>
        <source>{dose}; for the affected foot, {hold} longer hold</source>
        <translation>{dose}; para el pie afectado, mantener {hold} más</translation>
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
            <numerusform>{dose}; para el pie afectado, %n serie más y mantener {hold} más</numerusform>
            <numerusform>{dose}; para el pie afectado, %n series más y mantener {hold} más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}; for the affected foot, %n extra sets</source>
        <translation>
            <numerusform>{dose}; para el pie afectado, %n serie más</numerusform>
            <numerusform>{dose}; para el pie afectado, %n series más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Each movement</source>
        <translation>Cada movimiento</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Ejercicios de esta rutina, en orden</translation>
    </message>
    <message>
        <source>Add an exercise…</source>
        <translation>Añadir un ejercicio…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Tecla Supr</translation>
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
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise.</source>
        <translation>Una rutina necesita al menos un ejercicio.</translation>
    </message>
    <message>
        <source>{label} ({low} to {high})</source>
        <translation>{label} (de {low} a {high})</translation>
    </message>
    <message>
        <source>One foot, then the other</source>
        <translation>Un pie y luego el otro</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Los dos pies a la vez</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>{colour} (level {level})</source>
        <translation>{colour} (nivel {level})</translation>
    </message>
    <message>
        <source>Band strength</source>
        <translation>Fuerza de la banda</translation>
    </message>
    <message>
        <source>Extra sets</source>
        <translation>Series extra</translation>
    </message>
    <message>
        <source>Extra sets for the affected foot</source>
        <translation>Series extra para el pie afectado</translation>
    </message>
    <message>
        <source>Longer hold</source>
        <translation>Mantener más tiempo</translation>
    </message>
    <message>
        <source>Longer hold for the affected foot</source>
        <translation>Mantener más tiempo con el pie afectado</translation>
    </message>
    <message>
        <source>Total: about {time}</source>
        <translation>Total: unos {time}</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>You have changed this routine. Save the changes?</source>
        <translation>Ha cambiado esta rutina. ¿Guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>the field &apos;{key}&apos; appears twice</source>
        <translation>el campo &apos;{key}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>{name} no es un número que esta aplicación acepte</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {size} KB</source>
        <translation>{file}: el archivo ocupa más de {size} KB</translation>
    </message>
    <message>
        <source>{file}: the file is nested more than {depth} levels deep</source>
        <translation>{file}: el archivo tiene más de {depth} niveles de anidamiento</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>{file}: no es JSON válido (línea {line}, columna {column}: {problem})</translation>
    </message>
    <message>
        <source>{file}: a number is far too long to be read</source>
        <translation>{file}: un número es demasiado largo para leerlo</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; contains a broken character that cannot be saved</source>
        <translation>&apos;{value}&apos; contiene un carácter dañado que no se puede guardar</translation>
    </message>
    <message>
        <source>expected &apos;{format}&apos; (this is not a routine file)</source>
        <translation>se esperaba &apos;{format}&apos; (esto no es un archivo de rutina)</translation>
    </message>
    <message>
        <source>{version} is not supported (this app reads version 1)</source>
        <translation>{version} no es compatible (esta aplicación lee la versión 1)</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>tiene más de 80 caracteres</translation>
    </message>
    <message>
        <source>needs at least one exercise</source>
        <translation>necesita al menos un ejercicio</translation>
    </message>
    <message>
        <source>has more than {most} exercises</source>
        <translation>tiene más de {most} ejercicios</translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is not an exercise this app knows</source>
        <translation>&apos;{exercise}&apos; no es un ejercicio que esta aplicación conozca</translation>
    </message>
    <message>
        <source>{exercise} does not use a band</source>
        <translation>{exercise} no usa banda</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>{name} is a folder, not a routine file.</source>
        <translation>{name} es una carpeta, no un archivo de rutina.</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a routine file.</source>
        <translation>{name} es una tubería con nombre, no un archivo de rutina.</translation>
    </message>
    <message>
        <source>{name} is a device, not a routine file.</source>
        <translation>{name} es un dispositivo, no un archivo de rutina.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a routine file.</source>
        <translation>{name} es un socket, no un archivo de rutina.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file, so it was not opened.</source>
        <translation>{name} no es un archivo normal, así que no se abrió.</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>error del sistema</translation>
    </message>
    <message>
        <source>There is no file called {name}.</source>
        <translation>No hay ningún archivo llamado {name}.</translation>
    </message>
    <message>
        <source>The folder to save {name} in does not exist.</source>
        <translation>La carpeta donde guardar {name} no existe.</translation>
    </message>
    <message>
        <source>You do not have permission to read {name}.</source>
        <translation>No tiene permiso para leer {name}.</translation>
    </message>
    <message>
        <source>You do not have permission to save {name}.</source>
        <translation>No tiene permiso para guardar {name}.</translation>
    </message>
    <message>
        <source>Could not read {name} ({reason}).</source>
        <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}).</source>
        <translation>No se pudo guardar {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to be a routine file (they are at most {size} KB).</source>
        <translation>{name} es demasiado grande para ser un archivo de rutina (como máximo ocupan {size} KB).</translation>
    </message>
    <message>
        <source>{name} is not saved as UTF-8 text (byte {byte} cannot be read; it may be saved in an older encoding such as Windows-1252). Save it as UTF-8 and try again.</source>
        <translation>{name} no está guardado como texto UTF-8 (no se puede leer el byte {byte}; puede que esté guardado en una codificación antigua como Windows-1252). Guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{name} is saved as {encoding}; save it as UTF-8 and try again.</source>
        <translation>{name} está guardado como {encoding}; guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{name} was not saved: the routine&apos;s name or description has a broken character. Rename the routine and save it again.</source>
        <translation>{name} no se guardó: el nombre o la descripción de la rutina tiene un carácter dañado. Cambie el nombre de la rutina y vuelva a guardarla.</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Empezar</translation>
    </message>
    <message>
        <source>Run this routine now (Enter)</source>
        <translation>Hacer esta rutina ahora (Intro)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change its exercises and doses</source>
        <translation>Cambiar sus ejercicios y dosis</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <source>Copy it into your own routines</source>
        <translation>Copiarla a sus propias rutinas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Give it a new name</source>
        <translation>Darle otro nombre</translation>
    </message>
    <message>
        <source>Use as my daily routine</source>
        <translation>Usar como rutina diaria</translation>
    </message>
    <message>
        <source>The big Start button runs it</source>
        <translation>El botón grande de empezar la inicia</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Remove it (you can undo)</source>
        <translation>Quitarla (puede deshacerlo)</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Abrir archivo de rutina…</translation>
    </message>
    <message>
        <source>A routine from your therapist</source>
        <translation>Una rutina de su fisioterapeuta</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>A routine file for your therapist</source>
        <translation>Un archivo de rutina para su fisioterapeuta</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Acerca de esta rutina</translation>
    </message>
    <message>
        <source>{name}  (built in)</source>
        <translation>{name}  (incluida)</translation>
    </message>
    <message>
        <source>{name}  ★ my daily routine</source>
        <translation>{name}  ★ mi rutina diaria</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{description}

About {time}: {exercises}.</source>
        <translation>{description}

Unos {time}: {exercises}.</translation>
    </message>
    <message>
        <source>{description}

About {time}: {exercises}. Built-in routines cannot be changed: make a copy.</source>
        <translation>{description}

Unos {time}: {exercises}. Las rutinas incluidas no se pueden cambiar: haga una copia.</translation>
    </message>
    <message>
        <source>Your changes to the routine</source>
        <translation>Sus cambios en la rutina</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mi copia)</translation>
    </message>
    <message>
        <source>The routine “{name}”</source>
        <translation>La rutina «{name}»</translation>
    </message>
    <message>
        <source>Your daily routine?</source>
        <translation>¿Su rutina diaria?</translation>
    </message>
    <message>
        <source>Use “{name}” as your daily routine? The big Start button at the top will run it. You can choose another one at any time here.</source>
        <translation>¿Usar «{name}» como su rutina diaria? El botón grande de empezar, arriba, la iniciará. Puede elegir otra aquí en cualquier momento.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <source>You already have this routine</source>
        <translation>Ya tiene esta rutina</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>Ya tiene una rutina llamada «{name}».</translation>
    </message>
    <message>
        <source>Replace yours with the one in {file}, or keep both (the new one is called “{new_name}”)?</source>
        <translation>¿Reemplazar la suya por la de {file}, o conservar ambas (la nueva se llamará «{new_name}»)?</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Reemplazar la mía</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>El nombre nuevo</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Su rutina diaria</translation>
    </message>
    <message>
        <source>The new order</source>
        <translation>El nuevo orden</translation>
    </message>
    <message>
        <source>Delete this routine?</source>
        <translation>¿Borrar esta rutina?</translation>
    </message>
    <message>
        <source>Delete “{name}”? Your past sessions stay in your history. You can undo this until you close the app.</source>
        <translation>¿Borrar «{name}»? Sus sesiones anteriores se quedan en su historial. Puede deshacerlo hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Deleting the routine</source>
        <translation>Borrar la rutina</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>«{name}» borrada.</translation>
    </message>
    <message>
        <source>Bringing the routine back</source>
        <translation>Recuperar la rutina</translation>
    </message>
    <message>
        <source>Save the routine as a file</source>
        <translation>Guardar la rutina como archivo</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved “{name}” as {file}</source>
        <translation>«{name}» guardada como {file}</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Abrir un archivo de rutina</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No se ha abierto</translation>
    </message>
    <message>
        <source>Nothing was added.

{problem}</source>
        <translation>No se ha añadido nada.

{problem}</translation>
    </message>
    <message>
        <source>This routine file has a problem</source>
        <translation>Este archivo de rutina tiene un problema</translation>
    </message>
    <message>
        <source>Nothing was added.

{problem}

Ask whoever made the file to check it.</source>
        <translation>No se ha añadido nada.

{problem}

Pida a quien hizo el archivo que lo revise.</translation>
    </message>
    <message>
        <source>Added “{name}” from {file}</source>
        <translation>«{name}» añadida desde {file}</translation>
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
    <message>
        <source>The spoken coach is off: this computer has no voice for your language. You will still hear the tones.</source>
        <translation>La voz guía está apagada: este ordenador no tiene una voz en su idioma. Seguirá oyendo los tonos.</translation>
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
<context>
    <name>TherapistReport</name>
    <message>
        <source>the left foot</source>
        <translation>el pie izquierdo</translation>
    </message>
    <message>
        <source>the right foot</source>
        <translation>el pie derecho</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>ambos pies</translation>
    </message>
    <message>
        <source>not sure which foot</source>
        <translation>no sabe qué pie</translation>
    </message>
    <message>
        <source>Exercise report for {name}</source>
        <translation>Informe de ejercicios de {name}</translation>
    </message>
    <message>
        <source>Exercise report</source>
        <translation>Informe de ejercicios</translation>
    </message>
    <message>
        <source>{title}, {first} to {last}</source>
        <translation>{title}, del {first} al {last}</translation>
    </message>
    <message>
        <source>How hard it felt: sessions per week</source>
        <translation>Cuánto costó: sesiones por semana</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Sessions per week by how hard they felt</source>
        <translation>Sesiones por semana según cuánto costaron</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>No hay sesiones en este periodo</translation>
    </message>
    <message>
        <source>No exercise sessions were saved in these dates. That is all right: sessions you do from now on will show here. Bring this sheet to your therapist anyway; it shows your routine and your visits.</source>
        <translation>No se guardaron sesiones de ejercicio en estas fechas. No pasa nada: las sesiones que haga a partir de ahora aparecerán aquí. Lleve esta hoja a su fisioterapeuta de todos modos; muestra su rutina y sus visitas.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Made on {day} by Foot Drop Exercises.</source>
        <translation>Hecho el {day} con Foot Drop Exercises.</translation>
    </message>
    <message>
        <source>Foot drop affects: &lt;b&gt;{foot}&lt;/b&gt;.</source>
        <translation>El pie caído afecta a: &lt;b&gt;{foot}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Routine in use: {routine}</source>
        <translation>Rutina en uso: {routine}</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source> ({percent}%)</source>
        <translation> ({percent} %)</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Days with a session: &lt;b&gt;{done} of {planned}&lt;/b&gt;{percent}</source>
        <translation>Días con sesión: &lt;b&gt;{done} de {planned}&lt;/b&gt;{percent}</translation>
    </message>
    <message>
        <source>Sessions done in full: &lt;b&gt;{full}&lt;/b&gt;; done in part: &lt;b&gt;{partly}&lt;/b&gt; (of {sessions}).</source>
        <translation>Sesiones completas: &lt;b&gt;{full}&lt;/b&gt;; hechas en parte: &lt;b&gt;{partly}&lt;/b&gt; (de {sessions}).</translation>
    </message>
    <message>
        <source>Each exercise, done of planned</source>
        <translation>Cada ejercicio, hecho frente a previsto</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
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
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Sessions to look at</source>
        <translation>Sesiones que revisar</translation>
    </message>
    <message>
        <source>None: no pain of 7 or more, no pain rising during a session, and no session ended early.</source>
        <translation>Ninguna: sin dolor de 7 o más, sin dolor que suba durante una sesión y sin sesiones terminadas antes.</translation>
    </message>
    <message>
        <source>Pain of 7 or more, pain rising during a session, or a session ended early.</source>
        <translation>Dolor de 7 o más, dolor que sube durante una sesión o una sesión terminada antes.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Visitas de fisioterapia</translation>
    </message>
    <message>
        <source>No visits noted in this period.</source>
        <translation>No hay visitas anotadas en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Preguntas para la próxima vez</translation>
    </message>
    <message>
        <source>Steps up in the dose</source>
        <translation>Aumentos de la dosis</translation>
    </message>
    <message>
        <source>No change of dose in this period.</source>
        <translation>No hubo cambios de dosis en este periodo.</translation>
    </message>
    <message>
        <source>{day}: {exercise}, {change}</source>
        <translation>{day}: {exercise}, {change}</translation>
    </message>
    <message>
        <source>a step up in {what} was offered and declined (“Not now”)</source>
        <translation>se ofreció subir {what} y se rechazó («Ahora no»)</translation>
    </message>
    <message>
        <source>band from {before} to {after}</source>
        <translation>banda de {before} a {after}</translation>
    </message>
    <message>
        <source>{what} from {before} to {after}</source>
        <translation>{what} de {before} a {after}</translation>
    </message>
</context>
<context>
    <name>UnexpectedProblems</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>The app met a problem it did not expect, so what you just did may not have happened. Everything already saved in your history is kept.

You can carry on. If this happens again, close the app and open it again.</source>
        <translation>La aplicación ha tenido un problema inesperado, así que es posible que lo que acaba de hacer no se haya realizado. Todo lo que ya estaba guardado en su historial se conserva.

Puede continuar. Si vuelve a ocurrir, cierre la aplicación y ábrala de nuevo.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a number about {digits} digits long</source>
        <translation>un número de unas {digits} cifras</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>se esperaba un objeto, se encontró {found}</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>se esperaba texto, se encontró {found}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be lower-case words joined by &apos;-&apos;</source>
        <translation>&apos;{value}&apos; debe ser palabras en minúscula unidas por &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {options}</source>
        <translation>&apos;{value}&apos; no es ninguno de {options}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>se esperaba un número entero, se encontró {found}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} está por debajo del mínimo {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} está por encima del máximo {maximum}</translation>
    </message>
    <message>
        <source>expected [minimum, maximum] as two whole numbers, found {found}</source>
        <translation>se esperaba [mínimo, máximo] como dos números enteros, se encontró {found}</translation>
    </message>
    <message>
        <source>expected a list of text, found {found}</source>
        <translation>se esperaba una lista de textos, se encontró {found}</translation>
    </message>
    <message>
        <source>needs at least {count} item(s)</source>
        <translation>necesita al menos {count} elemento(s)</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>se esperaba una lista, se encontró {found}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nada (null)</translation>
    </message>
    <message>
        <source>true/false ({value})</source>
        <translation>verdadero/falso ({value})</translation>
    </message>
    <message>
        <source>a number ({value})</source>
        <translation>un número ({value})</translation>
    </message>
    <message>
        <source>text (&apos;{value}&apos;)</source>
        <translation>texto (&apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>For example: walking practice, new band</source>
        <translation>Por ejemplo: práctica de marcha, banda nueva</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Questions to ask your therapist next time</source>
        <translation>Preguntas para su fisioterapeuta la próxima vez</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Preguntas para la próxima vez</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Preguntas para la próxima vez</translation>
    </message>
    <message>
        <source>Therapy visits</source>
        <translation>Visitas de fisioterapia</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Correct the chosen visit</source>
        <translation>Corregir la visita elegida</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Remove the chosen visit (it asks first)</source>
        <translation>Quitar la visita elegida (pregunta antes)</translation>
    </message>
    <message>
        <source>Add this visit</source>
        <translation>Añadir esta visita</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation>Su visita</translation>
    </message>
    <message>
        <source>Change this visit</source>
        <translation>Cambiar esta visita</translation>
    </message>
    <message>
        <source>Your change to the visit</source>
        <translation>Su cambio en la visita</translation>
    </message>
    <message>
        <source>Delete the visit of {day} (“{note}”)? This cannot be undone.</source>
        <translation>¿Borrar la visita del {day} («{note}»)? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the visit of {day}? This cannot be undone.</source>
        <translation>¿Borrar la visita del {day}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete this visit?</source>
        <translation>¿Borrar esta visita?</translation>
    </message>
    <message>
        <source>Deleting the visit</source>
        <translation>Borrar la visita</translation>
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
