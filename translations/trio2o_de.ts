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
    <message>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>The plan creates %n tenant(s) the cloud never had (invented by the what-if scenario).</source>
        <translation>
            <numerusform>Der Plan legt %n Mandanten an, den die Cloud nie hatte (vom What-if-Szenario erfunden).</numerusform>
            <numerusform>Der Plan legt %n Mandanten an, die die Cloud nie hatte (vom What-if-Szenario erfunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies a saved what-if plan (whatif --plan FILE) to the database or a live cloud. Every operation is checked first; a bad one refuses the whole plan, naming its index and field. On a database the plan is one transaction; on a live cloud an interrupted apply is finished by running it again (operations already done are skipped).</source>
        <translation>Wendet einen gespeicherten What-if-Plan (whatif --plan DATEI) auf die Datenbank oder eine laufende Cloud an. Jede Operation wird zuerst geprüft; eine fehlerhafte weist den ganzen Plan zurück und nennt ihren Index und ihr Feld. In einer Datenbank ist der Plan eine Transaktion; in einer laufenden Cloud wird eine unterbrochene Anwendung durch erneutes Ausführen abgeschlossen (bereits erledigte Operationen werden übersprungen).</translation>
    </message>
    <message>
        <source>Only check the plan and show what would change.</source>
        <translation>Den Plan nur prüfen und zeigen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>apply takes one PLAN file</source>
        <translation>apply erwartet genau eine PLAN-Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>AuditLogReader</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogWriter</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>das Änderungsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot notify the other users of the store: %1</source>
        <translation>die anderen Benutzer des Speichers können nicht benachrichtigt werden: %1</translation>
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
    <message>
        <source>The cloud of clouds.yaml to use (env OS_CLOUD); OS_* variables and flags override its settings.</source>
        <translation>Die Cloud aus clouds.yaml (env OS_CLOUD); OS_*-Variablen und Optionen überschreiben ihre Einstellungen.</translation>
    </message>
    <message>
        <source>password, token or v3applicationcredential (env OS_AUTH_TYPE; default: inferred).</source>
        <translation>password, token oder v3applicationcredential (env OS_AUTH_TYPE; Vorgabe: abgeleitet).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Keystone user id instead of the name (env OS_USER_ID).</source>
        <translation>Keystone-Benutzer-ID statt des Namens (env OS_USER_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keystone password (env OS_PASSWORD; prefer the variable or the prompt).</source>
        <translation>Keystone-Passwort (env OS_PASSWORD; besser die Variable oder die Abfrage).</translation>
    </message>
    <message>
        <source>Project id to scope to (env OS_PROJECT_ID).</source>
        <translation>Projekt-ID für den Geltungsbereich (env OS_PROJECT_ID).</translation>
    </message>
    <message>
        <source>User domain id (env OS_USER_DOMAIN_ID).</source>
        <translation>ID der Benutzerdomäne (env OS_USER_DOMAIN_ID).</translation>
    </message>
    <message>
        <source>Project domain id (env OS_PROJECT_DOMAIN_ID).</source>
        <translation>ID der Projektdomäne (env OS_PROJECT_DOMAIN_ID).</translation>
    </message>
    <message>
        <source>Domain id of the user and project when neither is given (env OS_DEFAULT_DOMAIN).</source>
        <translation>Domänen-ID von Benutzer und Projekt, wenn keine angegeben ist (env OS_DEFAULT_DOMAIN).</translation>
    </message>
    <message>
        <source>Scope the token to the system instead of a project: all (env OS_SYSTEM_SCOPE).</source>
        <translation>Token für das System statt für ein Projekt: all (env OS_SYSTEM_SCOPE).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>Application credential id (env OS_APPLICATION_CREDENTIAL_ID).</source>
        <translation>ID der Anwendungszugangsdaten (env OS_APPLICATION_CREDENTIAL_ID).</translation>
    </message>
    <message>
        <source>Application credential secret (env OS_APPLICATION_CREDENTIAL_SECRET; prefer the variable).</source>
        <translation>Geheimnis der Anwendungszugangsdaten (env OS_APPLICATION_CREDENTIAL_SECRET; besser die Variable).</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <source>Log every request (method, URL, status, duration, request id) on standard error; the logging categories are trio2o.http, trio2o.keystone and trio2o.api (QT_LOGGING_RULES).</source>
        <translation>Jede Anfrage (Methode, URL, Status, Dauer, Anfrage-ID) auf der Standardfehlerausgabe protokollieren; die Protokollkategorien sind trio2o.http, trio2o.keystone und trio2o.api (QT_LOGGING_RULES).</translation>
    </message>
    <message>
        <source>cannot read the CA file %1 (--os-cacert): %2</source>
        <translation>die CA-Datei %1 (--os-cacert) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 (--os-cacert) holds no PEM certificate</source>
        <translation>die CA-Datei %1 (--os-cacert) enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
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
    <name>CapacityCommand</name>
    <message>
        <source>--vm-size: &quot;%1&quot; is not of the form vcpus=N,ram_mb=N,disk_gb=N with whole numbers above 0, each resource once</source>
        <translation>--vm-size: „%1“ hat nicht die Form vcpus=N,ram_mb=N,disk_gb=N mit ganzen Zahlen über 0, jede Ressource einmal</translation>
    </message>
    <message>
        <source>--vm-size needs vcpus, ram_mb and disk_gb, e.g. vcpus=2,ram_mb=4096,disk_gb=40</source>
        <translation>--vm-size braucht vcpus, ram_mb und disk_gb, z. B. vcpus=2,ram_mb=4096,disk_gb=40</translation>
    </message>
    <message>
        <source>The capacity outlook: for each pod and resource the days until usage crosses the pod&apos;s threshold (conservative: from the top of the trend&apos;s band; trend: on the line), and for each AZ&apos;s pod group the date by which a new pod is needed.</source>
        <translation>Die Kapazitätsprognose: für jeden Pod und jede Ressource die Tage, bis die Nutzung den Schwellenwert des Pods überschreitet (vorsichtig: vom oberen Rand des Trendbands; Trend: auf der Linie), und für jede Pod-Gruppe einer AZ das Datum, bis zu dem ein neuer Pod nötig ist.</translation>
    </message>
    <message>
        <source>Only this AZ.</source>
        <translation>Nur diese AZ.</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Only this pod group (e.g. resource:gpu; &quot;&quot; for the general group).</source>
        <translation>Nur diese Pod-Gruppe (z. B. resource:gpu; &quot;&quot; für die allgemeine Gruppe).</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Pods within this many days are at risk; a new pod&apos;s size lasts this long (default 90).</source>
        <translation>Pods innerhalb so vieler Tage sind gefährdet; die Größe eines neuen Pods reicht so lange (Standard 90).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Fit the trend to the samples of this many last days (default 90).</source>
        <translation>Den Trend an die Messwerte so vieler letzter Tage anpassen (Standard 90).</translation>
    </message>
    <message>
        <source>A typical VM, to count remaining capacity in VMs (default: measured from the history).</source>
        <translation>Eine typische VM, um die verbleibende Kapazität in VMs zu zählen (Standard: aus dem Verlauf gemessen).</translation>
    </message>
    <message>
        <source>vcpus=N,ram_mb=N,disk_gb=N</source>
        <translation>vcpus=N,ram_mb=N,disk_gb=N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV: one row per pod and resource.</source>
        <translation>CSV ausgeben: eine Zeile je Pod und Ressource.</translation>
    </message>
    <message>
        <source>Print text tables (the default).</source>
        <translation>Texttabellen ausgeben (Standard).</translation>
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
        <source>capacity takes no arguments (see trio2o-sched capacity --help)</source>
        <translation>capacity nimmt keine Argumente (siehe trio2o-sched capacity --help)</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation>wählen Sie eines von --json, --csv und --text</translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>no projection: too little history (at least %1 samples over %2 days)</source>
        <translation>keine Prognose: zu wenig Verlauf (mindestens %1 Messwerte über %2 Tage)</translation>
    </message>
    <message>
        <source>no projection: usage is flat or falling</source>
        <translation>keine Prognose: die Nutzung ist gleichbleibend oder fallend</translation>
    </message>
    <message>
        <source>no projection: recent usage has left the trend</source>
        <translation>keine Prognose: die jüngste Nutzung weicht vom Trend ab</translation>
    </message>
    <message>
        <source>no projection: no capacity recorded</source>
        <translation>keine Prognose: keine Kapazität erfasst</translation>
    </message>
    <message>
        <source>no projection: usage never collected</source>
        <translation>keine Prognose: Nutzung nie erfasst</translation>
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
        <source>disk</source>
        <translation>Festplatte</translation>
    </message>
    <message numerus="yes">
        <source>Pods over their threshold within %n day(s) (conservative – trend):</source>
        <translation>
            <numerusform>Pods über ihrem Schwellenwert innerhalb von %n Tag (vorsichtig – Trend):</numerusform>
            <numerusform>Pods über ihrem Schwellenwert innerhalb von %n Tagen (vorsichtig – Trend):</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>USED / LIMIT</source>
        <translation>BELEGT / GRENZE</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>RESTZEIT</translation>
    </message>
    <message>
        <source>LEFT NOW</source>
        <translation>JETZT FREI</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s))</source>
        <translation>
            <numerusform>%1 (%n VM)</numerusform>
            <numerusform>%1 (%n VMs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>New pod needed by (every pod of the group over its threshold):</source>
        <translation>Neuer Pod nötig bis (jeder Pod der Gruppe über seinem Schwellenwert):</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>PODS</translation>
    </message>
    <message>
        <source>NEEDED BY</source>
        <translation>NÖTIG BIS</translation>
    </message>
    <message numerus="yes">
        <source>NEW POD FOR %n DAY(S)</source>
        <translation>
            <numerusform>NEUER POD FÜR %n TAG</numerusform>
            <numerusform>NEUER POD FÜR %n TAGE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>now: every pod is in maintenance or disabled</source>
        <translation>jetzt: jeder Pod ist in Wartung oder deaktiviert</translation>
    </message>
</context>
<context>
    <name>ChangeListPrinter</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Target pods:</source>
        <translation>Ziel-Pods:</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>RECEIVES</source>
        <translation>ERHÄLT</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>AUSLASTUNG</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SCHWELLWERT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ChangeNoticeText</name>
    <message>
        <source>%1 edited by %2</source>
        <translation>%1 von %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 set to %2 by %3</source>
        <translation>%1 von %3 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation>%1 von %2 angelegt</translation>
    </message>
    <message>
        <source>%1 deleted by %2</source>
        <translation>%1 von %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 bound to %2 by %3</source>
        <translation>%1 von %3 an %2 gebunden</translation>
    </message>
    <message>
        <source>%1 unbound from %2 by %3</source>
        <translation>Bindung von %1 an %2 von %3 beendet</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 by %4</source>
        <translation>%1 von %4 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>The cloud was changed by %1</source>
        <translation>Die Cloud wurde von %1 geändert</translation>
    </message>
    <message>
        <source>%1 edited on the server</source>
        <translation>%1 auf dem Server bearbeitet</translation>
    </message>
    <message>
        <source>%1 set to %2 on the server</source>
        <translation>%1 auf dem Server auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 created on the server</source>
        <translation>%1 auf dem Server angelegt</translation>
    </message>
    <message>
        <source>%1 deleted on the server</source>
        <translation>%1 auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>%1 bound to %2 on the server</source>
        <translation>%1 auf dem Server an %2 gebunden</translation>
    </message>
    <message>
        <source>%1 unbound from %2 on the server</source>
        <translation>Bindung von %1 an %2 auf dem Server beendet</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 on the server</source>
        <translation>%1 auf dem Server von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>The cloud was changed on the server</source>
        <translation>Die Cloud wurde auf dem Server geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the server</source>
        <translation>
            <numerusform>%n Änderung auf dem Server</numerusform>
            <numerusform>%n Änderungen auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%n Änderung von %1</numerusform>
            <numerusform>%n Änderungen von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeReversal</name>
    <message>
        <source>the undo is no longer possible: tenant %1 is no longer bound to pod %2 as this change left it (the state moved on since); nothing was changed</source>
        <translation>das Rückgängigmachen ist nicht mehr möglich: Mandant %1 ist nicht mehr an Pod %2 gebunden, wie diese Änderung ihn hinterlassen hat (der Zustand hat sich seitdem geändert); nichts wurde geändert</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>zurückgenommen</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>the backend shows a saved snapshot only: nothing can be written</source>
        <translation>das Backend zeigt nur einen gespeicherten Snapshot: nichts kann geschrieben werden</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>pod %1 could not be changed, no tenant was moved: %2</source>
        <translation>Pod %1 konnte nicht geändert werden, kein Mandant wurde verschoben: %2</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes (tenant %3: %4); run the same operation again to finish it</source>
        <translation>angehalten nach %1 von %2 Änderungen (Mandant %3: %4); dieselbe Operation erneut ausführen, um sie abzuschließen</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes; run the same operation again to finish it</source>
        <translation>angehalten nach %1 von %2 Änderungen; dieselbe Operation erneut ausführen, um sie abzuschließen</translation>
    </message>
    <message>
        <source>no tenant was moved: %1</source>
        <translation>kein Tenant wurde verschoben: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No inconsistencies found.</source>
        <translation>Keine Inkonsistenzen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found:</source>
        <translation>
            <numerusform>%n Inkonsistenz gefunden:</numerusform>
            <numerusform>%n Inkonsistenzen gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>repariert: %1</translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>Deleted the second top region %1.</source>
        <translation>Die zweite Top-Region %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed; trio2o-sched check --repair applies these repairs.</source>
        <translation>Probelauf: nichts wurde geändert; trio2o-sched check --repair führt diese Reparaturen aus.</translation>
    </message>
    <message>
        <source>trio2o-sched check --repair applies these repairs (--repair --dry-run shows them only).</source>
        <translation>trio2o-sched check --repair führt diese Reparaturen aus (--repair --dry-run zeigt sie nur).</translation>
    </message>
    <message>
        <source>Apply the repairs (on a database in one transaction).</source>
        <translation>Die Reparaturen ausführen (in einer Datenbank in einer Transaktion).</translation>
    </message>
    <message>
        <source>With --repair: only show what would change.</source>
        <translation>Mit --repair: nur zeigen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Print the findings and repairs as JSON.</source>
        <translation>Die Befunde und Reparaturen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON) for the pods orphaned tenants get.</source>
        <translation>Scheduler-Konfiguration (JSON) für die Pods, die verwaiste Mandanten bekommen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>check takes no arguments (see trio2o-sched check --help)</source>
        <translation>check nimmt keine Argumente (siehe trio2o-sched check --help)</translation>
    </message>
    <message>
        <source>--dry-run goes with --repair (check alone never changes anything)</source>
        <translation>--dry-run gehört zu --repair (check allein ändert nie etwas)</translation>
    </message>
    <message>
        <source>Finds what the cloud holds that the console&apos;s rules forbid: a tenant bound twice in one AZ and group, bindings to a pod that no longer exists or to a top region, a second top region, and on a live cloud a pod whose AZ or group changed under bound tenants since the last check. Each finding comes with its repair: the extra binding ends (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), a binding that places its tenant nowhere ends and a tenant left unbound goes to the scheduler&apos;s pod, a second top region is deleted, a moved pod is accepted where it is now. Exit status 0 when clean (or all repaired), 5 when inconsistencies remain, 1 on errors.</source>
        <translation>Findet, was die Cloud enthält, obwohl die Regeln der Konsole es verbieten: einen Mandanten, der in einer AZ und Gruppe zweimal gebunden ist, Bindungen an einen nicht mehr vorhandenen Pod oder an eine Top-Region, eine zweite Top-Region und in einer Live-Cloud einen Pod, dessen AZ oder Gruppe sich seit der letzten Prüfung unter gebundenen Mandanten geändert hat. Zu jedem Befund gehört seine Reparatur: die überzählige Bindung endet (die mit der kleinsten pod_id bleibt, die Bindung, die das Upstream-Trio2o als aktuell behandelt), eine Bindung, die ihren Mandanten nirgends platziert, endet, und ein danach ungebundener Mandant kommt auf den Pod des Schedulers, eine zweite Top-Region wird gelöscht, ein verschobener Pod wird dort akzeptiert, wo er jetzt ist. Exit-Status 0, wenn alles stimmt (oder alles repariert wurde), 5, wenn Inkonsistenzen bleiben, 1 bei Fehlern.</translation>
    </message>
