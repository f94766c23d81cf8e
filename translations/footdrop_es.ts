<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>{title}, {day} at {time}</source>
        <translation>{title}, {day} a las {time}</translation>
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
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation>
            <numerusform>Del {first} al {last} (%n día)</numerusform>
            <numerusform>Del {first} al {last} (%n días)</numerusform>
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
</TS>
