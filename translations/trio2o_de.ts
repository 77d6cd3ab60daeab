<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiErrorReader</name>
    <message>
        <source>%1 did not answer in time (timeout)</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>die Verbindung zu %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved (DNS)</source>
        <translation>der Hostname %1 konnte nicht aufgelöst werden (DNS)</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed (%2); is its certificate trusted? (--os-cacert)</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen (%2); wird das Zertifikat als vertrauenswürdig eingestuft? (--os-cacert)</translation>
    </message>
    <message>
        <source>the connection to %1 failed: %2</source>
        <translation>die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2 without a message.</source>
        <translation>%1 fehlgeschlagen: der Server antwortete mit HTTP %2 ohne Meldung.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2: %3</source>
        <translation>%1 fehlgeschlagen: der Server antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is not the expected JSON (%2).</source>
        <translation>%1 fehlgeschlagen: die Antwort des Servers ist nicht das erwartete JSON (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2, so it is unknown whether the change was made. It was not sent again; refresh to see the cloud&apos;s current state before trying again.</source>
        <translation>%1 war nicht möglich: %2, daher ist unbekannt, ob die Änderung ausgeführt wurde. Sie wurde nicht erneut gesendet; aktualisieren Sie, um den aktuellen Zustand der Cloud zu sehen, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>BackendCommand</name>
    <message>
        <source>undo %1</source>
        <translation>Rückgängigmachen (%1)</translation>
    </message>
</context>
<context>
    <name>BackendOptions</name>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Work on a live Trio2o Admin API at URL (e.g. http://host:19996/v1.0) instead of a database.</source>
        <translation>Mit einer laufenden Trio2o-Admin-API unter URL arbeiten (z. B. http://host:19996/v1.0) statt mit einer Datenbank.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Trio2o API URL, skipping the Keystone catalog (same as --remote).</source>
        <translation>Die URL der Trio2o-API, ohne den Keystone-Katalog (wie --remote).</translation>
    </message>
    <message>
        <source>Keystone URL (env OS_AUTH_URL).</source>
        <translation>Keystone-URL (Umgebung OS_AUTH_URL).</translation>
    </message>
    <message>
        <source>Keystone user (env OS_USERNAME).</source>
        <translation>Keystone-Benutzer (Umgebung OS_USERNAME).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Project to scope to (env OS_PROJECT_NAME).</source>
        <translation>Projekt, auf das beschränkt wird (Umgebung OS_PROJECT_NAME).</translation>
    </message>
    <message>
        <source>User domain (env OS_USER_DOMAIN_NAME, default Default).</source>
        <translation>Benutzerdomäne (Umgebung OS_USER_DOMAIN_NAME, Standard Default).</translation>
    </message>
    <message>
        <source>Project domain (env OS_PROJECT_DOMAIN_NAME, default Default).</source>
        <translation>Projektdomäne (Umgebung OS_PROJECT_DOMAIN_NAME, Standard Default).</translation>
    </message>
    <message>
        <source>Region of the Trio2o endpoint in the catalog (env OS_REGION_NAME).</source>
        <translation>Region des Trio2o-Endpunkts im Katalog (Umgebung OS_REGION_NAME).</translation>
    </message>
    <message>
        <source>Catalog interface: public, internal or admin (env OS_INTERFACE, default public).</source>
        <translation>Katalog-Schnittstelle: public, internal oder admin (Umgebung OS_INTERFACE, Standard public).</translation>
    </message>
    <message>
        <source>Use this token instead of a password (env OS_TOKEN).</source>
        <translation>Dieses Token statt eines Passworts verwenden (Umgebung OS_TOKEN).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM; env OS_CACERT).</source>
        <translation>Zusätzlich den CA-Zertifikaten in DATEI vertrauen (PEM; Umgebung OS_CACERT).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (dangerous).</source>
        <translation>TLS-Zertifikate nicht prüfen (gefährlich).</translation>
    </message>
    <message>
        <source>Development clouds without Keystone: no token, send an X-Role header instead.</source>
        <translation>Entwicklungs-Clouds ohne Keystone: kein Token, stattdessen einen X-Role-Header senden.</translation>
    </message>
    <message>
        <source>Roles sent as X-Role with --noauth (default admin).</source>
        <translation>Rollen, die mit --noauth als X-Role gesendet werden (Standard admin).</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30).</source>
        <translation>Netzwerk-Zeitlimit in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout muss eine Sekundenzahl von 0.001 bis 3600 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>WARNING: --insecure: TLS certificates are NOT verified; anyone on the network path can read and change this session, including the token. Use --os-cacert instead.</source>
        <translation>WARNUNG: --insecure: TLS-Zertifikate werden NICHT geprüft; jeder auf dem Netzwerkpfad kann diese Sitzung samt Token mitlesen und verändern. Verwenden Sie stattdessen --os-cacert.</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation>SQLite-Datenbankdatei oder postgresql://user@host:port/dbname mit dem Passwort in PGPASSWORD oder ~/.pgpass (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>BindCommand</name>
    <message>
        <source>bind %1 to %2</source>
        <translation>Binden von %1 an %2</translation>
    </message>
</context>
<context>
    <name>BindCommands</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s) (see trio2o-sched %1 --help)</source>
        <translation>
            <numerusform>%1 erwartet %n Argument (siehe trio2o-sched %1 --help)</numerusform>
            <numerusform>%1 erwartet %n Argumente (siehe trio2o-sched %1 --help)</numerusform>
        </translation>
    </message>
    <message>
        <source>Binds TENANT to POD (id or name). Refused when the tenant already has an active binding in that pod&apos;s AZ and group: use rebind.</source>
        <translation>Bindet TENANT an POD (ID oder Name). Wird abgelehnt, wenn der Mandant in der AZ und Gruppe dieses Pods bereits eine aktive Bindung hat: dann rebind verwenden.</translation>
    </message>
    <message>
        <source>The tenant (project) id.</source>
        <translation>Die ID des Mandanten (Projekts).</translation>
    </message>
    <message>
        <source>The pod, by id or name.</source>
        <translation>Der Pod, als ID oder Name.</translation>
    </message>
    <message>
        <source>Bound tenant %1 to pod %2 (binding %3).</source>
        <translation>Mandant %1 an Pod %2 gebunden (Bindung %3).</translation>
    </message>
    <message>
        <source>Ends BINDING (remote: deletes it through the API).</source>
        <translation>Beendet BINDING (remote: löscht sie über die API).</translation>
    </message>
    <message>
        <source>The binding id.</source>
        <translation>Die ID der Bindung.</translation>
    </message>
    <message>
        <source>Ended binding %1.</source>
        <translation>Bindung %1 beendet.</translation>
    </message>
    <message>
        <source>tenant %1 has no active binding in AZ %2 and the group of pod %3; use bind</source>
        <translation>Mandant %1 hat keine aktive Bindung in AZ %2 und der Gruppe von Pod %3; bind verwenden</translation>
    </message>
    <message>
        <source>Moves TENANT to POD: creates the new binding first, then ends the old one (by default the tenant&apos;s active binding in POD&apos;s AZ and group).</source>
        <translation>Verschiebt TENANT nach POD: erstellt zuerst die neue Bindung und beendet dann die alte (standardmäßig die aktive Bindung des Mandanten in AZ und Gruppe von POD).</translation>
    </message>
    <message>
        <source>The new pod, by id or name.</source>
        <translation>Der neue Pod, als ID oder Name.</translation>
    </message>
    <message>
        <source>The binding to end (default: found as above).</source>
        <translation>Die zu beendende Bindung (Standard: wie oben ermittelt).</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>to finish, run: trio2o-sched unbind %1 (with the same connection options)</source>
        <translation>zum Abschließen ausführen: trio2o-sched unbind %1 (mit denselben Verbindungsoptionen)</translation>
    </message>
    <message>
        <source>Rebound tenant %1 to pod %2 (binding %3; ended %4).</source>
        <translation>Mandant %1 neu an Pod %2 gebunden (Bindung %3; beendet: %4).</translation>
    </message>
</context>
<context>
    <name>BindingBulkWriter</name>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>Bindung %1 von Mandant %2: Pod %3 existiert nicht</translation>
    </message>
    <message>
        <source>bindings %1 to %2: %3</source>
        <translation>Bindungen %1 bis %2: %3</translation>
    </message>
