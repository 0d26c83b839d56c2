<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hcloud::AddTokenDialog</name>
    <message>
        <source>Add API token to “%1”</source>
        <translation>API-Token zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>64 characters, from Security › API tokens in the Hetzner Console</source>
        <translation>64 Zeichen, aus Sicherheit › API-Tokens in der Hetzner Console</translation>
    </message>
    <message>
        <source>Optional, e.g. “laptop, read only”</source>
        <translation>Optional, z. B. „Laptop, nur lesen“</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Save without verifying</source>
        <translation>Ohne Prüfung speichern</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>The token&apos;s secret is kept only in your system keychain. Afterwards only its first 32 characters are shown.</source>
        <translation>Der geheime Teil des Tokens wird nur im Schlüsselbund Ihres Systems aufbewahrt. Danach werden nur seine ersten 32 Zeichen angezeigt.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>The API could not be reached to verify the token (%1). You can save it unverified and it will be checked on first use.</source>
        <translation>Die API war zur Prüfung des Tokens nicht erreichbar (%1). Sie können es ungeprüft speichern; es wird bei der ersten Verwendung geprüft.</translation>
    </message>
    <message>
        <source>The token was rejected by the API. Check that you copied all of it, and that it was not deleted in the Hetzner Console.</source>
        <translation>Das Token wurde von der API abgelehnt. Prüfen Sie, ob Sie es vollständig kopiert haben und ob es in der Hetzner Console nicht gelöscht wurde.</translation>
    </message>
</context>
<context>
    <name>hcloud::ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This project has used up its API request budget for now.</source>
        <translation>Dieses Projekt hat sein Budget an API-Anfragen vorerst aufgebraucht.</translation>
    </message>
    <message>
        <source>It refills over the hour; try again shortly.</source>
        <translation>Es füllt sich im Laufe der Stunde wieder auf; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Try again after %1.</source>
        <translation>Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>The API token was rejected. It may have been deleted in the Hetzner Console; add a new one.</source>
        <translation>Das API-Token wurde abgelehnt. Vielleicht wurde es in der Hetzner Console gelöscht; fügen Sie ein neues hinzu.</translation>
    </message>
    <message>
        <source>This API token is not allowed to do this.</source>
        <translation>Dieses API-Token darf das nicht.</translation>
    </message>
    <message>
        <source>This token is read-only. Add a Read &amp; Write token to change resources.</source>
        <translation>Dieses Token darf nur lesen. Fügen Sie ein Token mit Lesen &amp; Schreiben hinzu, um Ressourcen zu ändern.</translation>
    </message>
    <message>
        <source>The resource was not found. It may have been deleted; refresh the list.</source>
        <translation>Die Ressource wurde nicht gefunden. Vielleicht wurde sie gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The resource is busy with another action. Wait for it to finish and try again.</source>
        <translation>Die Ressource ist mit einer anderen Aktion beschäftigt. Warten Sie, bis sie fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The resource is protected. Remove its protection first.</source>
        <translation>Die Ressource ist geschützt. Heben Sie zuerst den Schutz auf.</translation>
    </message>
    <message>
        <source>The request was malformed. This is a bug in this program.</source>
        <translation>Die Anfrage war fehlerhaft. Das ist ein Fehler in diesem Programm.</translation>
    </message>
    <message>
        <source>The name or value is already in use. Choose another one.</source>
        <translation>Der Name oder Wert wird bereits verwendet. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The server must be powered off first.</source>
        <translation>Der Server muss zuerst ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>The resource was changed at the same time by something else. Refresh and try again.</source>
        <translation>Die Ressource wurde gleichzeitig von anderer Stelle geändert. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project has reached a resource limit. Ask Hetzner to raise it or remove unused resources.</source>
        <translation>Das Projekt hat ein Ressourcenlimit erreicht. Bitten Sie Hetzner, es anzuheben, oder entfernen Sie ungenutzte Ressourcen.</translation>
    </message>
    <message>
        <source>The requested resource is currently unavailable. Try another location or type.</source>
        <translation>Die angeforderte Ressource ist derzeit nicht verfügbar. Versuchen Sie einen anderen Standort oder Typ.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API had an internal problem. Try again later.</source>
        <translation>Die Hetzner-Cloud-API hatte ein internes Problem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API is under maintenance. Try again later.</source>
        <translation>Die Hetzner-Cloud-API wird gerade gewartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API took too long to answer. Try again.</source>
        <translation>Die Hetzner-Cloud-API hat zu lange für die Antwort gebraucht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API is temporarily unavailable. Try again later.</source>
        <translation>Die Hetzner-Cloud-API ist vorübergehend nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The API does not support this request.</source>
        <translation>Die API unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API could not be reached. Check the network connection and try again.</source>
        <translation>Die Hetzner-Cloud-API war nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API sent an answer this program could not read. Try again later.</source>
        <translation>Die API hat eine Antwort geschickt, die dieses Programm nicht lesen konnte. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Some values were not accepted. Correct them and try again.</source>
        <translation>Einige Werte wurden nicht akzeptiert. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API refused the request (HTTP %1, %2).</source>
        <translation>Die API hat die Anfrage abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>hcloud::CliConfig</name>
    <message>
        <source>Importing copies the tokens into your keychain. It does not change %1: that file still holds the tokens in plain text, readable by anyone who can read your files. Remove them there (hcloud context delete) once you no longer need the command-line tool.</source>
        <translation>Beim Import werden die Tokens in Ihren Schlüsselbund kopiert. %1 wird nicht verändert: Diese Datei enthält die Tokens weiterhin im Klartext, lesbar für alle, die Ihre Dateien lesen können. Entfernen Sie sie dort (hcloud context delete), sobald Sie das Kommandozeilenwerkzeug nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>There is no hcloud CLI configuration at %1.</source>
        <translation>Unter %1 gibt es keine Konfiguration der hcloud-CLI.</translation>
    </message>
    <message>
        <source>The hcloud CLI configuration could not be read: %1</source>
        <translation>Die Konfiguration der hcloud-CLI konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The hcloud CLI configuration is not valid TOML (line %1): %2</source>
        <translation>Die Konfiguration der hcloud-CLI ist kein gültiges TOML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The hcloud CLI configuration has no list of contexts.</source>
        <translation>Die Konfiguration der hcloud-CLI enthält keine Liste von Kontexten.</translation>
    </message>
