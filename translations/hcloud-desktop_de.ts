<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hcloud::ActionFormDialog</name>
    <message>
        <source>key=value, one a line</source>
        <translation>schlüssel=wert, eins pro Zeile</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein:</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Type “%1” to confirm.</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The password set by “%1”.</source>
        <translation>Das von „%1“ gesetzte Passwort.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>hcloud::ActionMenus</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
</context>
<context>
    <name>hcloud::ActionNotice</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>hcloud::ActionText</name>
    <message>
        <source>Create server</source>
        <translation>Server anlegen</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>Server löschen</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufsetzen</translation>
    </message>
    <message>
        <source>Rescale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>Enable rescue</source>
        <translation>Rescue aktivieren</translation>
    </message>
    <message>
        <source>Disable rescue</source>
        <translation>Rescue deaktivieren</translation>
    </message>
    <message>
        <source>Reset root password</source>
        <translation>Root-Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Create image</source>
        <translation>Image erstellen</translation>
    </message>
    <message>
        <source>Enable backups</source>
        <translation>Backups aktivieren</translation>
    </message>
    <message>
        <source>Disable backups</source>
        <translation>Backups deaktivieren</translation>
    </message>
    <message>
        <source>Attach ISO</source>
        <translation>ISO einlegen</translation>
    </message>
    <message>
        <source>Detach ISO</source>
        <translation>ISO auswerfen</translation>
    </message>
    <message>
        <source>Change reverse DNS</source>
        <translation>Reverse DNS ändern</translation>
    </message>
    <message>
        <source>Change protection</source>
        <translation>Schutz ändern</translation>
    </message>
    <message>
        <source>Request console</source>
        <translation>Konsole anfordern</translation>
    </message>
    <message>
        <source>Attach volume</source>
        <translation>Volume anhängen</translation>
    </message>
    <message>
        <source>Detach volume</source>
        <translation>Volume abhängen</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>Volume vergrößern</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>Volume anlegen</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>Volume löschen</translation>
    </message>
    <message>
        <source>Assign floating IP</source>
        <translation>Floating IP zuweisen</translation>
    </message>
    <message>
        <source>Unassign floating IP</source>
        <translation>Floating IP lösen</translation>
    </message>
    <message>
        <source>Assign primary IP</source>
        <translation>Primäre IP zuweisen</translation>
    </message>
    <message>
        <source>Unassign primary IP</source>
        <translation>Primäre IP lösen</translation>
    </message>
    <message>
        <source>Add subnet</source>
        <translation>Subnetz hinzufügen</translation>
    </message>
    <message>
        <source>Delete subnet</source>
        <translation>Subnetz löschen</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Route löschen</translation>
    </message>
    <message>
        <source>Change IP range</source>
        <translation>IP-Bereich ändern</translation>
    </message>
    <message>
        <source>Set firewall rules</source>
        <translation>Firewall-Regeln setzen</translation>
    </message>
    <message>
        <source>Apply firewall</source>
        <translation>Firewall anwenden</translation>
    </message>
    <message>
        <source>Remove firewall</source>
        <translation>Firewall entfernen</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Change algorithm</source>
        <translation>Algorithmus ändern</translation>
    </message>
    <message>
        <source>Change load balancer type</source>
        <translation>Load-Balancer-Typ ändern</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
</context>
<context>
    <name>hcloud::ActivityModel</name>
    <message>
        <source>Running, %1 %</source>
        <translation>Läuft, %1 %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>hcloud::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Send the change once more. It got no answer, and the project shows it was not done.</source>
        <translation>Die Änderung noch einmal senden. Sie blieb ohne Antwort, und das Projekt zeigt, dass sie nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>“%1” got no answer, and the project shows it was not done.</source>
        <translation>„%1“ blieb ohne Antwort, und das Projekt zeigt, dass es nicht ausgeführt wurde.</translation>
    </message>
</context>
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
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keep the token in memory until the app quits. Nothing is written to disk.</source>
        <translation>Das Token bis zum Beenden im Arbeitsspeicher halten. Nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Re-enter API token “%1”</source>
        <translation>API-Token „%1“ erneut eingeben</translation>
    </message>
    <message>
        <source>The token starting with %1</source>
        <translation>Das Token, das mit %1 beginnt</translation>
    </message>
    <message>
        <source>This token starts with %1, but the missing one starts with %2.</source>
        <translation>Dieses Token beginnt mit %1, das fehlende aber mit %2.</translation>
    </message>
    <message>
        <source>%1 You can use the token for this session only: it is then kept in memory and forgotten when the app quits.</source>
        <translation>%1 Sie können das Token nur für diese Sitzung verwenden: Es bleibt dann im Arbeitsspeicher und wird beim Beenden vergessen.</translation>
    </message>
</context>
<context>
    <name>hcloud::AllProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
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
    <message>
        <source>The API token could not be read from the keychain.</source>
        <translation>Das API-Token konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
</context>
<context>
    <name>hcloud::AttentionModel</name>
    <message>
        <source>%1 %2 a month</source>
        <translation>%1 %2 im Monat</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>hcloud::AttentionRules</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) unhealthy: traffic goes to the others only</source>
        <translation>
            <numerusform>%n Ziel ungesund: Verkehr geht nur an die anderen</numerusform>
            <numerusform>%n Ziele ungesund: Verkehr geht nur an die anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing or renewing the certificate failed</source>
        <translation>Ausstellen oder Erneuern des Zertifikats ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Issuing or renewing the certificate failed: %1</source>
        <translation>Ausstellen oder Erneuern des Zertifikats ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Server type %1 is deprecated (%2): rescale to a current type</source>
        <translation>Servertyp %1 ist abgekündigt (%2): auf einen aktuellen Typ skalieren</translation>
    </message>
    <message>
        <source>Runs image %1, which is deprecated: plan a rebuild or an upgrade</source>
        <translation>Läuft mit Image %1, das abgekündigt ist: Neuaufsetzen oder Upgrade planen</translation>
    </message>
    <message>
        <source>Its label “%1” asks for backups, but backups are off</source>
        <translation>Sein Label „%1“ verlangt Backups, aber Backups sind aus</translation>
    </message>
    <message>
        <source>Not attached to any server, and billed all the same</source>
        <translation>An keinen Server angehängt und trotzdem berechnet</translation>
    </message>
    <message>
        <source>Not assigned to any server, and billed all the same</source>
        <translation>Keinem Server zugewiesen und trotzdem berechnet</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot taken %n day(s) ago</source>
        <translation>
            <numerusform>Snapshot vor %n Tag angelegt</numerusform>
            <numerusform>Snapshot vor %n Tagen angelegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::AttentionView</name>
    <message>
        <source>Nothing needs attention in what is loaded. The list covers failed actions of the last 24 hours, unhealthy load balancer targets, failed or expiring certificates, deprecated server types and images, idle volumes and IPs, snapshots older than 90 days, and servers whose label asks for backups that are off.</source>
        <translation>In den geladenen Listen braucht nichts Aufmerksamkeit. Die Liste umfasst fehlgeschlagene Aktionen der letzten 24 Stunden, ungesunde Load-Balancer-Ziele, fehlgeschlagene oder ablaufende Zertifikate, abgekündigte Servertypen und Images, ungenutzte Volumes und IPs, Snapshots älter als 90 Tage und Server, deren Label Backups verlangt, die aus sind.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Return or double-click opens the object.</source>
        <translation>Eingabe oder Doppelklick öffnet das Objekt.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention in all projects: %n item(s)</source>
        <translation>
            <numerusform>Braucht Aufmerksamkeit in allen Projekten: %n Eintrag</numerusform>
            <numerusform>Braucht Aufmerksamkeit in allen Projekten: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention in “%1”: %n item(s)</source>
        <translation>
            <numerusform>Braucht Aufmerksamkeit in „%1“: %n Eintrag</numerusform>
            <numerusform>Braucht Aufmerksamkeit in „%1“: %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::BackgroundRefresh</name>
    <message>
        <source>&amp;Background Refresh</source>
        <translation>&amp;Hintergrund-Aktualisierung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Within 5 % of the API Budget</source>
        <translation>Höchstens 5 % des API-Budgets</translation>
    </message>
    <message>
        <source>Within 10 % of the API Budget</source>
        <translation>Höchstens 10 % des API-Budgets</translation>
    </message>
</context>
<context>
    <name>hcloud::CertificateKind</name>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Load Balancer %1</source>
        <translation>Load Balancer %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Nicht in Gebrauch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>hcloud::ChartWidget</name>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>KB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 IOPS</source>
        <translation>%1 IOPS</translation>
    </message>
    <message>
        <source>%1 packets/s</source>
        <translation>%1 Pakete/s</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>series: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
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
    <name>hcloud::CliImportDialog</name>
    <message>
        <source>Import from the hcloud CLI</source>
        <translation>Aus der hcloud-CLI importieren</translation>
    </message>
    <message>
        <source>hcloud CLI contexts</source>
        <translation>Kontexte der hcloud-CLI</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the contexts to add as projects:</source>
        <translation>Wählen Sie die Kontexte, die als Projekte hinzukommen sollen:</translation>
    </message>
    <message>
        <source>%1 — imported</source>
        <translation>%1 – importiert</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) imported.</source>
        <translation>
            <numerusform>%n Projekt importiert.</numerusform>
            <numerusform>%n Projekte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was read from %1.</source>
        <translation>Aus %1 wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>%1 — token %2…</source>
        <translation>%1 – Token %2…</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Its token is already stored in %1.</source>
        <translation>Sein Token ist bereits in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hcloud::ConsoleSession</name>
    <message>
        <source>Open the console of “%1”</source>
        <translation>Konsole von „%1“ öffnen</translation>
    </message>
    <message>
        <source>This project&apos;s token may only read. Opening a console creates a one-time password, which needs a Read &amp; Write token: add one to the project.</source>
        <translation>Das Token dieses Projekts darf nur lesen. Beim Öffnen einer Konsole wird ein Einmalpasswort erzeugt, wofür ein Token mit Lesen &amp; Schreiben nötig ist: Fügen Sie dem Projekt eines hinzu.</translation>
    </message>
    <message>
        <source>The server is not running (or is still starting), so it has no console yet. Connect again once it runs; power it on if it is off.</source>
        <translation>Der Server läuft nicht (oder startet noch) und hat daher noch keine Konsole. Verbinden Sie sich erneut, sobald er läuft; schalten Sie ihn ein, falls er aus ist.</translation>
    </message>
    <message>
        <source>The console could not be requested. %1</source>
        <translation>Die Konsole konnte nicht angefordert werden. %1</translation>
    </message>
    <message>
        <source>The API answered a console address this program cannot open.</source>
        <translation>Die API hat eine Konsolenadresse geliefert, die dieses Programm nicht öffnen kann.</translation>
    </message>
    <message>
        <source>The console refused its address: it is valid for one minute and only once, and it had expired again. Connect again for a new one.</source>
        <translation>Die Konsole hat ihre Adresse abgelehnt: Sie gilt nur eine Minute lang und nur einmal und war schon abgelaufen. Verbinden Sie sich erneut, um eine neue zu erhalten.</translation>
    </message>
    <message>
        <source>The console did not accept its one-time password. Nothing was retried; connect again for a new address and password.</source>
        <translation>Die Konsole hat ihr Einmalpasswort nicht angenommen. Es wurde nichts wiederholt; verbinden Sie sich erneut, um eine neue Adresse und ein neues Passwort zu erhalten.</translation>
    </message>
    <message>
        <source>The console could not be reached.</source>
        <translation>Die Konsole war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The console could not be reached: %1</source>
        <translation>Die Konsole war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server is rebooting, so its console closed. Reconnect once it has started again.</source>
        <translation>Der Server startet neu, daher wurde seine Konsole geschlossen. Verbinden Sie sich erneut, sobald er wieder gestartet ist.</translation>
    </message>
    <message>
        <source>The server stopped running, so its console closed. Reconnect once it runs again.</source>
        <translation>Der Server läuft nicht mehr, daher wurde seine Konsole geschlossen. Verbinden Sie sich erneut, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>The console connection closed. Reconnect to open it again.</source>
        <translation>Die Verbindung zur Konsole wurde geschlossen. Verbinden Sie sich erneut, um sie wieder zu öffnen.</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>Die Konsole ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>hcloud::ConsoleView</name>
    <message>
        <source>Server console</source>
        <translation>Serverkonsole</translation>
    </message>