</context>
<context>
    <name>CheckOperation</name>
    <message>
        <source>delete %1 (after its bindings ended); the first top region in creation order stays</source>
        <translation>%1 löschen (nachdem seine Bindungen beendet sind); die in Erstellungsreihenfolge erste Top-Region bleibt</translation>
    </message>
    <message>
        <source>the tenant keeps its binding to pod %1</source>
        <translation>der Mandant behält seine Bindung an Pod %1</translation>
    </message>
    <message>
        <source>end %1: %2</source>
        <translation>%1 beenden: %2</translation>
    </message>
    <message>
        <source>its pod cannot hold it; the scheduler&apos;s choice for the tenant (any AZ, general group)</source>
        <translation>sein Pod kann ihn nicht aufnehmen; die Wahl des Schedulers für den Mandanten (beliebige AZ, allgemeine Gruppe)</translation>
    </message>
    <message>
        <source>rebind %1 to pod %2, the scheduler&apos;s choice (any AZ, general group): the tenant has no other binding</source>
        <translation>%1 an Pod %2 neu binden, die Wahl des Schedulers (beliebige AZ, allgemeine Gruppe): der Mandant hat keine andere Bindung</translation>
    </message>
    <message>
        <source>no pod can take the tenant now; it is bound again at its next request</source>
        <translation>kein Pod kann den Mandanten jetzt aufnehmen; er wird bei seiner nächsten Anforderung wieder gebunden</translation>
    </message>
    <message>
        <source>%1 stays: it has the lowest pod_id, the binding upstream Trio2o treats as current</source>
        <translation>%1 bleibt: sie hat die kleinste pod_id, die Bindung, die das Upstream-Trio2o als aktuell behandelt</translation>
    </message>
    <message>
        <source>the bindings were repaired, but the second top region %1 could not be deleted: %2</source>
        <translation>die Bindungen wurden repariert, aber die zweite Top-Region %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>binding %1 to pod %2</source>
        <translation>Bindung %1 an Pod %2</translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3 (%4); which binding is current cannot be told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), or end the extra binding, first.</source>
        <translation>
            <numerusform>Mandant %1 ist in AZ %2, Gruppe %3 %n-mal gebunden (%4); welche Bindung aktuell ist, lässt sich nicht sagen, daher wurde nichts entschieden. Zuerst trio2o-sched check --repair ausführen (es behält die kleinste pod_id) oder die überzählige Bindung beenden.</numerusform>
            <numerusform>Mandant %1 ist in AZ %2, Gruppe %3 %n-mal gebunden (%4); welche Bindung aktuell ist, lässt sich nicht sagen, daher wurde nichts entschieden. Zuerst trio2o-sched check --repair ausführen (es behält die kleinste pod_id) oder die überzählige Bindung beenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>bound twice</source>
        <translation>doppelt gebunden</translation>
    </message>
    <message>
        <source>pod missing</source>
        <translation>Pod fehlt</translation>
    </message>
    <message>
        <source>second top region</source>
        <translation>zweite Top-Region</translation>
    </message>
    <message>
        <source>bound to a top region</source>
        <translation>an eine Top-Region gebunden</translation>
    </message>
    <message>
        <source>AZ %1, group %2</source>
        <translation>AZ %1, Gruppe %2</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 moved from %2 to %3 under %n bound tenant(s) (%4): they are bound in %3 now</source>
        <translation>
            <numerusform>Pod %1 wurde unter %n gebundenen Mandanten (%4) von %2 nach %3 verschoben: er ist jetzt in %3 gebunden</numerusform>
            <numerusform>Pod %1 wurde unter %n gebundenen Mandanten (%4) von %2 nach %3 verschoben: sie sind jetzt in %3 gebunden</numerusform>
        </translation>
    </message>
    <message>
        <source>accept the move: the tenants stay with pod %1 in %2, and their next request in %3 is scheduled afresh (to keep a tenant in %3, rebind it there first)</source>
        <translation>die Verschiebung akzeptieren: die Mandanten bleiben bei Pod %1 in %2, und ihre nächste Anfrage in %3 wird neu geplant (um einen Mandanten in %3 zu halten, binden Sie ihn vorher dort neu)</translation>
    </message>
    <message>
        <source>the pods&apos; AZs and groups could not be recorded for the next check: %1</source>
        <translation>die AZs und Gruppen der Pods konnten für die nächste Prüfung nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>pod moved under its tenants</source>
        <translation>Pod unter seinen Mandanten verschoben</translation>
    </message>
</context>
<context>
    <name>CloudStore</name>
    <message>
        <source>cannot keep the cloud&apos;s key in the store</source>
        <translation>der Schlüssel der Cloud im Speicher kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>cannot drop the old snapshot</source>
        <translation>der alte Schnappschuss kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot read the cloud&apos;s key in the store</source>
        <translation>der Schlüssel der Cloud im Speicher kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no snapshot of this cloud is known: it was never reached from here, so its key in the store %1 is not known</source>
        <translation>von dieser Cloud ist kein Schnappschuss bekannt: sie wurde von hier aus nie erreicht, daher ist ihr Schlüssel im Speicher %1 unbekannt</translation>
    </message>
    <message>
        <source>cannot open the store of the pod settings: %1</source>
        <translation>der Speicher der Pod-Einstellungen kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The pod settings kept in %1 could not be moved into the store %2: %3</source>
        <translation>Die in %1 gehaltenen Pod-Einstellungen konnten nicht in den Speicher %2 übernommen werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Moved the settings of %n pod(s) from %1 into the store %2, where everyone using that store shares them (the store&apos;s own settings of a pod were kept).</source>
        <translation>
            <numerusform>Die Einstellungen von %n Pod wurden aus %1 in den Speicher %2 übernommen, wo alle Benutzer dieses Speichers sie teilen (Einstellungen, die der Speicher für einen Pod schon hatte, blieben erhalten).</numerusform>
            <numerusform>Die Einstellungen von %n Pods wurden aus %1 in den Speicher %2 übernommen, wo alle Benutzer dieses Speichers sie teilen (Einstellungen, die der Speicher für einen Pod schon hatte, blieben erhalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>der Speicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation>Die Änderung wurde ausgeführt, konnte aber nicht ins Änderungsprotokoll geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it really a clouds.yaml?</source>
        <translation>%1 ist größer als %2 KiB; ist das wirklich eine clouds.yaml?</translation>
    </message>
    <message>
        <source>%1: the top level is not a mapping</source>
        <translation>%1: die oberste Ebene ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; is not a mapping</source>
        <translation>%1: „clouds“ ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot;: no clouds.yaml was found (looked for %2)</source>
        <translation>es gibt keine Cloud namens „%1“: keine clouds.yaml gefunden (gesucht: %2)</translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot; in %2 (it has: %3)</source>
        <translation>in %2 gibt es keine Cloud namens „%1“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>no clouds</source>
        <translation>keine Clouds</translation>
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
    <message>
        <source>trio2o-sched: this is a snapshot taken at %1, not live data: the cloud cannot be reached (exit status %2).</source>
        <translation>trio2o-sched: dies ist ein Schnappschuss vom %1, keine aktuellen Daten: die Cloud ist nicht erreichbar (Exit-Status %2).</translation>
    </message>
    <message>
        <source>cannot reach the cloud, so nothing was changed (%1)</source>
        <translation>die Cloud ist nicht erreichbar, daher wurde nichts geändert (%1)</translation>
    </message>
    <message>
        <source>Create an empty database when the --db file does not exist (without it, a missing file is an error: a mistyped path never starts a new cloud).</source>
        <translation>Eine leere Datenbank anlegen, wenn die Datei von --db nicht existiert (ohne diese Option ist eine fehlende Datei ein Fehler: ein vertippter Pfad beginnt nie eine neue Cloud).</translation>
    </message>
    <message>
        <source>there is no database at %1 (check the path, or give --create to start an empty one)</source>
        <translation>unter %1 gibt es keine Datenbank (Pfad prüfen oder mit --create eine leere anlegen)</translation>
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
    <message>
        <source>the Trio2o endpoint &quot;%1&quot; is not a valid http or https URL</source>
        <translation>der Trio2o-Endpunkt „%1“ ist keine gültige http- oder https-URL</translation>
    </message>
    <message>
        <source>the Keystone URL &quot;%1&quot; is not a valid http or https URL</source>
        <translation>die Keystone-URL „%1“ ist keine gültige http- oder https-URL</translation>
    </message>
    <message>
        <source>the system scope can only be &quot;all&quot;, not &quot;%1&quot;</source>
        <translation>der Systembereich kann nur „all“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the token auth type needs a token (--os-token or OS_TOKEN)</source>
        <translation>die Authentifizierungsart token braucht ein Token (--os-token oder OS_TOKEN)</translation>
    </message>
    <message>
        <source>a token needs a project scope (--os-project-name or --os-project-id) or --os-system-scope all, so that Keystone answers with a service catalog</source>
        <translation>ein Token braucht einen Projektbereich (--os-project-name oder --os-project-id) oder --os-system-scope all, damit Keystone mit einem Dienstkatalog antwortet</translation>
    </message>
    <message>
        <source>an application credential needs Keystone (--os-auth-url or OS_AUTH_URL)</source>
        <translation>Anwendungszugangsdaten brauchen Keystone (--os-auth-url oder OS_AUTH_URL)</translation>
    </message>
    <message>
        <source>an application credential needs its id (--os-application-credential-id)</source>
        <translation>Anwendungszugangsdaten brauchen ihre ID (--os-application-credential-id)</translation>
    </message>
    <message>
        <source>an application credential needs its secret (--os-application-credential-secret or OS_APPLICATION_CREDENTIAL_SECRET)</source>
        <translation>Anwendungszugangsdaten brauchen ihr Geheimnis (--os-application-credential-secret oder OS_APPLICATION_CREDENTIAL_SECRET)</translation>
    </message>
    <message>
        <source>no credentials: give --os-cloud, or --os-auth-url with --os-username and --os-password, or --os-token, or --noauth for a development cloud without Keystone</source>
        <translation>keine Zugangsdaten: --os-cloud angeben, oder --os-auth-url mit --os-username und --os-password, oder --os-token, oder --noauth für eine Entwicklungs-Cloud ohne Keystone</translation>
    </message>
    <message>
        <source>Keystone needs a user name (--os-username or OS_USERNAME) or id (--os-user-id)</source>
        <translation>Keystone braucht einen Benutzernamen (--os-username oder OS_USERNAME) oder eine ID (--os-user-id)</translation>
    </message>
    <message>
        <source>Keystone needs a project (--os-project-name, --os-project-id or OS_PROJECT_NAME) or --os-system-scope all</source>
        <translation>Keystone braucht ein Projekt (--os-project-name, --os-project-id oder OS_PROJECT_NAME) oder --os-system-scope all</translation>
    </message>
    <message>
        <source>system scope %1</source>
        <translation>Systembereich %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 (application credential %2)</source>
        <translation>%1 (Anwendungszugangsdaten %2)</translation>
    </message>
    <message>
        <source>%1 (user %2, %3)</source>
        <translation>%1 (Benutzer %2, %3)</translation>
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
    <message>
        <source>Upstream: %1
</source>
        <translation>Upstream: %1
</translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding, ! upstream stays bound here too)</source>
        <translation>(* gewählt, ~ aktuelle Bindung, ! Upstream bleibt auch hier gebunden)</translation>
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
    <message>
        <source>%1; %2</source>
        <comment>decision reason; upstream departure</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>upstream would leave %1 bound to %2 and %3 in %4</source>
        <translation>Upstream würde %1 in %4 an %2 und %3 gebunden lassen</translation>
    </message>
    <message>
        <source>%1; the console keeps one active binding per availability zone and pod group, so the binding to %2 ends</source>
        <translation>%1; die Konsole hält je Verfügbarkeitszone und Pod-Gruppe eine aktive Bindung, daher endet die Bindung an %2</translation>
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
    <name>DeletePodOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n tenant(s) bound; drain it first (trio2o-sched drain)</source>
        <translation>
            <numerusform>an Pod %1 ist noch %n Mandant gebunden; zuerst leeren (trio2o-sched drain)</numerusform>
            <numerusform>an Pod %1 sind noch %n Mandanten gebunden; zuerst leeren (trio2o-sched drain)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