</context>
<context>
    <name>BindingsCommand</name>
    <message>
        <source>Lists the tenant -&gt; pod bindings (history included) of the database or a live Trio2o cloud.</source>
        <translation>Listet die Bindungen Mandant -&gt; Pod (samt Historie) der Datenbank oder einer laufenden Trio2o-Cloud auf.</translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pod_bindings&quot;: [...]}.</source>
        <translation>Das JSON der API selbst ausgeben: {&quot;pod_bindings&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s bindings.</source>
        <translation>Nur die Bindungen dieses Mandanten.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Only bindings to this pod (id or name).</source>
        <translation>Nur Bindungen an diesen Pod (ID oder Name).</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Only active bindings.</source>
        <translation>Nur aktive Bindungen.</translation>
    </message>
    <message>
        <source>bindings takes no arguments (see trio2o-sched bindings --help)</source>
        <translation>bindings erwartet keine Argumente (siehe trio2o-sched bindings --help)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>a state file</source>
        <translation>eine Zustandsdatei</translation>
    </message>
    <message>
        <source>a what-if plan</source>
        <translation>einen Was-wäre-wenn-Plan</translation>
    </message>
    <message>
        <source>a scheduler configuration</source>
        <translation>eine Scheduler-Konfiguration</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB, the limit for %3</source>
        <translation>%1 ist länger als %2 MiB, die Grenze für %3</translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>%1: %2 (see trio2o-sched %1 --help)</source>
        <translation>%1: %2 (siehe trio2o-sched %1 --help)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;</translation>
    </message>
    <message>
        <source>there is no pod with the id or name &quot;%1&quot;</source>
        <translation>es gibt keinen Pod mit der ID oder dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation>SQLite-Datenbankdatei oder postgresql://user@host:port/dbname mit dem Passwort in PGPASSWORD oder ~/.pgpass (Standard: %1).</translation>
    </message>
    <message>
        <source>%1 already holds a cloud; use --replace to replace it</source>
        <translation>%1 enthält bereits eine Cloud; mit --replace ersetzen</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>--noauth needs the Trio2o endpoint (--remote or --endpoint)</source>
        <translation>--noauth braucht den Trio2o-Endpunkt (--remote oder --endpoint)</translation>
    </message>
    <message>
        <source>a token needs the Trio2o endpoint (--endpoint) or Keystone (--os-auth-url)</source>
        <translation>ein Token braucht den Trio2o-Endpunkt (--endpoint) oder Keystone (--os-auth-url)</translation>
    </message>
    <message>
        <source>Keystone needs a password (--os-password or OS_PASSWORD)</source>
        <translation>Keystone braucht ein Passwort (--os-password oder OS_PASSWORD)</translation>
    </message>
    <message>
        <source>Trio2o via %1</source>
        <translation>Trio2o über %1</translation>
    </message>
    <message>
        <source>%1 (no authentication, roles %2)</source>
        <translation>%1 (ohne Authentifizierung, Rollen %2)</translation>
    </message>
    <message>
        <source>%1 (given token)</source>
        <translation>%1 (angegebenes Token)</translation>
    </message>
</context>
<context>
    <name>ConsoleOptionsParser</name>
    <message>
        <source>Operator console for OpenStack Trio2o pod binding.</source>
        <translation>Betreiberkonsole für die Pod-Bindung von OpenStack Trio2o.</translation>
    </message>
    <message>
        <source>The language of the user interface (de, zh_CN, en).</source>
        <translation>Die Sprache der Benutzeroberfläche (de, zh_CN, en).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Save a picture of the window into FILE (PNG) once the data is shown, then quit.</source>
        <translation>Ein Bild des Fensters in DATEI (PNG) speichern, sobald die Daten angezeigt werden, und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>CreatePodCommand</name>
    <message>
        <source>create pod %1</source>
        <translation>Erstellen von Pod %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation>keine Datenbank angegeben: eine SQLite-Datei oder eine URL postgresql://user@host:port/dbname nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: only postgresql:// (or postgres://) URLs and file paths are understood</source>
        <translation>&quot;%1&quot; ist kein Datenbankort: nur URLs mit postgresql:// (oder postgres://) und Dateipfade werden verstanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: %2</source>
        <translation>&quot;%1&quot; ist keine gültige PostgreSQL-URL: %2</translation>
    </message>
    <message>
        <source>a password in the database URL is refused (it would show in process lists and shell history): remove it and set PGPASSWORD or use ~/.pgpass</source>
        <translation>ein Passwort in der Datenbank-URL wird abgelehnt (es wäre in Prozesslisten und der Shell-Historie sichtbar): entfernen und PGPASSWORD setzen oder ~/.pgpass verwenden</translation>
    </message>
    <message>
        <source>the database URL has port 0; give a port from 1 to 65535</source>
        <translation>die Datenbank-URL hat Port 0; einen Port von 1 bis 65535 angeben</translation>
    </message>
    <message>
        <source>the database URL must name one database: postgresql://user@host:port/dbname</source>
        <translation>die Datenbank-URL muss genau eine Datenbank nennen: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the database URL must not have a fragment (#...)</source>
        <translation>die Datenbank-URL darf kein Fragment (#...) haben</translation>
    </message>
    <message>
        <source>a password in the database URL is refused: set PGPASSWORD or use ~/.pgpass</source>
        <translation>ein Passwort in der Datenbank-URL wird abgelehnt: PGPASSWORD setzen oder ~/.pgpass verwenden</translation>
    </message>
    <message>
        <source>unknown database URL parameter &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Parameter &quot;%1&quot; in der Datenbank-URL (bekannt: %2)</translation>
    </message>
    <message>
        <source>database URL parameter %1 has an invalid value</source>
        <translation>der Parameter %1 der Datenbank-URL hat einen ungültigen Wert</translation>
    </message>
</context>
<context>
    <name>DecisionChanges</name>
    <message>
        <source>the active binding of tenant %1 to pod %2 vanished</source>
        <translation>die aktive Bindung von Mandant %1 an Pod %2 ist verschwunden</translation>
    </message>
</context>
<context>
    <name>DecisionPrinter</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>Decision: %1
Tenant:   %2
AZ:       %3
Group:    %4
Pod:      %5
Reason:   %6
</source>
        <translation>Entscheidung: %1
Mandant:      %2
AZ:           %3
Gruppe:       %4
Pod:          %5
Begründung:   %6
</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>total %1  [%2]</source>
        <translation>gesamt %1  [%2]</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt durch %1: %2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding)</source>
        <translation>(* gewählt, ~ aktuelle Bindung)</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>bottom pod</source>
        <translation>Bottom-Pod</translation>
    </message>
    <message>
        <source>availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>resource affinity</source>
        <translation>Ressourcenaffinität</translation>
    </message>
    <message>
        <source>pod state</source>
        <translation>Pod-Zustand</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>ignored pods</source>
        <translation>ignorierte Pods</translation>
    </message>
    <message>
        <source>destination pod</source>
        <translation>Ziel-Pod</translation>
    </message>
    <message>
        <source>creation order</source>
        <translation>Erstelldatum</translation>
    </message>
    <message>
        <source>free RAM</source>
        <translation>freier RAM</translation>
    </message>
    <message>
        <source>free vCPUs</source>
        <translation>freie vCPUs</translation>
    </message>
    <message>
        <source>free disk</source>
        <translation>freie Disk</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>RAM (MB)</translation>
    </message>
    <message>
        <source>disk (GB)</source>
        <translation>Disk (GB)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>binden</translation>
    </message>
    <message>
        <source>rebind</source>
        <translation>neu binden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the top region (Trio2o itself) takes no tenants</source>
        <translation>die Top-Region (Trio2o selbst) nimmt keine Mandanten auf</translation>
    </message>
    <message>
        <source>in another availability zone</source>
        <translation>in einer anderen Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>lacks a requested resource-affinity tag</source>
        <translation>ein angefordertes Ressourcenaffinitäts-Tag fehlt</translation>
    </message>
    <message>
        <source>belongs to a special pod group; the request asks for general pods</source>
        <translation>gehört zu einer speziellen Pod-Gruppe; die Anforderung verlangt allgemeine Pods</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in Wartung</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation>%1: %2 belegt + %3 angefordert überschreitet die Grenze von %4</translation>
    </message>
    <message>
        <source>excluded by the operator</source>
        <translation>vom Betreiber ausgeschlossen</translation>
    </message>
    <message>
        <source>not the pod the operator chose</source>
        <translation>nicht der vom Betreiber gewählte Pod</translation>
    </message>
    <message>
        <source>no pod serves this availability zone and pod group</source>
        <translation>kein Pod bedient diese Verfügbarkeitszone und Pod-Gruppe</translation>
    </message>
    <message>
        <source>every candidate pod was rejected</source>
        <translation>jeder Kandidat-Pod wurde abgelehnt</translation>
    </message>
    <message>
        <source>the current pod is the only candidate, so it cannot be rotated (upstream trio2o behaviour)</source>
        <translation>der aktuelle Pod ist der einzige Kandidat und kann daher nicht rotiert werden (Verhalten des Upstream-trio2o)</translation>
    </message>
    <message>
        <source>the tenant was bound to the next pod before; upstream keeps one row per tenant and pod and refuses it</source>
        <translation>der Mandant war schon früher an den nächsten Pod gebunden; Upstream speichert eine Zeile je Mandant und Pod und lehnt das ab</translation>
    </message>
    <message>
        <source>the chosen destination pod does not exist</source>
        <translation>der gewählte Ziel-Pod existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; for example: %2</source>
        <translation>%1; zum Beispiel: %2</translation>
    </message>
    <message>
        <source>the current pod %1 still passes every filter</source>
        <translation>der aktuelle Pod %1 besteht weiterhin jeden Filter</translation>
    </message>
    <message>
        <source>no binding yet; %1 weighs most among the pods that pass</source>
        <translation>noch keine Bindung; %1 hat unter den passenden Pods das höchste Gewicht</translation>
    </message>
    <message>
        <source>the current pod %1 is no longer acceptable (%2); %3 chosen</source>
        <translation>der aktuelle Pod %1 ist nicht mehr geeignet (%2); %3 gewählt</translation>
    </message>
    <message>
        <source>rotated from %1 to %2 (upstream trio2o behaviour for a pod group)</source>
        <translation>von %1 zu %2 rotiert (Verhalten des Upstream-trio2o für eine Pod-Gruppe)</translation>
    </message>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>DeletePodCommand</name>
    <message>
        <source>delete pod %1</source>
        <translation>Löschen von Pod %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage: percent of capacity</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DrainOperation</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
</context>
<context>
    <name>DrainPlanner</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>EditPodCommand</name>
    <message>
        <source>edit pod %1</source>
        <translation>Bearbeiten von Pod %1</translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: Feld &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>ist kein Feld von %1</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation>muss ein Objekt {vcpus, ram_mb, disk_gb} sein</translation>
    </message>
    <message>
        <source>is not a resource (vcpus, ram_mb, disk_gb)</source>
        <translation>ist keine Ressource (vcpus, ram_mb, disk_gb)</translation>
    </message>
    <message>
        <source>must be a name pattern like &quot;burst-{1..400}&quot; or &quot;new-{n}&quot; (at most %1 names), not &quot;%2&quot;</source>
        <translation>muss ein Namensmuster wie &quot;burst-{1..400}&quot; oder &quot;new-{n}&quot; sein (höchstens %1 Namen), nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>or &quot;tenants&quot; (a pattern) must be given, not both</source>
        <translation>oder &quot;tenants&quot; (ein Muster) muss angegeben werden, nicht beides</translation>
    </message>
    <message>
        <source>must be &quot;key:value[,key:value...]&quot; or empty, not &quot;%1&quot;</source>
        <translation>muss &quot;key:value[,key:value...]&quot; oder leer sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing (a whole number, or null for unknown)</source>
        <translation>fehlt (eine ganze Zahl oder null für unbekannt)</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation>muss eine Zahl größer 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>muss enabled, maintenance oder disabled sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a pod object {pod_name, az_name, ...}</source>
        <translation>muss ein Pod-Objekt {pod_name, az_name, ...} sein</translation>
    </message>
    <message>
        <source>(%1) differs from the number of names the pattern gives (%2)</source>
        <translation>(%1) weicht von der Anzahl der Namen ab, die das Muster ergibt (%2)</translation>
    </message>
    <message>
        <source>a missing or non-string value</source>
        <translation>ein fehlender Wert oder keine Zeichenkette</translation>
    </message>
    <message>
        <source>must be vcpus, ram_mb or disk_gb, not &quot;%1&quot;</source>
        <translation>muss vcpus, ram_mb oder disk_gb sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the scenario asks for more than %2 VM requests (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation>%1: Das Szenario verlangt mehr als %2 VM-Anfragen (%3 mit diesem Ereignis); teilen Sie es auf oder erhöhen Sie die Grenze mit trio2o-sched whatif --max-requests</translation>
    </message>
    <message>
        <source>%1: the scenario&apos;s name patterns expand to more than %2 tenant names (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-tenants</source>
        <translation>%1: Die Namensmuster des Szenarios ergeben mehr als %2 Mandantennamen (%3 mit diesem Ereignis); teilen Sie es auf oder erhöhen Sie die Grenze mit trio2o-sched whatif --max-tenants</translation>
    </message>
    <message>
        <source>events[%1]: must be an object with a &quot;type&quot; (at byte %2)</source>
        <translation>events[%1]: muss ein Objekt mit einem &quot;type&quot; sein (bei Byte %2)</translation>
    </message>
    <message>
        <source>events[%1]: field &quot;type&quot; must be one of %2, not %3 (the event at byte %4)</source>
        <translation>events[%1]: Feld &quot;type&quot; muss eines von %2 sein, nicht %3 (das Ereignis bei Byte %4)</translation>
    </message>
    <message>
        <source>%1 (the event at byte %2)</source>
        <translation>%1 (das Ereignis bei Byte %2)</translation>
    </message>
    <message>
        <source>must give at least one of vcpus, ram_mb, disk_gb above 0</source>
        <translation>muss mindestens einen der Werte vcpus, ram_mb, disk_gb über 0 angeben</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--pods (%1) must be at least --azs (%2): every AZ needs a pod</source>
        <translation>--pods (%1) muss mindestens --azs (%2) sein: jede AZ braucht einen Pod</translation>
    </message>
    <message>
        <source>Writes a synthetic cloud as JSON (the import format): the same numbers and seed always give the same cloud. With --db, imports it into that database instead.</source>
        <translation>Schreibt eine synthetische Cloud als JSON (das Importformat): gleiche Zahlen und gleicher Seed ergeben immer dieselbe Cloud. Mit --db wird sie stattdessen in diese Datenbank importiert.</translation>
    </message>
    <message>
        <source>Number of availability zones (default 3).</source>
        <translation>Anzahl der Verfügbarkeitszonen (Standard 3).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Number of bottom pods, spread over the AZs (default 10).</source>
        <translation>Anzahl der Bottom-Pods, verteilt auf die AZs (Standard 10).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Number of tenants (default 60).</source>
        <translation>Anzahl der Mandanten (Standard 60).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Write the JSON to FILE instead of standard output.</source>
        <translation>Das JSON in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --db: replace what the database holds.</source>
        <translation>Mit --db: den Inhalt der Datenbank ersetzen.</translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation>Das JSON für Menschen lesbar einrücken (Standard: kompakt).</translation>
    </message>
    <message>
        <source>generate takes no arguments (see trio2o-sched generate --help)</source>
        <translation>generate erwartet keine Argumente (siehe trio2o-sched generate --help)</translation>
    </message>
    <message>
        <source>Generated %1 and %2 into %3.</source>
        <translation>%1 und %2 in %3 erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n Bindung</numerusform>
            <numerusform>%n Bindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the data ends early</source>
        <translation>die Daten enden vorzeitig</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>ein Array wurde erwartet</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the data ends inside an object</source>
        <translation>die Daten enden innerhalb eines Objekts</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>ein Feldname in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a member name</source>
        <translation>nach einem Feldnamen wurde &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>the data ends inside an array</source>
        <translation>die Daten enden innerhalb eines Arrays</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation>unerwartete Daten nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped</source>
        <translation>ein Steuerzeichen in einer Zeichenkette muss maskiert werden</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>ungültiges \u-Escape in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate in a string</source>
        <translation>ein einzelnes UTF-16-Surrogat in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation>eine Zeichenkette wurde erwartet</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
</context>
<context>
    <name>KeystoneClient</name>
    <message>
        <source>No Keystone URL to authenticate with.</source>
        <translation>Keine Keystone-URL zur Authentifizierung.</translation>
    </message>
    <message>
        <source>authenticate with Keystone at %1</source>
        <translation>Authentifizierung bei Keystone unter %1</translation>
    </message>
    <message>
        <source>no X-Subject-Token header</source>
        <translation>kein X-Subject-Token-Header</translation>
    </message>
</context>
<context>
    <name>KeystoneTokenReader</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>&quot;%1&quot; ist kein Array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL: %2</source>
        <translation>&quot;%1&quot; ist keine absolute URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>&quot;%1&quot; ist keine ISO-8601-Zeitangabe: %2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>kann %1 nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 (in %2): %3</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Bind a tenant to a pod</source>
        <translation>Einen Mandanten an einen Pod binden</translation>
    </message>
    <message>
        <source>End a binding</source>
        <translation>Eine Bindung beenden</translation>
    </message>
    <message>
        <source>Move a tenant to another pod (new first, then old ended)</source>
        <translation>Einen Mandanten neu an einen anderen Pod binden (erst neu, dann alt beenden)</translation>
    </message>
    <message>
        <source>List the tenant -&gt; pod bindings</source>
        <translation>Die Bindungen Mandant -&gt; Pod auflisten</translation>
    </message>
    <message>
        <source>Make a deterministic synthetic cloud of any size</source>
        <translation>Eine deterministische synthetische Cloud beliebiger Größe erzeugen</translation>
    </message>
    <message>
        <source>Usage: trio2o-sched COMMAND [options]   (COMMAND --help for its options)</source>
        <translation>Aufruf: trio2o-sched BEFEHL [Optionen]   (BEFEHL --help für seine Optionen)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run one scheduling decision for a tenant</source>
        <translation>Eine Scheduling-Entscheidung für einen Mandanten treffen</translation>
    </message>
    <message>
        <source>Import a JSON state file into the database</source>
        <translation>Eine JSON-Zustandsdatei in die Datenbank importieren</translation>
    </message>
    <message>
        <source>Write the database&apos;s state as JSON</source>
        <translation>Den Zustand der Datenbank als JSON schreiben</translation>
    </message>
    <message>
        <source>Replay a what-if scenario on a copy of the state</source>
        <translation>Ein What-if-Szenario auf einer Kopie des Zustands abspielen</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MoveTenantsCommand</name>
    <message>
        <source>%1 of %2 tenants were moved; refresh and check the bindings</source>
        <translation>%1 von %2 Mandanten wurden verschoben; aktualisieren und die Bindungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) could not be moved</source>
        <translation>
            <numerusform>%n Mandant konnte nicht verschoben werden</numerusform>
            <numerusform>%n Mandanten konnten nicht verschoben werden</numerusform>
        </translation>
    </message>
    <message>
        <source>undo %1</source>
        <translation>Rückgängigmachen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Only part of “%1” was done: %n of %2 tenant(s) moved.</source>
        <translation>
            <numerusform>„%1“ wurde nur teilweise ausgeführt: %n von %2 Mandanten verschoben.</numerusform>
            <numerusform>„%1“ wurde nur teilweise ausgeführt: %n von %2 Mandanten verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved: %1 and %n more.</source>
        <translation>
            <numerusform>Verschoben: %1 und %n weiterer.</numerusform>
            <numerusform>Verschoben: %1 und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Verschoben: %1.</translation>
    </message>
    <message>
        <source>Bound twice: %1 — the new binding exists, the old one could not be ended: %2</source>
        <translation>Doppelt gebunden: %1 – die neue Bindung besteht, die alte konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>Not moved: %1 — %2</source>
        <translation>Nicht verschoben: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tenant(s) not moved.</source>
        <translation>
            <numerusform>%n weiterer Mandant nicht verschoben.</numerusform>
            <numerusform>%n weitere Mandanten nicht verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not tried after the cancel.</source>
        <translation>
            <numerusform>%n Mandant nach dem Abbruch nicht mehr versucht.</numerusform>
            <numerusform>%n Mandanten nach dem Abbruch nicht mehr versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the %n tenant(s) left)</source>
        <translation>
            <numerusform>%1 (der verbliebene %n Mandant)</numerusform>
            <numerusform>%1 (die verbliebenen %n Mandanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry the Rest</source>
        <translation>&amp;Rest erneut versuchen</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>%1: field &quot;op&quot; must be bind, unbind or rebind</source>
        <translation>%1: Feld &quot;op&quot; muss bind, unbind oder rebind sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a string</source>
        <translation>%1: Feld &quot;%2&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>field &quot;operations&quot; must be a list: not a what-if plan</source>
        <translation>Feld &quot;operations&quot; muss eine Liste sein: kein What-if-Plan</translation>
    </message>
    <message>
        <source>%1: a bind needs tenant_id and to_pod_id</source>
        <translation>%1: eine Bindung (bind) braucht tenant_id und to_pod_id</translation>
    </message>
    <message>
        <source>%1: an unbind needs tenant_id and end_binding_id</source>
        <translation>%1: eine Lösung (unbind) braucht tenant_id und end_binding_id</translation>
    </message>
    <message>
        <source>%1: a rebind needs tenant_id, end_binding_id and to_pod_id</source>
        <translation>%1: eine Neubindung (rebind) braucht tenant_id, end_binding_id und to_pod_id</translation>
    </message>
    <message>
        <source>the file holds no JSON object: not a what-if plan</source>
        <translation>die Datei enthält kein JSON-Objekt: kein Was-wäre-wenn-Plan</translation>
    </message>
    <message>
        <source>%1 is not a usable what-if plan: %2</source>
        <translation>%1 ist kein verwendbarer Was-wäre-wenn-Plan: %2</translation>
    </message>
</context>
<context>
    <name>PodOverlayStore</name>
    <message>
        <source>cannot read the pod overlay</source>
        <translation>kann die Pod-Überlagerung nicht lesen</translation>
    </message>
    <message>
        <source>cannot save the overlay of pod %1</source>
        <translation>kann die Überlagerung von Pod %1 nicht speichern</translation>
    </message>
    <message>
        <source>cannot remove a pod overlay</source>
        <translation>kann eine Pod-Überlagerung nicht entfernen</translation>
    </message>
</context>
<context>
    <name>PodSettingsOperation</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
</context>
<context>
    <name>PodsCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>POD AZ</source>
        <translation>POD-AZ</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>RZ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>(top region)</source>
        <translation>(Top-Region)</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>pods create needs --name</source>
        <translation>pods create braucht --name</translation>
    </message>
    <message>
        <source>pods create needs --az (an empty --az &quot;&quot; makes the top region)</source>
        <translation>pods create braucht --az (ein leeres --az &quot;&quot; ergibt die Top-Region)</translation>
    </message>
    <message>
        <source>Created pod %1 (%2).</source>
        <translation>Pod %1 erstellt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Drain stopped after %n tenant(s): %1</source>
        <translation>
            <numerusform>Leeren nach %n Mandant abgebrochen: %1</numerusform>
            <numerusform>Leeren nach %n Mandanten abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n tenant(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Mandant von %1 nach %2 verschoben.</numerusform>
            <numerusform>%n Mandanten von %1 nach %2 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>pods delete takes one POD (id or name)</source>
        <translation>pods delete erwartet genau einen POD (ID oder Name)</translation>
    </message>
    <message>
        <source>Deleted pod %1 (%2).</source>
        <translation>Pod %1 gelöscht (%2).</translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pods&quot;: [...]}.</source>
        <translation>Das JSON der API selbst ausgeben: {&quot;pods&quot;: [...]}.</translation>
    </message>
    <message>
        <source>create: the pod&apos;s name (its Keystone region).</source>
        <translation>create: der Name des Pods (seine Keystone-Region).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>create: its availability zone (empty: the top region).</source>
        <translation>create: seine Verfügbarkeitszone (leer: die Top-Region).</translation>
    </message>
    <message>
        <source>create: the AZ name inside the pod.</source>
        <translation>create: der AZ-Name innerhalb des Pods.</translation>
    </message>
    <message>
        <source>PAZ</source>
        <translation>PAZ</translation>
    </message>
    <message>
        <source>create: its data centre.</source>
        <translation>create: sein Rechenzentrum.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>pods %1 takes no further arguments</source>
        <translation>pods %1 erwartet keine weiteren Argumente</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>new binding</source>
        <translation>neue Bindung</translation>
    </message>
    <message>
        <source>current pod rejected: %1</source>
        <translation>aktueller Pod abgelehnt: %1</translation>
    </message>
    <message>
        <source>current pod rejected</source>
        <translation>aktueller Pod abgelehnt</translation>
    </message>
    <message>
        <source>group rotation (trio2o)</source>
        <translation>Gruppenrotation (trio2o)</translation>
    </message>
    <message>
        <source>pod drained</source>
        <translation>Pod geleert</translation>
    </message>
    <message>
        <source>replaced by the new binding</source>
        <translation>durch die neue Bindung ersetzt</translation>
    </message>
    <message>
        <source>no active binding in this AZ and group to delete from</source>
        <translation>keine aktive Bindung in dieser AZ und Gruppe, aus der gelöscht werden könnte</translation>
    </message>
    <message>
        <source>%1 (pod %2)</source>
        <comment>failure reason (pod tried)</comment>
        <translation>%1 (Pod %2)</translation>
    </message>
</context>
<context>
    <name>RebindCommand</name>
    <message>
        <source>Tenant %1 is bound twice: the new binding was created but the old binding %2 could not be ended: %3</source>
        <translation>Mandant %1 ist doppelt gebunden: die neue Bindung wurde erstellt, aber die alte Bindung %2 konnte nicht beendet werden: %3</translation>
    </message>
    <message>
        <source>&amp;End old binding</source>
        <translation>Alte Bindung b&amp;eenden</translation>
    </message>
    <message>
        <source>end binding %1 of %2</source>
        <translation>Beenden der Bindung %1 (Mandant %2)</translation>
    </message>
</context>
<context>
    <name>RemoteGuards</name>
    <message>
        <source>A pod needs a name (its Keystone region).</source>
        <translation>Ein Pod braucht einen Namen (seine Keystone-Region).</translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation>Ein Pod namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Pod %1 has no AZ, which makes it a top region, but %2 already is the top region; there can only be one.</source>
        <translation>Pod %1 hat keine AZ und wäre damit eine Top-Region, aber %2 ist bereits die Top-Region; es kann nur eine geben.</translation>
    </message>
    <message>
        <source>There is no pod %1.</source>
        <translation>Es gibt keinen Pod %1.</translation>
    </message>
    <message numerus="yes">
        <source>Pod %1 still has %n tenant(s) bound to it; drain it first (rebind them elsewhere, e.g. trio2o-sched pods delete %1 --drain-to POD).</source>
        <translation>
            <numerusform>An Pod %1 ist noch %n Mandant gebunden; zuerst leeren (anderswo neu binden, z. B. trio2o-sched pods delete %1 --drain-to POD).</numerusform>
            <numerusform>An Pod %1 sind noch %n Mandanten gebunden; zuerst leeren (anderswo neu binden, z. B. trio2o-sched pods delete %1 --drain-to POD).</numerusform>
        </translation>
    </message>
    <message>
        <source>A binding needs a tenant.</source>
        <translation>Eine Bindung braucht einen Mandanten.</translation>
    </message>
    <message>
        <source>Pod %1 is the top region; tenants are never bound to it.</source>
        <translation>Pod %1 ist die Top-Region; an sie werden nie Mandanten gebunden.</translation>
    </message>
    <message>
        <source>Tenant %1 is already bound to pod %2 in AZ %3 (group %4); rebind it instead of adding a second binding.</source>
        <translation>Mandant %1 ist bereits an Pod %2 in AZ %3 (Gruppe %4) gebunden; neu binden statt eine zweite Bindung anzulegen.</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>Pod %1 was created, but its local settings were not saved: %2</source>
        <translation>Pod %1 wurde erstellt, aber seine lokalen Einstellungen wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Trio2o cannot change the name, AZ or data centre of pod %1 (its API has no update call); only tags, state, threshold, cost and capacity can be edited.</source>
        <translation>Trio2o kann Name, AZ oder Rechenzentrum von Pod %1 nicht ändern (seine API hat keinen Update-Aufruf); nur Tags, Zustand, Schwellwert, Kosten und Kapazität sind änderbar.</translation>
    </message>
    <message>
        <source>Tenant %1 has no binding %2.</source>
        <translation>Mandant %1 hat keine Bindung %2.</translation>
    </message>
    <message>
        <source>Binding %1 already points at pod %2.</source>
        <translation>Bindung %1 zeigt bereits auf Pod %2.</translation>
    </message>
    <message>
        <source>Tenant %1 is now bound twice: the new binding %2 was created, but the old binding %3 could not be deleted. Retry deleting binding %3. %4</source>
        <translation>Mandant %1 ist jetzt doppelt gebunden: die neue Bindung %2 wurde erstellt, aber die alte Bindung %3 konnte nicht gelöscht werden. Löschen von Bindung %3 erneut versuchen. %4</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 changes: %3</source>
        <translation>Nach %1 von %2 Änderungen abgebrochen: %3</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ... und %1 weitere
</translation>
    </message>
    <message>
        <source>Cancelled: the figures below are partial.

</source>
        <translation>Abgebrochen: die folgenden Zahlen sind unvollständig.

</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Binden</translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation>Neu binden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation>VMs erstellt</translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation>VMs gelöscht</translation>
    </message>
    <message>
        <source>Deletes skipped</source>
        <translation>Löschungen übersprungen</translation>
    </message>
    <message>
        <source>Summary
</source>
        <translation>Zusammenfassung
</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>vCPUs used</source>
        <translation>vCPUs belegt</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Pods: no pod changed.
</source>
        <translation>Pods: kein Pod hat sich geändert.
</translation>
    </message>
    <message>
        <source>Pods that changed (%1)
</source>
        <translation>Geänderte Pods (%1)
</translation>
    </message>
    <message>
        <source>Binding changes: none.
</source>
        <translation>Bindungsänderungen: keine.
</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Binding changes (%1)
</source>
        <translation>Bindungsänderungen (%1)
</translation>
    </message>
    <message>
        <source>Failures: none.
</source>
        <translation>Fehlschläge: keine.
</translation>
    </message>
    <message>
        <source>Failures (%1)
</source>
        <translation>Fehlschläge (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>ungebunden</translation>
    </message>
    <message>
        <source>Tenants whose outcome differs, %1 vs %2 (%3)
</source>
        <translation>Mandanten mit abweichendem Ergebnis, %1 gegen %2 (%3)
</translation>
    </message>
    <message>
        <source>Deletes beyond usage</source>
        <translation>Löschungen über die Belegung hinaus</translation>
    </message>
    <message>
        <source>too little history</source>
        <translation>zu wenig Verlauf</translation>
    </message>
    <message>
        <source>flat or falling</source>
        <translation>gleichbleibend oder fallend</translation>
    </message>
    <message>
        <source>trend too poor to trust</source>
        <translation>Trend zu unzuverlässig</translation>
    </message>
    <message>
        <source>grows only in resources the VM size leaves at 0</source>
        <translation>wächst nur bei Ressourcen, die die VM-Größe auf 0 lässt</translation>
    </message>
    <message>
        <source>less than one VM</source>
        <translation>weniger als eine VM</translation>
    </message>
    <message>
        <source>no tenant bound</source>
        <translation>kein Mandant gebunden</translation>
    </message>
    <message>
        <source>%1 vCPUs, %2 MB RAM, %3 GB disk</source>
        <translation>%1 vCPUs, %2 MB RAM, %3 GB Festplatte</translation>
    </message>
    <message>
        <source>no typical VM size</source>
        <translation>keine typische VM-Größe</translation>
    </message>
    <message numerus="yes">
        <source>Growth (event %1, %n day(s)): %2 VM requests of %3; projected pods: %4</source>
        <translation>
            <numerusform>Wachstum (Ereignis %1, %n Tag): %2 VM-Anfragen zu %3; projizierte Pods: %4</numerusform>
            <numerusform>Wachstum (Ereignis %1, %n Tage): %2 VM-Anfragen zu %3; projizierte Pods: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped pods: %1 (%2)</source>
        <translation>; übersprungene Pods: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScenarioJson</name>
    <message>
        <source>%1: must be a policy configuration object</source>
        <translation>%1: muss ein Richtlinien-Konfigurationsobjekt sein</translation>
    </message>
    <message>
        <source>%1: field &quot;name&quot; must be a non-empty string</source>
        <translation>%1: Feld &quot;name&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>field &quot;compare&quot; must be a list of policy configurations</source>
        <translation>Feld &quot;compare&quot; muss eine Liste von Richtlinien-Konfigurationen sein</translation>
    </message>
    <message>
        <source>field &quot;events&quot; must be a list of events</source>
        <translation>Feld &quot;events&quot; muss eine Liste von Ereignissen sein</translation>
    </message>
    <message>
        <source>unknown pod &quot;%1&quot; (not in the base, or removed by an earlier event)</source>
        <translation>unbekannter Pod &quot;%1&quot; (nicht in der Basis oder durch ein früheres Ereignis entfernt)</translation>
    </message>
    <message>
        <source>unknown tenant &quot;%1&quot; (no binding in the base and not introduced by an earlier new_tenants or create_vm &quot;tenants&quot; pattern)</source>
        <translation>unbekannter Mandant &quot;%1&quot; (keine Bindung in der Basis und nicht durch ein früheres new_tenants- oder create_vm-&quot;tenants&quot;-Muster eingeführt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a pod</source>
        <translation>&quot;%1&quot; ist bereits ein Pod</translation>
    </message>
    <message>
        <source>must not be empty: pod &quot;%1&quot; would be a second top region</source>
        <translation>darf nicht leer sein: Pod &quot;%1&quot; wäre eine zweite Top-Region</translation>
    </message>
    <message>
        <source>field &quot;base&quot; must be &quot;current&quot;, a state JSON file or a database path</source>
        <translation>Feld &quot;base&quot; muss &quot;current&quot;, eine JSON-Zustandsdatei oder ein Datenbankpfad sein</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>ein Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a scenario field (%2)</source>
        <translation>Feld &quot;%1&quot; ist kein Szenariofeld (%2)</translation>
    </message>
    <message>
        <source>field &quot;samples&quot; must be a whole number from 1 to 100000</source>
        <translation>Feld &quot;samples&quot; muss eine ganze Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>events[%1] (%2): field &quot;%3&quot;: %4</source>
        <translation>events[%1] (%2): Feld &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>unknown availability zone &quot;%1&quot; (no pod of the base or of an earlier add_pod is in it)</source>
        <translation>unbekannte Verfügbarkeitszone &quot;%1&quot; (kein Pod der Basis oder eines früheren add_pod liegt darin)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (no pod of the base or of an earlier add_pod has it, in that availability zone)</source>
        <translation>unbekannte Gruppe &quot;%1&quot; (kein Pod der Basis oder eines früheren add_pod hat sie, in dieser Verfügbarkeitszone)</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>events[%1] (grow): the projected growth makes the scenario ask for more than %2 VM requests (%3 with this event); grow fewer days, limit it with &quot;az&quot; or &quot;group&quot;, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation>events[%1] (grow): durch das projizierte Wachstum verlangt das Szenario mehr als %2 VM-Anfragen (%3 mit diesem Ereignis); weniger Tage wachsen lassen, mit &quot;az&quot; oder &quot;group&quot; eingrenzen oder die Grenze mit trio2o-sched whatif --max-requests anheben</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>base &quot;current&quot;: not connected to any cloud</source>
        <translation>Basis &quot;current&quot;: mit keiner Cloud verbunden</translation>
    </message>
    <message>
        <source>unknown base</source>
        <translation>unbekannte Basis</translation>
    </message>
    <message>
        <source>base %1: %2</source>
        <translation>Basis %1: %2</translation>
    </message>
    <message>
        <source>base %1: no such database file</source>
        <translation>Basis %1: keine solche Datenbankdatei</translation>
    </message>
    <message>
        <source>base %1: cannot make a private copy to read</source>
        <translation>Basis %1: kann keine private Kopie zum Lesen anlegen</translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation>Basis: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Runs one scheduling decision for a tenant: keep its binding, bind, rebind, or fail with the reason. Exit status 0 for keep, bind and rebind, 3 when scheduling fails, 1 for bad input.</source>
        <translation>Trifft eine Scheduling-Entscheidung für einen Mandanten: Bindung behalten, binden, neu binden oder mit Begründung fehlschlagen. Exit-Status 0 für behalten, binden und neu binden, 3 wenn das Scheduling fehlschlägt, 1 bei fehlerhafter Eingabe.</translation>
    </message>
    <message>
        <source>schedule takes no arguments (see trio2o-sched schedule --help)</source>
        <translation>schedule erwartet keine Argumente (siehe trio2o-sched schedule --help)</translation>
    </message>
    <message>
        <source>the request is not valid (tenant, AZ or group)</source>
        <translation>die Anforderung ist ungültig (Mandant, AZ oder Gruppe)</translation>
    </message>
    <message>
        <source>the decision could not be stored: %1</source>
        <translation>die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleOptionsParser</name>
    <message>
        <source>--%1 must be a whole number of at least 0, not &quot;%2&quot;</source>
        <translation>--%1 muss eine ganze Zahl von mindestens 0 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The tenant (project id) asking for resources.</source>
        <translation>Der Mandant (Projekt-ID), der Ressourcen anfordert.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Availability zone; empty or absent: any bottom AZ.</source>
        <translation>Verfügbarkeitszone; leer oder fehlend: beliebige Bottom-AZ.</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Pod group as resource-affinity tags, key:value[,key:value...].</source>
        <translation>Pod-Gruppe als Ressourcenaffinitäts-Tags, key:value[,key:value...].</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Size of the request: vCPUs.</source>
        <translation>Größe der Anforderung: vCPUs.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Size of the request: RAM in MB.</source>
        <translation>Größe der Anforderung: RAM in MB.</translation>
    </message>
    <message>
        <source>Size of the request: disk in GB.</source>
        <translation>Größe der Anforderung: Disk in GB.</translation>
    </message>
    <message>
        <source>weighted (default) or trio2o; overrides the configuration file.</source>
        <translation>weighted (Standard) oder trio2o; hat Vorrang vor der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON).</source>
        <translation>Scheduler-Konfiguration (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Show every candidate pod: the filter that rejected it, or its weights.</source>
        <translation>Jeden Kandidat-Pod zeigen: den Filter, der ihn abgelehnt hat, oder seine Gewichte.</translation>
    </message>
    <message>
        <source>Print the decision as one JSON object.</source>
        <translation>Die Entscheidung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Decide, but do not store the decision.</source>
        <translation>Entscheiden, aber die Entscheidung nicht speichern.</translation>
    </message>
    <message>
        <source>Decide on a JSON state file instead of the database (never written).</source>
        <translation>Auf einer JSON-Zustandsdatei statt der Datenbank entscheiden (wird nie geschrieben).</translation>
    </message>
    <message>
        <source>--tenant is required</source>
        <translation>--tenant ist erforderlich</translation>
    </message>
    <message>
        <source>--group must be key:value[,key:value...] with distinct keys, not &quot;%1&quot;</source>
        <translation>--group muss key:value[,key:value...] mit verschiedenen Schlüsseln sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--policy must be weighted or trio2o, not &quot;%1&quot;</source>
        <translation>--policy muss weighted oder trio2o sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --db/--remote or --state, not both</source>
        <translation>entweder --db/--remote oder --state angeben, nicht beides</translation>
    </message>
</context>
<context>
    <name>SchedulerConfigJson</name>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>The scheduler configuration must be a JSON object</source>
        <translation>Die Scheduler-Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;weighted&quot; or &quot;trio2o&quot;</source>
        <translation>muss &quot;weighted&quot; oder &quot;trio2o&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of filter names</source>
        <translation>muss eine Liste von Filternamen sein</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>unbekannter Filter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object of weigher multipliers</source>
        <translation>muss ein Objekt mit Multiplikatoren der Gewichter sein</translation>
    </message>
    <message>
        <source>unknown weigher</source>
        <translation>unbekannter Gewichter</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation>muss eine Zahl größer 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kann keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>the database holds tables but no schema version: it is not a Trio2o Console database</source>
        <translation>die Datenbank enthält Tabellen, aber keine Schemaversion: sie ist keine Datenbank der Trio2o Console</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>kann die Schemaversion nicht lesen: %1</translation>
    </message>
    <message>
        <source>the table schema_info holds no version row: the database is damaged or an upgrade of it was cut short; restore it from a backup</source>
        <translation>die Tabelle schema_info enthält keine Versionszeile: die Datenbank ist beschädigt oder ein Upgrade wurde abgebrochen; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the table schema_info holds more than one version row: a Trio2o Console database has exactly one; the database is damaged</source>
        <translation>die Tabelle schema_info enthält mehr als eine Versionszeile: eine Trio2o-Console-Datenbank hat genau eine; die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the schema version in schema_info is NULL: the database is damaged</source>
        <translation>die Schemaversion in schema_info ist NULL: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1, not a whole number: the database is damaged</source>
        <translation>die Schemaversion in schema_info ist %1, keine ganze Zahl: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the schema version in schema_info is the text &quot;%1&quot;, not a number: the database is damaged</source>
        <translation>die Schemaversion in schema_info ist der Text „%1“, keine Zahl: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the schema version in schema_info is 0, which no finished Trio2o Console database has: the database is damaged</source>
        <translation>die Schemaversion in schema_info ist 0, die keine fertige Trio2o-Console-Datenbank hat: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1; versions start at 1: the database is damaged</source>
        <translation>die Schemaversion in schema_info ist %1; Versionen beginnen bei 1: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program understands: Trio2o Console %2 opens schema versions 1 to %3; open it with the newer Trio2o Console that wrote it</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als dieses Programm versteht: Trio2o Console %2 öffnet die Schemaversionen 1 bis %3; öffnen Sie sie mit der neueren Trio2o Console, die sie geschrieben hat</translation>
    </message>
    <message>
        <source>there is no schema version %1; this program knows versions 1 to %2</source>
        <translation>es gibt keine Schemaversion %1; dieses Programm kennt die Versionen 1 bis %2</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>cannot read the pods: %1</source>
        <translation>kann die Pods nicht lesen: %1</translation>
    </message>
    <message>
        <source>Reading bindings…</source>
        <translation>Bindungen werden gelesen…</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Demo-Datenbank wird angelegt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>kann die Bindungen nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>cannot save the snapshot</source>
        <translation>kann den Snapshot nicht speichern</translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation>kann den Snapshot nicht lesen</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>der Snapshot ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>a binding with that id exists already</source>
        <translation>eine Bindung mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>the tenant already has an active binding in that AZ and group</source>
        <translation>der Mandant hat in dieser AZ und Gruppe bereits eine aktive Bindung</translation>
    </message>
    <message>
        <source>there is already a top region (a pod with an empty AZ)</source>
        <translation>es gibt bereits eine Top-Region (einen Pod mit leerer AZ)</translation>
    </message>
    <message>
        <source>a pod with that name exists already</source>
        <translation>ein Pod mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>a pod with that id exists already</source>
        <translation>ein Pod mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>bindings still refer to the pod</source>
        <translation>es verweisen noch Bindungen auf den Pod</translation>
    </message>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation>keine Datenbank angegeben: eine SQLite-Datei oder eine URL postgresql://user@host:port/dbname nennen</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ist keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation>kann %1 nicht öffnen: der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; unter Debian libqt6sql6-psql installieren</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>kann keine Verbindung zu %1 herstellen: %2</translation>
    </message>
    <message>
        <source>cannot set up the connection: %1</source>
        <translation>kann die Verbindung nicht einrichten: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kann keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>kann nicht festschreiben (commit): %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>kann die Datenbank nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot read the pods: %1</source>
        <translation>kann die Pods nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>kann die Bindungen nicht lesen: %1</translation>
    </message>
    <message>
        <source>pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation>Bindung %1 von Mandant %2: %3</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>Bindung %1 von Mandant %2: Pod %3 existiert nicht</translation>
    </message>
    <message>
        <source>cannot clear the database: %1</source>
        <translation>kann die Datenbank nicht leeren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) point at the top region or disagree with their pod&apos;s AZ or group</source>
        <translation>
            <numerusform>%n Bindung zeigt auf die Top-Region oder passt nicht zu AZ oder Gruppe ihres Pods</numerusform>
            <numerusform>%n Bindungen zeigen auf die Top-Region oder passen nicht zu AZ oder Gruppe ihres Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot prepare the binding change: %1</source>
        <translation>kann die Bindungsänderung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>ending binding %1: %2</source>
        <translation>Beenden von Bindung %1: %2</translation>
    </message>
    <message>
        <source>; refresh and retry</source>
        <translation>; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>tenant %1 was rebound by someone else to pod %2; refresh and retry</source>
        <translation>Mandant %1 wurde von jemand anderem neu an Pod %2 gebunden; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>tenant %1 was unbound by someone else (binding %2 is no longer active); refresh and retry</source>
        <translation>die Bindung von Mandant %1 wurde von jemand anderem beendet (Bindung %2 ist nicht mehr aktiv); aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>tenant %1 was changed by someone else at the same time; refresh and retry</source>
        <translation>Mandant %1 wurde gleichzeitig von jemand anderem geändert; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>cannot read pod %1: %2</source>
        <translation>kann Pod %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read binding %1: %2</source>
        <translation>kann Bindung %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>binding %1 does not exist</source>
        <translation>Bindung %1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n bound tenant(s); drain it first</source>
        <translation>
            <numerusform>an Pod %1 ist noch %n Mandant gebunden; zuerst leeren</numerusform>
            <numerusform>an Pod %1 sind noch %n Mandanten gebunden; zuerst leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2...&quot; is %3 bytes long; at most %4 are allowed</source>
        <translation>%1 &quot;%2...&quot; ist %3 Bytes lang; höchstens %4 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a NUL byte</source>
        <translation>%1 &quot;%2&quot; enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group to pod %2, perhaps by someone else just now; refresh and retry</source>
        <translation>Mandant %1 ist in dieser AZ und Gruppe bereits an Pod %2 gebunden, vielleicht gerade eben von jemand anderem; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be upgraded to %2 before this program can read it, but %3</source>
        <translation>die Datenbank hat die Schemaversion %1 und muss auf %2 aktualisiert werden, bevor dieses Programm sie lesen kann, aber %3</translation>
    </message>
    <message>
        <source>%1 was opened for reading only (%2); nothing was changed</source>
        <translation>%1 wurde nur zum Lesen geöffnet (%2); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>SqliteBindingReader</name>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>kann die Bindungen nicht lesen: %1</translation>
    </message>
    <message>
        <source>not an open SQLite database</source>
        <translation>keine geöffnete SQLite-Datenbank</translation>
    </message>
    <message>
        <source>cannot count the bindings: %1</source>
        <translation>kann die Bindungen nicht zählen: %1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>not an open SQLite database</source>
        <translation>keine geöffnete SQLite-Datenbank</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>Bindung %1 von Mandant %2: Pod %3 existiert nicht</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation>Bindung %1 von Mandant %2: %3</translation>
    </message>
</context>
<context>
    <name>SqliteFileAccess</name>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2 and it holds changes in %3 that only a writable folder lets SQLite read; copy the database and its -wal file to a writable folder</source>
        <translation>%1 kann nicht gelesen werden: %2, und sie enthält Änderungen in %3, die SQLite nur in einem beschreibbaren Ordner lesen kann; kopieren Sie die Datenbank mit ihrer -wal-Datei in einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (No space left on device); free some space and try again</source>
        <translation>der Datenträger mit %1 ist voll (No space left on device); geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is locked by another program, which kept it for more than %n second(s); try again when it has finished</source>
        <translation>
            <numerusform>%1 ist von einem anderen Programm gesperrt, das sie länger als %n Sekunde hält; versuchen Sie es erneut, wenn es fertig ist</numerusform>
            <numerusform>%1 ist von einem anderen Programm gesperrt, das sie länger als %n Sekunden hält; versuchen Sie es erneut, wenn es fertig ist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 ist beschädigt (%2); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 ist keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>reading or writing %1 failed in the operating system (%2)</source>
        <translation>Lesen oder Schreiben von %1 ist im Betriebssystem fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StateJsonCodec</name>
    <message>
        <source>is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: &quot;%1&quot;</source>
        <translation>ist keine Zeit der Form YYYY-MM-DD HH:MM:SS.ffffff: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: Feld &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>must be an object of key: value pairs</source>
        <translation>muss ein Objekt aus key: value-Paaren sein</translation>
    </message>
    <message>
        <source>has an invalid tag &quot;%1&quot; (keys are non-empty without &apos;:&apos; or &apos;,&apos;; values are strings without &apos;,&apos;)</source>
        <translation>hat ein ungültiges Tag &quot;%1&quot; (Schlüssel sind nicht leer und ohne &apos;:&apos; oder &apos;,&apos;; Werte sind Zeichenketten ohne &apos;,&apos;)</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation>muss ein Objekt {vcpus, ram_mb, disk_gb} sein</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb} or null</source>
        <translation>muss ein Objekt {vcpus, ram_mb, disk_gb} oder null sein</translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>muss enabled, maintenance oder disabled sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>neither &quot;pods&quot; nor &quot;pod_bindings&quot; found: not a Trio2o state file</source>
        <translation>weder &quot;pods&quot; noch &quot;pod_bindings&quot; gefunden: keine Trio2o-Zustandsdatei</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;pods&quot; and &quot;pod_bindings&quot;</source>
        <translation>die oberste Ebene muss ein JSON-Objekt mit &quot;pods&quot; und &quot;pod_bindings&quot; sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation>Feld &quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>StateTransfer</name>
    <message>
        <source>Imports a JSON state file ({&quot;pods&quot;: [...], &quot;pod_bindings&quot;: [...]}, as GET /pods and GET /bindings of a Trio2o answer) into the database, in one transaction.</source>
        <translation>Importiert eine JSON-Zustandsdatei ({&quot;pods&quot;: [...], &quot;pod_bindings&quot;: [...]}, wie GET /pods und GET /bindings von Trio2o sie liefern) in einer Transaktion in die Datenbank.</translation>
    </message>
    <message>
        <source>Replace the pods and bindings already in the database.</source>
        <translation>Die bereits in der Datenbank vorhandenen Pods und Bindungen ersetzen.</translation>
    </message>
    <message>
        <source>The JSON file, or - for standard input.</source>
        <translation>Die JSON-Datei, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE (see trio2o-sched import --help)</source>
        <translation>import erwartet genau eine DATEI (siehe trio2o-sched import --help)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 und %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n Bindung</numerusform>
            <numerusform>%n Bindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the whole state of the database or remote cloud as JSON.</source>
        <translation>Schreibt den gesamten Zustand der Datenbank oder der entfernten Cloud als JSON.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation>Das JSON für Menschen lesbar einrücken (Standard: kompakt).</translation>
    </message>
    <message>
        <source>export takes no arguments (see trio2o-sched export --help)</source>
        <translation>export erwartet keine Argumente (siehe trio2o-sched export --help)</translation>
    </message>
</context>
<context>
    <name>StateValidator</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; duplicates pods[%2]: %3</source>
        <translation>%1: Feld &quot;pod_id&quot; doppelt mit pods[%2]: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_name&quot; duplicates pods[%2]: %3</source>
        <translation>%1: Feld &quot;pod_name&quot; doppelt mit pods[%2]: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;az_name&quot; is empty, but %2 is already the top region; there can be only one</source>
        <translation>%1: Feld &quot;az_name&quot; ist leer, aber %2 ist bereits die Top-Region; es kann nur eine geben</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot; duplicates pod_bindings[%2]</source>
        <translation>%1: Feld &quot;id&quot; doppelt mit pod_bindings[%2]</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; names no pod: %2</source>
        <translation>%1: Feld &quot;pod_id&quot; nennt keinen Pod: %2</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; is the top region %2, which can never be bound</source>
        <translation>%1: Feld &quot;pod_id&quot; ist die Top-Region %2, die nie gebunden werden kann</translation>
    </message>
    <message>
        <source>%1: field &quot;ended_at&quot; is before &quot;created_at&quot;</source>
        <translation>%1: Feld &quot;ended_at&quot; liegt vor &quot;created_at&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;is_binding&quot;: tenant %2 already has an active binding in AZ %3, group %4 (pod_bindings[%5])</source>
        <translation>%1: Feld &quot;is_binding&quot;: Mandant %2 hat bereits eine aktive Bindung in AZ %3, Gruppe %4 (pod_bindings[%5])</translation>
    </message>
</context>
<context>
    <name>Trio2oApiClient</name>
    <message>
        <source>The Keystone catalog has no Trio2o endpoint (service type &quot;Cascading&quot;, interface %1%2); give it with --endpoint.</source>
        <translation>Der Keystone-Katalog hat keinen Trio2o-Endpunkt (Diensttyp &quot;Cascading&quot;, Schnittstelle %1%2); mit --endpoint angeben.</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, Region %1</translation>
    </message>
    <message>
        <source>The user lacks the admin role Trio2o requires; retrying will not help.</source>
        <translation>Dem Benutzer fehlt die von Trio2o verlangte admin-Rolle; erneutes Versuchen hilft nicht.</translation>
    </message>
    <message>
        <source>The credentials were refused.</source>
        <translation>Die Anmeldedaten wurden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;pods&quot; array</source>
        <translation>kein &quot;pods&quot;-Array</translation>
    </message>
    <message>
        <source>no &quot;pod_bindings&quot; array</source>
        <translation>kein &quot;pod_bindings&quot;-Array</translation>
    </message>
    <message>
        <source>list the pods</source>
        <translation>Auflisten der Pods</translation>
    </message>
    <message>
        <source>read pod %1</source>
        <translation>Lesen von Pod %1</translation>
    </message>
    <message>
        <source>create pod %1</source>
        <translation>Erstellen von Pod %1</translation>
    </message>
    <message>
        <source>delete pod %1</source>
        <translation>Löschen von Pod %1</translation>
    </message>
    <message>
        <source>list the pod bindings</source>
        <translation>Auflisten der Pod-Bindungen</translation>
    </message>
    <message>
        <source>read binding %1</source>
        <translation>Lesen von Bindung %1</translation>
    </message>
    <message>
        <source>bind tenant %1 to pod %2</source>
        <translation>Binden von Mandant %1 an Pod %2</translation>
    </message>
    <message>
        <source>delete binding %1</source>
        <translation>Löschen von Bindung %1</translation>
    </message>
</context>
<context>
    <name>UnbindCommand</name>
    <message>
        <source>unbind %1 from %2</source>
        <translation>Lösen von %1 von %2</translation>
    </message>
</context>
<context>
    <name>UsageCollector</name>
    <message>
        <source>Usage of pod %1 is unknown: the catalog has no compute endpoint for region %1.</source>
        <translation>Die Auslastung von Pod %1 ist unbekannt: der Katalog hat keinen Compute-Endpunkt für Region %1.</translation>
    </message>
    <message>
        <source>read the usage of pod %1</source>
        <translation>Lesen der Auslastung von Pod %1</translation>
    </message>
    <message>
        <source>no complete &quot;hypervisor_statistics&quot;</source>
        <translation>keine vollständigen &quot;hypervisor_statistics&quot;</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>Write the report as JSON.</source>
        <translation>Den Bericht als JSON schreiben.</translation>
    </message>
    <message>
        <source>Write the binding changes and failures as CSV.</source>
        <translation>Die Bindungsänderungen und Fehlschläge als CSV schreiben.</translation>
    </message>
    <message>
        <source>Write a readable summary (the default).</source>
        <translation>Eine lesbare Zusammenfassung schreiben (Standard).</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also save the binding changes as a plan (JSON) to FILE.</source>
        <translation>Die Bindungsänderungen zusätzlich als Plan (JSON) in DATEI speichern.</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>Die Szenariodatei (JSON).</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation>eine von --json, --csv und --text wählen</translation>
    </message>
    <message>
        <source>Replaying: %1%</source>
        <translation>Wiedergabe: %1%</translation>
    </message>
    <message>
        <source>Replays a what-if scenario (pods going into maintenance, bursts of VMs, new pods...) on a copy of a cloud state and reports who would be rebound where, which pods fill up and which requests fail. The base named by the scenario is never written; &quot;current&quot; means the cloud given by --db or --remote. See docs/scenario-format.md.</source>
        <translation>Spielt ein What-if-Szenario (Pods gehen in Wartung, VM-Schübe, neue Pods...) auf einer Kopie eines Cloud-Zustands ab und berichtet, wer wohin neu gebunden würde, welche Pods volllaufen und welche Anforderungen fehlschlagen. Die im Szenario genannte Basis wird nie geschrieben; &quot;current&quot; bedeutet die mit --db oder --remote angegebene Cloud. Siehe docs/scenario-format.md.</translation>
    </message>
    <message>
        <source>whatif takes exactly one SCENARIO file (see trio2o-sched whatif --help)</source>
        <translation>whatif erwartet genau eine SCENARIO-Datei (siehe trio2o-sched whatif --help)</translation>
    </message>
    <message>
        <source>interrupted: replay stopped between events, nothing was written</source>
        <translation>unterbrochen: die Wiedergabe wurde zwischen Ereignissen angehalten, nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Print the replay&apos;s progress to standard error, one line each time, even when it is not a terminal (the first line also says Ctrl-C is armed).</source>
        <translation>Den Fortschritt der Wiedergabe auf die Standardfehlerausgabe schreiben, jeweils eine Zeile, auch wenn sie kein Terminal ist (die erste Zeile zeigt auch, dass Strg-C wirkt).</translation>
    </message>
    <message>
        <source>Refuse scenarios whose events ask for more than N VM requests in all (default %1).</source>
        <translation>Szenarien ablehnen, deren Ereignisse insgesamt mehr als N VM-Anfragen verlangen (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Refuse scenarios whose name patterns expand to more than N tenant names in all (default %1).</source>
        <translation>Szenarien ablehnen, deren Namensmuster insgesamt mehr als N Mandantennamen ergeben (Standard %1).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0, not &quot;%2&quot;</source>
        <translation>--%1 muss eine ganze Zahl über 0 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Replaying: %1% (Ctrl-C stops)</source>
        <translation>Wiedergabe: %1 % (Strg-C bricht ab)</translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message>
        <source>general</source>
        <comment>pod group without affinity tag</comment>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>any AZ</source>
        <translation>beliebige AZ</translation>
    </message>
</context>
<context>
    <name>gui::ApplyPlanDialog</name>
    <message>
        <source>&amp;Apply to the cloud</source>
        <translation>Auf die Cloud &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Apply the what-if plan</source>
        <translation>What-if-Plan anwenden</translation>
    </message>
    <message>
        <source>Filter operations by tenant, AZ, group or pod</source>
        <translation>Operationen nach Mandant, AZ, Gruppe oder Pod filtern</translation>
    </message>
    <message>
        <source>%v of %m operations applied</source>
        <translation>%v von %m Operationen angewendet</translation>
    </message>
    <message>
        <source>(no backend)</source>
        <translation>(kein Backend)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Stopping after the operations under way…</source>
        <translation>Halte nach den laufenden Operationen an…</translation>
    </message>
    <message>
        <source>bind %1 to %2</source>
        <translation>%1 an %2 binden</translation>
    </message>
    <message>
        <source>unbind %1 from %2</source>
        <translation>%1 von %2 lösen</translation>
    </message>
    <message>
        <source>rebind %1 from %2 to %3</source>
        <translation>%1 von %2 neu an %3 binden</translation>
    </message>
    <message>
        <source>Operations 1–%1 of %2 were applied.</source>
        <translation>Operationen 1–%1 von %2 wurden angewendet.</translation>
    </message>
    <message>
        <source>No operation was applied.</source>
        <translation>Keine Operation wurde angewendet.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 operations applied; operations %3–%2 were not applied.</source>
        <translation>Angehalten: %1 von %2 Operationen angewendet; Operationen %3–%2 wurden nicht angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n operation(s) applied.</source>
        <translation>
            <numerusform>Die %n Operation wurde angewendet.</numerusform>
            <numerusform>Alle %n Operationen wurden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation %1 was not applied.</source>
        <translation>Operation %1 wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Operations %1–%2 were not applied.</source>
        <translation>Operationen %1–%2 wurden nicht angewendet.</translation>
    </message>
    <message>
        <source>%1 Operation %2 (%3) failed: %4
%5 Refresh, run the scenario again and review the new plan.</source>
        <translation>%1 Operation %2 (%3) ist fehlgeschlagen: %4
%5 Aktualisieren, das Szenario erneut ausführen und den neuen Plan prüfen.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan saved earlier from the What-if tab or by trio2o-sched whatif --plan</source>
        <translation>Einen früher gespeicherten Plan öffnen (aus dem Reiter Was-wäre-wenn oder von trio2o-sched whatif --plan)</translation>
    </message>
    <message>
        <source>Apply the what-if plan %1</source>
        <comment>plan file name</comment>
        <translation>Was-wäre-wenn-Plan %1 anwenden</translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only): nothing can be applied.</source>
        <translation>Das Backend zeigt nur einen gespeicherten Snapshot (schreibgeschützt): nichts kann angewendet werden.</translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation>Gespeicherten Was-wäre-wenn-Plan öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>No operations to apply. Open a plan saved earlier, or run a scenario in the What-if tab.</source>
        <translation>Keine Operationen anzuwenden. Öffnen Sie einen früher gespeicherten Plan oder führen Sie im Reiter Was-wäre-wenn ein Szenario aus.</translation>
    </message>
    <message numerus="yes">
        <source>The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Applying stops at the first operation that fails.</source>
        <translation>
            <numerusform>Der Plan der Richtlinie %1 hat %n Operation: %2 binden, %3 neu binden, %4 lösen. Prüfen Sie sie und wenden Sie sie dann auf %5 an.</numerusform>
            <numerusform>Der Plan der Richtlinie %1 hat %n Operationen: %2 binden, %3 neu binden, %4 lösen. Prüfen Sie sie und wenden Sie sie dann in dieser Reihenfolge auf %5 an. Das Anwenden hält bei der ersten fehlgeschlagenen Operation an.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>policy</comment>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>gui::AzUsageChart</name>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n Pod</numerusform>
            <numerusform>%1 — %n Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 % / %2 %</source>
        <comment>peak usage / threshold</comment>
        <translation>%1 % / %2 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>pod name (state)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>dashboard table header</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>dashboard table header: bound tenants</comment>
        <translation>Mand.</translation>
    </message>
    <message>
        <source>Peak / threshold</source>
        <comment>dashboard table header: highest usage and threshold</comment>
        <translation>Max. / Schwellwert</translation>
    </message>
    <message>
        <source>Showing the %1 busiest of %2 pods.</source>
        <translation>Die %1 am stärksten ausgelasteten von %2 Pods.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) bound in this AZ</source>
        <translation>
            <numerusform>%n Mandant in dieser AZ gebunden</numerusform>
            <numerusform>%n Mandanten in dieser AZ gebunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BindingDialog</name>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation>%1 — AZ %2, %3</translation>
    </message>
    <message>
        <source>New Binding</source>
        <translation>Neue Bindung</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>Mandanten-ID (Projekt-ID)</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>&amp;Binden</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation>&amp;Pod:</translation>
    </message>
    <message>
        <source>Enter the tenant to bind.</source>
        <translation>Den zu bindenden Mandanten eingeben.</translation>
    </message>
    <message>
        <source>Choose a bottom pod (the top region cannot be bound).</source>
        <translation>Einen Bottom-Pod wählen (die Top-Region kann nicht gebunden werden).</translation>
    </message>
    <message>
        <source>%1 is bound to %2 in AZ %3 and this group already; rebind it instead.</source>
        <translation>%1 ist in AZ %3 und dieser Gruppe bereits an %2 gebunden; stattdessen neu binden.</translation>
    </message>
</context>
<context>
    <name>gui::BindingsPage</name>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Historie zeigen</translation>
    </message>
    <message>
        <source>Also list ended bindings (the binding history)</source>
        <translation>Auch beendete Bindungen auflisten (die Bindungshistorie)</translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation>Nach Mandant oder Pod filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binding(s)</source>
        <translation>
            <numerusform>%1 von %n Bindung</numerusform>
            <numerusform>%1 von %n Bindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::CloudLoader</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Fetching pods and bindings…</source>
        <translation>Pods und Bindungen werden abgerufen…</translation>
    </message>
    <message>
        <source>Indexing bindings…</source>
        <translation>Bindungen werden indiziert…</translation>
    </message>
</context>
<context>
    <name>gui::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Local database file</source>
        <translation>Lokale Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Path of an SQLite database; a missing file is created with a demo cloud</source>
        <translation>Pfad einer SQLite-Datenbank; eine fehlende Datei wird mit einer Demo-Cloud angelegt</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trio2o Admin API (remote)</source>
        <translation>Trio2o-Admin-API (remote)</translation>
    </message>
</context>
<context>
    <name>gui::DashboardPage</name>
    <message>
        <source>No data loaded.</source>
        <translation>Keine Daten geladen.</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>Bottom pods</source>
        <translation>Bottom-Pods</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Active bindings</source>
        <translation>Aktive Bindungen</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>Über Schwellwert</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Nahe Schwellwert</translation>
    </message>
</context>
<context>
    <name>gui::DrainDialog</name>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation>Pod leeren</translation>
    </message>
    <message>
        <source>Working out where every tenant would go…</source>
        <translation>Ermittle, wohin jeder Mandant ginge…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Moves to / why it cannot move</source>
        <translation>Ziel / warum kein Umzug möglich</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>Ziehen um (%1)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation>Können nicht umziehen (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved off %1 in one transaction.</source>
        <translation>
            <numerusform>%n Mandant in einer Transaktion von %1 verschoben.</numerusform>
            <numerusform>%n Mandanten in einer Transaktion von %1 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Abgebrochen: nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled, but the moves could not be taken back; undo the drain.</source>
        <translation>Abgebrochen, aber die Umzüge konnten nicht zurückgenommen werden; das Leeren rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved</source>
        <translation>
            <numerusform>%n Mandant verschoben</numerusform>
            <numerusform>%n Mandanten verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved (still on %1)</source>
        <translation>
            <numerusform>%n nicht verschoben (noch auf %1)</numerusform>
            <numerusform>%n nicht verschoben (noch auf %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is bound twice (the old binding could not be deleted: %2)</source>
        <translation>%1 ist doppelt gebunden (die alte Bindung konnte nicht gelöscht werden: %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Draining %1: %n tenant(s) will move.</source>
        <translation>
            <numerusform>%1 wird geleert: %n Mandant wird verschoben.</numerusform>
            <numerusform>%1 wird geleert: %n Mandanten werden verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) cannot move.</source>
        <translation>
            <numerusform>%n Mandant kann nicht verschoben werden.</numerusform>
            <numerusform>%n Mandanten können nicht verschoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>drain preview: the tenants that move, the tenants that cannot</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gui::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation>&amp;Neuer Pod…</translation>
    </message>
    <message>
        <source>&amp;Edit Pod…</source>
        <translation>Pod &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation>Pod &amp;löschen…</translation>
    </message>
    <message>
        <source>New &amp;Binding…</source>
        <translation>Neue B&amp;indung…</translation>
    </message>
    <message>
        <source>E&amp;nd Binding…</source>
        <translation>Bindung b&amp;eenden…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Cannot Read the Cloud</source>
        <translation>Cloud nicht lesbar</translation>
    </message>
    <message>
        <source>Change Failed</source>
        <translation>Änderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not %1: %2
The undo history no longer holds this step.</source>
        <translation>%1 fehlgeschlagen: %2
Der Rückgängig-Verlauf enthält diesen Schritt nicht mehr.</translation>
    </message>
    <message>
        <source>Pod in Use</source>
        <translation>Pod in Verwendung</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) are bound to %1; it cannot be deleted before they move. Drain it now?</source>
        <translation>
            <numerusform>An %1 ist %n Mandant gebunden; der Pod kann erst gelöscht werden, wenn er umgezogen ist. Jetzt leeren?</numerusform>
            <numerusform>An %1 sind %n Mandanten gebunden; der Pod kann erst gelöscht werden, wenn sie umgezogen sind. Jetzt leeren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Delete pod %1? Undo brings it back.</source>
        <translation>Pod %1 löschen? Rückgängig stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>&amp;Rebind Tenant…</source>
        <translation>Mandant neu bin&amp;den…</translation>
    </message>
    <message>
        <source>D&amp;rain Pod…</source>
        <translation>P&amp;od leeren…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Scheduling…</translation>
    </message>
    <message>
        <source>Scheduler Se&amp;ttings…</source>
        <translation>Scheduler-Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>Rebind Tenant</source>
        <translation>Mandant neu binden</translation>
    </message>
    <message>
        <source>Move %1? The old binding ends (kept as history) and a new one starts.</source>
        <translation>%1 verschieben? Die alte Bindung endet (bleibt als Historie erhalten) und eine neue beginnt.</translation>
    </message>
    <message>
        <source>rebind %1</source>
        <translation>Neubinden von %1</translation>
    </message>
    <message numerus="yes">
        <source>drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>Leeren von %1 (%n Mandant)</numerusform>
            <numerusform>Leeren von %1 (%n Mandanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>rebind %1: %2 → %3</source>
        <translation>Neubinden von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Stopped waiting for: %1. The server may still have applied it; refresh to see what the cloud holds now.</source>
        <translation>Warten abgebrochen: %1. Der Server hat die Änderung möglicherweise trotzdem ausgeführt; aktualisieren Sie, um den jetzigen Stand der Cloud zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>find the binding of %1 to %2</source>
        <translation>Bindung von %1 an %2 suchen</translation>
    </message>
    <message>
        <source>%1 is no longer bound to %2; refresh to see the bindings now.</source>
        <translation>%1 ist nicht mehr an %2 gebunden; aktualisieren Sie, um die jetzigen Bindungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>gui::EndBindingDialog</name>
    <message>
        <source>End Binding</source>
        <translation>Bindung beenden</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>Mandanten-ID (Projekt-ID)</translation>
    </message>
    <message>
        <source>&amp;End binding</source>
        <translation>Bindung b&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Binding:</source>
        <translation>&amp;Bindung:</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>Enter the tenant whose binding ends.</source>
        <translation>Den Mandanten eingeben, dessen Bindung endet.</translation>
    </message>
    <message>
        <source>%1 has no active binding.</source>
        <translation>%1 hat keine aktive Bindung.</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Trio2o Console</source>
        <translation>Trio2o Console</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation>&amp;Pods</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>B&amp;indungen</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open a database (Ctrl+O)</source>
        <translation>Datenbank öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show binding &amp;history</source>
        <translation>Bindungs&amp;historie zeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Trio2o Console</source>
        <translation>Ü&amp;ber Trio2o Console</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>About Trio2o Console</source>
        <translation>Über Trio2o Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trio2o Console %1&lt;/h3&gt;&lt;p&gt;Watch and drive the dynamic pod binding of an OpenStack Trio2o cloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trio2o Console %1&lt;/h3&gt;&lt;p&gt;Die dynamische Pod-Bindung einer OpenStack-Trio2o-Cloud beobachten und steuern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The cloud cannot be reached: this is a saved snapshot taken %1. Editing is off until it answers again.</source>
        <translation>Die Cloud ist nicht erreichbar: dies ist ein gespeicherter Snapshot vom %1. Bearbeiten ist gesperrt, bis sie wieder antwortet.</translation>
    </message>
    <message>
        <source>%1 — snapshot of %2</source>
        <translation>%1 — Snapshot von %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;What-if</translation>
    </message>
    <message>
        <source>&amp;Apply a Saved Plan…</source>
        <translation>Gespeicherten &amp;Plan anwenden…</translation>
    </message>
</context>
<context>
    <name>gui::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <comment>notice banner</comment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>gui::PodDialog</name>
    <message>
        <source>Edit Pod %1</source>
        <translation>Pod %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source>empty = the top region (Trio2o itself)</source>
        <translation>leer = die Top-Region (Trio2o selbst)</translation>
    </message>
    <message>
        <source>the AZ name inside the pod (optional)</source>
        <translation>der AZ-Name innerhalb des Pods (optional)</translation>
    </message>
    <message>
        <source>key:value,… (empty = general group)</source>
        <translation>key:value,… (leer = allgemeine Gruppe)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>&amp;AZ:</translation>
    </message>
    <message>
        <source>&amp;Pod AZ:</source>
        <translation>&amp;Pod-AZ:</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>Rechen&amp;zentrum:</translation>
    </message>
    <message>
        <source>Affinity &amp;tags:</source>
        <translation>Affinitäts-&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Zu&amp;stand:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Sch&amp;wellwert:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>The pod needs a name (its Keystone region name).</source>
        <translation>Der Pod braucht einen Namen (den Namen seiner Keystone-Region).</translation>
    </message>
    <message>
        <source>A pod named %1 exists already.</source>
        <translation>Ein Pod namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is the top region already; a pod without an AZ would be a second one.</source>
        <translation>%1 ist bereits die Top-Region; ein Pod ohne AZ wäre eine zweite.</translation>
    </message>
    <message>
        <source>Affinity tags are written key:value, separated by commas, each key once.</source>
        <translation>Affinitäts-Tags werden als key:value geschrieben, durch Kommas getrennt, jeder Schlüssel nur einmal.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Capacity, &amp;vCPUs:</source>
        <translation>Kapazität, &amp;vCPUs:</translation>
    </message>
    <message>
        <source>Capacity, &amp;RAM:</source>
        <translation>Kapazität, &amp;RAM:</translation>
    </message>
    <message>
        <source>Capacity, d&amp;isk:</source>
        <translation>Kapazität, D&amp;isk:</translation>
    </message>
</context>
<context>
    <name>gui::PodsPage</name>
    <message>
        <source>Filter pods by name, AZ, DC or affinity tag</source>
        <translation>Pods nach Name, AZ, RZ oder Affinitäts-Tag filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s)</source>
        <translation>
            <numerusform>%1 von %n Pod</numerusform>
            <numerusform>%1 von %n Pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RebindDialog</name>
    <message>
        <source>Rebind Tenant</source>
        <translation>Mandant neu binden</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>Mandanten-ID (Projekt-ID)</translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation>&amp;Neu binden…</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>&amp;AZ:</translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation>Pod-Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;Candidate pods (pick another acceptable pod to override):</source>
        <translation>&amp;Kandidat-Pods (einen anderen geeigneten Pod wählen, um zu übersteuern):</translation>
    </message>
    <message>
        <source>Enter the tenant to move.</source>
        <translation>Den zu verschiebenden Mandanten eingeben.</translation>
    </message>
    <message>
        <source>%1 has no binding in AZ %2 and this group: nothing to move (use New Binding).</source>
        <translation>%1 hat keine Bindung in AZ %2 und dieser Gruppe: nichts zu verschieben (Neue Bindung verwenden).</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anforderung ist ungültig.</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>Scheduler: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Verschieben: %1</translation>
    </message>
</context>
<context>
    <name>gui::RemoteConnectionPage</name>
    <message>
        <source>http://host:19996/v1.0 (empty: from the Keystone catalog)</source>
        <translation>http://host:19996/v1.0 (leer: aus dem Keystone-Katalog)</translation>
    </message>
    <message>
        <source>Keystone password</source>
        <translation>Keystone-Passwort</translation>
    </message>
    <message>
        <source>Keystone token</source>
        <translation>Keystone-Token</translation>
    </message>
    <message>
        <source>No authentication (development cloud, X-Role: admin)</source>
        <translation>Keine Authentifizierung (Entwicklungs-Cloud, X-Role: admin)</translation>
    </message>
    <message>
        <source>https://keystone:5000/v3</source>
        <translation>https://keystone:5000/v3</translation>
    </message>
    <message>
        <source>asked every time, never stored</source>
        <translation>wird jedes Mal abgefragt, nie gespeichert</translation>
    </message>
    <message>
        <source>extra CA certificates (PEM), optional</source>
        <translation>zusätzliche CA-Zertifikate (PEM), optional</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trio2o &amp;API URL:</source>
        <translation>Trio2o-&amp;API-URL:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Keystone URL:</source>
        <translation>&amp;Keystone-URL:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>Benutzer&amp;domäne:</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>Projektdo&amp;mäne:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Recent &amp;remote connections:</source>
        <translation>&amp;Letzte Remote-Verbindungen:</translation>
    </message>
    <message>
        <source>Without Keystone the Trio2o API URL is needed.</source>
        <translation>Ohne Keystone wird die URL der Trio2o-API benötigt.</translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEditor</name>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>What this scenario asks, e.g. &quot;Pod az2-pod03 goes into maintenance tonight&quot;</source>
        <translation>Was dieses Szenario fragt, z. B. &quot;Pod az2-pod03 geht heute Nacht in Wartung&quot;</translation>
    </message>
    <message>
        <source>&quot;current&quot; = the cloud the console shows; or a state file (.json) or a database file, relative to the scenario&apos;s folder. It is only read, never written.</source>
        <translation>&quot;current&quot; = die Cloud, die die Konsole zeigt; oder eine Zustandsdatei (.json) oder Datenbankdatei, relativ zum Ordner des Szenarios. Sie wird nur gelesen, nie geschrieben.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Samples per pod:</source>
        <translation>Stichproben je Pod:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Events, replayed in this order</source>
        <translation>Ereignisse, in dieser Reihenfolge abgespielt</translation>
    </message>
    <message>
        <source>Choose an event on the left, or add one.</source>
        <translation>Links ein Ereignis wählen oder eines hinzufügen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>policy name (policy key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — from the file</source>
        <comment>policy</comment>
        <translation>%1 — aus der Datei</translation>
    </message>
    <message>
        <source>%1 — scheduler settings</source>
        <comment>policy</comment>
        <translation>%1 – Scheduler-Einstellungen</translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEventForm</name>
    <message>
        <source>Tenant or pattern:</source>
        <translation>Mandant oder Muster:</translation>
    </message>
    <message>
        <source>t1, or burst-{001..400}, or new-{n}</source>
        <translation>t1, oder burst-{001..400}, oder new-{n}</translation>
    </message>
    <message>
        <source>AZ:</source>
        <translation>AZ:</translation>
    </message>
    <message>
        <source>empty = any bottom AZ</source>
        <translation>leer = beliebige Bottom-AZ</translation>
    </message>
    <message>
        <source>Pod group:</source>
        <translation>Pod-Gruppe:</translation>
    </message>
    <message>
        <source>resource:gpu, empty = general</source>
        <translation>resource:gpu, leer = allgemein</translation>
    </message>
    <message>
        <source>vCPUs per VM:</source>
        <translation>vCPUs je VM:</translation>
    </message>
    <message>
        <source>RAM per VM (MB):</source>
        <translation>RAM je VM (MB):</translation>
    </message>
    <message>
        <source>Disk per VM (GB):</source>
        <translation>Disk je VM (GB):</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>VMs:</translation>
    </message>
    <message>
        <source>Pod (name or id):</source>
        <translation>Pod (Name oder ID):</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellwert:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Pod name:</source>
        <translation>Pod-Name:</translation>
    </message>
    <message>
        <source>Affinity tags:</source>
        <translation>Affinitäts-Tags:</translation>
    </message>
    <message>
        <source>resource:gpu, empty = general group</source>
        <translation>resource:gpu, leer = allgemeine Gruppe</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <source>RAM (MB):</source>
        <translation>RAM (MB):</translation>
    </message>
    <message>
        <source>Disk (GB):</source>
        <translation>Disk (GB):</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>new-{n} or t-{001..120}</source>
        <translation>new-{n} oder t-{001..120}</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Mandanten:</translation>
    </message>
    <message>
        <source>unknown (never collected)</source>
        <translation>unbekannt (nie erhoben)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>gui::ScheduleDialog</name>
    <message>
        <source>Request &amp;size:</source>
        <translation>Anforderungs&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>Mandanten-ID (Projekt-ID)</translation>
    </message>
    <message>
        <source>any bottom AZ</source>
        <translation>beliebige Bottom-AZ</translation>
    </message>
    <message>
        <source> vCPUs</source>
        <translation> vCPUs</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>&amp;AZ:</translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation>Pod-Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>Enter a tenant to see where it would go.</source>
        <translation>Einen Mandanten eingeben, um zu sehen, wohin er ginge.</translation>
    </message>
    <message>
        <source>The request is not valid (tenant, AZ or group).</source>
        <translation>Die Anforderung ist ungültig (Mandant, AZ oder Gruppe).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gui::SchedulerSettingsDialog</name>
    <message>
        <source>Scheduler Settings</source>
        <translation>Scheduler-Einstellungen</translation>
    </message>
    <message>
        <source>Weighted (the design: filters and weighers)</source>
        <translation>Gewichtet (der Entwurf: Filter und Gewichter)</translation>
    </message>
    <message>
        <source>Trio2o (exactly what upstream shipped)</source>
        <translation>Trio2o (genau wie Upstream ausgeliefert)</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Weigher multipliers (0 = off)</source>
        <translation>&amp;Multiplikatoren der Gewichter (0 = aus)</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Subset size (pick among the best N):</source>
        <translation>&amp;Teilmengengröße (Auswahl unter den besten N):</translation>
    </message>
    <message>
        <source>S&amp;eed for that pick:</source>
        <translation>&amp;Seed für diese Auswahl:</translation>
    </message>
    <message>
        <source>Default &amp;threshold:</source>
        <translation>Standard-Sch&amp;wellwert:</translation>
    </message>
</context>
<context>
    <name>gui::ScreenshotWriter</name>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation>das Bildschirmfoto %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>trio2o-console: no screenshot: %1</source>
        <translation>trio2o-console: kein Bildschirmfoto: %1</translation>
    </message>
</context>
<context>
    <name>gui::StatusPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n s old</source>
        <translation>
            <numerusform>Snapshot %n s alt</numerusform>
            <numerusform>Snapshot %n s alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n min old</source>
        <translation>
            <numerusform>Snapshot %n min alt</numerusform>
            <numerusform>Snapshot %n min alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n h old</source>
        <translation>
            <numerusform>Snapshot %n h alt</numerusform>
            <numerusform>Snapshot %n h alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only snapshot of %1</source>
        <translation>Schreibgeschützter Snapshot vom %1</translation>
    </message>
    <message>
        <source>The cloud cannot be reached; editing is off until it answers again.</source>
        <translation>Die Cloud ist nicht erreichbar; Bearbeiten ist ausgeschaltet, bis sie wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>gui::TenantTimelineWidget</name>
    <message>
        <source>Choose a tenant above to see its bindings over time.</source>
        <translation>Oben einen Mandanten wählen, um seine Bindungen im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>This tenant has no bindings.</source>
        <translation>Dieser Mandant hat keine Bindungen.</translation>
    </message>
</context>
<context>
    <name>gui::TenantsPage</name>
    <message>
        <source>Filter tenants by id</source>
        <translation>Mandanten nach ID filtern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bindungsverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bindungsverlauf von %1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 von %n Mandant</numerusform>
            <numerusform>%1 von %n Mandanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::WaitProgress</name>
    <message>
        <source>Waiting for the Cloud</source>
        <translation>Warten auf die Cloud</translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer…</source>
        <translation>Warten auf die Antwort der Cloud…</translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer: %1…</source>
        <translation>Warten auf die Antwort der Cloud: %1…</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>scenario file name</comment>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Replay the scenario on a private copy of its base (F5)</source>
        <translation>Das Szenario auf einer privaten Kopie seiner Basis abspielen (F5)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Open a what-if scenario</source>
        <translation>What-if-Szenario öffnen</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV table of changes and failures (*.csv)</source>
        <translation>JSON-Bericht (*.json);;CSV-Tabelle der Änderungen und Fehlschläge (*.csv)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario: %2</source>
        <translation>%1 ist kein Szenario: %2</translation>
    </message>
    <message>
        <source>the console is not connected, so &quot;current&quot; stands for nothing</source>
        <translation>die Konsole ist nicht verbunden, daher steht &quot;current&quot; für nichts</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The run was cancelled; the figures shown are partial.</source>
        <translation>Der Lauf wurde abgebrochen; die angezeigten Zahlen sind unvollständig.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The scenario cannot run: %1</source>
        <translation>Das Szenario kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The console is not connected to a backend</source>
        <translation>Die Konsole ist mit keinem Backend verbunden</translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only)</source>
        <translation>Das Backend zeigt nur einen gespeicherten Snapshot (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation>Gespeicherten Was-wäre-wenn-Plan öffnen</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfResultsView</name>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save p&amp;lan…</source>
        <translation>&amp;Plan speichern…</translation>
    </message>
    <message>
        <source>&amp;Apply plan…</source>
        <translation>Plan an&amp;wenden…</translation>
    </message>
    <message>
        <source>Usage before / after</source>
        <translation>Auslastung vorher / nachher</translation>
    </message>
    <message>
        <source>Policies compared</source>
        <translation>Richtlinienvergleich</translation>
    </message>
    <message>
        <source>Filter changes by tenant, AZ, group, pod or reason</source>
        <translation>Änderungen nach Mandant, AZ, Gruppe, Pod oder Grund filtern</translation>
    </message>
    <message>
        <source>Filter failures by tenant, AZ, group or reason</source>
        <translation>Fehlschläge nach Mandant, AZ, Gruppe oder Grund filtern</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Tenants whose outcome differs from the primary policy under:</source>
        <translation>Mandanten mit anderem Ergebnis als bei der Hauptrichtlinie, unter:</translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation>Nach Mandant oder Pod filtern</translation>
    </message>
    <message>
        <source>The scenario compares no other policy</source>
        <translation>Das Szenario vergleicht keine weitere Richtlinie</translation>
    </message>
    <message>
        <source>Review the plan&apos;s operations, then apply them</source>
        <translation>Die Operationen des Plans prüfen und dann anwenden</translation>
    </message>
    <message>
        <source>No results yet: open or build a scenario and run it.</source>
        <translation>Noch keine Ergebnisse: ein Szenario öffnen oder erstellen und ausführen.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>Policy %1, compared with %2</source>
        <translation>Richtlinie %1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Cancelled: the figures are partial, nothing can be saved or applied.</source>
        <translation>Abgebrochen: die Zahlen sind unvollständig, nichts kann gespeichert oder angewendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n event(s) replayed.</source>
        <translation>
            <numerusform>Fertig: %n Ereignis abgespielt.</numerusform>
            <numerusform>Fertig: %n Ereignisse abgespielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title: name (rows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>tab title: name (shown of rows)</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Kept &lt;b&gt;%1&lt;/b&gt; · bound &lt;b&gt;%2&lt;/b&gt; · rebound &lt;b&gt;%3&lt;/b&gt; · failed &lt;b&gt;%4&lt;/b&gt; · VMs created &lt;b&gt;%5&lt;/b&gt;, deleted &lt;b&gt;%6&lt;/b&gt;, skipped &lt;b&gt;%7&lt;/b&gt; · %8</source>
        <translation>Behalten &lt;b&gt;%1&lt;/b&gt; · gebunden &lt;b&gt;%2&lt;/b&gt; · neu gebunden &lt;b&gt;%3&lt;/b&gt; · fehlgeschlagen &lt;b&gt;%4&lt;/b&gt; · VMs erstellt &lt;b&gt;%5&lt;/b&gt;, gelöscht &lt;b&gt;%6&lt;/b&gt;, übersprungen &lt;b&gt;%7&lt;/b&gt; · %8</translation>
    </message>
    <message numerus="yes">
        <source>plan: &lt;b&gt;%n&lt;/b&gt; operation(s)</source>
        <translation>
            <numerusform>Plan: &lt;b&gt;%n&lt;/b&gt; Operation</numerusform>
            <numerusform>Plan: &lt;b&gt;%n&lt;/b&gt; Operationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::WhatIfRunner</name>
    <message>
        <source>Loading the scenario…</source>
        <translation>Szenario wird geladen…</translation>
    </message>
    <message>
        <source>Replaying: %1 of %2 steps</source>
        <translation>Wiedergabe: Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfUsageChart</name>
    <message>
        <source>%1 — the %2 pods that changed most of %3</source>
        <translation>%1 — die %2 am stärksten veränderten von %3 Pods</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n Pod</numerusform>
            <numerusform>%1 — %n Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak usage (%)</source>
        <translation>Spitzenauslastung (%)</translation>
    </message>
    <message>
        <source>vCPUs used (%)</source>
        <translation>vCPUs belegt (%)</translation>
    </message>
    <message>
        <source>RAM used (%)</source>
        <translation>RAM belegt (%)</translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation>Disk belegt (%)</translation>
    </message>
    <message>
        <source>Tenants bound</source>
        <translation>Gebundene Mandanten</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>before</source>
        <comment>what-if chart: figure before the scenario</comment>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <comment>what-if chart: figure after the scenario</comment>
        <translation>nachher</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>pod added by the scenario</comment>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <comment>pod removed by the scenario</comment>
        <translation>%1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>gui::waitFor</name>
    <message>
        <source>cancelled; the server may still have applied it, refresh to see</source>
        <translation>abgebrochen; der Server hat es möglicherweise trotzdem ausgeführt, aktualisieren Sie, um es zu sehen</translation>
    </message>
</context>
<context>
    <name>model::BindingTableModel</name>
    <message>
        <source>now</source>
        <comment>binding still active</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>active</source>
        <comment>binding state</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>history</source>
        <comment>binding state</comment>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>column header: pod group</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>column header: binding start</comment>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>column header: binding end</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: binding active or history</comment>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>model::CandidateTableModel</name>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>acceptable (current)</source>
        <translation>geeignet (aktuell)</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>geeignet</translation>
    </message>
    <message>
        <source>rejected (current)</source>
        <translation>abgelehnt (aktuell)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>weight</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>Abgelehnt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>model::ChangeTableModel</name>
    <message>
        <source>(none)</source>
        <comment>no previous pod</comment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <comment>binding ended, no new pod</comment>
        <translation>(ungebunden)</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>what-if table header</comment>
        <translation>Von Pod</translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>what-if table header</comment>
        <translation>Nach Pod</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>model::CloudTreeModel</name>
    <message>
        <source>Cloud (no top region)</source>
        <translation>Cloud (ohne Top-Region)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, group %3, %n bound tenant(s)</source>
        <translation>
            <numerusform>%1 — %2, Gruppe %3, %n gebundener Mandant</numerusform>
            <numerusform>%1 — %2, Gruppe %3, %n gebundene Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>tree header</comment>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>tree header: bound tenants</comment>
        <translation>Mand.</translation>
    </message>
</context>
<context>
    <name>model::FailureTableModel</name>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>model::LocalBackend</name>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>binding %1 has already ended</source>
        <translation>Bindung %1 ist bereits beendet</translation>
    </message>
    <message>
        <source>cannot read the bindings of %1: %2</source>
        <translation>die Bindungen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>model::PlanOperationModel</name>
    <message>
        <source>bind</source>
        <comment>plan operation</comment>
        <translation>binden</translation>
    </message>
    <message>
        <source>unbind</source>
        <comment>plan operation</comment>
        <translation>lösen</translation>
    </message>
    <message>
        <source>rebind</source>
        <comment>plan operation</comment>
        <translation>neu binden</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>plan operation status</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>plan operation status</comment>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>plan operation status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not applied</source>
        <comment>plan operation status</comment>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>#</source>
        <comment>plan table header: operation number</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Operation</source>
        <comment>plan table header</comment>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>plan table header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>plan table header</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>plan table header: pod group</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>plan table header</comment>
        <translation>Von Pod</translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>plan table header</comment>
        <translation>Nach Pod</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>plan table header</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>model::PodTableModel</name>
    <message>
        <source>(top region)</source>
        <translation>(Top-Region)</translation>
    </message>
    <message>
        <source>%1: %2 used of %3, threshold %4 %</source>
        <translation>%1: %2 von %3 belegt, Schwellwert %4 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header: pod name</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Pod AZ</source>
        <comment>column header: AZ name inside the pod</comment>
        <translation>Pod-AZ</translation>
    </message>
    <message>
        <source>DC</source>
        <comment>column header: data centre</comment>
        <translation>RZ</translation>
    </message>
    <message>
        <source>Affinity</source>
        <comment>column header: resource affinity tags</comment>
        <translation>Affinität</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: pod state</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header: pod creation time</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>column header: vCPU usage</comment>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <comment>column header: RAM usage</comment>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column header: disk usage</comment>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: bound tenants</comment>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>model::PolicyComparisonModel</name>
    <message>
        <source>—</source>
        <comment>not applicable: the primary policy</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 under the primary policy</source>
        <translation>%1 bei der Hauptrichtlinie</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>what-if decisions that kept the binding</comment>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Bound</source>
        <comment>what-if decisions that created a binding</comment>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Rebound</source>
        <comment>what-if decisions that moved a tenant</comment>
        <translation>Neu gebunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>what-if decisions that failed</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Events replayed</source>
        <translation>Abgespielte Ereignisse</translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation>VMs erstellt</translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation>VMs gelöscht</translation>
    </message>
    <message>
        <source>VMs skipped (no binding)</source>
        <translation>VMs übersprungen (keine Bindung)</translation>
    </message>
    <message>
        <source>Binding changes</source>
        <translation>Bindungsänderungen</translation>
    </message>
    <message>
        <source>Failures listed</source>
        <translation>Aufgeführte Fehlschläge</translation>
    </message>
    <message>
        <source>Tenants with another outcome</source>
        <translation>Mandanten mit anderem Ergebnis</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <comment>policy name</comment>
        <translation>%1 (Haupt)</translation>
    </message>
</context>
<context>
    <name>model::ScenarioEventListModel</name>
    <message>
        <source>any AZ</source>
        <translation>beliebige AZ</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB RAM, %3 GB disk</source>
        <translation>%1 vCPU, %2 MB RAM, %3 GB Disk</translation>
    </message>
    <message>
        <source>Create VMs</source>
        <translation>VMs erstellen</translation>
    </message>
    <message>
        <source>Delete VMs</source>
        <translation>VMs löschen</translation>
    </message>
    <message>
        <source>Set usage</source>
        <translation>Auslastung setzen</translation>
    </message>
    <message>
        <source>Set capacity</source>
        <translation>Kapazität setzen</translation>
    </message>
    <message>
        <source>Pod state</source>
        <translation>Pod-Zustand</translation>
    </message>
    <message>
        <source>Add pod</source>
        <translation>Pod hinzufügen</translation>
    </message>
    <message>
        <source>Remove pod</source>
        <translation>Pod entfernen</translation>
    </message>
    <message>
        <source>Drain pod</source>
        <translation>Pod leeren</translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation>Neue Mandanten</translation>
    </message>
    <message>
        <source>%1: %2 × %3 in %4 (%5)</source>
        <translation>%1: %2 × %3 in %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2 %3 = %4</source>
        <translation>%1: %2 %3 = %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Event %1 (events[%1] in the file)</source>
        <translation>Ereignis %1 (events[%1] in der Datei)</translation>
    </message>
    <message>
        <source>Grow (outlook)</source>
        <translation>Wachstum (Ausblick)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) in %2</source>
        <translation>
            <numerusform>%1: %n Tag in %2</numerusform>
            <numerusform>%1: %n Tage in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>model::TenantDifferenceModel</name>
    <message>
        <source>(not bound)</source>
        <translation>(nicht gebunden)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <comment>pods a tenant ends up on under a policy</comment>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fehlschläge (%1)</translation>
    </message>
</context>
<context>
    <name>model::TenantTableModel</name>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>column header: number of active bindings</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>column header: number of ended bindings</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Bound to</source>
        <comment>column header: pods of the active bindings</comment>
        <translation>Gebunden an</translation>
    </message>
</context>
<context>
    <name>model::remote::RemoteBackend</name>
    <message>
        <source>%1 — snapshot of %2, read-only (the cloud cannot be reached)</source>
        <translation>%1 — Snapshot von %2, schreibgeschützt (die Cloud ist nicht erreichbar)</translation>
    </message>
</context>
<context>
    <name>model::waitFor</name>
    <message>
        <source>the operation was cancelled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
</context>
</TS>