</context>
<context>
    <name>hcloud::ConsoleWindow</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>&amp;Paste as Keystrokes</source>
        <translation>Als Tastenanschläge &amp;einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <source>Ctrl+Alt+&amp;F1–F12</source>
        <translation>Strg+Alt+&amp;F1–F12</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Strg+Alt+Rücktaste</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Alt+F4</source>
        <translation>Alt+F4</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Strg+Esc</translation>
    </message>
    <message>
        <source>Super (Windows key)</source>
        <translation>Super (Windows-Taste)</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Alt+SysRq</source>
        <translation>Alt+S-Abf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Scale to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Asking the API for console access…</source>
        <translation>Konsolenzugang wird bei der API angefragt…</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>Verbindung zur Konsole wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The keyboard goes to the server while the pointer is over the screen.</source>
        <translation>Verbunden. Tastatureingaben gehen an den Server, solange der Mauszeiger über dem Bildschirm steht.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — Console (%2)</source>
        <translation>%1 — Konsole (%2)</translation>
    </message>
    <message>
        <source>%1 — Console (%2, %3)</source>
        <translation>%1 — Konsole (%2, %3)</translation>
    </message>
</context>
<context>
    <name>hcloud::CostLabel</name>
    <message>
        <source>Estimated monthly cost</source>
        <translation>Geschätzte monatliche Kosten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>≈ %1 / month</source>
        <translation>≈ %1 / Monat</translation>
    </message>
    <message>
        <source>Estimated monthly cost, gross, from the API&apos;s prices; traffic beyond what is included is not in it.</source>
        <translation>Geschätzte monatliche Kosten, brutto, nach den Preisen der API; Traffic über das Inklusivvolumen hinaus ist nicht enthalten.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not in the prices: %1</source>
        <translation>Nicht in den Preisen: %1</translation>
    </message>