</context>
<context>
    <name>DrainCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pod %1: %2 → %3%4</source>
        <translation>Pod %1: %2 → %3%4</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>Some tenants cannot move (see the reasons); the pod still has them.</source>
        <translation>Einige Mandanten können nicht umziehen (siehe Gründe); der Pod hat sie noch.</translation>
    </message>
    <message>
        <source>Moves every tenant bound to POD to another pod of its own AZ and group: the one the scheduler chooses, or the pod --to names (refused when it is in another AZ or group). On a database it is one transaction; on a live cloud an interrupted drain is finished by running it again. Exit status 0 when all moved, 3 when some cannot move, 1 on errors.</source>
        <translation>Verschiebt jeden an POD gebundenen Mandanten auf einen anderen Pod seiner eigenen AZ und Gruppe: den, den der Scheduler wählt, oder den mit --to genannten (abgelehnt, wenn er in einer anderen AZ oder Gruppe liegt). In einer Datenbank ist es eine Transaktion; in einer laufenden Cloud wird ein unterbrochenes Leeren durch erneutes Ausführen abgeschlossen. Exit-Status 0, wenn alle umgezogen sind, 3, wenn einige nicht umziehen können, 1 bei Fehlern.</translation>
    </message>
    <message>
        <source>Move every tenant to this pod (id or name).</source>
        <translation>Jeden Mandanten auf diesen Pod verschieben (ID oder Name).</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Put the pod into maintenance, in the same transaction.</source>
        <translation>Den Pod in derselben Transaktion in Wartung versetzen.</translation>
    </message>
    <message>
        <source>Only show what would move.</source>
        <translation>Nur zeigen, was umziehen würde.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
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
        <source>The pod to drain (id or name).</source>
        <translation>Der zu leerende Pod (ID oder Name).</translation>
    </message>
    <message>
        <source>drain takes one POD (id or name)</source>
        <translation>drain erwartet genau einen POD (ID oder Name)</translation>
    </message>
</context>
<context>
    <name>DrainOperation</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>pod %1 is in AZ %2, group %3; pod %4 is in AZ %5, group %6: tenants move only inside their own AZ and group</source>
        <translation>Pod %1 liegt in AZ %2, Gruppe %3; Pod %4 liegt in AZ %5, Gruppe %6: Mandanten ziehen nur innerhalb ihrer eigenen AZ und Gruppe um</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>pod %1 is the top region: no tenant is bound to it</source>
        <translation>Pod %1 ist die Top-Region: an sie ist kein Mandant gebunden</translation>
    </message>
    <message>
        <source>the target pod %1 does not exist</source>
        <translation>der Ziel-Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>pod %1 cannot be drained into itself</source>
        <translation>Pod %1 kann nicht in sich selbst geleert werden</translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation>der Ziel-Pod %1 ist %2: er nimmt keine Mandanten auf</translation>
    </message>
    <message>
        <source>moved to the pod named for the drain</source>
        <translation>auf den für das Leeren genannten Pod verschoben</translation>
    </message>
    <message>
        <source>the scheduler chose pod %1, which does not exist</source>
        <translation>der Scheduler wählte Pod %1, den es nicht gibt</translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation>vom Scheduler gewählt</translation>
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
    <name>FailureGroups</name>
    <message>
        <source>%1; rejected by: %2</source>
        <translation>%1; abgelehnt durch: %2</translation>
    </message>
    <message>
        <source>%1 at the threshold</source>
        <comment>a pod&apos;s resource</comment>
        <translation>%1 am Schwellwert</translation>
    </message>
    <message>
        <source>%1; e.g. %2</source>
        <comment>failure reason; an example rejection</comment>
        <translation>%1; z. B. %2</translation>
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
    <message>
        <source>Also a usage history of DAYS daily samples per pod, ending today at 00:00 UTC (default 0: none).</source>
        <translation>Dazu einen Nutzungsverlauf von TAGE täglichen Messwerten je Pod, endend heute um 00:00 UTC (Standard 0: keiner).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Shows or sets how the store keeps the usage history (the capacity outlook&apos;s input): at most one sample per pod per interval while its usage is unchanged, kept for the retention, thinned to one a day after a quarter of it. Everyone using the store shares these settings.</source>
        <translation>Zeigt oder setzt, wie der Speicher den Nutzungsverlauf (die Grundlage der Kapazitätsprognose) aufbewahrt: höchstens ein Messwert je Pod und Intervall, solange sich die Nutzung nicht ändert, aufbewahrt für die Aufbewahrungsdauer, nach einem Viertel davon auf einen pro Tag ausgedünnt. Alle Nutzer des Speichers teilen diese Einstellungen.</translation>
    </message>
    <message>
        <source>At most one sample per pod every HOURS while unchanged (default 1).</source>
        <translation>Höchstens ein Messwert je Pod alle STUNDEN, solange unverändert (Standard 1).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Keep samples for DAYS (default 400).</source>
        <translation>Messwerte TAGE lang aufbewahren (Standard 400).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>history takes no arguments (see trio2o-sched history --help)</source>
        <translation>history nimmt keine Argumente (siehe trio2o-sched history --help)</translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Usage history of %1:</source>
        <translation>Nutzungsverlauf von %1:</translation>
    </message>
    <message numerus="yes">
        <source>  at most one sample per pod every %n hour(s) while its usage is unchanged</source>
        <translation>
            <numerusform>  höchstens ein Messwert je Pod pro %n Stunde, solange seine Nutzung unverändert ist</numerusform>
            <numerusform>  höchstens ein Messwert je Pod alle %n Stunden, solange seine Nutzung unverändert ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  kept for %n day(s), thinned to one a day after %1 days</source>
        <translation>
            <numerusform>  %n Tag aufbewahrt, nach %1 Tagen auf einen pro Tag ausgedünnt</numerusform>
            <numerusform>  %n Tage aufbewahrt, nach %1 Tagen auf einen pro Tag ausgedünnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB; it was cut off</source>
        <translation>die Antwort von %1 ist größer als %2 MiB; sie wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 redirected to %2; a redirect to another scheme, host or port (or of a change) is not followed, so the credentials stay with the server they are meant for</source>
        <translation>%1 leitete nach %2 um; einer Umleitung zu einem anderen Schema, Host oder Port (oder einer Änderung) wird nicht gefolgt, damit die Zugangsdaten bei dem Server bleiben, für den sie bestimmt sind</translation>
    </message>
