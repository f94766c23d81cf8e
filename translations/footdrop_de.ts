<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