</context>
<context>
    <name>hcloud::CliConfigImport</name>
    <message>
        <source>There is no context “%1” in the hcloud CLI configuration.</source>
        <translation>Die Konfiguration der hcloud-CLI enthält keinen Kontext „%1“.</translation>
    </message>
    <message>
        <source>Its token is already stored in %1.</source>
        <translation>Sein Token ist bereits in %1 gespeichert.</translation>
    </message>
    <message>
        <source>From hcloud CLI</source>
        <translation>Aus der hcloud-CLI</translation>
    </message>
    <message>
        <source>The project could not be created.</source>
        <translation>Das Projekt konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>hcloud::DemoSession</name>
    <message>
        <source>Acme Shop (production)</source>
        <translation>Acme Shop (Produktion)</translation>
    </message>
    <message>
        <source>Acme Shop (staging)</source>
        <translation>Acme Shop (Staging)</translation>
    </message>
    <message>
        <source>Side project</source>
        <translation>Nebenprojekt</translation>
    </message>
    <message>
        <source>The simulated cloud could not listen on a loopback port.</source>
        <translation>Die simulierte Cloud konnte auf keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <source>Demo token</source>
        <translation>Demo-Token</translation>
    </message>
</context>
<context>
    <name>hcloud::EnvironmentProject</name>
    <message>
        <source>HCLOUD_TOKEN is set but is not an API token: %1</source>
        <translation>HCLOUD_TOKEN ist gesetzt, enthält aber kein API-Token: %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>HCLOUD_ENDPOINT is not a usable http(s) address; the token from HCLOUD_TOKEN was not used.</source>
        <translation>HCLOUD_ENDPOINT ist keine verwendbare http(s)-Adresse; das Token aus HCLOUD_TOKEN wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>hcloud::KeychainTokenVault</name>
    <message>
        <source>Details: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
</context>
<context>
    <name>hcloud::MainWindow</name>
    <message>
        <source>Hetzner Cloud</source>
        <translation>Hetzner Cloud</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 von %n Server</numerusform>
            <numerusform>%1 von %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>Add API &amp;Token…</source>
        <translation>API-&amp;Token hinzufügen …</translation>
    </message>
    <message>
        <source>Add a project with Project › New Project… and an API token from the Hetzner Console.</source>
        <translation>Fügen Sie mit Projekt › Neues Projekt … ein Projekt und ein API-Token aus der Hetzner Console hinzu.</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>As in the Hetzner Console, e.g. “Shop production”</source>
        <translation>Wie in der Hetzner Console, z. B. „Shop Produktion“</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>Change only for a proxy or the simulator.</source>
        <translation>Nur für einen Proxy oder den Simulator ändern.</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>The endpoint must be an http(s) address such as %1.</source>
        <translation>Der Endpunkt muss eine http(s)-Adresse sein, etwa %1.</translation>
    </message>
    <message>
        <source>Plain http sends the token unencrypted; use it only on this machine.</source>
        <translation>Einfaches http sendet das Token unverschlüsselt; verwenden Sie es nur auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectFile</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a project list.</source>
        <translation>Die Datei enthält keine Projektliste.</translation>
    </message>
    <message>
        <source>Project %1 in the file is incomplete and was left out.</source>
        <translation>Projekt %1 in der Datei ist unvollständig und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Token %1 of project “%2” is incomplete and was left out.</source>
        <translation>Token %1 des Projekts „%2“ ist unvollständig und wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectListModel</name>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectSession</name>
    <message>
        <source>This project has no API token. Add one to see its resources.</source>
        <translation>Dieses Projekt hat kein API-Token. Fügen Sie eines hinzu, um seine Ressourcen zu sehen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectStore</name>
    <message>
        <source>The project list could not be read (%1).</source>
        <translation>Die Projektliste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The project list was written by a newer version of this program. Changes will not be saved, so that it stays intact.</source>
        <translation>Die Projektliste wurde von einer neueren Version dieses Programms geschrieben. Änderungen werden nicht gespeichert, damit sie unversehrt bleibt.</translation>
    </message>
    <message>
        <source>%1 The file was kept as %2. Projects that could be read are shown.</source>
        <translation>%1 Die Datei wurde als %2 aufbewahrt. Angezeigt werden die Projekte, die gelesen werden konnten.</translation>
    </message>
    <message>
        <source>%1 The file could not be moved aside, so changes will not be saved until it is repaired or removed: %2</source>
        <translation>%1 Die Datei konnte nicht beiseitegelegt werden; Änderungen werden daher erst gespeichert, wenn sie repariert oder entfernt ist: %2</translation>
    </message>
    <message>
        <source>The project list is not saved: %1</source>
        <translation>Die Projektliste wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The project list was not saved because it seemed to contain an API token.</source>
        <translation>Die Projektliste wurde nicht gespeichert, weil sie ein API-Token zu enthalten schien.</translation>
    </message>
    <message>
        <source>The project list could not be saved to %1: %2</source>
        <translation>Die Projektliste konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>project “%1”</source>
        <translation>Projekt „%1“</translation>
    </message>