</context>
<context>
    <name>ImportRepair</name>
    <message>
        <source>pods[%1] (%2, pod_id %3)</source>
        <translation>pods[%1] (%2, pod_id %3)</translation>
    </message>
    <message>
        <source>pod_bindings[%1] (id %2, tenant %3, pod_id %4)</source>
        <translation>pod_bindings[%1] (ID %2, Tenant %3, pod_id %4)</translation>
    </message>
    <message>
        <source>%1 is a second top region (empty az_name); %2 is the top region already</source>
        <translation>%1 ist eine zweite Top-Region (leerer az_name); %2 ist bereits die Top-Region</translation>
    </message>
    <message>
        <source>%1 binds the second top region</source>
        <translation>%1 bindet an die zweite Top-Region</translation>
    </message>
    <message>
        <source>%1 is bound to a pod that does not exist</source>
        <translation>%1 ist an einen Pod gebunden, den es nicht gibt</translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3: %4</source>
        <translation>
            <numerusform>Tenant %1 ist in AZ %2, Gruppe %3 %n-mal gebunden: %4</numerusform>
            <numerusform>Tenant %1 ist in AZ %2, Gruppe %3 %n-mal gebunden: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>left out %1: a second top region</source>
        <translation>%1 ausgelassen: eine zweite Top-Region</translation>
    </message>
    <message>
        <source>ended %1: %2 keeps the lowest pod_id, the binding upstream treats as current</source>
        <translation>%1 beendet: %2 hat die niedrigste pod_id, die Bindung, die Upstream als aktuell behandelt</translation>
    </message>
    <message>
        <source>left out %1: its pod is not imported</source>
        <translation>%1 ausgelassen: sein Pod wird nicht importiert</translation>
    </message>
    <message>
        <source>pod %1 (pod_id %2)</source>
        <translation>Pod %1 (pod_id %2)</translation>
    </message>
    <message>
        <source>binding %1 (tenant %2, pod %3)</source>
        <translation>Bindung %1 (Mandant %2, Pod %3)</translation>
    </message>
    <message>
        <source>%1 binds the top region, which takes no tenants</source>
        <translation>%1 bindet die Top-Region, die keine Mandanten aufnimmt</translation>
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
    <name>LogCommand</name>
    <message>
        <source>--since must be an ISO 8601 date or time (2026-12-07, 2026-12-07T08:00Z) or an age (30m, 12h, 7d), not &quot;%1&quot;</source>
        <translation>--since muss ein Datum oder eine Zeit nach ISO 8601 (2026-12-07, 2026-12-07T08:00Z) oder ein Alter (30m, 12h, 7d) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>  pod %1</source>
        <translation>  Pod %1</translation>
    </message>
    <message>
        <source>  tenant %1</source>
        <translation>  Mandant %1</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <source>  [%1: %2]</source>
        <translation>  [%1: %2]</translation>
    </message>
    <message>
        <source>  cloud %1</source>
        <translation>  Cloud %1</translation>
    </message>
    <message>
        <source>Shows the store&apos;s audit log, newest first: every change made through the console or trio2o-sched (bindings created, ended or moved, pods created, edited or deleted, drains, plans applied, imports), with its time (UTC), operator, cloud, before and after, and reason.</source>
        <translation>Zeigt das Änderungsprotokoll des Speichers, neueste zuerst: jede Änderung über die Konsole oder trio2o-sched (Bindungen angelegt, beendet oder verschoben, Pods angelegt, bearbeitet oder gelöscht, Leerungen, angewandte Pläne, Importe) mit Zeit (UTC), Bediener, Cloud, vorher und nachher sowie Grund.</translation>
    </message>
    <message>
        <source>Only the changes of tenant ID.</source>
        <translation>Nur die Änderungen des Mandanten ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the changes of the pod with this id or name.</source>
        <translation>Nur die Änderungen des Pods mit dieser ID oder diesem Namen.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Only changes at or after TIME: an ISO 8601 date or time (UTC unless it names a zone), or an age such as 30m, 12h or 7d.</source>
        <translation>Nur Änderungen ab ZEIT: ein Datum oder eine Zeit nach ISO 8601 (UTC, sofern keine Zone genannt ist) oder ein Alter wie 30m, 12h oder 7d.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only changes of this kind or operation (binding-created, binding-ended, binding-moved, pod-created, pod-edited, pod-deleted, import, drain, plan-applied, rebind, schedule, undo, manual).</source>
        <translation>Nur Änderungen dieser Art oder Operation (binding-created, binding-ended, binding-moved, pod-created, pod-edited, pod-deleted, import, drain, plan-applied, rebind, schedule, undo, manual).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>At most N changes (default 1000; 0: all).</source>
        <translation>Höchstens N Änderungen (Standard 1000; 0: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;changes&quot;: [...]}.</source>
        <translation>JSON ausgeben: {&quot;changes&quot;: [...]}.</translation>
    </message>
    <message>
        <source>log takes no arguments (see trio2o-sched log --help)</source>
        <translation>log nimmt keine Argumente (siehe trio2o-sched log --help)</translation>
    </message>
    <message>
        <source>there is no database at %1 (check --db)</source>
        <translation>unter %1 gibt es keine Datenbank (prüfen Sie --db)</translation>
    </message>
    <message>
        <source>No change recorded in %1 matches.</source>
        <translation>Keine in %1 aufgezeichnete Änderung passt.</translation>
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
    <message>
        <source>Apply a saved what-if plan</source>
        <translation>Einen gespeicherten What-if-Plan anwenden</translation>
    </message>
    <message>
        <source>Move every tenant off a pod (optionally into maintenance)</source>
        <translation>Jeden Mandanten von einem Pod verschieben (optional in Wartung)</translation>
    </message>
    <message>
        <source>List, create, change or delete pods</source>
        <translation>Pods auflisten, anlegen, ändern oder löschen</translation>
    </message>
    <message>
        <source>When each pod and each AZ&apos;s pod group runs out</source>
        <translation>Wann jeder Pod und jede Pod-Gruppe einer AZ voll ist</translation>
    </message>
    <message>
        <source>Show or set how the usage history is kept</source>
        <translation>Zeigen oder festlegen, wie der Nutzungsverlauf aufbewahrt wird</translation>
    </message>
    <message>
        <source>Find (and repair) what the cloud holds that the rules forbid</source>
        <translation>Finden (und reparieren), was die Cloud entgegen den Regeln enthält</translation>
    </message>
    <message>
        <source>Show the audit log of the store</source>
        <translation>Das Änderungsprotokoll des Speichers anzeigen</translation>
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
    <name>OpenStackOptions</name>
    <message>
        <source>unknown auth type &quot;%1&quot; (password, token, v3applicationcredential or none)</source>
        <translation>unbekannte Authentifizierungsart „%1“ (password, token, v3applicationcredential oder none)</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Not moved: %1 — %2</source>
        <translation>Nicht verschoben: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Only part of “%1” was done: %n of %2 tenant(s) moved.</source>
        <translation>
            <numerusform>Nur ein Teil von „%1“ wurde erledigt: %n von %2 Mandanten verschoben.</numerusform>
            <numerusform>Nur ein Teil von „%1“ wurde erledigt: %n von %2 Mandanten verschoben.</numerusform>
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
    <message numerus="yes">
        <source>%n tenant(s) not tried after the failure.</source>
        <translation>
            <numerusform>%n Mandant nach dem Fehler nicht versucht.</numerusform>
            <numerusform>%n Mandanten nach dem Fehler nicht versucht.</numerusform>
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
    <name>PlacementReader</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;resource_providers&quot; list</source>
        <translation>keine Liste &quot;resource_providers&quot;</translation>
    </message>
    <message>
        <source>&quot;resource_providers[%1].uuid&quot; is missing or not a uuid</source>
        <translation>&quot;resource_providers[%1].uuid&quot; fehlt oder ist keine UUID</translation>
    </message>
    <message>
        <source>no &quot;inventories&quot; object</source>
        <translation>kein Objekt &quot;inventories&quot;</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.total&quot; is missing or not a whole number</source>
        <translation>&quot;inventories.%1.total&quot; fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.reserved&quot; is not a whole number</source>
        <translation>&quot;inventories.%1.reserved&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.allocation_ratio&quot; is not a number above 0</source>
        <translation>&quot;inventories.%1.allocation_ratio&quot; ist keine Zahl über 0</translation>
    </message>
    <message>
        <source>no &quot;usages&quot; object</source>
        <translation>kein Objekt &quot;usages&quot;</translation>
    </message>
    <message>
        <source>&quot;usages.%1&quot; is not a whole number</source>
        <translation>&quot;usages.%1&quot; ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>PlanApplyOperation</name>
    <message>
        <source>no tenant named</source>
        <translation>kein Mandant angegeben</translation>
    </message>
    <message>
        <source>operations[%1].%2: %3; nothing was written</source>
        <translation>operations[%1].%2: %3; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>no pod named</source>
        <translation>kein Pod angegeben</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>pod %1 is the top region</source>
        <translation>Pod %1 ist die Top-Region</translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group, to pod %2</source>
        <translation>Mandant %1 ist in dieser AZ und Gruppe bereits gebunden, an Pod %2</translation>
    </message>
    <message>
        <source>no binding named</source>
        <translation>keine Bindung angegeben</translation>
    </message>
    <message>
        <source>binding %1 is not active: tenant %2 has no binding in that AZ and group</source>
        <translation>Bindung %1 ist nicht aktiv: Mandant %2 hat in dieser AZ und Gruppe keine Bindung</translation>
    </message>
    <message>
        <source>binding %1 is not the active binding of tenant %2, which is bound to pod %3</source>
        <translation>Bindung %1 ist nicht die aktive Bindung von Mandant %2, der an Pod %3 gebunden ist</translation>
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
        <source>cannot read the pod settings from the store %1: %2</source>
        <translation>die Pod-Einstellungen können nicht aus dem Speicher %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot save the settings of pod %1 in the store %2: %3</source>
        <translation>die Einstellungen von Pod %1 können nicht im Speicher %2 gesichert werden: %3</translation>
    </message>
    <message>
        <source>cannot remove the settings of pod %1 from the store %2: %3</source>
        <translation>die Einstellungen von Pod %1 können nicht aus dem Speicher %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>cannot record the usage history in the store %1: %2</source>
        <translation>der Nutzungsverlauf kann nicht im Speicher %1 festgehalten werden: %2</translation>
    </message>
    <message>
        <source>cannot read the usage history from the store %1: %2</source>
        <translation>der Nutzungsverlauf kann nicht aus dem Speicher %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the old pod settings</source>
        <translation>die alten Pod-Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot move the old pod settings of %1 into the store %2: %3</source>
        <translation>die alten Pod-Einstellungen aus %1 können nicht in den Speicher %2 übernommen werden: %3</translation>
    </message>
    <message>
        <source>cannot move the old usage history of %1 into the store %2: %3</source>
        <translation>der alte Nutzungsverlauf aus %1 kann nicht in den Speicher %2 übernommen werden: %3</translation>
    </message>
    <message>
        <source>the pod settings were copied into the store, but the old table could not be dropped</source>
        <translation>die Pod-Einstellungen wurden in den Speicher kopiert, aber die alte Tabelle konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>PodPlacements</name>
    <message>
        <source>%1 is not a pod placement record of trio2o-sched check (%2); delete it to start a new one</source>
        <translation>%1 ist keine Pod-Platzierungsaufzeichnung von trio2o-sched check (%2); löschen Sie die Datei, um eine neue zu beginnen</translation>
    </message>
    <message>
        <source>seen_at_us or pods missing</source>
        <translation>seen_at_us oder pods fehlt</translation>
    </message>
</context>
<context>
    <name>PodSettingsCommand</name>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>--state is enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>--state ist enabled, maintenance oder disabled, nicht „%1“</translation>
    </message>
    <message>
        <source>set: enabled, maintenance or disabled.</source>
        <translation>set: enabled, maintenance oder disabled.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>set: the fraction of the total that counts as full, in (0, 1].</source>
        <translation>set: der Anteil der Gesamtmenge, der als voll gilt, in (0, 1].</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>set: an affinity tag (repeatable); a KEY already there gets the new VALUE.</source>
        <translation>set: ein Affinitäts-Tag (wiederholbar); ein schon vorhandener KEY erhält den neuen VALUE.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>set: remove every tag first (the pod joins the general group).</source>
        <translation>set: zuerst alle Tags entfernen (der Pod kommt in die allgemeine Gruppe).</translation>
    </message>
    <message>
        <source>set: totals, any of vcpus=N,ram_mb=N,disk_gb=N.</source>
        <translation>set: Gesamtmengen, beliebige von vcpus=N,ram_mb=N,disk_gb=N.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>set: the pod&apos;s relative cost (0 or more).</source>
        <translation>set: die relativen Kosten des Pods (0 oder mehr).</translation>
    </message>
    <message>
        <source>pods set takes one POD (id or name)</source>
        <translation>pods set erwartet genau einen POD (ID oder Name)</translation>
    </message>
    <message>
        <source>Pod %1 already has these settings.</source>
        <translation>Pod %1 hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>Changed pod %1: %2.</source>
        <translation>Pod %1 geändert: %2.</translation>
    </message>
    <message>
        <source>set: vCPU overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation>set: vCPU-Überbuchung, wenn die Auslastung aus der Hypervisor-Statistik stammt (laufende Cloud; Standard 1.0).</translation>
    </message>
    <message>
        <source>set: RAM overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation>set: RAM-Überbuchung, wenn die Auslastung aus der Hypervisor-Statistik stammt (laufende Cloud; Standard 1.0).</translation>
    </message>
