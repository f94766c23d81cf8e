<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>