</context>
<context>
    <name>hcloud::RateLimitLabel</name>
    <message>
        <source>API budget: not known yet</source>
        <translation>API-Budget: noch unbekannt</translation>
    </message>
    <message>
        <source>API budget: %1 / %2</source>
        <translation>API-Budget: %1 / %2</translation>
    </message>
    <message>
        <source>Requests left in this project&apos;s hourly budget. It refills by one a second; full again at %1.</source>
        <translation>Verbleibende Anfragen im Stundenbudget dieses Projekts. Es füllt sich um eine pro Sekunde auf; wieder voll um %1.</translation>
    </message>
</context>
<context>
    <name>hcloud::ResourceTable</name>
    <message>
        <source>Filter by name, status, type, location, IP or label</source>
        <translation>Nach Name, Status, Typ, Standort, IP oder Label filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerKind</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GB RAM, %3 GB disk, %4</source>
        <translation>%1 vCPU, %2 GB RAM, %3 GB Festplatte, %4</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>Öffentliche IPv4</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerStatus</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>Wird neu aufgesetzt</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Wird migriert</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>hcloud::TokenCheck</name>
    <message>
        <source>Paste the API token from the Hetzner Cloud Console (Security → API tokens).</source>
        <translation>Fügen Sie das API-Token aus der Hetzner Cloud Console ein (Sicherheit → API-Tokens).</translation>
    </message>
    <message>
        <source>Character %1 is not a letter or digit. API tokens consist only of the letters A–Z, a–z and the digits 0–9.</source>
        <translation>Zeichen %1 ist weder Buchstabe noch Ziffer. API-Tokens bestehen nur aus den Buchstaben A–Z, a–z und den Ziffern 0–9.</translation>
    </message>
    <message numerus="yes">
        <source>An API token has 64 characters; this has %n.</source>
        <translation>
            <numerusform>Ein API-Token hat 64 Zeichen; dieses hat %n Zeichen.</numerusform>
            <numerusform>Ein API-Token hat 64 Zeichen; dieses hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is already stored.</source>
        <translation>Dieses Token ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>This token is already stored in %1.</source>
        <translation>Dieses Token ist bereits in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hcloud::TokenListModel</name>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Rejected by the API</source>
        <translation>Von der API abgelehnt</translation>
    </message>
    <message>
        <source>Missing from keychain</source>
        <translation>Fehlt im Schlüsselbund</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read &amp; Write</source>
        <translation>Lesen &amp; Schreiben</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The first half of the token, which identifies it. The secret half is never shown.</source>
        <translation>Die erste Hälfte des Tokens, an der es zu erkennen ist. Die geheime Hälfte wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hcloud::TokenVault</name>
    <message>
        <source>The token is missing from the keychain. Enter it again to keep using this project.</source>
        <translation>Das Token fehlt im Schlüsselbund. Geben Sie es erneut ein, um dieses Projekt weiter zu nutzen.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service on the D-Bus session). Start your desktop&apos;s keyring, or use the token for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (kein Secret Service auf dem D-Bus-Session-Bus). Starten Sie den Schlüsselbund Ihres Desktops oder nutzen Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain is locked or access was denied. Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for Hetzner Cloud.</source>
        <translation>Eine Desktop-Konsole für Hetzner Cloud.</translation>
    </message>
    <message>
        <source>Run against a simulated Hetzner Cloud; no account, network, config or keychain.</source>
        <translation>Mit einer simulierten Hetzner Cloud starten; ohne Konto, Netzwerk, Konfiguration oder Schlüsselbund.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Hetzner Cloud — Demo</source>
        <translation>Hetzner Cloud — Demo</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
</TS>