</context>
<context>
    <name>PodSettingsOperation</name>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>no setting to change was given</source>
        <translation>keine zu ändernde Einstellung angegeben</translation>
    </message>
    <message>
        <source>threshold %1 is not in (0, 1]: it is the fraction of the total that counts as full</source>
        <translation>Schwellwert %1 liegt nicht in (0, 1]: er ist der Anteil der Gesamtmenge, der als voll gilt</translation>
    </message>
    <message>
        <source>cost %1 is not a number of 0 or more</source>
        <translation>Kosten %1 sind keine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>capacity %1 = %2 is negative</source>
        <translation>Kapazität %1 = %2 ist negativ</translation>
    </message>
    <message>
        <source>tags must have a key, each key once</source>
        <translation>Tags brauchen einen Schlüssel, jeden Schlüssel nur einmal</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose group would change with its tags: drain it first</source>
        <translation>
            <numerusform>an Pod %1 ist %n Mandant gebunden, dessen Gruppe sich mit den Tags ändern würde: zuerst leeren</numerusform>
            <numerusform>an Pod %1 sind %n Mandanten gebunden, deren Gruppe sich mit den Tags ändern würde: zuerst leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>the top region %1 takes no affinity tags</source>
        <translation>die Top-Region %1 nimmt keine Affinitäts-Tags</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; is not vcpus=N, ram_mb=N or disk_gb=N</source>
        <translation>Kapazität „%1“ ist nicht vcpus=N, ram_mb=N oder disk_gb=N</translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; needs a whole number of 0 or more</source>
        <translation>Kapazität „%1“ braucht eine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not KEY=VALUE</source>
        <translation>Tag „%1“ ist nicht KEY=VALUE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>pod AZ</source>
        <translation>Pod-AZ</translation>
    </message>
    <message>
        <source>data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>a pod needs a name (its Keystone region)</source>
        <translation>ein Pod braucht einen Namen (seine Keystone-Region)</translation>
    </message>
    <message>
        <source>a pod named %1 already exists</source>
        <translation>ein Pod namens %1 existiert bereits</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose AZ would change from %2 to %3: drain it first</source>
        <translation>
            <numerusform>Pod %1 hat %n gebundenen Mandanten, dessen AZ sich von %2 zu %3 ändern würde: zuerst leeren</numerusform>
            <numerusform>Pod %1 hat %n gebundene Mandanten, deren AZ sich von %2 zu %3 ändern würde: zuerst leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 overcommit ratio %2 is not in (0, %3]</source>
        <translation>der %1-Überbuchungsfaktor %2 liegt nicht in (0, %3]</translation>
    </message>
    <message>
        <source>vCPU overcommit ratio</source>
        <translation>vCPU-Überbuchungsfaktor</translation>
    </message>
    <message>
        <source>RAM overcommit ratio</source>
        <translation>RAM-Überbuchungsfaktor</translation>
    </message>
    <message>
        <source>the overcommit ratios of pod %1 apply to usage collected from a live cloud&apos;s hypervisor statistics; a database keeps capacity and usage as entered, so nothing was changed</source>
        <translation>die Überbuchungsfaktoren von Pod %1 gelten für Auslastung, die aus der Hypervisor-Statistik einer laufenden Cloud gesammelt wird; eine Datenbank behält Kapazität und Auslastung wie eingetragen, daher wurde nichts geändert</translation>
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
    <message>
        <source>delete: first drain the pod into POD (of the same AZ and group).</source>
        <translation>delete: den Pod zuerst in POD leeren (derselben AZ und Gruppe).</translation>
    </message>
    <message>
        <source>list (default), create, set or delete.</source>
        <translation>list (Standard), create, set oder delete.</translation>
    </message>
    <message>
        <source>unknown pods action &quot;%1&quot; (list, create, set or delete)</source>
        <translation>unbekannte pods-Aktion „%1“ (list, create, set oder delete)</translation>
    </message>
    <message>
        <source>Lists the pods, or creates, changes or deletes one, in the database or a live Trio2o cloud.
  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD
  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]
               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]</source>
        <translation>Listet die Pods auf oder legt einen an, ändert oder löscht ihn, in der Datenbank oder einer laufenden Trio2o-Cloud.
  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD
  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]
               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]</translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pods&quot;: [...]}, each bottom pod with &quot;usage&quot;: its capacity, usage and where they came from.</source>
        <translation>Das JSON der API selbst ausgeben: {&quot;pods&quot;: [...]}, jeder untere Pod mit &quot;usage&quot;: seiner Kapazität, Auslastung und deren Herkunft.</translation>
    </message>
</context>
<context>
    <name>ProjectionText</name>
    <message>
        <source>more than ten years</source>
        <translation>mehr als zehn Jahre</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>weniger als ein Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>time remaining</comment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>over its threshold now</source>
        <translation>jetzt über dem Schwellwert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>conservative days – trend</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 days</source>
        <translation>%1 – %2 Tage</translation>
    </message>
    <message>
        <source>no projection: too little history</source>
        <translation>keine Prognose: zu wenig Verlauf</translation>
    </message>
    <message>
        <source>no projection: flat or falling</source>
        <translation>keine Prognose: gleichbleibend oder fallend</translation>
    </message>
    <message>
        <source>no projection: off its trend</source>
        <translation>keine Prognose: weicht vom Trend ab</translation>
    </message>
    <message>
        <source>no projection: no capacity</source>
        <translation>keine Prognose: keine Kapazität</translation>
    </message>
    <message>
        <source>no projection: usage unknown</source>
        <translation>keine Prognose: Nutzung unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <comment>a date more than ten years away</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>conservative date – trend</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (conservative) – %2 (trend)</source>
        <translation>%1 (vorsichtig) – %2 (Trend)</translation>
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
    <name>RebindBatchOperation</name>
    <message>
        <source>no binding to move was chosen</source>
        <translation>keine zu verschiebende Bindung ausgewählt</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no such active binding any more; refresh to see the bindings now</source>
        <translation>%1 hat diese aktive Bindung nicht mehr; aktualisieren Sie, um die Bindungen von jetzt zu sehen</translation>
    </message>
    <message>
        <source>already bound to %1</source>
        <translation>bereits an %1 gebunden</translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation>der Ziel-Pod %1 ist %2: er nimmt keine Mandanten auf</translation>
    </message>
    <message>
        <source>moved to the pod chosen by hand</source>
        <translation>auf den von Hand gewählten Pod verschoben</translation>
    </message>
    <message>
        <source>the request for %1 is not valid</source>
        <translation>die Anfrage für %1 ist ungültig</translation>
    </message>
    <message>
        <source>no other pod of AZ %1, group %2 takes it: %3</source>
        <translation>kein anderer Pod der AZ %1, Gruppe %2 nimmt ihn auf: %3</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation>vom Scheduler gewählt</translation>
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
    <name>RebindOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 existiert nicht</translation>
    </message>
    <message>
        <source>tenant %1 has no active binding in the AZ and group of pod %2</source>
        <translation>Mandant %1 hat keine aktive Bindung in AZ und Gruppe von Pod %2</translation>
    </message>
    <message>
        <source>binding %1 is not an active binding of tenant %2</source>
        <translation>Bindung %1 ist keine aktive Bindung von Mandant %2</translation>
    </message>
    <message>
        <source>tenant %1 is already bound to pod %2</source>
        <translation>Mandant %1 ist bereits an Pod %2 gebunden</translation>
    </message>
    <message>
        <source>moved by hand</source>
        <translation>von Hand verschoben</translation>
    </message>
    <message>
        <source>a rebind needs the binding to end and the new pod</source>
        <translation>ein Neubinden braucht die zu beendende Bindung und den neuen Pod</translation>
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
    <message>
        <source>Tenant %1 also has binding %2 to pod %3 in AZ %4 (group %5); moving binding %6 to pod %7 would bind it twice there. Run trio2o-sched check --repair first.</source>
        <translation>Mandant %1 hat auch Bindung %2 an Pod %3 in AZ %4 (Gruppe %5); Bindung %6 an Pod %7 zu verschieben würde ihn dort doppelt binden. Zuerst trio2o-sched check --repair ausführen.</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
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
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1 What is shown is a snapshot of %2; refresh once the cloud is back before changing anything.</source>
        <translation>Die Cloud ist nicht erreichbar, daher wurde nichts geändert: %1 Angezeigt wird ein Schnappschuss vom %2; aktualisieren Sie, sobald die Cloud wieder erreichbar ist, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1</source>
        <translation>Die Cloud ist nicht erreichbar, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation>Die Änderung wurde ausgeführt, konnte aber nicht ins Änderungsprotokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Pod %1 was created, but its settings were not saved in the store: %2</source>
        <translation>Pod %1 wurde angelegt, aber seine Einstellungen wurden nicht im Speicher gesichert: %2</translation>
    </message>
    <message>
        <source>Pod %1 was deleted, but its settings could not be removed from the store: %2</source>
        <translation>Pod %1 wurde gelöscht, aber seine Einstellungen konnten nicht aus dem Speicher entfernt werden: %2</translation>
    </message>
    <message>
        <source>Binding %1 of tenant %2 changed since the check before this batch (another client?); nothing was changed for this tenant: run the operation again.</source>
        <translation>Bindung %1 von Tenant %2 hat sich seit der Prüfung vor diesem Stapel geändert (ein anderer Client?); für diesen Tenant wurde nichts geändert: führen Sie den Vorgang erneut aus.</translation>
    </message>