</context>
<context>
    <name>hcloud::CreateServerDialog</name>
    <message>
        <source>Public IPv&amp;4</source>
        <translation>Öffentliche IPv&amp;4</translation>
    </message>
    <message>
        <source>Public IPv&amp;6</source>
        <translation>Öffentliche IPv&amp;6</translation>
    </message>
    <message>
        <source>&amp;Start the server after creating it</source>
        <translation>Server nach dem Anlegen &amp;starten</translation>
    </message>
    <message>
        <source>New server in “%1”</source>
        <translation>Neuer Server in „%1“</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>A hostname, e.g. web-1</source>
        <translation>Ein Hostname, z. B. web-1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>New SSH public key</source>
        <translation>Neuer öffentlicher SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Or paste a public key (ssh-ed25519 AAAA… you@host); it is added to the project.</source>
        <translation>Oder einen öffentlichen Schlüssel einfügen (ssh-ed25519 AAAA… sie@host); er wird dem Projekt hinzugefügt.</translation>
    </message>
    <message>
        <source>Cloud-init user data</source>
        <translation>Cloud-init-Benutzerdaten</translation>
    </message>
    <message>
        <source>#cloud-config …</source>
        <translation>#cloud-config …</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>Eins pro Zeile: schlüssel=wert</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>SSH &amp;keys:</source>
        <translation>SSH-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Networking:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Cloud-init:</source>
        <translation>&amp;Cloud-init:</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>La&amp;bels:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Not offered in %1.</source>
        <translation>In %1 nicht angeboten.</translation>
    </message>
    <message>
        <source>A server named “%1” exists in this project.</source>
        <translation>In diesem Projekt gibt es schon einen Server namens „%1“.</translation>
    </message>
    <message>
        <source>Loading locations, types, images and keys…</source>
        <translation>Standorte, Typen, Images und Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>Choose a server type offered in this location.</source>
        <translation>Wählen Sie einen Servertyp, der an diesem Standort angeboten wird.</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>Wählen Sie ein Image.</translation>
    </message>
    <message>
        <source>Cloud-init user data is limited to 32 KiB.</source>
        <translation>Cloud-init-Benutzerdaten dürfen höchstens 32 KiB groß sein.</translation>
    </message>
    <message>
        <source>The pasted key does not look like an OpenSSH public key (ssh-ed25519 AAAA…).</source>
        <translation>Der eingefügte Schlüssel sieht nicht wie ein öffentlicher OpenSSH-Schlüssel aus (ssh-ed25519 AAAA…).</translation>
    </message>
    <message>
        <source>Choose public IPv4, IPv6 or both: a server without them needs a private network, which this dialog does not set up.</source>
        <translation>Wählen Sie öffentliche IPv4, IPv6 oder beide: Ein Server ohne sie braucht ein privates Netz, das dieser Dialog nicht einrichtet.</translation>
    </message>
    <message>
        <source>%1 per month at most, billed by the hour.</source>
        <translation>Höchstens %1 pro Monat, stundengenau abgerechnet.</translation>
    </message>
    <message>
        <source>Adding the SSH key…</source>
        <translation>Der SSH-Schlüssel wird hinzugefügt…</translation>
    </message>
    <message>
        <source>The SSH key was not added: %1</source>
        <translation>Der SSH-Schlüssel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>Create server “%1”</source>
        <translation>Server „%1“ anlegen</translation>
    </message>
    <message>
        <source>Server “%1” created</source>
        <translation>Server „%1“ angelegt</translation>
    </message>
    <message>
        <source>No SSH key was given, so the API set a root password.</source>
        <translation>Es wurde kein SSH-Schlüssel angegeben, daher hat die API ein Root-Passwort gesetzt.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the 32 KiB the API accepts.</source>
        <translation>%1 ist größer als die 32 KiB, die die API annimmt.</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Placement group</source>
        <translation>Platzierungsgruppe</translation>
    </message>
    <message>
        <source>&amp;Firewalls:</source>
        <translation>&amp;Firewalls:</translation>
    </message>
    <message>
        <source>&amp;Placement group:</source>
        <translation>&amp;Platzierungsgruppe:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (spread, %n server(s))</source>
        <translation>
            <numerusform>%1 (verteilt, %n Server)</numerusform>
            <numerusform>%1 (verteilt, %n Server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Private networks</source>
        <translation>Private Netzwerke</translation>
    </message>
    <message>
        <source>Private net&amp;works:</source>
        <translation>Private Netz&amp;werke:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Sold out in %1 for now.</source>
        <translation>In %1 derzeit ausverkauft.</translation>
    </message>
    <message>
        <source>No longer offered in %1 since %2.</source>
        <translation>In %1 seit %2 nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>hcloud::DeleteServerDialog</name>
    <message>
        <source>Delete server “%1”</source>
        <translation>Server „%1“ löschen</translation>
    </message>
    <message>
        <source>The server and its disk are deleted for good, and billing stops. Backups are deleted too; snapshots stay. Type the server&apos;s name to confirm:</source>
        <translation>Der Server und seine Festplatte werden endgültig gelöscht, die Abrechnung endet. Backups werden mitgelöscht, Snapshots bleiben. Geben Sie zur Bestätigung den Namen des Servers ein:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>Server löschen</translation>
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
    <message>
        <source>Dashboard (read only)</source>
        <translation>Dashboard (nur lesen)</translation>
    </message>
    <message>
        <source>Old laptop</source>
        <translation>Alter Laptop</translation>
    </message>
</context>
<context>
    <name>hcloud::Deprecation</name>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No longer available since %1</source>
        <translation>Nicht mehr verfügbar seit %1</translation>
    </message>
    <message>
        <source>Deprecated; available until %1</source>
        <translation>Abgekündigt; verfügbar bis %1</translation>
    </message>
    <message>
        <source>Deprecated since %1</source>
        <translation>Abgekündigt seit %1</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
</context>
<context>
    <name>hcloud::DetailsTabs</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Graphs</source>
        <translation>&amp;Graphen</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>F&amp;olders</source>
        <translation>&amp;Ordner</translation>
    </message>
</context>
<context>
    <name>hcloud::EditServerDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>Eins pro Zeile: schlüssel=wert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
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
    <name>hcloud::ExportCommand</name>
    <message>
        <source>Writes one kind of resource of every project, without a window.</source>
        <translation>Gibt eine Ressourcenart aller Projekte aus, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>The kind to export, e.g. servers.</source>
        <translation>Die zu exportierende Ressourcenart, z. B. servers.</translation>
    </message>
    <message>
        <source>Only the project with this name.</source>
        <translation>Nur das Projekt mit diesem Namen.</translation>
    </message>
    <message>
        <source>json (the API&apos;s objects) or csv (the table).</source>
        <translation>json (die Objekte der API) oder csv (die Tabelle).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”. Kinds: %2.</source>
        <translation>Unbekannte Ressourcenart „%1“. Mögliche Arten: %2.</translation>
    </message>
    <message>
        <source>--format takes json or csv.</source>
        <translation>--format erwartet json oder csv.</translation>
    </message>
    <message>
        <source>There is no project named “%1”.</source>
        <translation>Es gibt kein Projekt namens „%1“.</translation>
    </message>
    <message>
        <source>There is no project to export. Add one in the window, or set HCLOUD_TOKEN.</source>
        <translation>Es gibt kein Projekt zum Exportieren. Fügen Sie im Fenster eines hinzu oder setzen Sie HCLOUD_TOKEN.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>hcloud::FirewallKind</name>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 nach %3</translation>
    </message>
    <message>
        <source>None: all inbound traffic is blocked</source>
        <translation>Keine: aller eingehende Verkehr wird blockiert</translation>
    </message>
    <message>
        <source>None: all outbound traffic is allowed</source>
        <translation>Keine: aller ausgehende Verkehr ist erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>Label selector %1 (%n server(s))</source>
        <translation>
            <numerusform>Label-Selektor %1 (%n Server)</numerusform>
            <numerusform>Label-Selektor %1 (%n Server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation>Eingehende Regeln</translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation>Ausgehende Regeln</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Angewendet auf</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>hcloud::FirewallRulesDialog</name>
    <message>
        <source>Rules of “%1”</source>
        <translation>Regeln von „%1“</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port or range</source>
        <translation>Port oder Bereich</translation>
    </message>
    <message>
        <source>Source or destination IPs</source>
        <translation>Quell- oder Ziel-IPs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Set rules</source>
        <translation>Regeln setzen</translation>
    </message>
    <message>
        <source>Rule %1: a port or range is required for %2.</source>
        <translation>Regel %1: Für %2 ist ein Port oder Bereich nötig.</translation>
    </message>
    <message>
        <source>Rule %1: at least one IP or network is required.</source>
        <translation>Regel %1: Mindestens eine IP oder ein Netz ist nötig.</translation>
    </message>
    <message>
        <source>Set the rules of “%1”</source>
        <translation>Die Regeln von „%1“ setzen</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
</context>
<context>
    <name>hcloud::FloatingIpKind</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>Floating IPs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Heimatstandort</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
</context>
<context>
    <name>hcloud::HttpExchange</name>
    <message>
        <source>The connection closed before the API answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die API geantwortet hat.</translation>
    </message>
    <message>
        <source>The connection broke while the answer (HTTP %1) arrived: %2</source>
        <translation>Die Verbindung brach ab, während die Antwort (HTTP %1) eintraf: %2</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds; the request was stopped.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden; die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ImageChoice</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>hcloud::ImageKind</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1 (Server %2)</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>Nicht gebunden</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Festplattengröße</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt aus</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Gebunden an</translation>
    </message>
    <message>
        <source>Rapid deploy</source>
        <translation>Schnellbereitstellung</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Abgekündigt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Abkündigung</translation>
    </message>
</context>
<context>
    <name>hcloud::ImportPreviewDialog</name>
    <message>
        <source>Import a zone file into %1</source>
        <translation>Zonendatei in %1 importieren</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Die Datei kann nicht importiert werden: %n Zeile muss korrigiert werden.</numerusform>
            <numerusform>Die Datei kann nicht importiert werden: %n Zeilen müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1
(was: %2)</source>
        <translation>%1
(vorher: %2)</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed. The import replaces every record of the zone.</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt. Der Import ersetzt alle Einträge der Zone.</translation>
    </message>
    <message>
        <source>The zone&apos;s default TTL becomes %1 s.</source>
        <translation>Die Standard-TTL der Zone wird auf %1 s gesetzt.</translation>
    </message>
</context>
<context>
    <name>hcloud::InventoryExport</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project “%1” has no API token.</source>
        <translation>Das Projekt „%1“ hat kein API-Token.</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <translation>Projekt „%1“: %2</translation>
    </message>
</context>
<context>
    <name>hcloud::IsoKind</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Unavailable after %1</source>
        <translation>Nicht mehr verfügbar nach %1</translation>
    </message>
    <message>
        <source>Not deprecated</source>
        <translation>Nicht abgekündigt</translation>
    </message>
    <message>
        <source>ISOs</source>
        <translation>ISOs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Abkündigung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
    <name>hcloud::KindActionMenu</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>Regeln bearbeiten…</translation>
    </message>
    <message>
        <source>Edit rules</source>
        <translation>Regeln bearbeiten</translation>
    </message>
    <message>
        <source>Select an object first</source>
        <translation>Wählen Sie zuerst ein Objekt</translation>
    </message>
    <message>
        <source>Edit records…</source>
        <translation>Einträge bearbeiten…</translation>
    </message>
    <message>
        <source>Edit records</source>
        <translation>Einträge bearbeiten</translation>
    </message>
</context>
<context>
    <name>hcloud::KindActions</name>
    <message>
        <source>Select an object first</source>
        <translation>Wählen Sie zuerst ein Objekt</translation>
    </message>
    <message>
        <source>Edit name and labels</source>
        <translation>Name und Labels bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Change protection</source>
        <translation>Schutz ändern</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this object? This cannot be undone.</source>
        <translation>Dieses Objekt löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete protection is on</source>
        <translation>Der Löschschutz ist an</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Automount</source>
        <translation>Automatisch einhängen</translation>
    </message>
    <message>
        <source>Already attached to a server</source>
        <translation>Bereits an einen Server angehängt</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Abhängen</translation>
    </message>
    <message>
        <source>Not attached to a server</source>
        <translation>An keinen Server angehängt</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>Volume anlegen</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>Größe (GB)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>IP range</source>
        <translation>IP-Bereich</translation>
    </message>
    <message>
        <source>Network zone</source>
        <translation>Netzwerkzone</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Create network</source>
        <translation>Netzwerk anlegen</translation>
    </message>
    <message>
        <source>Add subnet</source>
        <translation>Subnetz hinzufügen</translation>
    </message>
    <message>
        <source>Delete subnet</source>
        <translation>Subnetz löschen</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Route löschen</translation>
    </message>
    <message>
        <source>Change IP range</source>
        <translation>IP-Bereich ändern</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assignee type</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Reverse DNS name</source>
        <translation>Reverse-DNS-Name</translation>
    </message>
    <message>
        <source>Create floating IP</source>
        <translation>Floating IP anlegen</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Heimatstandort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Create primary IP</source>
        <translation>Primäre IP anlegen</translation>
    </message>
    <message>
        <source>Delete with its server</source>
        <translation>Mit seinem Server löschen</translation>
    </message>
    <message>
        <source>Create load balancer</source>
        <translation>Load Balancer anlegen</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Lauschender Port</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Proxy protocol</source>
        <translation>Proxy-Protokoll</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zielart</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>Label-Selektor</translation>
    </message>
    <message>
        <source>Use private IP</source>
        <translation>Private IP verwenden</translation>
    </message>
    <message>
        <source>Change algorithm</source>
        <translation>Algorithmus ändern</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Add SSH key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Edit description and labels</source>
        <translation>Beschreibung und Labels bearbeiten</translation>
    </message>
    <message>
        <source>Only snapshots and backups can be changed</source>
        <translation>Nur Snapshots und Backups lassen sich ändern</translation>
    </message>
    <message>
        <source>Upload certificate</source>
        <translation>Zertifikat hochladen</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Managed certificate</source>
        <translation>Verwaltetes Zertifikat</translation>
    </message>
    <message>
        <source>Domain names (one a line)</source>
        <translation>Domainnamen (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Create placement group</source>
        <translation>Platzierungsgruppe anlegen</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message>
        <source>Remove from</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <source>Not applied to anything</source>
        <translation>Auf nichts angewendet</translation>
    </message>
    <message>
        <source>Create firewall</source>
        <translation>Firewall anlegen</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rebuild a server from this image</source>
        <translation>Einen Server aus diesem Image neu aufsetzen</translation>
    </message>
    <message>
        <source>Rebuilding replaces everything on the server&apos;s disk with this image. Continue?</source>
        <translation>Beim Neuaufsetzen wird alles auf der Festplatte des Servers durch dieses Image ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>The image is not available yet</source>
        <translation>Das Image ist noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Detach a server</source>
        <translation>Einen Server trennen</translation>
    </message>
    <message>
        <source>No server is attached</source>
        <translation>Kein Server ist verbunden</translation>
    </message>
    <message>
        <source>The network has no subnets</source>
        <translation>Das Netzwerk hat keine Subnetze</translation>
    </message>
    <message>
        <source>The network has no routes</source>
        <translation>Das Netzwerk hat keine Routen</translation>
    </message>
    <message>
        <source>Attach a server</source>
        <translation>Einen Server verbinden</translation>
    </message>
    <message>
        <source>IP (empty: the next free one)</source>
        <translation>IP (leer: die nächste freie)</translation>
    </message>
    <message>
        <source>Certificate (https)</source>
        <translation>Zertifikat (https)</translation>
    </message>
    <message>
        <source>The load balancer has no services</source>
        <translation>Der Load Balancer hat keine Dienste</translation>
    </message>
    <message>
        <source>The load balancer has no targets</source>
        <translation>Der Load Balancer hat keine Ziele</translation>
    </message>
    <message>
        <source>Add a server (powered off)</source>
        <translation>Einen Server hinzufügen (ausgeschaltet)</translation>
    </message>
    <message>
        <source>Remove a server</source>
        <translation>Einen Server entfernen</translation>
    </message>
    <message>
        <source>The group has no servers</source>
        <translation>Die Gruppe hat keine Server</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Default TTL (s)</source>
        <translation>Standard-TTL (s)</translation>
    </message>
    <message>
        <source>Create DNS zone</source>
        <translation>DNS-Zone anlegen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Labels bearbeiten</translation>
    </message>
    <message>
        <source>Change default TTL</source>
        <translation>Standard-TTL ändern</translation>
    </message>
    <message>
        <source>A secondary zone takes its TTLs from its primary</source>
        <translation>Eine sekundäre Zone übernimmt ihre TTLs vom primären Nameserver</translation>
    </message>
    <message>
        <source>Delete this zone and all its records? This cannot be undone.</source>
        <translation>Diese Zone mit allen ihren Einträgen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>SSH/SFTP</source>
        <translation>SSH/SFTP</translation>
    </message>
    <message>
        <source>Samba/CIFS</source>
        <translation>Samba/CIFS</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>ZFS (.zfs folder)</source>
        <translation>ZFS (Ordner .zfs)</translation>
    </message>
    <message>
        <source>Reachable from outside Hetzner</source>
        <translation>Von außerhalb von Hetzner erreichbar</translation>
    </message>
    <message>
        <source>Create Storage Box</source>
        <translation>Storage Box anlegen</translation>
    </message>
    <message>
        <source>Access settings</source>
        <translation>Zugriffseinstellungen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set a new password for the Storage Box? The old one stops working; the new one is shown once.</source>
        <translation>Ein neues Passwort für die Storage Box setzen? Das alte gilt dann nicht mehr; das neue wird einmal angezeigt.</translation>
    </message>
    <message>
        <source>Delete this Storage Box with all its data, snapshots and subaccounts? This cannot be undone.</source>
        <translation>Diese Storage Box mit allen Daten, Snapshots und Unterkonten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Snapshot anlegen</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Delete this snapshot? This cannot be undone.</source>
        <translation>Diesen Snapshot löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Roll back to snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Rolling back replaces all data in the Storage Box with the snapshot&apos;s. What was written since is lost.</source>
        <translation>Das Zurücksetzen ersetzt alle Daten der Storage Box durch die des Snapshots. Was seitdem geschrieben wurde, geht verloren.</translation>
    </message>
    <message>
        <source>Snapshot plan</source>
        <translation>Snapshot-Plan</translation>
    </message>
    <message>
        <source>Snapshots kept</source>
        <translation>Aufbewahrte Snapshots</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Day of the week (1 = Monday)</source>
        <translation>Wochentag (1 = Montag)</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Turn off snapshot plan</source>
        <translation>Snapshot-Plan ausschalten</translation>
    </message>
    <message>
        <source>Stop taking snapshots by plan? Snapshots taken so far stay.</source>
        <translation>Keine Snapshots mehr nach Plan anlegen? Die bisherigen Snapshots bleiben erhalten.</translation>
    </message>
    <message>
        <source>The box has no snapshot plan</source>
        <translation>Die Box hat keinen Snapshot-Plan</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Create subaccount</source>
        <translation>Unterkonto anlegen</translation>
    </message>
    <message>
        <source>Home directory</source>
        <translation>Basisverzeichnis</translation>
    </message>
    <message>
        <source>Rename subaccount</source>
        <translation>Unterkonto umbenennen</translation>
    </message>
    <message>
        <source>Change subaccount&apos;s home directory</source>
        <translation>Basisverzeichnis des Unterkontos ändern</translation>
    </message>
    <message>
        <source>Subaccount access settings</source>
        <translation>Zugriffseinstellungen des Unterkontos</translation>
    </message>
    <message>
        <source>Reset subaccount password</source>
        <translation>Passwort des Unterkontos zurücksetzen</translation>
    </message>
    <message>
        <source>Delete subaccount</source>
        <translation>Unterkonto löschen</translation>
    </message>
    <message>
        <source>Delete this subaccount? Its files stay in the box.</source>
        <translation>Dieses Unterkonto löschen? Seine Dateien bleiben in der Box.</translation>
    </message>
    <message>
        <source>Primary nameservers</source>
        <translation>Primäre Nameserver</translation>
    </message>
    <message>
        <source>One a line: address, port if not 53, TSIG algorithm and key if signed
198.51.100.1
203.0.113.7 53 hmac-sha256 c2VjcmV0</source>
        <translation>Einer pro Zeile: Adresse, Port falls nicht 53, TSIG-Algorithmus und Schlüssel falls signiert
198.51.100.1
203.0.113.7 53 hmac-sha256 c2VjcmV0</translation>
    </message>
    <message>
        <source>Change primary nameservers</source>
        <translation>Primäre Nameserver ändern</translation>
    </message>
    <message>
        <source>Only a secondary zone has primary nameservers</source>
        <translation>Nur eine sekundäre Zone hat primäre Nameserver</translation>
    </message>
</context>
<context>
    <name>hcloud::LabelSelector</name>
    <message>
        <source>An empty requirement (two commas in a row, or one at the end).</source>
        <translation>Eine leere Bedingung (zwei Kommas hintereinander oder eines am Ende).</translation>
    </message>
    <message>
        <source>“%1” is not a valid label key.</source>
        <translation>„%1“ ist kein gültiger Label-Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value in the list.</source>
        <translation>„%1“ ist kein gültiger Wert in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label value.</source>
        <translation>„%1“ ist kein gültiger Label-Wert.</translation>
    </message>
    <message>
        <source>“%1” is not a valid requirement. Use key, !key, key=value, key!=value, key in (a,b) or key notin (a,b).</source>
        <translation>„%1“ ist keine gültige Bedingung. Verwenden Sie key, !key, key=value, key!=value, key in (a,b) oder key notin (a,b).</translation>
    </message>
    <message>
        <source>The parentheses do not pair up.</source>
        <translation>Die Klammern passen nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ListCache</name>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::LoadBalancerKind</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Label selector %1</source>
        <translation>Label-Selektor %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>Least connections</source>
        <translation>Wenigste Verbindungen</translation>
    </message>
    <message>
        <source>Load Balancers</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>Öffentliche IPv4</translation>
    </message>
    <message>
        <source>Public IPv6</source>
        <translation>Öffentliche IPv6</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1: up to %2 services, %3 targets, %4 connections</source>
        <translation>%1: bis zu %2 Dienste, %3 Ziele, %4 Verbindungen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Outgoing traffic</source>
        <translation>Ausgehender Traffic</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Public interface</source>
        <translation>Öffentliche Schnittstelle</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Ingoing traffic</source>
        <translation>Eingehender Traffic</translation>
    </message>
    <message>
        <source>Included traffic</source>
        <translation>Inklusiv-Traffic</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>port %1 %2</source>
        <translation>Port %1 %2</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Abkündigung</translation>
    </message>
</context>
<context>
    <name>hcloud::MainWindow</name>
    <message>
        <source>Hetzner Cloud</source>
        <translation>Hetzner Cloud</translation>
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
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Find or Do…</source>
        <translation>&amp;Suchen oder Ausführen…</translation>
    </message>
</context>
<context>
    <name>hcloud::MetricsPanel</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>IOPS and packets</source>
        <translation>IOPS und Pakete</translation>
    </message>
    <message>
        <source>Show disk operations and network packets instead of bandwidth</source>
        <translation>Festplattenoperationen und Netzwerkpakete statt Bandbreite zeigen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server gewählt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>hcloud::NetworkKind</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP range</source>
        <translation>IP-Bereich</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Load Balancers</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Routes exposed to vSwitch</source>
        <translation>Routen zum vSwitch freigegeben</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
</context>
<context>
    <name>hcloud::OutcomeCheck</name>
    <message>
        <source>this kind of change cannot be checked</source>
        <translation>diese Art von Änderung lässt sich nicht überprüfen</translation>
    </message>
</context>
<context>
    <name>hcloud::PageFetcher</name>
    <message>
        <source>page %1 of the list is %2 MB, more than a list page can be</source>
        <translation>Seite %1 der Liste ist %2 MB groß, mehr als eine Listenseite sein kann</translation>
    </message>
    <message>
        <source>page %1 has %2 items, more than the %3 asked for</source>
        <translation>Seite %1 hat %2 Einträge, mehr als die angefragten %3</translation>
    </message>
    <message>
        <source>the API said the list has %1 pages for %2 items</source>
        <translation>laut API hat die Liste %1 Seiten für %2 Einträge</translation>
    </message>
    <message>
        <source>the list goes on past %1 pages</source>
        <translation>die Liste geht über %1 Seiten hinaus</translation>
    </message>
    <message>
        <source>the list has more than %1 items</source>
        <translation>die Liste hat mehr als %1 Einträge</translation>
    </message>
</context>
<context>
    <name>hcloud::PaletteDialog</name>
    <message>
        <source>Go to or do</source>
        <translation>Hingehen oder ausführen</translation>
    </message>
    <message>
        <source>Name, IP, label or id; or an action first: “reboot web-3”</source>
        <translation>Name, IP, Label oder ID; oder zuerst eine Aktion: „reboot web-3“</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Return to go there or do it, Esc to close.</source>
        <translation>↑ ↓ zum Wählen, Eingabe zum Hingehen oder Ausführen, Esc zum Schließen.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>hcloud::PaletteLauncher</name>
    <message>
        <source>“%1” is no longer in the list.</source>
        <translation>„%1“ ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1 is not possible for “%2” now.</source>
        <translation>%1 ist für „%2“ gerade nicht möglich.</translation>
    </message>
</context>
<context>
    <name>hcloud::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>It is shown only now and is not stored by this app.</source>
        <translation>Es wird nur jetzt angezeigt und von dieser App nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>hcloud::PlacementGroupKind</name>
    <message>
        <source>Spread</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <source>Placement Groups</source>
        <translation>Platzierungsgruppen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>hcloud::PrimaryIpKind</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Primary IPs</source>
        <translation>Primäre IPs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Auto delete</source>
        <translation>Automatisch löschen</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deleted with its server</source>
        <translation>Wird mit seinem Server gelöscht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectActions</name>
    <message>
        <source>No answer arrived (%1). A fresh look shows it was not done, so it can be tried again.</source>
        <translation>Es kam keine Antwort (%1). Eine erneute Abfrage zeigt, dass es nicht ausgeführt wurde; Sie können es also erneut versuchen.</translation>
    </message>
    <message>
        <source>No answer arrived (%1), and a fresh look could not tell whether it was done (%2). Check the list before trying again.</source>
        <translation>Es kam keine Antwort (%1), und eine erneute Abfrage konnte nicht klären, ob es ausgeführt wurde (%2). Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectCommands</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Import from hcloud CLI…</source>
        <translation>Aus hcloud-CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>Projekt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add API &amp;Token…</source>
        <translation>API-&amp;Token hinzufügen …</translation>
    </message>
    <message>
        <source>API T&amp;okens…</source>
        <translation>API-T&amp;okens…</translation>
    </message>
    <message>
        <source>&amp;Remove Project…</source>
        <translation>Projekt &amp;entfernen…</translation>
    </message>
    <message>
        <source>• token %1…</source>
        <translation>• Token %1…</translation>
    </message>
    <message>
        <source>• “%1”, token %2…</source>
        <translation>• „%1“, Token %2…</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Projekt entfernen</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this app?</source>
        <translation>Das Projekt „%1“ aus dieser App entfernen?</translation>
    </message>
    <message>
        <source>It has no API tokens. Nothing changes at Hetzner.</source>
        <translation>Es hat keine API-Tokens. Bei Hetzner ändert sich nichts.</translation>
    </message>
    <message>
        <source>These API tokens are deleted from your keychain:
%1

Nothing changes at Hetzner: the servers keep running and the tokens stay valid until you delete them in the Hetzner Console.</source>
        <translation>Diese API-Tokens werden aus Ihrem Schlüsselbund gelöscht:
%1

Bei Hetzner ändert sich nichts: Die Server laufen weiter, und die Tokens bleiben gültig, bis Sie sie in der Hetzner Console löschen.</translation>
    </message>
    <message>
        <source>The project was removed, but its tokens could not be deleted from the keychain yet (%1). This is tried again at the next start.</source>
        <translation>Das Projekt wurde entfernt, seine Tokens konnten aber noch nicht aus dem Schlüsselbund gelöscht werden (%1). Beim nächsten Start wird es erneut versucht.</translation>
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
    <message>
        <source>Edit project “%1”</source>
        <translation>Projekt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Hetzner API endpoint</source>
        <translation>Hetzner-API-Endpunkt</translation>
    </message>
    <message>
        <source>Where Storage Boxes are managed, with the same token. Change only for a proxy or the simulator.</source>
        <translation>Hier werden Storage Boxen verwaltet, mit demselben Token. Nur für einen Proxy oder den Simulator ändern.</translation>
    </message>
    <message>
        <source>&amp;Hetzner API endpoint:</source>
        <translation>&amp;Hetzner-API-Endpunkt:</translation>
    </message>
    <message>
        <source>The Hetzner API endpoint must be an http(s) address such as %1.</source>
        <translation>Der Hetzner-API-Endpunkt muss eine http(s)-Adresse sein, etwa %1.</translation>
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
    <message>
        <source>Project “%1” had what looks like an API token as its id; it was given a new id.</source>
        <translation>Das Projekt „%1“ hatte etwas, das wie ein API-Token aussieht, als ID; es hat eine neue ID erhalten.</translation>
    </message>
    <message>
        <source>Project “%1” had control characters in its id; it was given a new id.</source>
        <translation>Das Projekt „%1“ hatte Steuerzeichen in seiner ID; es hat eine neue ID erhalten.</translation>
    </message>
    <message>
        <source>Token %1 of project “%2” had what looks like a whole API token where only its id or prefix belongs; that record was removed. Add the token to the project again.</source>
        <translation>Token %1 des Projekts „%2“ enthielt etwas, das wie ein vollständiges API-Token aussieht, wo nur seine ID oder sein Präfix hingehört; dieser Eintrag wurde entfernt. Fügen Sie das Token dem Projekt erneut hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n keychain clean-up entries held what looks like an API token and were removed.</source>
        <translation>
            <numerusform>%n Aufräumeintrag für den Schlüsselbund enthielt etwas, das wie ein API-Token aussieht, und wurde entfernt.</numerusform>
            <numerusform>%n Aufräumeinträge für den Schlüsselbund enthielten etwas, das wie ein API-Token aussieht, und wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Hetzner API endpoint of project “%1” is not an http(s) address; the default is used.</source>
        <translation>Der Hetzner-API-Endpunkt des Projekts „%1“ ist keine http(s)-Adresse; der Standard wird verwendet.</translation>
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
    <message>
        <source>This project has no API token.</source>
        <translation>Dieses Projekt hat kein API-Token.</translation>
    </message>
    <message>
        <source>This project&apos;s API tokens are read-only. To change resources, add a Read &amp; Write token (Project › API Tokens…).</source>
        <translation>Die API-Tokens dieses Projekts dürfen nur lesen. Um Ressourcen zu ändern, fügen Sie ein Token mit Lesen &amp; Schreiben hinzu (Projekt › API-Tokens…).</translation>
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
    <message>
        <source>%1 The original file was kept as %2. The projects that could be read are shown and were saved again.</source>
        <translation>%1 Die ursprüngliche Datei wurde als %2 aufbewahrt. Die Projekte, die gelesen werden konnten, werden angezeigt und wurden erneut gespeichert.</translation>
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
    <name>hcloud::RecordSetDialog</name>
    <message>
        <source>Use the zone&apos;s default</source>
        <translation>Standard der Zone verwenden</translation>
    </message>
    <message>
        <source>Edit %1 records of “%2”</source>
        <translation>%1-Einträge von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Add records to %1</source>
        <translation>Einträge zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>www, or @ for %1 itself</source>
        <translation>www, oder @ für %1 selbst</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Values, one a line</source>
        <translation>Werte, einer pro Zeile</translation>
    </message>
    <message>
        <source>Type text plainly: it is quoted, and split into strings of 255 bytes, for you.</source>
        <translation>Geben Sie den Text einfach so ein: Er wird für Sie in Anführungszeichen gesetzt und in Zeichenketten zu 255 Byte aufgeteilt.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>hcloud::RefreshScheduler</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>hcloud::RescaleDialog</name>
    <message>
        <source>&amp;Keep the disk size, so the server can be scaled down again later</source>
        <translation>Festplattengröße &amp;behalten, damit der Server später wieder verkleinert werden kann</translation>
    </message>
    <message>
        <source>&amp;Power the server off first (rescaling needs it off)</source>
        <translation>Server zuerst &amp;ausschalten (zum Skalieren muss er aus sein)</translation>
    </message>
    <message>
        <source>Rescale “%1”</source>
        <translation>„%1“ skalieren</translation>
    </message>
    <message>
        <source>Server types</source>
        <translation>Servertypen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Not offered in %1.</source>
        <translation>In %1 nicht angeboten.</translation>
    </message>
    <message>
        <source>Deprecated in %1.</source>
        <translation>In %1 abgekündigt.</translation>
    </message>
    <message>
        <source>Other CPU architecture.</source>
        <translation>Andere CPU-Architektur.</translation>
    </message>
    <message>
        <source>Other kind of disk (local or network).</source>
        <translation>Andere Art von Festplatte (lokal oder Netzwerk).</translation>
    </message>
    <message>
        <source>Smaller disk than the server&apos;s %1 GB.</source>
        <translation>Kleinere Festplatte als die %1 GB des Servers.</translation>
    </message>
    <message>
        <source>&amp;Rescale</source>
        <translation>&amp;Skalieren</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Jetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>The API rescales only a server that is off.</source>
        <translation>Die API skaliert nur einen ausgeschalteten Server.</translation>
    </message>
    <message>
        <source>Choose the new type.</source>
        <translation>Wählen Sie den neuen Typ.</translation>
    </message>
    <message>
        <source>The server is off while its disk is copied, then starts again as %1.</source>
        <translation>Der Server ist aus, während seine Festplatte kopiert wird, und startet dann als %1 neu.</translation>
    </message>
</context>
<context>
    <name>hcloud::ResourceDetailsView</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>hcloud::ResourceKind</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>hcloud::ResourceListModel</name>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2 %</translation>
    </message>
</context>
<context>
    <name>hcloud::ResourceStatus</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird angelegt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Wird ausgestellt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Issuance failed</source>
        <translation>Ausstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Keine Ziele</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
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
    <message>
        <source>Label selector, e.g. env=prod,role in (web,api)</source>
        <translation>Label-Selektor, z. B. env=prod,role in (web,api)</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>Label-Selektor</translation>
    </message>
    <message>
        <source>Asks the API for matching resources only: key, !key, key=value, key!=value, key in (a,b), key notin (a,b), joined by commas.</source>
        <translation>Fragt die API nur nach passenden Ressourcen: key, !key, key=value, key!=value, key in (a,b), key notin (a,b), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerActions</name>
    <message>
        <source>&amp;New Server…</source>
        <translation>&amp;Neuer Server…</translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>&amp;Shut Down</source>
        <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>Power O&amp;ff…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <source>Rese&amp;t…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>Neu auf&amp;setzen…</translation>
    </message>
    <message>
        <source>Resc&amp;ale…</source>
        <translation>S&amp;kalieren…</translation>
    </message>
    <message>
        <source>Create S&amp;napshot…</source>
        <translation>S&amp;napshot erstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit Name and Labels…</source>
        <translation>Name und Labels &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy SSH &amp;Command</source>
        <translation>SSH-&amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>Open Ter&amp;minal</source>
        <translation>Ter&amp;minal öffnen</translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation>Wählen Sie einen Server.</translation>
    </message>
    <message>
        <source>The server has no public IP address.</source>
        <translation>Der Server hat keine öffentliche IP-Adresse.</translation>
    </message>
    <message>
        <source>Select a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>The server is not off.</source>
        <translation>Der Server ist nicht aus.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>Rebuild protection is on. Turn it off first.</source>
        <translation>Der Neuaufsetz-Schutz ist an. Schalten Sie ihn zuerst aus.</translation>
    </message>
    <message>
        <source>Delete protection is on. Turn it off first.</source>
        <translation>Der Löschschutz ist an. Schalten Sie ihn zuerst aus.</translation>
    </message>
    <message>
        <source>Backups are already on.</source>
        <translation>Backups sind bereits an.</translation>
    </message>
    <message>
        <source>Backups are off.</source>
        <translation>Backups sind aus.</translation>
    </message>
    <message>
        <source>Rescue mode is already on.</source>
        <translation>Der Rescue-Modus ist bereits an.</translation>
    </message>
    <message>
        <source>Rescue mode is off.</source>
        <translation>Der Rescue-Modus ist aus.</translation>
    </message>
    <message>
        <source>An ISO is attached. Detach it first.</source>
        <translation>Ein ISO ist eingelegt. Werfen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>No ISO is attached.</source>
        <translation>Kein ISO eingelegt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>%1 begonnen.</translation>
    </message>
    <message>
        <source>The root password of “%1”.</source>
        <translation>Das Root-Passwort von „%1“.</translation>
    </message>
    <message>
        <source>Power on “%1”</source>
        <translation>„%1“ einschalten</translation>
    </message>
    <message>
        <source>Shut down “%1”</source>
        <translation>„%1“ herunterfahren</translation>
    </message>
    <message>
        <source>Reboot “%1”</source>
        <translation>„%1“ neu starten</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Cut the power of “%1”? Like pulling the plug, this may lose data. Shut Down asks the system to stop cleanly instead.</source>
        <translation>„%1“ den Strom abschalten? Wie beim Ziehen des Steckers können Daten verloren gehen. „Herunterfahren“ bittet das System stattdessen, sauber zu beenden.</translation>
    </message>
    <message>
        <source>Power off “%1”</source>
        <translation>„%1“ ausschalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset “%1” like pressing its reset button? Unsaved data may be lost.</source>
        <translation>„%1“ wie mit dem Reset-Knopf zurücksetzen? Ungespeicherte Daten können verloren gehen.</translation>
    </message>
    <message>
        <source>Reset “%1”</source>
        <translation>„%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>Rebuild “%1”</source>
        <translation>„%1“ neu aufsetzen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Rebuilding installs the chosen image. Everything on the server&apos;s disk is lost; its IP addresses stay.</source>
        <translation>Beim Neuaufsetzen wird das gewählte Image installiert. Alles auf der Festplatte des Servers geht verloren; seine IP-Adressen bleiben.</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufsetzen</translation>
    </message>
    <message>
        <source>Rebuild “%1” from %2</source>
        <translation>„%1“ aus %2 neu aufsetzen</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Neu aufgesetzt</translation>
    </message>
    <message>
        <source>Rescale “%1” to %2</source>
        <translation>„%1“ auf %2 skalieren</translation>
    </message>
    <message>
        <source>Create snapshot of “%1”</source>
        <translation>Snapshot von „%1“ erstellen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Snapshot of “%1”</source>
        <translation>Snapshot von „%1“</translation>
    </message>
    <message>
        <source>Enable backups of “%1”</source>
        <translation>Backups von „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Disable backups</source>
        <translation>Backups deaktivieren</translation>
    </message>
    <message>
        <source>Disable backups of “%1”? All its existing backups are deleted.</source>
        <translation>Backups von „%1“ deaktivieren? Alle vorhandenen Backups werden gelöscht.</translation>
    </message>
    <message>
        <source>Disable backups of “%1”</source>
        <translation>Backups von „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Enable rescue</source>
        <translation>Rescue aktivieren</translation>
    </message>
    <message>
        <source>Enable the rescue system for “%1”? It boots into it at the next reboot; you get a root password for it now.</source>
        <translation>Das Rescue-System für „%1“ aktivieren? Der Server startet beim nächsten Neustart hinein; Sie erhalten jetzt ein Root-Passwort dafür.</translation>
    </message>
    <message>
        <source>Enable rescue for “%1”</source>
        <translation>Rescue für „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Rescue system</source>
        <translation>Rescue-System</translation>
    </message>
    <message>
        <source>Disable rescue for “%1”</source>
        <translation>Rescue für „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Reset root password</source>
        <translation>Root-Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set a new root password on “%1”? The old one stops working.</source>
        <translation>Ein neues Root-Passwort für „%1“ setzen? Das alte gilt dann nicht mehr.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset root password of “%1”</source>
        <translation>Root-Passwort von „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>New root password</source>
        <translation>Neues Root-Passwort</translation>
    </message>
    <message>
        <source>Attach ISO to “%1”</source>
        <translation>ISO in „%1“ einlegen</translation>
    </message>
    <message>
        <source>ISO image (it boots from it at the next reboot):</source>
        <translation>ISO-Image (beim nächsten Neustart wird davon gestartet):</translation>
    </message>
    <message>
        <source>Attach %1 to “%2”</source>
        <translation>%1 in „%2“ einlegen</translation>
    </message>
    <message>
        <source>Detach ISO from “%1”</source>
        <translation>ISO aus „%1“ auswerfen</translation>
    </message>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>Reverse DNS von %1</translation>
    </message>
    <message>
        <source>Host name for %1 (empty resets it to the default):</source>
        <translation>Hostname für %1 (leer setzt ihn auf den Standard zurück):</translation>
    </message>
    <message>
        <source>Protection of “%1”</source>
        <translation>Schutz von „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1: gespeichert.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <source>Could not start the terminal “%1”. Set TERMINAL to your terminal program.</source>
        <translation>Das Terminal „%1“ konnte nicht gestartet werden. Setzen Sie TERMINAL auf Ihr Terminalprogramm.</translation>
    </message>
    <message>
        <source>&amp;Console…</source>
        <translation>K&amp;onsole…</translation>
    </message>
    <message>
        <source>Enable Bac&amp;kups</source>
        <translation>Bac&amp;kups einschalten</translation>
    </message>
    <message>
        <source>Disable Backu&amp;ps…</source>
        <translation>Backu&amp;ps ausschalten…</translation>
    </message>
    <message>
        <source>Enable Resc&amp;ue…</source>
        <translation>Resc&amp;ue einschalten…</translation>
    </message>
    <message>
        <source>Disab&amp;le Rescue</source>
        <translation>Rescue aussc&amp;halten</translation>
    </message>
    <message>
        <source>Reset Root Pass&amp;word…</source>
        <translation>Root-Pass&amp;wort zurücksetzen…</translation>
    </message>
    <message>
        <source>Attach &amp;ISO…</source>
        <translation>&amp;ISO einlegen…</translation>
    </message>
    <message>
        <source>Detac&amp;h ISO</source>
        <translation>ISO a&amp;uswerfen</translation>
    </message>
    <message>
        <source>Re&amp;verse DNS…</source>
        <translation>Re&amp;verse DNS…</translation>
    </message>
    <message>
        <source>Delete P&amp;rotection</source>
        <translation>Lösch&amp;schutz</translation>
    </message>
    <message>
        <source>Rebuild Protectio&amp;n</source>
        <translation>Schutz vor &amp;Neuaufsetzen</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerDetailsView</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Wählen Sie einen Server, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>IPv4:</source>
        <translation>IPv4:</translation>
    </message>
    <message>
        <source>IPv6:</source>
        <translation>IPv6:</translation>
    </message>
    <message>
        <source>Reverse DNS:</source>
        <translation>Reverse DNS:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Traffic:</translation>
    </message>
    <message>
        <source>Rescue:</source>
        <translation>Rescue:</translation>
    </message>
    <message>
        <source>ISO:</source>
        <translation>ISO:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 per hour, at most %2 per month (gross)</source>
        <translation>%1 pro Stunde, höchstens %2 pro Monat (brutto)</translation>
    </message>
    <message>
        <source>not listed for %1</source>
        <translation>für %1 nicht gelistet</translation>
    </message>
    <message>
        <source>delete %1, rebuild %2</source>
        <translation>Löschen %1, Neuaufsetzen %2</translation>
    </message>
    <message>
        <source>on, window %1 UTC</source>
        <translation>an, Zeitfenster %1 UTC</translation>
    </message>
    <message>
        <source>%1 out, %2 in, %3 included</source>
        <translation>%1 ausgehend, %2 eingehend, %3 inklusive</translation>
    </message>
    <message>
        <source>Private networks:</source>
        <translation>Private Netzwerke:</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <source>Firewalls:</source>
        <translation>Firewalls:</translation>
    </message>
    <message>
        <source>Floating IPs:</source>
        <translation>Floating IPs:</translation>
    </message>
    <message>
        <source>Load balancers:</source>
        <translation>Load Balancer:</translation>
    </message>
    <message>
        <source>Placement group:</source>
        <translation>Platzierungsgruppe:</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerFields</name>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>A server name must be a valid hostname: letters, digits and hyphens, at most 63 between dots, not starting or ending with a hyphen.</source>
        <translation>Ein Servername muss ein gültiger Hostname sein: Buchstaben, Ziffern und Bindestriche, höchstens 63 zwischen Punkten, nicht mit einem Bindestrich beginnend oder endend.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid label key.</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Label-Schlüssel.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid label value.</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Label-Wert.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is given twice.</source>
        <translation>Zeile %1: „%2“ steht doppelt da.</translation>
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
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Public IPv6</source>
        <translation>Öffentliche IPv6</translation>
    </message>
    <message>
        <source>Reverse DNS (IPv4)</source>
        <translation>Reverse DNS (IPv4)</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>Private IPs</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Placement group</source>
        <translation>Platzierungsgruppe</translation>
    </message>
    <message>
        <source>Backup window</source>
        <translation>Backup-Zeitfenster</translation>
    </message>
    <message>
        <source>Backups off</source>
        <translation>Backups aus</translation>
    </message>
    <message>
        <source>Rescue system</source>
        <translation>Rescue-System</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Ingoing traffic</source>
        <translation>Eingehender Traffic</translation>
    </message>
    <message>
        <source>Outgoing traffic</source>
        <translation>Ausgehender Traffic</translation>
    </message>
    <message>
        <source>Included traffic</source>
        <translation>Inklusiv-Traffic</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Rebuild protection</source>
        <translation>Neuaufsetz-Schutz</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Abkündigung</translation>
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
    <name>hcloud::ServerTies</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (also %1)</source>
        <translation> (auch %1)</translation>
    </message>
    <message>
        <source>%1 (being applied)</source>
        <translation>%1 (wird angewendet)</translation>
    </message>
</context>
<context>
    <name>hcloud::ServerTypeInfo</name>
    <message>
        <source>%1 vCPU, %2 GB RAM, %3 GB disk, %4</source>
        <translation>%1 vCPU, %2 GB RAM, %3 GB Festplatte, %4</translation>
    </message>
    <message>
        <source>Sold out here for now</source>
        <translation>Hier derzeit ausverkauft</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
</context>
<context>
    <name>hcloud::SettingsDialog</name>
    <message>
        <source>Tell me when a long action ends while I am in another window</source>
        <translation>Mir Bescheid geben, wenn eine lange Aktion endet, während ich in einem anderen Fenster bin</translation>
    </message>
    <message>
        <source>Keep the lists on this computer, to show them at once on the next start</source>
        <translation>Die Listen auf diesem Rechner behalten, um sie beim nächsten Start sofort zu zeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Within 5 % of the API budget</source>
        <translation>Innerhalb von 5 % des API-Budgets</translation>
    </message>
    <message>
        <source>Within 10 % of the API budget</source>
        <translation>Innerhalb von 10 % des API-Budgets</translation>
    </message>
    <message>
        <source>Background refresh</source>
        <translation>Hintergrund-Aktualisierung</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Lokaler Zwischenspeicher</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Default Cloud API endpoint</source>
        <translation>Standard-Endpunkt der Cloud API</translation>
    </message>
    <message>
        <source>New projects start with this endpoint. Change only for a proxy or the simulator.</source>
        <translation>Neue Projekte beginnen mit diesem Endpunkt. Nur für einen Proxy oder den Simulator ändern.</translation>
    </message>
    <message>
        <source>Default Hetzner API endpoint</source>
        <translation>Standard-Endpunkt der Hetzner API</translation>
    </message>
    <message>
        <source>The API of Storage Boxes and the newer Hetzner services.</source>
        <translation>Die API der Storage Boxen und der neueren Hetzner-Dienste.</translation>
    </message>
    <message>
        <source>Backup label</source>
        <translation>Backup-Label</translation>
    </message>
    <message>
        <source>What needs attention lists servers that carry this label but have no backups.</source>
        <translation>„Was Aufmerksamkeit braucht“ listet Server, die dieses Label tragen, aber keine Backups haben.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisierung:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Zwischenspeicher:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Cloud &amp;API endpoint:</source>
        <translation>Cloud-&amp;API-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Hetzner API endpoint:</source>
        <translation>&amp;Hetzner-API-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Backup label:</source>
        <translation>&amp;Backup-Label:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>An endpoint must be an http(s) address such as %1.</source>
        <translation>Ein Endpunkt muss eine http(s)-Adresse sein, etwa %1.</translation>
    </message>
    <message>
        <source>The backup label is a label key such as “backup”, without spaces.</source>
        <translation>Das Backup-Label ist ein Label-Schlüssel wie „backup“, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>hcloud::SidebarModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>API budget left: %1 of %2 requests this hour</source>
        <translation>Verbleibendes API-Budget: %1 von %2 Anfragen in dieser Stunde</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>What costs money or risks an outage, in every loaded project</source>
        <translation>Was Geld kostet oder einen Ausfall riskiert, in jedem geladenen Projekt</translation>
    </message>
    <message>
        <source>Every project&apos;s resources in one table, kind by kind</source>
        <translation>Die Ressourcen aller Projekte in einer Tabelle, Art für Art</translation>
    </message>
</context>
<context>
    <name>hcloud::SidebarTree</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>hcloud::SshKeyKind</name>
    <message>
        <source>SSH Keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
</context>
<context>
    <name>hcloud::StatusLine</name>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Add a project with Project › New Project… and an API token from the Hetzner Console.</source>
        <translation>Fügen Sie mit Projekt › Neues Projekt … ein Projekt und ein API-Token aus der Hetzner Console hinzu.</translation>
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
        <source>Showing the list from %1; refreshing…</source>
        <translation>Die Liste von %1 wird gezeigt; wird aktualisiert…</translation>
    </message>
    <message>
        <source>Showing the list from %1.</source>
        <translation>Die Liste von %1 wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>hcloud::StorageBoxFoldersView</name>
    <message>
        <source>Folders at the top of the box:</source>
        <translation>Ordner auf oberster Ebene der Box:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The folders could not be read: %1</source>
        <translation>Die Ordner konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The box has no folders yet.</source>
        <translation>Die Box hat noch keine Ordner.</translation>
    </message>
</context>
<context>
    <name>hcloud::StorageBoxKind</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SSH/SFTP</source>
        <translation>SSH/SFTP</translation>
    </message>
    <message>
        <source>Samba/CIFS</source>
        <translation>Samba/CIFS</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>ZFS (.zfs folder)</source>
        <translation>ZFS (Ordner .zfs)</translation>
    </message>
    <message>
        <source>No access enabled</source>
        <translation>Kein Zugriff eingeschaltet</translation>
    </message>
    <message>
        <source>reachable from outside Hetzner</source>
        <translation>von außerhalb von Hetzner erreichbar</translation>
    </message>
    <message>
        <source>only from Hetzner&apos;s network</source>
        <translation>nur aus dem Netz von Hetzner</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>monthly on day %1 at %2 UTC</source>
        <translation>monatlich am %1. um %2 UTC</translation>
    </message>
    <message>
        <source>weekly on %1 at %2 UTC</source>
        <translation>wöchentlich am %1 um %2 UTC</translation>
    </message>
    <message>
        <source>daily at %1 UTC</source>
        <translation>täglich um %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1, keeping %n snapshot(s)</source>
        <translation>
            <numerusform>%1, %n Snapshot wird aufbewahrt</numerusform>
            <numerusform>%1, %n Snapshots werden aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage Boxes</source>
        <translation>Storage Boxen</translation>
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
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Reachable from outside Hetzner</source>
        <translation>Von außerhalb von Hetzner erreichbar</translation>
    </message>
    <message>
        <source>Snapshot plan</source>
        <translation>Snapshot-Plan</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
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
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop. Install and start a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar. Installieren und starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. When your keyring asks, allow hcloud-desktop, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie hcloud-desktop den Zugriff, wenn Ihr Schlüsselbund nachfragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock your login keyring (in Passwords and Keys, or by logging in again), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie Ihren Anmelde-Schlüsselbund (in „Passwörter und Verschlüsselung“ oder durch erneutes Anmelden) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no login keyring yet. Open Passwords and Keys (seahorse), create a new password keyring named “Login”, then try again.</source>
        <translation>Es gibt noch keinen Anmelde-Schlüsselbund. Öffnen Sie „Passwörter und Verschlüsselung“ (seahorse), legen Sie einen neuen Passwort-Schlüsselbund namens „Login“ an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for a password prompt: look for one, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er auf eine Passwortabfrage: Suchen Sie danach und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>hcloud::TokensDialog</name>
    <message>
        <source>API tokens of “%1”</source>
        <translation>API-Tokens von „%1“</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re-&amp;enter…</source>
        <translation>&amp;Erneut eingeben…</translation>
    </message>
    <message>
        <source>Paste the token again when its secret is missing from the keychain.</source>
        <translation>Das Token erneut einfügen, wenn sein Geheimnis im Schlüsselbund fehlt.</translation>
    </message>
    <message>
        <source>Re&amp;label…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Copy prefix</source>
        <translation>Präfix &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;ntfernen…</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Ask the API whether each token is accepted and whether it may write.</source>
        <translation>Die API fragen, ob jedes Token angenommen wird und ob es schreiben darf.</translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain. Removing a token here does not revoke it; delete it in the Hetzner Console for that.</source>
        <translation>Geheimnisse liegen in Ihrem System-Schlüsselbund. Ein hier entferntes Token wird dadurch nicht ungültig; löschen Sie es dafür in der Hetzner Console.</translation>
    </message>
    <message>
        <source>Checking the tokens with the API…</source>
        <translation>Die Tokens werden bei der API geprüft…</translation>
    </message>
    <message>
        <source>The secret of this token is not in the keychain. Choose Re-enter and paste it again.</source>
        <translation>Das Geheimnis dieses Tokens fehlt im Schlüsselbund. Wählen Sie „Erneut eingeben“ und fügen Sie es wieder ein.</translation>
    </message>
    <message>
        <source>Relabel token</source>
        <translation>Token umbenennen</translation>
    </message>
    <message>
        <source>Label of the token %1…:</source>
        <translation>Bezeichnung des Tokens %1…:</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Remove API token</source>
        <translation>API-Token entfernen</translation>
    </message>
    <message>
        <source>Remove the token %1 from “%2”?</source>
        <translation>Das Token %1 aus „%2“ entfernen?</translation>
    </message>
    <message>
        <source>It is held for this session only and will be forgotten.</source>
        <translation>Es gilt nur für diese Sitzung und wird vergessen.</translation>
    </message>
    <message>
        <source>Its secret is deleted from your keychain. The token stays valid at Hetzner until you delete it in the Hetzner Console.</source>
        <translation>Sein Geheimnis wird aus Ihrem Schlüsselbund gelöscht. Bei Hetzner bleibt das Token gültig, bis Sie es in der Hetzner Console löschen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The token was removed and its secret deleted from the keychain.</source>
        <translation>Das Token wurde entfernt und sein Geheimnis aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The token was removed, but its secret could not be deleted from the keychain yet (%1). It will be tried again at the next start.</source>
        <translation>Das Token wurde entfernt, sein Geheimnis konnte aber noch nicht aus dem Schlüsselbund gelöscht werden (%1). Beim nächsten Start wird es erneut versucht.</translation>
    </message>
</context>
<context>
    <name>hcloud::VolumeKind</name>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
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
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <source>Linux device</source>
        <translation>Linux-Gerät</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Not formatted</source>
        <translation>Nicht formatiert</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
</context>
<context>
    <name>hcloud::WelcomePage</name>
    <message>
        <source>&amp;Add a project…</source>
        <translation>Projekt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import from the hcloud CLI…</source>
        <translation>Aus der hcloud-CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to hcloud-desktop</source>
        <translation>Willkommen bei hcloud-desktop</translation>
    </message>
    <message>
        <source>Name a project and paste one of its API tokens.</source>
        <translation>Benennen Sie ein Projekt und fügen Sie eines seiner API-Token ein.</translation>
    </message>
    <message>
        <source>Take the contexts and tokens the hcloud command line tool already has.</source>
        <translation>Die Kontexte und Token übernehmen, die das hcloud-Kommandozeilenwerkzeug schon hat.</translation>
    </message>
    <message>
        <source>Open a second window on a simulated cloud; nothing real is touched.</source>
        <translation>Ein zweites Fenster mit einer simulierten Cloud öffnen; nichts Echtes wird berührt.</translation>
    </message>
    <message>
        <source>Give the project a name and paste an API token. Create the token in the Hetzner Console › your project › Security › API tokens; choose Read &amp; Write to change things from here. The token goes to your system keychain; only its first 32 characters are ever shown.</source>
        <translation>Geben Sie dem Projekt einen Namen und fügen Sie ein API-Token ein. Das Token legen Sie in der Hetzner Console › Ihr Projekt › Sicherheit › API-Token an; wählen Sie Lesen &amp; Schreiben, um von hier aus etwas zu ändern. Das Token kommt in den Schlüsselbund Ihres Systems; gezeigt werden immer nur seine ersten 32 Zeichen.</translation>
    </message>
    <message>
        <source>Already use the hcloud command line tool? Take its contexts as projects, with their tokens moved to the keychain.</source>
        <translation>Sie nutzen schon das hcloud-Kommandozeilenwerkzeug? Übernehmen Sie seine Kontexte als Projekte, ihre Token wandern in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Look around first: a simulated cloud with a few projects, in a window of its own. No account, network or keychain is used.</source>
        <translation>Erst einmal umsehen: eine simulierte Cloud mit einigen Projekten, in einem eigenen Fenster. Kein Konto, kein Netz und kein Schlüsselbund werden benutzt.</translation>
    </message>
    <message>
        <source>hcloud-desktop shows the servers, volumes, networks and the rest of your Hetzner Cloud projects in one window. Start with one of these:</source>
        <translation>hcloud-desktop zeigt die Server, Volumes, Netzwerke und alles Weitere Ihrer Hetzner-Cloud-Projekte in einem Fenster. Beginnen Sie mit einem davon:</translation>
    </message>
</context>
<context>
    <name>hcloud::ZoneEditor</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>Import zone file…</source>
        <translation>Zonendatei importieren…</translation>
    </message>
    <message>
        <source>Export zone file…</source>
        <translation>Zonendatei exportieren…</translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation>Einträge von %1</translation>
    </message>
    <message>
        <source>Import a zone file</source>
        <translation>Zonendatei importieren</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>Zonendateien (*.zone *.db *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the zone file</source>
        <translation>Zonendatei exportieren</translation>
    </message>
    <message>
        <source>Zone files (*.zone);;All files (*)</source>
        <translation>Zonendateien (*.zone);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save primary nameservers</source>
        <translation>Primäre Nameserver speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1 · default TTL %2 s · %n record(s)</source>
        <translation>
            <numerusform>%1 · Standard-TTL %2 s · %n Eintrag</numerusform>
            <numerusform>%1 · Standard-TTL %2 s · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <source>Select records first</source>
        <translation>Wählen Sie zuerst Einträge</translation>
    </message>
    <message>
        <source>Protected against changes; unprotect it first</source>
        <translation>Gegen Änderungen geschützt; heben Sie zuerst den Schutz auf</translation>
    </message>
    <message>
        <source>The SOA is kept by Hetzner (its serial counts on by itself)</source>
        <translation>Den SOA-Eintrag pflegt Hetzner (seine Seriennummer wird automatisch hochgezählt)</translation>
    </message>
    <message>
        <source>Edit the values and TTL</source>
        <translation>Werte und TTL bearbeiten</translation>
    </message>
    <message>
        <source>Delete these records</source>
        <translation>Diese Einträge löschen</translation>
    </message>
    <message>
        <source>The records could not be listed: %1</source>
        <translation>Die Einträge konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: sent.</source>
        <translation>%1: gesendet.</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>Die Änderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n %1 record(s) of “%2”?</source>
        <translation>
            <numerusform>%n %1-Eintrag von „%2“ löschen?</numerusform>
            <numerusform>%n %1-Einträge von „%2“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The zone file was saved to %1.</source>
        <translation>Die Zonendatei wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The zone file was not saved: %1</source>
        <translation>Die Zonendatei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 is a secondary zone: Hetzner&apos;s nameservers fetch its records by zone transfer (AXFR) from these primaries. One a line: the address, a port when it is not 53, and the TSIG algorithm and key when the transfer is signed.</source>
        <translation>%1 ist eine sekundäre Zone: Hetzners Nameserver holen ihre Einträge per Zonentransfer (AXFR) von diesen primären Servern. Einer pro Zeile: die Adresse, ein Port, wenn er nicht 53 ist, und TSIG-Algorithmus und Schlüssel, wenn der Transfer signiert ist.</translation>
    </message>
</context>
<context>
    <name>hcloud::ZoneKind</name>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Delegated to Hetzner</source>
        <translation>An Hetzner delegiert</translation>
    </message>
    <message>
        <source>Partly delegated to Hetzner</source>
        <translation>Teilweise an Hetzner delegiert</translation>
    </message>
    <message>
        <source>Delegated elsewhere</source>
        <translation>An andere Nameserver delegiert</translation>
    </message>
    <message>
        <source>Lame delegation</source>
        <translation>Fehlerhafte Delegierung</translation>
    </message>
    <message>
        <source>Domain not registered</source>
        <translation>Domain nicht registriert</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>DNS Zones</source>
        <translation>DNS-Zonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Default TTL</source>
        <translation>Standard-TTL</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Default TTL (s)</source>
        <translation>Standard-TTL (s)</translation>
    </message>
    <message>
        <source>Hetzner nameservers</source>
        <translation>Hetzner-Nameserver</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Primary nameservers</source>
        <translation>Primäre Nameserver</translation>
    </message>
    <message>
        <source>Delete protection</source>
        <translation>Löschschutz</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::PrimaryNameservers</name>
    <message>
        <source>Line %1: write an IP address, optionally a port, and optionally a TSIG algorithm and key, like “198.51.100.1 53 hmac-sha256 c2VjcmV0”.</source>
        <translation>Zeile %1: Geben Sie eine IP-Adresse ein, wahlweise einen Port und wahlweise TSIG-Algorithmus und Schlüssel, etwa „198.51.100.1 53 hmac-sha256 c2VjcmV0“.</translation>
    </message>
    <message>
        <source>Line %1: the port must be between 1 and 65535.</source>
        <translation>Zeile %1: Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Zeile %1: %2 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>Line %1: the TSIG algorithm must be one of %2.</source>
        <translation>Zeile %1: Der TSIG-Algorithmus muss einer von %2 sein.</translation>
    </message>
    <message>
        <source>Line %1: the TSIG key must be base64, as your primary&apos;s configuration shows it.</source>
        <translation>Zeile %1: Der TSIG-Schlüssel muss Base64 sein, wie ihn die Konfiguration Ihres primären Servers zeigt.</translation>
    </message>
    <message>
        <source>A secondary zone needs at least one primary nameserver.</source>
        <translation>Eine sekundäre Zone braucht mindestens einen primären Nameserver.</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::RecordCheck</name>
    <message>
        <source>Write the priority, the target and any parameters, like “1 . alpn=h2,h3”.</source>
        <translation>Geben Sie die Priorität, das Ziel und etwaige Parameter an, etwa „1 . alpn=h2,h3“.</translation>
    </message>
    <message>
        <source>“%1” is not a service parameter (alpn, port, ipv4hint, ipv6hint, ech, mandatory, no-default-alpn).</source>
        <translation>„%1“ ist kein Dienstparameter (alpn, port, ipv4hint, ipv6hint, ech, mandatory, no-default-alpn).</translation>
    </message>
    <message>
        <source>With priority 0 (alias form) the record takes no parameters.</source>
        <translation>Mit Priorität 0 (Alias-Form) sind keine Parameter erlaubt.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Enter an IPv4 address, like 203.0.113.10.</source>
        <translation>Geben Sie eine IPv4-Adresse ein, etwa 203.0.113.10.</translation>
    </message>
    <message>
        <source>Enter an IPv6 address, like 2001:db8::10.</source>
        <translation>Geben Sie eine IPv6-Adresse ein, etwa 2001:db8::10.</translation>
    </message>
    <message>
        <source>Enter one host name, like www.example.com. (with a final dot) or www.</source>
        <translation>Geben Sie einen Hostnamen ein, etwa www.example.com. (mit abschließendem Punkt) oder www.</translation>
    </message>
    <message>
        <source>Write the priority and the mail server, like “10 mail.example.com.”.</source>
        <translation>Geben Sie die Priorität und den Mailserver an, etwa „10 mail.example.com.“.</translation>
    </message>
    <message>
        <source>Write the text in quotes, or type it plainly and let it be quoted for you.</source>
        <translation>Geben Sie den Text in Anführungszeichen an, oder schreiben Sie ihn einfach so, dann wird er für Sie in Anführungszeichen gesetzt.</translation>
    </message>
    <message>
        <source>Each quoted string holds at most 255 bytes; split the text into several.</source>
        <translation>Jede Zeichenkette in Anführungszeichen fasst höchstens 255 Byte; teilen Sie den Text auf mehrere auf.</translation>
    </message>
    <message>
        <source>Write the CPU and the OS in quotes, like “&quot;x86_64&quot; &quot;Linux&quot;”.</source>
        <translation>Geben Sie CPU und Betriebssystem in Anführungszeichen an, etwa „&quot;x86_64&quot; &quot;Linux&quot;“.</translation>
    </message>
    <message>
        <source>Write priority, weight, port and target, like “10 60 5060 sip.example.com.”.</source>
        <translation>Geben Sie Priorität, Gewichtung, Port und Ziel an, etwa „10 60 5060 sip.example.com.“.</translation>
    </message>
    <message>
        <source>Write flags, tag and the value in quotes, like “0 issue &quot;letsencrypt.org&quot;”.</source>
        <translation>Geben Sie Flags, Tag und den Wert in Anführungszeichen an, etwa „0 issue &quot;letsencrypt.org&quot;“.</translation>
    </message>
    <message>
        <source>Write usage (0–3), selector (0–1), matching type (0–2) and the data in hex, like “3 1 1 0C72…”.</source>
        <translation>Geben Sie Verwendung (0–3), Selektor (0–1), Abgleichtyp (0–2) und die Daten in Hex an, etwa „3 1 1 0C72…“.</translation>
    </message>
    <message>
        <source>Write key tag, algorithm, digest type and the digest in hex, like “12345 13 2 3A7C…”.</source>
        <translation>Geben Sie Key-Tag, Algorithmus, Digest-Typ und den Digest in Hex an, etwa „12345 13 2 3A7C…“.</translation>
    </message>
    <message>
        <source>Write the mailbox and the TXT domain, like “admin.example.com. info.example.com.”.</source>
        <translation>Geben Sie das Postfach und die TXT-Domain an, etwa „admin.example.com. info.example.com.“.</translation>
    </message>
    <message>
        <source>Write primary server, mailbox, serial, refresh, retry, expire and minimum TTL.</source>
        <translation>Geben Sie primären Server, Postfach, Seriennummer, Refresh, Retry, Expire und minimale TTL an.</translation>
    </message>
    <message>
        <source>%1 is not a record type the API supports.</source>
        <translation>%1 ist kein Eintragstyp, den die API unterstützt.</translation>
    </message>
    <message>
        <source>Enter a name; @ stands for the zone itself.</source>
        <translation>Geben Sie einen Namen ein; @ steht für die Zone selbst.</translation>
    </message>
    <message>
        <source>Enter the name relative to the zone: “www” for www.%1, @ for %1 itself.</source>
        <translation>Geben Sie den Namen relativ zur Zone an: „www“ für www.%1, @ für %1 selbst.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, - and _, in labels separated by dots.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern, - und _, in durch Punkte getrennten Labels.</translation>
    </message>
    <message>
        <source>The TTL must be between 60 and 2147483647 seconds.</source>
        <translation>Die TTL muss zwischen 60 und 2147483647 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::RrsetEdit</name>
    <message>
        <source>Choose a record type.</source>
        <translation>Wählen Sie einen Eintragstyp.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Geben Sie mindestens einen Wert ein.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A CNAME has exactly one value.</source>
        <translation>Ein CNAME hat genau einen Wert.</translation>
    </message>
    <message>
        <source>The zone itself (@) cannot have a CNAME.</source>
        <translation>Die Zone selbst (@) kann keinen CNAME haben.</translation>
    </message>
    <message>
        <source>“%1” has %2 records already; edit those.</source>
        <translation>„%1“ hat bereits %2-Einträge; bearbeiten Sie diese.</translation>
    </message>
    <message>
        <source>A CNAME cannot share its name with other records, and “%1” has %2 records.</source>
        <translation>Ein CNAME kann seinen Namen nicht mit anderen Einträgen teilen, und „%1“ hat %2-Einträge.</translation>
    </message>
    <message>
        <source>Delete “%1” %2</source>
        <translation>„%1“ %2 löschen</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::RrsetModel</name>
    <message>
        <source>%1 (zone default)</source>
        <translation>%1 (Standard der Zone)</translation>
    </message>
    <message>
        <source>zone default</source>
        <translation>Standard der Zone</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::ZoneFile</name>
    <message>
        <source>“)” without “(”.</source>
        <translation>„)“ ohne „(“.</translation>
    </message>
    <message>
        <source>A quoted string is not closed on its line.</source>
        <translation>Eine Zeichenkette in Anführungszeichen ist in ihrer Zeile nicht geschlossen.</translation>
    </message>
    <message>
        <source>“(” is never closed.</source>
        <translation>„(“ wird nie geschlossen.</translation>
    </message>
    <message>
        <source>$ORIGIN must be the zone&apos;s own name with a final dot, %1.</source>
        <translation>$ORIGIN muss der eigene Name der Zone mit abschließendem Punkt sein, %1.</translation>
    </message>
    <message>
        <source>$TTL must be a time between 60 and 2147483647 seconds.</source>
        <translation>$TTL muss eine Zeit zwischen 60 und 2147483647 Sekunden sein.</translation>
    </message>
    <message>
        <source>%1 is not supported here.</source>
        <translation>%1 wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>The first record needs a name.</source>
        <translation>Der erste Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” lies outside the zone %2.</source>
        <translation>„%1“ liegt außerhalb der Zone %2.</translation>
    </message>
    <message>
        <source>“%1” cannot name records: %2</source>
        <translation>„%1“ taugt nicht als Name für Einträge: %2</translation>
    </message>
    <message>
        <source>Only records of class IN can be imported.</source>
        <translation>Nur Einträge der Klasse IN können importiert werden.</translation>
    </message>
    <message>
        <source>The record has no type.</source>
        <translation>Der Eintrag hat keinen Typ.</translation>
    </message>
    <message>
        <source>%1 is not a record type the API supports.</source>
        <translation>%1 ist kein Eintragstyp, den die API unterstützt.</translation>
    </message>
    <message>
        <source>%1 record: %2</source>
        <translation>%1-Eintrag: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>hcloud::dns::ZoneWrites</name>
    <message numerus="yes">
        <source>Add %n record(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag zu %1 hinzufügen</numerusform>
            <numerusform>%n Einträge zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s) from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 entfernen</numerusform>
            <numerusform>%n Einträge aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the records of %1</source>
        <translation>Die Einträge von %1 ändern</translation>
    </message>
    <message>
        <source>Set the TTL of %1 to %2 s</source>
        <translation>Die TTL von %1 auf %2 s setzen</translation>
    </message>
    <message>
        <source>Give %1 the zone&apos;s default TTL</source>
        <translation>Für %1 die Standard-TTL der Zone verwenden</translation>
    </message>
    <message>
        <source>Protect %1 against changes</source>
        <translation>%1 gegen Änderungen schützen</translation>
    </message>
    <message>
        <source>Unprotect %1</source>
        <translation>Schutz von %1 aufheben</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Import a zone file into “%1”</source>
        <translation>Eine Zonendatei in „%1“ importieren</translation>
    </message>
    <message>
        <source>Set the default TTL of “%1” to %2 s</source>
        <translation>Die Standard-TTL von „%1“ auf %2 s setzen</translation>
    </message>
    <message>
        <source>Change the primary nameservers of “%1”</source>
        <translation>Die primären Nameserver von „%1“ ändern</translation>
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