</context>
<context>
    <name>ReportNumbers</name>
    <message>
        <source>?</source>
        <comment>usage never collected</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>share of the capacity</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount (share of the capacity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <comment>before -&gt; after</comment>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>ReportPodText</name>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ... und %1 weitere
</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>Pods: no pod changed.</source>
        <translation>Pods: kein Pod hat sich geändert.</translation>
    </message>
    <message>
        <source>Pods that changed (%1), each resource before -&gt; after</source>
        <translation>Geänderte Pods (%1), jede Ressource vorher -&gt; nachher</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added by the scenario</source>
        <translation>vom Szenario hinzugefügt</translation>
    </message>
    <message>
        <source>VMs %1</source>
        <translation>VMs %1</translation>
    </message>
    <message>
        <source>tenants %1</source>
        <translation>Mandanten %1</translation>
    </message>
    <message>
        <source>at its threshold after event %1</source>
        <translation>am Schwellwert nach Ereignis %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <comment>pod (AZ, group): facts</comment>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Belegt vorher</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Belegt nachher</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
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
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Lowest (when)</source>
        <translation>Tiefster Stand (wann)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>start</source>
        <comment>headroom: before the first event</comment>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>headroom (when)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headroom per AZ and group (room below the thresholds of the enabled pods; ? = not collected)</source>
        <translation>Spielraum je AZ und Gruppe (Platz unter den Schwellwerten der aktiven Pods; ? = nicht erfasst)</translation>
    </message>
    <message>
        <source>%1: capacity %2, limit %3</source>
        <comment>resource: capacity before -&gt; after, limit before -&gt; after</comment>
        <translation>%1: Kapazität %2, Grenze %3</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
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
        <source>removed</source>
        <translation>entfernt</translation>
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
    <message>
        <source>Cancelled: the figures below are partial.</source>
        <translation>Abgebrochen: Die folgenden Zahlen sind unvollständig.</translation>
    </message>
    <message>
        <source>Threshold crossings: no pod reaches its threshold.</source>
        <translation>Schwellwerte: kein Pod erreicht seinen Schwellwert.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Belegt nachher</translation>
    </message>
    <message>
        <source>Pods that reach their threshold (%1)</source>
        <translation>Pods, die ihren Schwellwert erreichen (%1)</translation>
    </message>
    <message>
        <source>At their threshold before the first event (%1): %2</source>
        <translation>Schon vor dem ersten Ereignis am Schwellwert (%1): %2</translation>
    </message>
    <message>
        <source>Failures: none.</source>
        <translation>Fehlschläge: keine.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>event range</comment>
        <translation>%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>Failures by AZ, group and reason (%1 failures in %n group(s))</source>
        <translation>
            <numerusform>Fehlschläge nach AZ, Gruppe und Grund (%1 Fehlschläge in %n Gruppe)</numerusform>
            <numerusform>Fehlschläge nach AZ, Gruppe und Grund (%1 Fehlschläge in %n Gruppen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Binding changes: none.</source>
        <translation>Bindungsänderungen: keine.</translation>
    </message>
    <message>
        <source>Binding changes (%1)</source>
        <translation>Bindungsänderungen (%1)</translation>
    </message>
    <message>
        <source>Failures, one by one (%1)</source>
        <translation>Fehlschläge einzeln (%1)</translation>
    </message>
    <message>
        <source>Tenants whose outcome differs, %1 vs %2 (%3)</source>
        <translation>Mandanten mit anderem Ergebnis, %1 gegen %2 (%3)</translation>
    </message>
    <message>
        <source>At event</source>
        <translation>Bei Ereignis</translation>
    </message>
    <message>
        <source>Pods bound; failures</source>
        <translation>Gebundene Pods; Fehlschläge</translation>
    </message>
</context>
<context>
    <name>RowActionMenu</name>
    <message>
        <source>&amp;Edit Pod %1…</source>
        <translation>Pod %1 &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation>&amp;Wartung und leeren…</translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation>&amp;Neu binden…</translation>
    </message>
    <message>
        <source>E&amp;nd Binding…</source>
        <translation>Bindung b&amp;eenden…</translation>
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
    <message>
        <source>reading stopped (cancelled)</source>
        <translation>Lesen abgebrochen</translation>
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
    <name>ScheduleOperation</name>
    <message>
        <source>chosen by the scheduler</source>
        <translation>vom Scheduler gewählt</translation>
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
    <message>
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
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
    <message>
        <source>cannot save the snapshot of the bindings</source>
        <translation>der Schnappschuss der Bindungen kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 in the store %2: %3</source>
        <translation>%1 im Speicher %2: %3</translation>
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
    <message>
        <source>must be an array of {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation>muss ein Array aus {at, vcpus, ram_mb, disk_gb, running_vms} sein</translation>
    </message>
    <message>
        <source>must be an object {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation>muss ein Objekt {at, vcpus, ram_mb, disk_gb, running_vms} sein</translation>
    </message>
    <message>
        <source>must be a time of the form YYYY-MM-DD HH:MM:SS</source>
        <translation>muss eine Zeit der Form YYYY-MM-DD HH:MM:SS sein</translation>
    </message>
    <message>
        <source>must be later than the sample before it (oldest first)</source>
        <translation>muss später als der Messwert davor sein (älteste zuerst)</translation>
    </message>
    <message>
        <source>must be placement, hypervisor_statistics or manual, not &quot;%1&quot;</source>
        <translation>muss placement, hypervisor_statistics oder manual sein, nicht &quot;%1&quot;</translation>
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
    <message>
        <source>Import a dump with the anomalies a real Trio2o can hold, repaired: of a tenant&apos;s bindings in one AZ and group the lowest pod_id stays active and the others end; bindings to missing pods and a second top region are left out. Every repair is listed.</source>
        <translation>Importiert einen Dump mit den Anomalien, die ein echtes Trio2o enthalten kann, repariert: von den Bindungen eines Tenants in einer AZ und Gruppe bleibt die mit der niedrigsten pod_id aktiv, die anderen enden; Bindungen an fehlende Pods und eine zweite Top-Region werden ausgelassen. Jede Reparatur wird aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n anomaly(ies) a real Trio2o can leave behind; nothing was imported (--repair imports it repaired, listing every repair):
  %2</source>
        <translation>
            <numerusform>%1 enthält %n Anomalie, die ein echtes Trio2o hinterlassen kann; nichts wurde importiert (--repair importiert die Datei repariert und führt jede Reparatur auf):
  %2</numerusform>
            <numerusform>%1 enthält %n Anomalien, die ein echtes Trio2o hinterlassen kann; nichts wurde importiert (--repair importiert die Datei repariert und führt jede Reparatur auf):
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>Repariert: %1</translation>
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
    <name>TenantChangeText</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>cannot move</source>
        <translation>kann nicht umziehen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage percent</comment>
        <translation>%1 %</translation>
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
    <message>
        <source>find the API version v1.0 at %1</source>
        <translation>die API-Version v1.0 bei %1 finden</translation>
    </message>
    <message>
        <source>no version &quot;v1.0&quot; with a &quot;self&quot; link in its versions document</source>
        <translation>keine Version „v1.0“ mit einem „self“-Link im Versionsdokument</translation>
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
        <source>read the usage of pod %1</source>
        <translation>Lesen der Auslastung von Pod %1</translation>
    </message>
    <message>
        <source>no complete &quot;hypervisor_statistics&quot;</source>
        <translation>keine vollständigen &quot;hypervisor_statistics&quot;</translation>
    </message>
    <message>
        <source>list the resource providers of pod %1 in Placement</source>
        <translation>Auflisten der Ressourcenanbieter von Pod %1 in Placement</translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: its Placement lists %2 resource providers, more than the %3 this console reads per region.</source>
        <translation>Die Auslastung von Pod %1 ist unbekannt: sein Placement listet %2 Ressourcenanbieter, mehr als die %3, die diese Konsole je Region liest.</translation>
    </message>
    <message>
        <source>read resource provider %1 of pod %2 in Placement</source>
        <translation>Lesen des Ressourcenanbieters %1 von Pod %2 in Placement</translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: the catalog has no placement or compute endpoint for region %1.</source>
        <translation>Die Auslastung von Pod %1 ist unbekannt: der Katalog hat keinen Placement- oder Compute-Endpunkt für Region %1.</translation>
    </message>
</context>
<context>
    <name>UsageHistoryRows</name>
    <message>
        <source>usage history of pod %1: %2</source>
        <translation>Nutzungsverlauf von Pod %1: %2</translation>
    </message>
    <message>
        <source>usage history: %1</source>
        <translation>Nutzungsverlauf: %1</translation>
    </message>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>der Nutzungsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot record the usage of pod %1: %2</source>
        <translation>die Nutzung von Pod %1 kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>cannot thin the usage history: %1</source>
        <translation>der Nutzungsverlauf kann nicht ausgedünnt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the usage history settings: %1</source>
        <translation>die Einstellungen des Nutzungsverlaufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the store setting %1 is &quot;%2&quot;, not a whole number above 0</source>
        <translation>die Speichereinstellung %1 ist „%2“, keine ganze Zahl über 0</translation>
    </message>
    <message>
        <source>cannot save the usage history settings: %1</source>
        <translation>die Einstellungen des Nutzungsverlaufs können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>usage history of pod %1: no such pod</source>
        <translation>Nutzungsverlauf von Pod %1: kein solcher Pod</translation>
    </message>
</context>
<context>
    <name>UsageSourceText</name>
    <message>
        <source>Usage from Placement (capacity = (total − reserved) × allocation ratio)</source>
        <translation>Auslastung aus Placement (Kapazität = (Gesamt − reserviert) × Zuteilungsfaktor)</translation>
    </message>
    <message>
        <source>Usage from hypervisor statistics × ratio: vCPUs × %1, RAM × %2</source>
        <translation>Auslastung aus Hypervisor-Statistik × Faktor: vCPUs × %1, RAM × %2</translation>
    </message>
    <message>
        <source>Usage entered by hand (manual)</source>
        <translation>Auslastung von Hand eingetragen (manuell)</translation>
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
    <message>
        <source>Write the JSON report and the plan without indentation (smaller, quicker for big runs).</source>
        <translation>JSON-Bericht und Plan ohne Einrückung schreiben (kleiner, schneller bei großen Läufen).</translation>
    </message>
    <message>
        <source>Also write every pod before and after (state, VMs, tenants, and per resource capacity, limit, used and percent) as CSV to FILE.</source>
        <translation>Zusätzlich jeden Pod vorher und nachher (Zustand, VMs, Mandanten und je Ressource Kapazität, Grenze, Belegung und Prozent) als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Also write the sampled series (one row per sample and pod: usage, VMs, tenants, state) as CSV to FILE.</source>
        <translation>Zusätzlich die Stichprobenreihe (eine Zeile je Stichprobe und Pod: Belegung, VMs, Mandanten, Zustand) als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <source>--%1 needs a file name (standard output carries the report)</source>
        <translation>--%1 braucht einen Dateinamen (die Standardausgabe trägt den Bericht)</translation>
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
    <message numerus="yes">
        <source>All %n operation(s) applied.</source>
        <translation>
            <numerusform>Die %n Operation wurde angewendet.</numerusform>
            <numerusform>Alle %n Operationen wurden angewendet.</numerusform>
        </translation>
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
    <message>
        <source>(unnamed)</source>
        <comment>policy</comment>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.</source>
        <translation>
            <numerusform>Der Plan der Richtlinie %1 hat %n Operation: %2 binden, %3 neu binden, %4 lösen. Prüfen Sie sie und wenden Sie sie dann in dieser Reihenfolge auf %5 an. Jede Operation wird zuerst geprüft; eine fehlerhafte weist den ganzen Plan zurück.</numerusform>
            <numerusform>Der Plan der Richtlinie %1 hat %n Operationen: %2 binden, %3 neu binden, %4 lösen. Prüfen Sie sie und wenden Sie sie dann in dieser Reihenfolge auf %5 an. Jede Operation wird zuerst geprüft; eine fehlerhafte weist den ganzen Plan zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It creates %n tenant(s) the cloud never had (invented by the scenario).</source>
        <translation>
            <numerusform>Er legt %n Mandanten an, den die Cloud nie hatte (vom Szenario erfunden).</numerusform>
            <numerusform>Er legt %n Mandanten an, die die Cloud nie hatte (vom Szenario erfunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Stopping after the operation under way…</source>
        <translation>Anhalten nach der laufenden Operation…</translation>
    </message>
    <message>
        <source>The plan cannot be applied: %1</source>
        <translation>Der Plan kann nicht angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are already done (an earlier apply wrote them) and will be skipped.</source>
        <translation>
            <numerusform>%n Operation ist bereits erledigt (eine frühere Anwendung hat sie geschrieben) und wird übersprungen.</numerusform>
            <numerusform>%n Operationen sind bereits erledigt (eine frühere Anwendung hat sie geschrieben) und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nichts wurde angewendet: %1</translation>
    </message>
    <message>
        <source>No operation was applied (one transaction): %1</source>
        <translation>Keine Operation wurde angewendet (eine Transaktion): %1</translation>
    </message>
    <message>
        <source>%1 of %2 operations are applied; the rest were not: %3 Apply the same plan again to finish it.</source>
        <translation>%1 von %2 Operationen sind angewendet, der Rest nicht: %3 Wenden Sie denselben Plan erneut an, um ihn abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>apply the what-if plan (%n operation(s))</source>
        <translation>
            <numerusform>What-if-Plan anwenden (%n Operation)</numerusform>
            <numerusform>What-if-Plan anwenden (%n Operationen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apply plan %1 (%n operation(s))</source>
        <translation>
            <numerusform>Plan %1 anwenden (%n Operation)</numerusform>
            <numerusform>Plan %1 anwenden (%n Operationen)</numerusform>
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
    <message>
        <source>%1 — sorting…</source>
        <translation>%1 — wird sortiert…</translation>
    </message>
</context>
<context>
    <name>gui::CapacityChart</name>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation>RAM (MiB)</translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation>Festplatte (GB)</translation>
    </message>
    <message>
        <source>Pick a pod or a group to see its history and trend.</source>
        <translation>Wählen Sie einen Pod oder eine Gruppe, um Verlauf und Trend zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1/%2 — %3 of all its pods</source>
        <translation>%1/%2 — %3 aller ihrer Pods</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Crossing %1</source>
        <translation>Überschreitung %1</translation>
    </message>
    <message>
        <source>%1 of %2 over its threshold (%3) by %4</source>
        <translation>%1 von %2 über dem Schwellwert (%3) bis %4</translation>
    </message>
</context>
<context>
    <name>gui::CapacityPage</name>
    <message>
        <source>All AZs</source>
        <translation>Alle AZs</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>&amp;AZ:</translation>
    </message>
    <message>
        <source>No cloud loaded.</source>
        <translation>Keine Cloud geladen.</translation>
    </message>
    <message>
        <source>Computing the outlook…</source>
        <translation>Prognose wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) over their threshold within %1 days (conservative)</source>
        <translation>
            <numerusform>%n Pod über dem Schwellwert innerhalb von %1 Tagen (konservativ)</numerusform>
            <numerusform>%n Pods über dem Schwellwert innerhalb von %1 Tagen (konservativ)</numerusform>
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
    <message>
        <source>Path of an SQLite database, or postgresql://user@host/dbname; you are asked before a missing file is created</source>
        <translation>Pfad einer SQLite-Datenbank oder postgresql://benutzer@host/dbname; vor dem Anlegen einer fehlenden Datei wird nachgefragt</translation>
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
    <message>
        <source>&amp;Show in Pods</source>
        <translation>In &amp;Pods zeigen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — %n pod(s); click one to select it, right-click for actions</source>
        <translation>
            <numerusform>&lt;b&gt;Braucht Aufmerksamkeit&lt;/b&gt; — %n Pod; anklicken zum Auswählen, Rechtsklick für Aktionen</numerusform>
            <numerusform>&lt;b&gt;Braucht Aufmerksamkeit&lt;/b&gt; — %n Pods; anklicken zum Auswählen, Rechtsklick für Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bound tenants</source>
        <translation>Gebundene Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>Full within %Ln day(s)</source>
        <comment>pods whose trend crosses the threshold soon</comment>
        <translation>
            <numerusform>Voll in %Ln Tag</numerusform>
            <numerusform>Voll in %Ln Tagen</numerusform>
        </translation>
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
    <message>
        <source>Put the pod into &amp;maintenance, in the same step</source>
        <translation>Den Pod im selben Schritt in &amp;Wartung versetzen</translation>
    </message>
    <message>
        <source>Maintenance and Drain</source>
        <translation>Wartung und Leeren</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <comment>target pod (reason)</comment>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation>Ziel-Pods (%1)</translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s); usage %1 of threshold %2</source>
        <translation>
            <numerusform>erhält %n Mandanten; Auslastung %1 bei Schwellwert %2</numerusform>
            <numerusform>erhält %n Mandanten; Auslastung %1 bei Schwellwert %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled, but the moves could not be taken back (%1); undo the drain.</source>
        <translation>Abgebrochen, aber die Umzüge konnten nicht zurückgenommen werden (%1); machen Sie das Leeren rückgängig.</translation>
    </message>
    <message>
        <source>Drain again to move the rest.</source>
        <translation>Erneut leeren, um den Rest zu verschieben.</translation>
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
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation>&amp;Wartung und Leeren…</translation>
    </message>
    <message>
        <source>Put the pod into maintenance and move every tenant off it, in one step</source>
        <translation>Den Pod in Wartung versetzen und jeden Mandanten in einem Schritt davon verschieben</translation>
    </message>
    <message numerus="yes">
        <source>maintenance and drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>Wartung und Leeren von %1 (%n Mandant)</numerusform>
            <numerusform>Wartung und Leeren von %1 (%n Mandanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>End Bindin&amp;g…</source>
        <translation>Bindun&amp;g beenden…</translation>
    </message>
    <message>
        <source>Reb&amp;ind Tenant…</source>
        <translation>Mandant neu b&amp;inden…</translation>
    </message>
    <message>
        <source>Dr&amp;ain Pod…</source>
        <translation>Pod &amp;leeren…</translation>
    </message>
    <message>
        <source>bind %1 to %2</source>
        <translation>Binden von %1 an %2</translation>
    </message>
    <message numerus="yes">
        <source>repair %n inconsistency(ies)</source>
        <translation>
            <numerusform>%n Inkonsistenz reparieren</numerusform>
            <numerusform>%n Inkonsistenzen reparieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Check the Cloud</source>
        <translation>Cloud kann nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>Rebind %n Se&amp;lected Tenant(s)…</source>
        <translation>
            <numerusform>&amp;Auswahl neu binden (%n Mandant)…</numerusform>
            <numerusform>&amp;Auswahl neu binden (%n Mandanten)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebind Se&amp;lected Tenants…</source>
        <translation>&amp;Auswahl neu binden…</translation>
    </message>
    <message>
        <source>Move the bindings of the rows selected in the Bindings or Tenants table, with a preview</source>
        <translation>Die Bindungen der in der Tabelle Bindungen oder Mandanten ausgewählten Zeilen verschieben, mit Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>work out where %n tenant(s) would move</source>
        <translation>
            <numerusform>ermitteln, wohin %n Mandant umziehen würde</numerusform>
            <numerusform>ermitteln, wohin %n Mandanten umziehen würden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebind %n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant neu binden</numerusform>
            <numerusform>%n Mandanten neu binden</numerusform>
        </translation>
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
    <name>gui::FindingsDialog</name>
    <message>
        <source>&amp;Repair All</source>
        <translation>Alle &amp;reparieren</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Inkonsistenzen</translation>
    </message>
    <message>
        <source>No inconsistencies found: every tenant has at most one binding per AZ and group, every binding points at a bottom pod, and there is one top region.</source>
        <translation>Keine Inkonsistenzen gefunden: jeder Mandant hat höchstens eine Bindung je AZ und Gruppe, jede Bindung zeigt auf einen Bottom-Pod, und es gibt eine Top-Region.</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found. Repair All ends the extra bindings (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check --repair does.</source>
        <translation>
            <numerusform>%n Inkonsistenz gefunden. „Alle reparieren“ beendet die überzähligen Bindungen (die mit der kleinsten pod_id bleibt, die Bindung, die das Upstream-Trio2o als aktuell behandelt), bindet Mandanten neu, die ohne Bindung bleiben, und löscht eine zweite Top-Region: %1 und %2, wie trio2o-sched check --repair.</numerusform>
            <numerusform>%n Inkonsistenzen gefunden. „Alle reparieren“ beendet die überzähligen Bindungen (die mit der kleinsten pod_id bleibt, die Bindung, die das Upstream-Trio2o als aktuell behandelt), bindet Mandanten neu, die ohne Bindung bleiben, und löscht eine zweite Top-Region: %1 und %2, wie trio2o-sched check --repair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding change(s)</source>
        <translation>
            <numerusform>%n Bindungsänderung</numerusform>
            <numerusform>%n Bindungsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod deletion(s)</source>
        <translation>
            <numerusform>%n Pod-Löschung</numerusform>
            <numerusform>%n Pod-Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud shows a saved snapshot: nothing can be repaired until it answers again.</source>
        <translation>Die Cloud zeigt einen gespeicherten Schnappschuss: nichts kann repariert werden, bis sie wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) moved under their tenants are accepted where they are now (nothing is written to the cloud).</source>
        <translation>
            <numerusform>%n unter seinen Mandanten verschobener Pod wird dort akzeptiert, wo er jetzt ist (nichts wird in die Cloud geschrieben).</numerusform>
            <numerusform>%n unter ihren Mandanten verschobene Pods werden dort akzeptiert, wo sie jetzt sind (nichts wird in die Cloud geschrieben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::HistoryPage</name>
    <message>
        <source>Filter the rows shown</source>
        <translation>Angezeigte Zeilen filtern</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s changes (Enter reads them)</source>
        <translation>Nur die Änderungen dieses Mandanten (Eingabetaste liest sie)</translation>
    </message>
    <message>
        <source>Only changes of this pod</source>
        <translation>Nur Änderungen dieses Pods</translation>
    </message>
    <message>
        <source>All pods</source>
        <translation>Alle Pods</translation>
    </message>
    <message>
        <source>Only changes of this kind, or made by this operation</source>
        <translation>Nur Änderungen dieser Art oder aus dieser Operation</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Bindings created</source>
        <translation>Angelegte Bindungen</translation>
    </message>
    <message>
        <source>Bindings ended</source>
        <translation>Beendete Bindungen</translation>
    </message>
    <message>
        <source>Bindings moved</source>
        <translation>Verschobene Bindungen</translation>
    </message>
    <message>
        <source>Pods created</source>
        <translation>Angelegte Pods</translation>
    </message>
    <message>
        <source>Pods edited</source>
        <translation>Bearbeitete Pods</translation>
    </message>
    <message>
        <source>Pods deleted</source>
        <translation>Gelöschte Pods</translation>
    </message>
    <message>
        <source>Drains</source>
        <translation>Leerungen</translation>
    </message>
    <message>
        <source>Plans applied</source>
        <translation>Angewendete Pläne</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Only changes made since then</source>
        <translation>Nur Änderungen seit diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 von %n Änderung</numerusform>
            <numerusform>%1 von %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LiveRefresh</name>
    <message>
        <source>Changes of other operators will not show until you refresh: %1</source>
        <translation>Änderungen anderer Betreiber erscheinen erst nach dem Aktualisieren: %1</translation>
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
    <message>
        <source>&amp;Log Requests to the Terminal</source>
        <translation>Anfragen im Terminal &amp;protokollieren</translation>
    </message>
    <message>
        <source>Log every request to the cloud on standard error, like --debug</source>
        <translation>Jede Anfrage an die Cloud auf der Standardfehlerausgabe protokollieren, wie --debug</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport Table as CSV…</source>
        <translation>Tabelle als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the table shown, as filtered and sorted, as CSV (Ctrl+Shift+E)</source>
        <translation>Die angezeigte Tabelle, gefiltert und sortiert wie gezeigt, als CSV speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Rece&amp;nt connections</source>
        <translation>Letzte &amp;Verbindungen</translation>
    </message>
    <message>
        <source>New &amp;Demo Cloud</source>
        <translation>Neue &amp;Demo-Cloud</translation>
    </message>
    <message>
        <source>No Database There</source>
        <translation>Dort ist keine Datenbank</translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation>Unter %1 gibt es keine Datenbank.
Dort eine neue, leere Datenbank anlegen?</translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>New Demo Cloud</source>
        <translation>Neue Demo-Cloud</translation>
    </message>
    <message>
        <source>Replace the demo cloud at %1 with a fresh one?</source>
        <translation>Die Demo-Cloud unter %1 durch eine neue ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists and is not a demo cloud; it was left alone.</source>
        <translation>%1 existiert und ist keine Demo-Cloud; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Trio2o Console — DEMO</source>
        <translation>Trio2o Console — DEMO</translation>
    </message>
    <message>
        <source>C&amp;apacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found in the cloud (as trio2o-sched check reports them).</source>
        <translation>
            <numerusform>%n Inkonsistenz in der Cloud gefunden (wie trio2o-sched check sie meldet).</numerusform>
            <numerusform>%n Inkonsistenzen in der Cloud gefunden (wie trio2o-sched check sie meldet).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>This tab has no table to export; the Pods, Bindings, Tenants and History tabs do.</source>
        <translation>Dieser Reiter hat keine Tabelle zum Exportieren; die Reiter Pods, Bindungen, Mandanten und Verlauf haben eine.</translation>
    </message>
    <message>
        <source>Sorting bindings…</source>
        <translation>Bindungen werden sortiert…</translation>
    </message>
    <message>
        <source>Preparing the tables…</source>
        <translation>Tabellen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Not connected: %1 needs the Keystone password.</source>
        <translation>Nicht verbunden: %1 braucht das Keystone-Passwort.</translation>
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
    <name>gui::PasswordKeyring</name>
    <message>
        <source>The password could not be stored in the desktop keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Desktops gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The desktop keyring could not be read: %1</source>
        <translation>Der Schlüsselbund des Desktops konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gui::PeriodicRefresh</name>
    <message>
        <source>Refresh Remote &amp;Cloud</source>
        <translation>Entfernte &amp;Cloud aktualisieren</translation>
    </message>
    <message>
        <source>Load a remote cloud again on a timer and tell what changed on the server</source>
        <translation>Eine entfernte Cloud regelmäßig neu laden und melden, was sich auf dem Server geändert hat</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;30 seconds</source>
        <translation>Alle &amp;30 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>&amp;Jede Minute</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Alle &amp;15 Minuten</translation>
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
    <message>
        <source>name of the new AZ</source>
        <translation>Name der neuen AZ</translation>
    </message>
    <message>
        <source>Type the name of the new AZ, or choose an existing AZ from the list.</source>
        <translation>Den Namen der neuen AZ eingeben oder eine vorhandene AZ aus der Liste wählen.</translation>
    </message>
    <message>
        <source>AZ %1 exists already: choose it from the list.</source>
        <translation>Die AZ %1 gibt es schon: bitte aus der Liste wählen.</translation>
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
        <source>disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative (%2 given).</source>
        <translation>Die Kapazität für %1 kann nicht negativ sein (%2 angegeben).</translation>
    </message>
    <message>
        <source>The threshold is a share of the capacity from %1 to %2 (%3 given).</source>
        <translation>Der Schwellwert ist ein Anteil der Kapazität von %1 bis %2 (%3 angegeben).</translation>
    </message>
    <message>
        <source>The cost is a number from 0 to %1 (%2 given).</source>
        <translation>Die Kosten sind eine Zahl von 0 bis %1 (%2 angegeben).</translation>
    </message>
    <message>
        <source>(none: the top region, Trio2o itself)</source>
        <translation>(keine: die Top-Region, Trio2o selbst)</translation>
    </message>
    <message>
        <source>New AZ…</source>
        <translation>Neue AZ…</translation>
    </message>
    <message>
        <source>Nova&apos;s overcommit: the hypervisor statistics count physical vCPUs and RAM, and the capacity is that total times this ratio. Not used when the region has Placement.</source>
        <translation>Novas Überbuchung: die Hypervisor-Statistik zählt physische vCPUs und physischen RAM, die Kapazität ist diese Summe mal diesem Faktor. Nicht verwendet, wenn die Region Placement hat.</translation>
    </message>
    <message>
        <source>vCPU &amp;overcommit:</source>
        <translation>vCPU-Über&amp;buchung:</translation>
    </message>
    <message>
        <source>RAM overco&amp;mmit:</source>
        <translation>RAM-Überbuchun&amp;g:</translation>
    </message>
    <message>
        <source>Only a live cloud&apos;s usage, collected from hypervisor statistics, is multiplied; a database keeps capacity as entered.</source>
        <translation>Nur die aus der Hypervisor-Statistik gesammelte Auslastung einer laufenden Cloud wird multipliziert; eine Datenbank behält die Kapazität wie eingetragen.</translation>
    </message>
    <message>
        <source>An overcommit ratio is a number above 0 and at most %1 (%2 given).</source>
        <translation>Ein Überbuchungsfaktor ist eine Zahl über 0 und höchstens %1 (%2 angegeben).</translation>
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
    <message>
        <source>Only one pod is acceptable, so the weighers had nothing to compare it with: its weights show as 0.000.</source>
        <translation>Nur ein Pod ist annehmbar, die Gewichter hatten also nichts zu vergleichen: seine Gewichte stehen bei 0,000.</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>nichts zu verschieben</translation>
    </message>
    <message>
        <source>Show all &amp;pods (other AZs and groups too)</source>
        <translation>Alle &amp;Pods zeigen (auch andere AZs und Gruppen)</translation>
    </message>
</context>
<context>
    <name>gui::RebindTenantsDialog</name>
    <message>
        <source>the cloud could not be read</source>
        <translation>die Cloud konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Rebind Tenants</source>
        <translation>Mandanten neu binden</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umzug</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>The scheduler&apos;s choice, each in its own AZ and group</source>
        <translation>Wahl des Schedulers, jeweils in der eigenen AZ und Gruppe</translation>
    </message>
    <message>
        <source>The chosen bindings are in different AZs or groups: the scheduler chooses for each</source>
        <translation>Die gewählten Bindungen liegen in verschiedenen AZs oder Gruppen: der Scheduler wählt für jede</translation>
    </message>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation>%1 — AZ %2, %3</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>Ziehen um (%1)</translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation>Können nicht umziehen (%1)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <comment>from pod → to pod (reason)</comment>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation>Ziel-Pods (%1)</translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s)</source>
        <translation>
            <numerusform>erhält %n Mandanten</numerusform>
            <numerusform>erhält %n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) will move, all in one step (one undo step).</source>
        <translation>
            <numerusform>%n Mandant zieht um, alles in einem Schritt (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n Mandanten ziehen um, alles in einem Schritt (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot move (named above).</source>
        <translation>
            <numerusform>%n kann nicht umziehen (oben genannt).</numerusform>
            <numerusform>%n können nicht umziehen (oben genannt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rebind %n</source>
        <translation>
            <numerusform>%n neu &amp;binden</numerusform>
            <numerusform>%n neu &amp;binden</numerusform>
        </translation>
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
    <message>
        <source>Re&amp;member the password in the desktop keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Off: the password is asked every time. On: it is kept in the desktop keyring (never in the console&apos;s settings or files).</source>
        <translation>Aus: das Passwort wird jedes Mal abgefragt. Ein: es wird im Schlüsselbund des Desktops aufbewahrt (nie in den Einstellungen oder Dateien der Konsole).</translation>
    </message>
    <message>
        <source>asked every time unless remembered in the keyring</source>
        <translation>wird jedes Mal abgefragt, außer es ist im Schlüsselbund gemerkt</translation>
    </message>
    <message>
        <source>Clouds of %1 (a click connects):</source>
        <translation>Clouds aus %1 (ein Klick verbindet):</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>leer: %1</translation>
    </message>
    <message>
        <source>Where the pod settings Trio2o does not keep, the usage history and the audit log of this cloud are stored: an SQLite file, or postgresql://user@host:port/dbname for a store the team shares (the password in PGPASSWORD or ~/.pgpass).</source>
        <translation>Wo die Pod-Einstellungen, die Trio2o nicht speichert, der Nutzungsverlauf und das Änderungsprotokoll dieser Cloud liegen: eine SQLite-Datei oder postgresql://user@host:port/dbname für einen Speicher, den das Team teilt (das Passwort in PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
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
    <message>
        <source>Days of growth:</source>
        <translation>Tage Wachstum:</translation>
    </message>
    <message>
        <source>empty = every AZ</source>
        <translation>leer = jede AZ</translation>
    </message>
    <message>
        <source>resource:gpu</source>
        <translation>resource:gpu</translation>
    </message>
    <message>
        <source>typical VM of the history</source>
        <translation>typische VM des Verlaufs</translation>
    </message>
    <message>
        <source>VM vCPUs:</source>
        <translation>VM-vCPUs:</translation>
    </message>
    <message>
        <source>VM RAM (MB):</source>
        <translation>VM-RAM (MB):</translation>
    </message>
    <message>
        <source>VM disk (GB):</source>
        <translation>VM-Platte (GB):</translation>
    </message>
    <message>
        <source>(every group)</source>
        <translation>(jede Gruppe)</translation>
    </message>
    <message>
        <source>(general group)</source>
        <translation>(allgemeine Gruppe)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field label, then what is wrong with it</comment>
        <translation>%1 %2</translation>
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
    <message>
        <source>DEMO</source>
        <comment>status bar badge: the database holds the made-up demo cloud</comment>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This database holds the made-up demo cloud, not a real one</source>
        <translation>Diese Datenbank enthält die erfundene Demo-Cloud, keine echte</translation>
    </message>
</context>
<context>
    <name>gui::TablePage</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
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
    <name>gui::UsageHeatMap</name>
    <message numerus="yes">
        <source>%1 — %n pod(s), %2 over threshold</source>
        <translation>
            <numerusform>%1 — %n Pod, %2 über dem Schwellwert</numerusform>
            <numerusform>%1 — %n Pods, %2 über dem Schwellwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n Pod</numerusform>
            <numerusform>%1 — %n Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n tenant(s) bound</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n Mandant gebunden</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n Mandanten gebunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 used of %3 allowed (threshold %4 %) of %5 total</source>
        <translation>%1: %2 belegt von %3 erlaubt (Schwellwert %4 %) von %5 gesamt</translation>
    </message>
    <message>
        <source>%1: usage unknown, %2 total</source>
        <translation>%1: Belegung unbekannt, %2 gesamt</translation>
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
        <translation>Ausfüh&amp;ren</translation>
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
    <message>
        <source>Save s&amp;cenario as…</source>
        <translation>S&amp;zenario speichern unter…</translation>
    </message>
    <message>
        <source>Replay the scenario on a private copy of its base (Alt+R or F5)</source>
        <translation>Das Szenario auf einer privaten Kopie seiner Basis abspielen (Alt+R oder F5)</translation>
    </message>
    <message>
        <source>The new scenario</source>
        <translation>Das neue Szenario</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Nicht gespeichertes Szenario</translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Discard them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfResultsView</name>
    <message>
        <source>Save p&amp;lan…</source>
        <translation>&amp;Plan speichern…</translation>
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
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Appl&amp;y plan…</source>
        <translation>Plan anw&amp;enden…</translation>
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
    <message>
        <source>Loading the base and checking the events…</source>
        <translation>Basis wird geladen, Ereignisse werden geprüft…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>%1 wird gelesen: %2 von %3 MB</translation>
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
    <message>
        <source>threshold</source>
        <comment>what-if chart: the pods&apos; thresholds</comment>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>pod: before/after value</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation>Pods: %1</translation>
    </message>
    <message>
        <source>%1 (names start with %2)</source>
        <comment>chart title (shared start of the pod names)</comment>
        <translation>%1 (Namen beginnen mit %2)</translation>
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
    <name>model::AttentionTableModel</name>
    <message>
        <source>over threshold</source>
        <translation>über dem Schwellwert</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>nahe am Schwellwert</translation>
    </message>
    <message>
        <source>out of service, tenants still bound</source>
        <translation>außer Betrieb, Mandanten noch gebunden</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>Belegung unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 % of %2 %</source>
        <comment>peak usage of threshold</comment>
        <translation>%1 % von %2 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 in %2: click to select it, right-click for actions</source>
        <translation>%1 in %2: anklicken zum Auswählen, Rechtsklick für Aktionen</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header</comment>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>column header: the pod&apos;s problem</comment>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Peak usage</source>
        <comment>column header: highest usage of the pod and its threshold</comment>
        <translation>Höchste Belegung</translation>
    </message>
    <message>
        <source>Headroom</source>
        <comment>column header: threshold minus peak usage</comment>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: distinct bound tenants</comment>
        <translation>Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>over threshold within %Ln day(s) by its trend</source>
        <translation>
            <numerusform>laut Trend in %Ln Tag über dem Schwellwert</numerusform>
            <numerusform>laut Trend in %Ln Tagen über dem Schwellwert</numerusform>
        </translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
    <message>
        <source>now</source>
        <comment>full in: over its threshold already</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The capacity outlook is being computed</source>
        <translation>Die Kapazitätsprognose wird berechnet</translation>
    </message>
    <message>
        <source>%1 is over its threshold now</source>
        <translation>%1 ist jetzt über dem Schwellwert</translation>
    </message>
    <message>
        <source>%1 over its threshold in %2 (conservative: the upper edge of the trend&apos;s band) – %3 (trend): %4</source>
        <translation>%1 über dem Schwellwert in %2 (vorsichtig: Oberkante des Trendbands) – %3 (Trend): %4</translation>
    </message>
    <message>
        <source>Time until the pod&apos;s first resource crosses its threshold, by the capacity outlook (conservative: the upper edge of the trend&apos;s band)</source>
        <translation>Zeit, bis die erste Ressource des Pods ihren Schwellwert überschreitet, laut Kapazitätsprognose (vorsichtig: Oberkante des Trendbands)</translation>
    </message>
    <message>
        <source>Full in</source>
        <comment>column header: time until the pod crosses its threshold</comment>
        <translation>Voll in</translation>
    </message>
</context>
<context>
    <name>model::AuditTableModel</name>
    <message>
        <source>Binding created</source>
        <translation>Bindung angelegt</translation>
    </message>
    <message>
        <source>Binding ended</source>
        <translation>Bindung beendet</translation>
    </message>
    <message>
        <source>Binding moved</source>
        <translation>Bindung verschoben</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod angelegt</translation>
    </message>
    <message>
        <source>Pod edited</source>
        <translation>Pod bearbeitet</translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation>Pod gelöscht</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>plan applied</source>
        <translation>Plan angewendet</translation>
    </message>
    <message>
        <source>rebind</source>
        <translation>Neu binden</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>model::Backend</name>
    <message>
        <source>this backend cannot change a pod and bindings in one transaction</source>
        <translation>dieses Backend kann einen Pod und Bindungen nicht in einer Transaktion ändern</translation>
    </message>
    <message>
        <source>this backend keeps no audit log</source>
        <translation>dieses Backend führt kein Änderungsprotokoll</translation>
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
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation>%1: %2 belegt + %3 angefordert überschreitet das Limit von %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
    <message>
        <source>%1: %2, usage unknown</source>
        <translation>%1: %2, Belegung unbekannt</translation>
    </message>
</context>
<context>
    <name>model::CapacityGroupModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>New pod in %1: %2</source>
        <translation>Neuer Pod in %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>New pod needed by</source>
        <translation>Neuer Pod nötig bis</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>New pod&apos;s size</source>
        <translation>Größe des neuen Pods</translation>
    </message>
    <message>
        <source>New pod in %1: not needed within ten years</source>
        <translation>Neuer Pod in %1: innerhalb von zehn Jahren nicht nötig</translation>
    </message>
    <message>
        <source>New pod needed in %1 by %2</source>
        <translation>Neuer Pod in %1 nötig bis %2</translation>
    </message>
</context>
<context>
    <name>model::CapacityTableModel</name>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s))</source>
        <translation>
            <numerusform>%1 (%n VM)</numerusform>
            <numerusform>%1 (%n VMs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conservative (upper edge of the band) – trend</source>
        <translation>Konservativ (Oberkante des Bands) – Trend</translation>
    </message>
    <message>
        <source>Capacity left under the threshold, and how many typical VMs fit in it</source>
        <translation>Freie Kapazität unter dem Schwellwert und wie viele typische VMs hineinpassen</translation>
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
        <source>Runs out first</source>
        <translation>Zuerst erschöpft</translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation>Belegt / Grenze</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Frei</translation>
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
    <message>
        <source>Distinct tenants with an active binding there (a tenant bound to several pods counts once)</source>
        <translation>Verschiedene Mandanten mit einer aktiven Bindung dort (ein an mehrere Pods gebundener Mandant zählt einmal)</translation>
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
    <name>model::FindingTableModel</name>
    <message>
        <source>shown when the list is opened</source>
        <translation>wird beim Öffnen der Liste gezeigt</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>inconsistency</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
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
    <message>
        <source>%1, threshold %2</source>
        <comment>set_capacity summary, new threshold</comment>
        <translation>%1, Schwellwert %2</translation>
    </message>
</context>
<context>
    <name>model::StoreChangeListener</name>
    <message>
        <source>live refresh needs a shared PostgreSQL store, not the file %1</source>
        <translation>die Live-Aktualisierung braucht einen gemeinsamen PostgreSQL-Speicher, nicht die Datei %1</translation>
    </message>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>Änderungen von %1 können nicht abonniert werden: %2</translation>
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
    <message>
        <source>Upstream bound twice</source>
        <comment>what-if table header: trio2o departures</comment>
        <translation>Upstream doppelt gebunden</translation>
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
