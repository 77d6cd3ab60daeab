<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiErrorReader</name>
    <message>
        <source>%1 did not answer in time (timeout)</source>
        <translation></translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation></translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved (DNS)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation></translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed (%2); is its certificate trusted? (--os-cacert)</source>
        <translation></translation>
    </message>
    <message>
        <source>the connection to %1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2 without a message.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is not the expected JSON (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: %2, so it is unknown whether the change was made. It was not sent again; refresh to see the cloud&apos;s current state before trying again.</source>
        <translation></translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>The plan creates %n tenant(s) the cloud never had (invented by the what-if scenario).</source>
        <translation>
            <numerusform>The plan creates %n tenant the cloud never had (invented by the what-if scenario).</numerusform>
            <numerusform>The plan creates %n tenants the cloud never had (invented by the what-if scenario).</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies a saved what-if plan (whatif --plan FILE) to the database or a live cloud. Every operation is checked first; a bad one refuses the whole plan, naming its index and field. On a database the plan is one transaction; on a live cloud an interrupted apply is finished by running it again (operations already done are skipped).</source>
        <translation></translation>
    </message>
    <message>
        <source>Only check the plan and show what would change.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>apply takes one PLAN file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLogWriter</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot notify the other users of the store: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackendCommand</name>
    <message>
        <source>undo %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackendOptions</name>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>Work on a live Trio2o Admin API at URL (e.g. http://host:19996/v1.0) instead of a database.</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>The Trio2o API URL, skipping the Keystone catalog (same as --remote).</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone URL (env OS_AUTH_URL).</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone user (env OS_USERNAME).</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation></translation>
    </message>
    <message>
        <source>Project to scope to (env OS_PROJECT_NAME).</source>
        <translation></translation>
    </message>
    <message>
        <source>User domain (env OS_USER_DOMAIN_NAME, default Default).</source>
        <translation></translation>
    </message>
    <message>
        <source>Project domain (env OS_PROJECT_DOMAIN_NAME, default Default).</source>
        <translation></translation>
    </message>
    <message>
        <source>Region of the Trio2o endpoint in the catalog (env OS_REGION_NAME).</source>
        <translation></translation>
    </message>
    <message>
        <source>Catalog interface: public, internal or admin (env OS_INTERFACE, default public).</source>
        <translation></translation>
    </message>
    <message>
        <source>Use this token instead of a password (env OS_TOKEN).</source>
        <translation></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM; env OS_CACERT).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (dangerous).</source>
        <translation></translation>
    </message>
    <message>
        <source>Development clouds without Keystone: no token, send an X-Role header instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles sent as X-Role with --noauth (default admin).</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation></translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30).</source>
        <translation></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>WARNING: --insecure: TLS certificates are NOT verified; anyone on the network path can read and change this session, including the token. Use --os-cacert instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The cloud of clouds.yaml to use (env OS_CLOUD); OS_* variables and flags override its settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>password, token or v3applicationcredential (env OS_AUTH_TYPE; default: inferred).</source>
        <translation></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone user id instead of the name (env OS_USER_ID).</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone password (env OS_PASSWORD; prefer the variable or the prompt).</source>
        <translation></translation>
    </message>
    <message>
        <source>Project id to scope to (env OS_PROJECT_ID).</source>
        <translation></translation>
    </message>
    <message>
        <source>User domain id (env OS_USER_DOMAIN_ID).</source>
        <translation></translation>
    </message>
    <message>
        <source>Project domain id (env OS_PROJECT_DOMAIN_ID).</source>
        <translation></translation>
    </message>
    <message>
        <source>Domain id of the user and project when neither is given (env OS_DEFAULT_DOMAIN).</source>
        <translation></translation>
    </message>
    <message>
        <source>Scope the token to the system instead of a project: all (env OS_SYSTEM_SCOPE).</source>
        <translation></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation></translation>
    </message>
    <message>
        <source>Application credential id (env OS_APPLICATION_CREDENTIAL_ID).</source>
        <translation></translation>
    </message>
    <message>
        <source>Application credential secret (env OS_APPLICATION_CREDENTIAL_SECRET; prefer the variable).</source>
        <translation></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation></translation>
    </message>
    <message>
        <source>Log every request (method, URL, status, duration, request id) on standard error; the logging categories are trio2o.http, trio2o.keystone and trio2o.api (QT_LOGGING_RULES).</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the CA file %1 (--os-cacert): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the CA file %1 (--os-cacert) holds no PEM certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BindCommand</name>
    <message>
        <source>bind %1 to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BindCommands</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s) (see trio2o-sched %1 --help)</source>
        <translation>
            <numerusform>%1 takes %n argument (see trio2o-sched %1 --help)</numerusform>
            <numerusform>%1 takes %n arguments (see trio2o-sched %1 --help)</numerusform>
        </translation>
    </message>
    <message>
        <source>Binds TENANT to POD (id or name). Refused when the tenant already has an active binding in that pod&apos;s AZ and group: use rebind.</source>
        <translation></translation>
    </message>
    <message>
        <source>The tenant (project) id.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pod, by id or name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bound tenant %1 to pod %2 (binding %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Ends BINDING (remote: deletes it through the API).</source>
        <translation></translation>
    </message>
    <message>
        <source>The binding id.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ended binding %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Moves TENANT to POD: creates the new binding first, then ends the old one (by default the tenant&apos;s active binding in POD&apos;s AZ and group).</source>
        <translation></translation>
    </message>
    <message>
        <source>The new pod, by id or name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The binding to end (default: found as above).</source>
        <translation></translation>
    </message>
    <message>
        <source>OLD</source>
        <translation></translation>
    </message>
    <message>
        <source>to finish, run: trio2o-sched unbind %1 (with the same connection options)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebound tenant %1 to pod %2 (binding %3; ended %4).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BindingBulkWriter</name>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>bindings %1 to %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BindingsCommand</name>
    <message>
        <source>Lists the tenant -&gt; pod bindings (history included) of the database or a live Trio2o cloud.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pod_bindings&quot;: [...]}.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this tenant&apos;s bindings.</source>
        <translation></translation>
    </message>
    <message>
        <source>T</source>
        <translation></translation>
    </message>
    <message>
        <source>Only bindings to this pod (id or name).</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>Only active bindings.</source>
        <translation></translation>
    </message>
    <message>
        <source>bindings takes no arguments (see trio2o-sched bindings --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>a state file</source>
        <translation></translation>
    </message>
    <message>
        <source>a what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>a scheduler configuration</source>
        <translation></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB, the limit for %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CapacityCommand</name>
    <message>
        <source>--vm-size: &quot;%1&quot; is not of the form vcpus=N,ram_mb=N,disk_gb=N with whole numbers above 0, each resource once</source>
        <translation></translation>
    </message>
    <message>
        <source>--vm-size needs vcpus, ram_mb and disk_gb, e.g. vcpus=2,ram_mb=4096,disk_gb=40</source>
        <translation></translation>
    </message>
    <message>
        <source>The capacity outlook: for each pod and resource the days until usage crosses the pod&apos;s threshold (conservative: from the top of the trend&apos;s band; trend: on the line), and for each AZ&apos;s pod group the date by which a new pod is needed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this AZ.</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this pod group (e.g. resource:gpu; &quot;&quot; for the general group).</source>
        <translation></translation>
    </message>
    <message>
        <source>G</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods within this many days are at risk; a new pod&apos;s size lasts this long (default 90).</source>
        <translation></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit the trend to the samples of this many last days (default 90).</source>
        <translation></translation>
    </message>
    <message>
        <source>A typical VM, to count remaining capacity in VMs (default: measured from the history).</source>
        <translation></translation>
    </message>
    <message>
        <source>vcpus=N,ram_mb=N,disk_gb=N</source>
        <translation></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print CSV: one row per pod and resource.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print text tables (the default).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity takes no arguments (see trio2o-sched capacity --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: too little history (at least %1 samples over %2 days)</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: usage is flat or falling</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: recent usage has left the trend</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: no capacity recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: usage never collected</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation></translation>
    </message>
    <message>
        <source>disk</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Pods over their threshold within %n day(s) (conservative – trend):</source>
        <translation>
            <numerusform>Pods over their threshold within %n day (conservative – trend):</numerusform>
            <numerusform>Pods over their threshold within %n days (conservative – trend):</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation></translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation></translation>
    </message>
    <message>
        <source>USED / LIMIT</source>
        <translation></translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation></translation>
    </message>
    <message>
        <source>LEFT NOW</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>New pod needed by (every pod of the group over its threshold):</source>
        <translation></translation>
    </message>
    <message>
        <source>PODS</source>
        <translation></translation>
    </message>
    <message>
        <source>NEEDED BY</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>NEW POD FOR %n DAY(S)</source>
        <translation>
            <numerusform>NEW POD FOR %n DAY</numerusform>
            <numerusform>NEW POD FOR %n DAYS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation></translation>
    </message>
    <message>
        <source>now: every pod is in maintenance or disabled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangeListPrinter</name>
    <message>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation></translation>
    </message>
    <message>
        <source>TO</source>
        <translation></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation></translation>
    </message>
    <message>
        <source>Target pods:</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>RECEIVES</source>
        <translation></translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangeNoticeText</name>
    <message>
        <source>%1 edited by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 set to %2 by %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 deleted by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bound to %2 by %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 unbound from %2 by %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 by %4</source>
        <translation></translation>
    </message>
    <message>
        <source>The cloud was changed by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 edited on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 set to %2 on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 created on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 deleted on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bound to %2 on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 unbound from %2 on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>The cloud was changed on the server</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the server</source>
        <translation>
            <numerusform>%n change on the server</numerusform>
            <numerusform>%n changes on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%n change by %1</numerusform>
            <numerusform>%n changes by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeReversal</name>
    <message>
        <source>the undo is no longer possible: tenant %1 is no longer bound to pod %2 as this change left it (the state moved on since); nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>taken back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>the backend shows a saved snapshot only: nothing can be written</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 could not be changed, no tenant was moved: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes (tenant %3: %4); run the same operation again to finish it</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes; run the same operation again to finish it</source>
        <translation></translation>
    </message>
    <message>
        <source>no tenant was moved: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No inconsistencies found.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found:</source>
        <translation>
            <numerusform>%n inconsistency found:</numerusform>
            <numerusform>%n inconsistencies found:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted the second top region %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed; trio2o-sched check --repair applies these repairs.</source>
        <translation></translation>
    </message>
    <message>
        <source>trio2o-sched check --repair applies these repairs (--repair --dry-run shows them only).</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the repairs (on a database in one transaction).</source>
        <translation></translation>
    </message>
    <message>
        <source>With --repair: only show what would change.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the findings and repairs as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON) for the pods orphaned tenants get.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>check takes no arguments (see trio2o-sched check --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>--dry-run goes with --repair (check alone never changes anything)</source>
        <translation></translation>
    </message>
    <message>
        <source>Finds what the cloud holds that the console&apos;s rules forbid: a tenant bound twice in one AZ and group, bindings to a pod that no longer exists or to a top region, a second top region, and on a live cloud a pod whose AZ or group changed under bound tenants since the last check. Each finding comes with its repair: the extra binding ends (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), a binding that places its tenant nowhere ends and a tenant left unbound goes to the scheduler&apos;s pod, a second top region is deleted, a moved pod is accepted where it is now. Exit status 0 when clean (or all repaired), 5 when inconsistencies remain, 1 on errors.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CheckOperation</name>
    <message>
        <source>delete %1 (after its bindings ended); the first top region in creation order stays</source>
        <translation></translation>
    </message>
    <message>
        <source>the tenant keeps its binding to pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>end %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>its pod cannot hold it; the scheduler&apos;s choice for the tenant (any AZ, general group)</source>
        <translation></translation>
    </message>
    <message>
        <source>rebind %1 to pod %2, the scheduler&apos;s choice (any AZ, general group): the tenant has no other binding</source>
        <translation></translation>
    </message>
    <message>
        <source>no pod can take the tenant now; it is bound again at its next request</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 stays: it has the lowest pod_id, the binding upstream Trio2o treats as current</source>
        <translation></translation>
    </message>
    <message>
        <source>the bindings were repaired, but the second top region %1 could not be deleted: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 to pod %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3 (%4); which binding is current cannot be told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), or end the extra binding, first.</source>
        <translation>
            <numerusform>tenant %1 is bound %n time in AZ %2, group %3 (%4); which binding is current cannot be told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), or end the extra binding, first.</numerusform>
            <numerusform>tenant %1 is bound %n times in AZ %2, group %3 (%4); which binding is current cannot be told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), or end the extra binding, first.</numerusform>
        </translation>
    </message>
    <message>
        <source>bound twice</source>
        <translation></translation>
    </message>
    <message>
        <source>pod missing</source>
        <translation></translation>
    </message>
    <message>
        <source>second top region</source>
        <translation></translation>
    </message>
    <message>
        <source>bound to a top region</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ %1, group %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>pod %1 moved from %2 to %3 under %n bound tenant(s) (%4): they are bound in %3 now</source>
        <translation>
            <numerusform>pod %1 moved from %2 to %3 under %n bound tenant (%4): it is bound in %3 now</numerusform>
            <numerusform>pod %1 moved from %2 to %3 under %n bound tenants (%4): they are bound in %3 now</numerusform>
        </translation>
    </message>
    <message>
        <source>accept the move: the tenants stay with pod %1 in %2, and their next request in %3 is scheduled afresh (to keep a tenant in %3, rebind it there first)</source>
        <translation></translation>
    </message>
    <message>
        <source>the pods&apos; AZs and groups could not be recorded for the next check: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>pod moved under its tenants</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CloudStore</name>
    <message>
        <source>cannot keep the cloud&apos;s key in the store</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot drop the old snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the cloud&apos;s key in the store</source>
        <translation></translation>
    </message>
    <message>
        <source>no snapshot of this cloud is known: it was never reached from here, so its key in the store %1 is not known</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot open the store of the pod settings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The pod settings kept in %1 could not be moved into the store %2: %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Moved the settings of %n pod(s) from %1 into the store %2, where everyone using that store shares them (the store&apos;s own settings of a pod were kept).</source>
        <translation>
            <numerusform>Moved the settings of %n pod from %1 into the store %2, where everyone using that store shares them (the store&apos;s own settings of a pod were kept).</numerusform>
            <numerusform>Moved the settings of %n pods from %1 into the store %2, where everyone using that store shares them (the store&apos;s own settings of a pod were kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation></translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it really a clouds.yaml?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the top level is not a mapping</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; is not a mapping</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot;: no clouds.yaml was found (looked for %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot; in %2 (it has: %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>no clouds</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (see trio2o-sched %1 --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no pod with the id or name &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already holds a cloud; use --replace to replace it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>trio2o-sched: this is a snapshot taken at %1, not live data: the cloud cannot be reached (exit status %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot reach the cloud, so nothing was changed (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Create an empty database when the --db file does not exist (without it, a missing file is an error: a mistyped path never starts a new cloud).</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no database at %1 (check the path, or give --create to start an empty one)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>--noauth needs the Trio2o endpoint (--remote or --endpoint)</source>
        <translation></translation>
    </message>
    <message>
        <source>a token needs the Trio2o endpoint (--endpoint) or Keystone (--os-auth-url)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone needs a password (--os-password or OS_PASSWORD)</source>
        <translation></translation>
    </message>
    <message>
        <source>Trio2o via %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (no authentication, roles %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (given token)</source>
        <translation></translation>
    </message>
    <message>
        <source>the Trio2o endpoint &quot;%1&quot; is not a valid http or https URL</source>
        <translation></translation>
    </message>
    <message>
        <source>the Keystone URL &quot;%1&quot; is not a valid http or https URL</source>
        <translation></translation>
    </message>
    <message>
        <source>the system scope can only be &quot;all&quot;, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the token auth type needs a token (--os-token or OS_TOKEN)</source>
        <translation></translation>
    </message>
    <message>
        <source>a token needs a project scope (--os-project-name or --os-project-id) or --os-system-scope all, so that Keystone answers with a service catalog</source>
        <translation></translation>
    </message>
    <message>
        <source>an application credential needs Keystone (--os-auth-url or OS_AUTH_URL)</source>
        <translation></translation>
    </message>
    <message>
        <source>an application credential needs its id (--os-application-credential-id)</source>
        <translation></translation>
    </message>
    <message>
        <source>an application credential needs its secret (--os-application-credential-secret or OS_APPLICATION_CREDENTIAL_SECRET)</source>
        <translation></translation>
    </message>
    <message>
        <source>no credentials: give --os-cloud, or --os-auth-url with --os-username and --os-password, or --os-token, or --noauth for a development cloud without Keystone</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone needs a user name (--os-username or OS_USERNAME) or id (--os-user-id)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone needs a project (--os-project-name, --os-project-id or OS_PROJECT_NAME) or --os-system-scope all</source>
        <translation></translation>
    </message>
    <message>
        <source>system scope %1</source>
        <translation></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (application credential %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (user %2, %3)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConsoleOptionsParser</name>
    <message>
        <source>Operator console for OpenStack Trio2o pod binding.</source>
        <translation></translation>
    </message>
    <message>
        <source>The language of the user interface (de, zh_CN, en).</source>
        <translation></translation>
    </message>
    <message>
        <source>language</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Save a picture of the window into FILE (PNG) once the data is shown, then quit.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CreatePodCommand</name>
    <message>
        <source>create pod %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: only postgresql:// (or postgres://) URLs and file paths are understood</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a password in the database URL is refused (it would show in process lists and shell history): remove it and set PGPASSWORD or use ~/.pgpass</source>
        <translation></translation>
    </message>
    <message>
        <source>the database URL has port 0; give a port from 1 to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>the database URL must name one database: postgresql://user@host:port/dbname</source>
        <translation></translation>
    </message>
    <message>
        <source>the database URL must not have a fragment (#...)</source>
        <translation></translation>
    </message>
    <message>
        <source>a password in the database URL is refused: set PGPASSWORD or use ~/.pgpass</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown database URL parameter &quot;%1&quot; (known: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>database URL parameter %1 has an invalid value</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DecisionChanges</name>
    <message>
        <source>the active binding of tenant %1 to pod %2 vanished</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DecisionPrinter</name>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision: %1
Tenant:   %2
AZ:       %3
Group:    %4
Pod:      %5
Reason:   %6
</source>
        <translation></translation>
    </message>
    <message>
        <source>any</source>
        <translation></translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>total %1  [%2]</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding)</source>
        <translation></translation>
    </message>
    <message>
        <source>Upstream: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding, ! upstream stays bound here too)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>bottom pod</source>
        <translation></translation>
    </message>
    <message>
        <source>availability zone</source>
        <translation></translation>
    </message>
    <message>
        <source>resource affinity</source>
        <translation></translation>
    </message>
    <message>
        <source>pod state</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>ignored pods</source>
        <translation></translation>
    </message>
    <message>
        <source>destination pod</source>
        <translation></translation>
    </message>
    <message>
        <source>creation order</source>
        <translation></translation>
    </message>
    <message>
        <source>free RAM</source>
        <translation></translation>
    </message>
    <message>
        <source>free vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>free disk</source>
        <translation></translation>
    </message>
    <message>
        <source>workload</source>
        <translation></translation>
    </message>
    <message>
        <source>cost</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation></translation>
    </message>
    <message>
        <source>disk (GB)</source>
        <translation></translation>
    </message>
    <message>
        <source>keep</source>
        <translation></translation>
    </message>
    <message>
        <source>bind</source>
        <translation></translation>
    </message>
    <message>
        <source>rebind</source>
        <translation></translation>
    </message>
    <message>
        <source>fail</source>
        <translation></translation>
    </message>
    <message>
        <source>the top region (Trio2o itself) takes no tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>in another availability zone</source>
        <translation></translation>
    </message>
    <message>
        <source>lacks a requested resource-affinity tag</source>
        <translation></translation>
    </message>
    <message>
        <source>belongs to a special pod group; the request asks for general pods</source>
        <translation></translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation></translation>
    </message>
    <message>
        <source>excluded by the operator</source>
        <translation></translation>
    </message>
    <message>
        <source>not the pod the operator chose</source>
        <translation></translation>
    </message>
    <message>
        <source>no pod serves this availability zone and pod group</source>
        <translation></translation>
    </message>
    <message>
        <source>every candidate pod was rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>the current pod is the only candidate, so it cannot be rotated (upstream trio2o behaviour)</source>
        <translation></translation>
    </message>
    <message>
        <source>the tenant was bound to the next pod before; upstream keeps one row per tenant and pod and refuses it</source>
        <translation></translation>
    </message>
    <message>
        <source>the chosen destination pod does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; for example: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the current pod %1 still passes every filter</source>
        <translation></translation>
    </message>
    <message>
        <source>no binding yet; %1 weighs most among the pods that pass</source>
        <translation></translation>
    </message>
    <message>
        <source>the current pod %1 is no longer acceptable (%2); %3 chosen</source>
        <translation></translation>
    </message>
    <message>
        <source>rotated from %1 to %2 (upstream trio2o behaviour for a pod group)</source>
        <translation></translation>
    </message>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>decision reason; upstream departure</comment>
        <translation></translation>
    </message>
    <message>
        <source>upstream would leave %1 bound to %2 and %3 in %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; the console keeps one active binding per availability zone and pod group, so the binding to %2 ends</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeletePodCommand</name>
    <message>
        <source>delete pod %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeletePodOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n tenant(s) bound; drain it first (trio2o-sched drain)</source>
        <translation>
            <numerusform>pod %1 still has %n tenant bound; drain it first (trio2o-sched drain)</numerusform>
            <numerusform>pod %1 still has %n tenants bound; drain it first (trio2o-sched drain)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage: percent of capacity</comment>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DrainCommand</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1: %2 → %3%4</source>
        <translation></translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation></translation>
    </message>
    <message>
        <source>Some tenants cannot move (see the reasons); the pod still has them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Moves every tenant bound to POD to another pod of its own AZ and group: the one the scheduler chooses, or the pod --to names (refused when it is in another AZ or group). On a database it is one transaction; on a live cloud an interrupted drain is finished by running it again. Exit status 0 when all moved, 3 when some cannot move, 1 on errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>Move every tenant to this pod (id or name).</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the pod into maintenance, in the same transaction.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only show what would move.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>The pod to drain (id or name).</source>
        <translation></translation>
    </message>
    <message>
        <source>drain takes one POD (id or name)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DrainOperation</name>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 is in AZ %2, group %3; pod %4 is in AZ %5, group %6: tenants move only inside their own AZ and group</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 is the top region: no tenant is bound to it</source>
        <translation></translation>
    </message>
    <message>
        <source>the target pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 cannot be drained into itself</source>
        <translation></translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>moved to the pod named for the drain</source>
        <translation></translation>
    </message>
    <message>
        <source>the scheduler chose pod %1, which does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DrainPlanner</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EditPodCommand</name>
    <message>
        <source>edit pod %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a resource (vcpus, ram_mb, disk_gb)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a name pattern like &quot;burst-{1..400}&quot; or &quot;new-{n}&quot; (at most %1 names), not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>or &quot;tenants&quot; (a pattern) must be given, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>must be &quot;key:value[,key:value...]&quot; or empty, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>is missing (a whole number, or null for unknown)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a pod object {pod_name, az_name, ...}</source>
        <translation></translation>
    </message>
    <message>
        <source>(%1) differs from the number of names the pattern gives (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>a missing or non-string value</source>
        <translation></translation>
    </message>
    <message>
        <source>must be vcpus, ram_mb or disk_gb, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the scenario asks for more than %2 VM requests (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the scenario&apos;s name patterns expand to more than %2 tenant names (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>events[%1]: must be an object with a &quot;type&quot; (at byte %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>events[%1]: field &quot;type&quot; must be one of %2, not %3 (the event at byte %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (the event at byte %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>must give at least one of vcpus, ram_mb, disk_gb above 0</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FailureGroups</name>
    <message>
        <source>%1; rejected by: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at the threshold</source>
        <comment>a pod&apos;s resource</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1; e.g. %2</source>
        <comment>failure reason; an example rejection</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--pods (%1) must be at least --azs (%2): every AZ needs a pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes a synthetic cloud as JSON (the import format): the same numbers and seed always give the same cloud. With --db, imports it into that database instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of availability zones (default 3).</source>
        <translation></translation>
    </message>
    <message>
        <source>A</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of bottom pods, spread over the AZs (default 10).</source>
        <translation></translation>
    </message>
    <message>
        <source>P</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of tenants (default 60).</source>
        <translation></translation>
    </message>
    <message>
        <source>T</source>
        <translation></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>S</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the JSON to FILE instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>With --db: replace what the database holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation></translation>
    </message>
    <message>
        <source>generate takes no arguments (see trio2o-sched generate --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated %1 and %2 into %3.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n binding</numerusform>
            <numerusform>%n bindings</numerusform>
        </translation>
    </message>
    <message>
        <source>Also a usage history of DAYS daily samples per pod, ending today at 00:00 UTC (default 0: none).</source>
        <translation></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Shows or sets how the store keeps the usage history (the capacity outlook&apos;s input): at most one sample per pod per interval while its usage is unchanged, kept for the retention, thinned to one a day after a quarter of it. Everyone using the store shares these settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most one sample per pod every HOURS while unchanged (default 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep samples for DAYS (default 400).</source>
        <translation></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation></translation>
    </message>
    <message>
        <source>history takes no arguments (see trio2o-sched history --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage history of %1:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>  at most one sample per pod every %n hour(s) while its usage is unchanged</source>
        <translation>
            <numerusform>  at most one sample per pod every %n hour while its usage is unchanged</numerusform>
            <numerusform>  at most one sample per pod every %n hours while its usage is unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  kept for %n day(s), thinned to one a day after %1 days</source>
        <translation>
            <numerusform>  kept for %n day, thinned to one a day after %1 days</numerusform>
            <numerusform>  kept for %n days, thinned to one a day after %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB; it was cut off</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 redirected to %2; a redirect to another scheme, host or port (or of a change) is not followed, so the credentials stay with the server they are meant for</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportRepair</name>
    <message>
        <source>pods[%1] (%2, pod_id %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>pod_bindings[%1] (id %2, tenant %3, pod_id %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a second top region (empty az_name); %2 is the top region already</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 binds the second top region</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is bound to a pod that does not exist</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3: %4</source>
        <translation>
            <numerusform>tenant %1 is bound %n time in AZ %2, group %3: %4</numerusform>
            <numerusform>tenant %1 is bound %n times in AZ %2, group %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>left out %1: a second top region</source>
        <translation></translation>
    </message>
    <message>
        <source>ended %1: %2 keeps the lowest pod_id, the binding upstream treats as current</source>
        <translation></translation>
    </message>
    <message>
        <source>left out %1: its pod is not imported</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 (pod_id %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 (tenant %2, pod %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 binds the top region, which takes no tenants</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the data ends early</source>
        <translation></translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation></translation>
    </message>
    <message>
        <source>the data ends inside an object</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a member name</source>
        <translation></translation>
    </message>
    <message>
        <source>the data ends inside an array</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation></translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation></translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate in a string</source>
        <translation></translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeystoneClient</name>
    <message>
        <source>No Keystone URL to authenticate with.</source>
        <translation></translation>
    </message>
    <message>
        <source>authenticate with Keystone at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no X-Subject-Token header</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeystoneTokenReader</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--since must be an ISO 8601 date or time (2026-12-07, 2026-12-07T08:00Z) or an age (30m, 12h, 7d), not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation></translation>
    </message>
    <message>
        <source>  pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>  tenant %1</source>
        <translation></translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>  [%1: %2]</source>
        <translation></translation>
    </message>
    <message>
        <source>  cloud %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Shows the store&apos;s audit log, newest first: every change made through the console or trio2o-sched (bindings created, ended or moved, pods created, edited or deleted, drains, plans applied, imports), with its time (UTC), operator, cloud, before and after, and reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the changes of tenant ID.</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the changes of the pod with this id or name.</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>Only changes at or after TIME: an ISO 8601 date or time (UTC unless it names a zone), or an age such as 30m, 12h or 7d.</source>
        <translation></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation></translation>
    </message>
    <message>
        <source>Only changes of this kind or operation (binding-created, binding-ended, binding-moved, pod-created, pod-edited, pod-deleted, import, drain, plan-applied, rebind, schedule, undo, manual).</source>
        <translation></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation></translation>
    </message>
    <message>
        <source>At most N changes (default 1000; 0: all).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Print JSON: {&quot;changes&quot;: [...]}.</source>
        <translation></translation>
    </message>
    <message>
        <source>log takes no arguments (see trio2o-sched log --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no database at %1 (check --db)</source>
        <translation></translation>
    </message>
    <message>
        <source>No change recorded in %1 matches.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Bind a tenant to a pod</source>
        <translation></translation>
    </message>
    <message>
        <source>End a binding</source>
        <translation></translation>
    </message>
    <message>
        <source>Move a tenant to another pod (new first, then old ended)</source>
        <translation></translation>
    </message>
    <message>
        <source>List the tenant -&gt; pod bindings</source>
        <translation></translation>
    </message>
    <message>
        <source>Make a deterministic synthetic cloud of any size</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: trio2o-sched COMMAND [options]   (COMMAND --help for its options)</source>
        <translation></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Run one scheduling decision for a tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a JSON state file into the database</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the database&apos;s state as JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Replay a what-if scenario on a copy of the state</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply a saved what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Move every tenant off a pod (optionally into maintenance)</source>
        <translation></translation>
    </message>
    <message>
        <source>List, create, change or delete pods</source>
        <translation></translation>
    </message>
    <message>
        <source>When each pod and each AZ&apos;s pod group runs out</source>
        <translation></translation>
    </message>
    <message>
        <source>Show or set how the usage history is kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Find (and repair) what the cloud holds that the rules forbid</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the audit log of the store</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OpenStackOptions</name>
    <message>
        <source>unknown auth type &quot;%1&quot; (password, token, v3applicationcredential or none)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>undo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not moved: %1 — %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Only part of “%1” was done: %n of %2 tenant(s) moved.</source>
        <translation>
            <numerusform>Only part of “%1” was done: %n of %2 tenants moved.</numerusform>
            <numerusform>Only part of “%1” was done: %n of %2 tenants moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved: %1 and %n more.</source>
        <translation>
            <numerusform>Moved: %1 and %n more.</numerusform>
            <numerusform>Moved: %1 and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not tried after the failure.</source>
        <translation>
            <numerusform>%n tenant not tried after the failure.</numerusform>
            <numerusform>%n tenants not tried after the failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the %n tenant(s) left)</source>
        <translation>
            <numerusform>%1 (the %n tenant left)</numerusform>
            <numerusform>%1 (the %n tenants left)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry the Rest</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlacementReader</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;resource_providers&quot; list</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;resource_providers[%1].uuid&quot; is missing or not a uuid</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;inventories&quot; object</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;inventories.%1.total&quot; is missing or not a whole number</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;inventories.%1.reserved&quot; is not a whole number</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;inventories.%1.allocation_ratio&quot; is not a number above 0</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;usages&quot; object</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;usages.%1&quot; is not a whole number</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlanApplyOperation</name>
    <message>
        <source>no tenant named</source>
        <translation></translation>
    </message>
    <message>
        <source>operations[%1].%2: %3; nothing was written</source>
        <translation></translation>
    </message>
    <message>
        <source>no pod named</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 is the top region</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group, to pod %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no binding named</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 is not active: tenant %2 has no binding in that AZ and group</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 is not the active binding of tenant %2, which is bound to pod %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>%1: field &quot;op&quot; must be bind, unbind or rebind</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a string</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;operations&quot; must be a list: not a what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: a bind needs tenant_id and to_pod_id</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: an unbind needs tenant_id and end_binding_id</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: a rebind needs tenant_id, end_binding_id and to_pod_id</source>
        <translation></translation>
    </message>
    <message>
        <source>the file holds no JSON object: not a what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a usable what-if plan: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PodOverlayStore</name>
    <message>
        <source>cannot read the pod settings from the store %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot save the settings of pod %1 in the store %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot remove the settings of pod %1 from the store %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot record the usage history in the store %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the usage history from the store %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the old pod settings</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot move the old pod settings of %1 into the store %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot move the old usage history of %1 into the store %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the pod settings were copied into the store, but the old table could not be dropped</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PodPlacements</name>
    <message>
        <source>%1 is not a pod placement record of trio2o-sched check (%2); delete it to start a new one</source>
        <translation></translation>
    </message>
    <message>
        <source>seen_at_us or pods missing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PodSettingsCommand</name>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>--state is enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>set: enabled, maintenance or disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation></translation>
    </message>
    <message>
        <source>set: the fraction of the total that counts as full, in (0, 1].</source>
        <translation></translation>
    </message>
    <message>
        <source>F</source>
        <translation></translation>
    </message>
    <message>
        <source>set: an affinity tag (repeatable); a KEY already there gets the new VALUE.</source>
        <translation></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>set: remove every tag first (the pod joins the general group).</source>
        <translation></translation>
    </message>
    <message>
        <source>set: totals, any of vcpus=N,ram_mb=N,disk_gb=N.</source>
        <translation></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation></translation>
    </message>
    <message>
        <source>set: the pod&apos;s relative cost (0 or more).</source>
        <translation></translation>
    </message>
    <message>
        <source>pods set takes one POD (id or name)</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1 already has these settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed pod %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>set: vCPU overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation></translation>
    </message>
    <message>
        <source>set: RAM overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PodSettingsOperation</name>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>no setting to change was given</source>
        <translation></translation>
    </message>
    <message>
        <source>threshold %1 is not in (0, 1]: it is the fraction of the total that counts as full</source>
        <translation></translation>
    </message>
    <message>
        <source>cost %1 is not a number of 0 or more</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity %1 = %2 is negative</source>
        <translation></translation>
    </message>
    <message>
        <source>tags must have a key, each key once</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose group would change with its tags: drain it first</source>
        <translation>
            <numerusform>pod %1 has %n bound tenant, whose group would change with its tags: drain it first</numerusform>
            <numerusform>pod %1 has %n bound tenants, whose group would change with its tags: drain it first</numerusform>
        </translation>
    </message>
    <message>
        <source>the top region %1 takes no affinity tags</source>
        <translation></translation>
    </message>
    <message>
        <source>state</source>
        <translation></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>cost</source>
        <translation></translation>
    </message>
    <message>
        <source>group</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; is not vcpus=N, ram_mb=N or disk_gb=N</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; needs a whole number of 0 or more</source>
        <translation></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>pod AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>data centre</source>
        <translation></translation>
    </message>
    <message>
        <source>a pod needs a name (its Keystone region)</source>
        <translation></translation>
    </message>
    <message>
        <source>a pod named %1 already exists</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose AZ would change from %2 to %3: drain it first</source>
        <translation>
            <numerusform>pod %1 has %n bound tenant, whose AZ would change from %2 to %3: drain it first</numerusform>
            <numerusform>pod %1 has %n bound tenants, whose AZ would change from %2 to %3: drain it first</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 overcommit ratio %2 is not in (0, %3]</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPU overcommit ratio</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM overcommit ratio</source>
        <translation></translation>
    </message>
    <message>
        <source>the overcommit ratios of pod %1 apply to usage collected from a live cloud&apos;s hypervisor statistics; a database keeps capacity and usage as entered, so nothing was changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PodsCommand</name>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>POD AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>DC</source>
        <translation></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation></translation>
    </message>
    <message>
        <source>(top region)</source>
        <translation></translation>
    </message>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>pods create needs --name</source>
        <translation></translation>
    </message>
    <message>
        <source>pods create needs --az (an empty --az &quot;&quot; makes the top region)</source>
        <translation></translation>
    </message>
    <message>
        <source>Created pod %1 (%2).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Drain stopped after %n tenant(s): %1</source>
        <translation>
            <numerusform>Drain stopped after %n tenant: %1</numerusform>
            <numerusform>Drain stopped after %n tenants: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n tenant(s) from %1 to %2.</source>
        <translation>
            <numerusform>Moved %n tenant from %1 to %2.</numerusform>
            <numerusform>Moved %n tenants from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>pods delete takes one POD (id or name)</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted pod %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>create: the pod&apos;s name (its Keystone region).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>create: its availability zone (empty: the top region).</source>
        <translation></translation>
    </message>
    <message>
        <source>create: the AZ name inside the pod.</source>
        <translation></translation>
    </message>
    <message>
        <source>PAZ</source>
        <translation></translation>
    </message>
    <message>
        <source>create: its data centre.</source>
        <translation></translation>
    </message>
    <message>
        <source>POD</source>
        <translation></translation>
    </message>
    <message>
        <source>pods %1 takes no further arguments</source>
        <translation></translation>
    </message>
    <message>
        <source>delete: first drain the pod into POD (of the same AZ and group).</source>
        <translation></translation>
    </message>
    <message>
        <source>list (default), create, set or delete.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown pods action &quot;%1&quot; (list, create, set or delete)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lists the pods, or creates, changes or deletes one, in the database or a live Trio2o cloud.
  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD
  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]
               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pods&quot;: [...]}, each bottom pod with &quot;usage&quot;: its capacity, usage and where they came from.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProjectionText</name>
    <message>
        <source>more than ten years</source>
        <translation></translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>time remaining</comment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>over its threshold now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>conservative days – trend</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2 days</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: too little history</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: flat or falling</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: off its trend</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: no capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>no projection: usage unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <comment>a date more than ten years away</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>conservative date – trend</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (conservative) – %2 (trend)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>new binding</source>
        <translation></translation>
    </message>
    <message>
        <source>current pod rejected: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>current pod rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>group rotation (trio2o)</source>
        <translation></translation>
    </message>
    <message>
        <source>pod drained</source>
        <translation></translation>
    </message>
    <message>
        <source>replaced by the new binding</source>
        <translation></translation>
    </message>
    <message>
        <source>no active binding in this AZ and group to delete from</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (pod %2)</source>
        <comment>failure reason (pod tried)</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>RebindBatchOperation</name>
    <message>
        <source>no binding to move was chosen</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no such active binding any more; refresh to see the bindings now</source>
        <translation></translation>
    </message>
    <message>
        <source>already bound to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>moved to the pod chosen by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>the request for %1 is not valid</source>
        <translation></translation>
    </message>
    <message>
        <source>no other pod of AZ %1, group %2 takes it: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RebindCommand</name>
    <message>
        <source>Tenant %1 is bound twice: the new binding was created but the old binding %2 could not be ended: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;End old binding</source>
        <translation></translation>
    </message>
    <message>
        <source>end binding %1 of %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RebindOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 has no active binding in the AZ and group of pod %2</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 is not an active binding of tenant %2</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 is already bound to pod %2</source>
        <translation></translation>
    </message>
    <message>
        <source>moved by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>a rebind needs the binding to end and the new pod</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RemoteGuards</name>
    <message>
        <source>A pod needs a name (its Keystone region).</source>
        <translation></translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1 has no AZ, which makes it a top region, but %2 already is the top region; there can only be one.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no pod %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Pod %1 still has %n tenant(s) bound to it; drain it first (rebind them elsewhere, e.g. trio2o-sched pods delete %1 --drain-to POD).</source>
        <translation>
            <numerusform>Pod %1 still has %n tenant bound to it; drain it first (rebind it elsewhere, e.g. trio2o-sched pods delete %1 --drain-to POD).</numerusform>
            <numerusform>Pod %1 still has %n tenants bound to it; drain it first (rebind them elsewhere, e.g. trio2o-sched pods delete %1 --drain-to POD).</numerusform>
        </translation>
    </message>
    <message>
        <source>A binding needs a tenant.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1 is the top region; tenants are never bound to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant %1 is already bound to pod %2 in AZ %3 (group %4); rebind it instead of adding a second binding.</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant %1 also has binding %2 to pod %3 in AZ %4 (group %5); moving binding %6 to pod %7 would bind it twice there. Run trio2o-sched check --repair first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>Trio2o cannot change the name, AZ or data centre of pod %1 (its API has no update call); only tags, state, threshold, cost and capacity can be edited.</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant %1 has no binding %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding %1 already points at pod %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant %1 is now bound twice: the new binding %2 was created, but the old binding %3 could not be deleted. Retry deleting binding %3. %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 changes: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1 What is shown is a snapshot of %2; refresh once the cloud is back before changing anything.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1 was created, but its settings were not saved in the store: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod %1 was deleted, but its settings could not be removed from the store: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding %1 of tenant %2 changed since the check before this batch (another client?); nothing was changed for this tenant: run the operation again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportNumbers</name>
    <message>
        <source>?</source>
        <comment>usage never collected</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>share of the capacity</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount (share of the capacity)</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <comment>before -&gt; after</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportPodText</name>
    <message>
        <source>  ... and %1 more
</source>
        <translation></translation>
    </message>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods: no pod changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods that changed (%1), each resource before -&gt; after</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message>
        <source>added by the scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs %1</source>
        <translation></translation>
    </message>
    <message>
        <source>tenants %1</source>
        <translation></translation>
    </message>
    <message>
        <source>at its threshold after event %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <comment>pod (AZ, group): facts</comment>
        <translation></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Used before</source>
        <translation></translation>
    </message>
    <message>
        <source>Used after</source>
        <translation></translation>
    </message>
    <message>
        <source>-</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest (when)</source>
        <translation></translation>
    </message>
    <message>
        <source>End</source>
        <translation></translation>
    </message>
    <message>
        <source>start</source>
        <comment>headroom: before the first event</comment>
        <translation></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>headroom (when)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Headroom per AZ and group (room below the thresholds of the enabled pods; ? = not collected)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: capacity %2, limit %3</source>
        <comment>resource: capacity before -&gt; after, limit before -&gt; after</comment>
        <translation></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>  ... and %1 more
</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Events</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Deletes skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message>
        <source>Event</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n failed</numerusform>
            <numerusform>%1; %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>unbound</source>
        <translation></translation>
    </message>
    <message>
        <source>Deletes beyond usage</source>
        <translation></translation>
    </message>
    <message>
        <source>too little history</source>
        <translation></translation>
    </message>
    <message>
        <source>flat or falling</source>
        <translation></translation>
    </message>
    <message>
        <source>trend too poor to trust</source>
        <translation></translation>
    </message>
    <message>
        <source>grows only in resources the VM size leaves at 0</source>
        <translation></translation>
    </message>
    <message>
        <source>less than one VM</source>
        <translation></translation>
    </message>
    <message>
        <source>no tenant bound</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 vCPUs, %2 MB RAM, %3 GB disk</source>
        <translation></translation>
    </message>
    <message>
        <source>no typical VM size</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Growth (event %1, %n day(s)): %2 VM requests of %3; projected pods: %4</source>
        <translation>
            <numerusform>Growth (event %1, %n day): %2 VM requests of %3; projected pods: %4</numerusform>
            <numerusform>Growth (event %1, %n days): %2 VM requests of %3; projected pods: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped pods: %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: the figures below are partial.</source>
        <translation></translation>
    </message>
    <message>
        <source>Threshold crossings: no pod reaches its threshold.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation></translation>
    </message>
    <message>
        <source>Used after</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods that reach their threshold (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>At their threshold before the first event (%1): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures: none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Count</source>
        <translation></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>event range</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Failures by AZ, group and reason (%1 failures in %n group(s))</source>
        <translation>
            <numerusform>Failures by AZ, group and reason (%1 failures in %n group)</numerusform>
            <numerusform>Failures by AZ, group and reason (%1 failures in %n groups)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding changes: none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding changes (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures, one by one (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenants whose outcome differs, %1 vs %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>At event</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods bound; failures</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RowActionMenu</name>
    <message>
        <source>&amp;Edit Pod %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;nd Binding…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScenarioJson</name>
    <message>
        <source>%1: must be a policy configuration object</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;name&quot; must be a non-empty string</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;compare&quot; must be a list of policy configurations</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;events&quot; must be a list of events</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown pod &quot;%1&quot; (not in the base, or removed by an earlier event)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown tenant &quot;%1&quot; (no binding in the base and not introduced by an earlier new_tenants or create_vm &quot;tenants&quot; pattern)</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a pod</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty: pod &quot;%1&quot; would be a second top region</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;base&quot; must be &quot;current&quot;, a state JSON file or a database path</source>
        <translation></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a scenario field (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;samples&quot; must be a whole number from 1 to 100000</source>
        <translation></translation>
    </message>
    <message>
        <source>events[%1] (%2): field &quot;%3&quot;: %4</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown availability zone &quot;%1&quot; (no pod of the base or of an earlier add_pod is in it)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (no pod of the base or of an earlier add_pod has it, in that availability zone)</source>
        <translation></translation>
    </message>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>events[%1] (grow): the projected growth makes the scenario ask for more than %2 VM requests (%3 with this event); grow fewer days, limit it with &quot;az&quot; or &quot;group&quot;, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation></translation>
    </message>
    <message>
        <source>reading stopped (cancelled)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>base &quot;current&quot;: not connected to any cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown base</source>
        <translation></translation>
    </message>
    <message>
        <source>base %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>base %1: no such database file</source>
        <translation></translation>
    </message>
    <message>
        <source>base %1: cannot make a private copy to read</source>
        <translation></translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs one scheduling decision for a tenant: keep its binding, bind, rebind, or fail with the reason. Exit status 0 for keep, bind and rebind, 3 when scheduling fails, 1 for bad input.</source>
        <translation></translation>
    </message>
    <message>
        <source>schedule takes no arguments (see trio2o-sched schedule --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>the request is not valid (tenant, AZ or group)</source>
        <translation></translation>
    </message>
    <message>
        <source>the decision could not be stored: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScheduleOperation</name>
    <message>
        <source>chosen by the scheduler</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScheduleOptionsParser</name>
    <message>
        <source>--%1 must be a whole number of at least 0, not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The tenant (project id) asking for resources.</source>
        <translation></translation>
    </message>
    <message>
        <source>T</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability zone; empty or absent: any bottom AZ.</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod group as resource-affinity tags, key:value[,key:value...].</source>
        <translation></translation>
    </message>
    <message>
        <source>G</source>
        <translation></translation>
    </message>
    <message>
        <source>Size of the request: vCPUs.</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Size of the request: RAM in MB.</source>
        <translation></translation>
    </message>
    <message>
        <source>Size of the request: disk in GB.</source>
        <translation></translation>
    </message>
    <message>
        <source>weighted (default) or trio2o; overrides the configuration file.</source>
        <translation></translation>
    </message>
    <message>
        <source>P</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Show every candidate pod: the filter that rejected it, or its weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the decision as one JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decide, but do not store the decision.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decide on a JSON state file instead of the database (never written).</source>
        <translation></translation>
    </message>
    <message>
        <source>--tenant is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--group must be key:value[,key:value...] with distinct keys, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>--policy must be weighted or trio2o, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>give either --db/--remote or --state, not both</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SchedulerConfigJson</name>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The scheduler configuration must be a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be &quot;weighted&quot; or &quot;trio2o&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list of filter names</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object of weigher multipliers</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown weigher</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the database holds tables but no schema version: it is not a Trio2o Console database</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the table schema_info holds no version row: the database is damaged or an upgrade of it was cut short; restore it from a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>the table schema_info holds more than one version row: a Trio2o Console database has exactly one; the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the schema version in schema_info is NULL: the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1, not a whole number: the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the schema version in schema_info is the text &quot;%1&quot;, not a number: the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the schema version in schema_info is 0, which no finished Trio2o Console database has: the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1; versions start at 1: the database is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program understands: Trio2o Console %2 opens schema versions 1 to %3; open it with the newer Trio2o Console that wrote it</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no schema version %1; this program knows versions 1 to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>cannot read the pods: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading bindings…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>cannot save the snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot save the snapshot of the bindings</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 in the store %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>%1 &quot;%2...&quot; is %3 bytes long; at most %4 are allowed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a NUL byte</source>
        <translation></translation>
    </message>
    <message>
        <source>a binding with that id exists already</source>
        <translation></translation>
    </message>
    <message>
        <source>the tenant already has an active binding in that AZ and group</source>
        <translation></translation>
    </message>
    <message>
        <source>there is already a top region (a pod with an empty AZ)</source>
        <translation></translation>
    </message>
    <message>
        <source>a pod with that name exists already</source>
        <translation></translation>
    </message>
    <message>
        <source>a pod with that id exists already</source>
        <translation></translation>
    </message>
    <message>
        <source>bindings still refer to the pod</source>
        <translation></translation>
    </message>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot set up the connection: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the pods: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot clear the database: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) point at the top region or disagree with their pod&apos;s AZ or group</source>
        <translation>
            <numerusform>%n binding points at the top region or disagrees with its pod&apos;s AZ or group</numerusform>
            <numerusform>%n bindings point at the top region or disagree with their pod&apos;s AZ or group</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot prepare the binding change: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>ending binding %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>; refresh and retry</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 was rebound by someone else to pod %2; refresh and retry</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 was unbound by someone else (binding %2 is no longer active); refresh and retry</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant %1 was changed by someone else at the same time; refresh and retry</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read pod %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read binding %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 does not exist</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n bound tenant(s); drain it first</source>
        <translation>
            <numerusform>pod %1 still has %n bound tenant; drain it first</numerusform>
            <numerusform>pod %1 still has %n bound tenants; drain it first</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group to pod %2, perhaps by someone else just now; refresh and retry</source>
        <translation></translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be upgraded to %2 before this program can read it, but %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was opened for reading only (%2); nothing was changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqliteBindingReader</name>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not an open SQLite database</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot count the bindings: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>not an open SQLite database</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqliteFileAccess</name>
    <message>
        <source>the folder %1 is read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2 and it holds changes in %3 that only a writable folder lets SQLite read; copy the database and its -wal file to a writable folder</source>
        <translation></translation>
    </message>
    <message>
        <source>the disk holding %1 is full (No space left on device); free some space and try again</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 is locked by another program, which kept it for more than %n second(s); try again when it has finished</source>
        <translation>
            <numerusform>%1 is locked by another program, which kept it for more than %n second; try again when it has finished</numerusform>
            <numerusform>%1 is locked by another program, which kept it for more than %n seconds; try again when it has finished</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>reading or writing %1 failed in the operating system (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StateJsonCodec</name>
    <message>
        <source>is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation></translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object of key: value pairs</source>
        <translation></translation>
    </message>
    <message>
        <source>has an invalid tag &quot;%1&quot; (keys are non-empty without &apos;:&apos; or &apos;,&apos;; values are strings without &apos;,&apos;)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb} or null</source>
        <translation></translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>neither &quot;pods&quot; nor &quot;pod_bindings&quot; found: not a Trio2o state file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;pods&quot; and &quot;pod_bindings&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an array of {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a time of the form YYYY-MM-DD HH:MM:SS</source>
        <translation></translation>
    </message>
    <message>
        <source>must be later than the sample before it (oldest first)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be placement, hypervisor_statistics or manual, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StateTransfer</name>
    <message>
        <source>Imports a JSON state file ({&quot;pods&quot;: [...], &quot;pod_bindings&quot;: [...]}, as GET /pods and GET /bindings of a Trio2o answer) into the database, in one transaction.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace the pods and bindings already in the database.</source>
        <translation></translation>
    </message>
    <message>
        <source>The JSON file, or - for standard input.</source>
        <translation></translation>
    </message>
    <message>
        <source>import takes exactly one FILE (see trio2o-sched import --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n binding</numerusform>
            <numerusform>%n bindings</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the whole state of the database or remote cloud as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation></translation>
    </message>
    <message>
        <source>export takes no arguments (see trio2o-sched export --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a dump with the anomalies a real Trio2o can hold, repaired: of a tenant&apos;s bindings in one AZ and group the lowest pod_id stays active and the others end; bindings to missing pods and a second top region are left out. Every repair is listed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n anomaly(ies) a real Trio2o can leave behind; nothing was imported (--repair imports it repaired, listing every repair):
  %2</source>
        <translation>
            <numerusform>%1 holds %n anomaly a real Trio2o can leave behind; nothing was imported (--repair imports it repaired, listing every repair):
  %2</numerusform>
            <numerusform>%1 holds %n anomalies a real Trio2o can leave behind; nothing was imported (--repair imports it repaired, listing every repair):
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StateValidator</name>
    <message>
        <source>general</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; duplicates pods[%2]: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;pod_name&quot; duplicates pods[%2]: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;az_name&quot; is empty, but %2 is already the top region; there can be only one</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot; duplicates pod_bindings[%2]</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; names no pod: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; is the top region %2, which can never be bound</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;ended_at&quot; is before &quot;created_at&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: field &quot;is_binding&quot;: tenant %2 already has an active binding in AZ %3, group %4 (pod_bindings[%5])</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TenantChangeText</name>
    <message>
        <source>planned</source>
        <translation></translation>
    </message>
    <message>
        <source>already done</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot move</source>
        <translation></translation>
    </message>
    <message>
        <source>applied</source>
        <translation></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage percent</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>Trio2oApiClient</name>
    <message>
        <source>The Keystone catalog has no Trio2o endpoint (service type &quot;Cascading&quot;, interface %1%2); give it with --endpoint.</source>
        <translation></translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The user lacks the admin role Trio2o requires; retrying will not help.</source>
        <translation></translation>
    </message>
    <message>
        <source>The credentials were refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;pods&quot; array</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;pod_bindings&quot; array</source>
        <translation></translation>
    </message>
    <message>
        <source>list the pods</source>
        <translation></translation>
    </message>
    <message>
        <source>read pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>create pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>delete pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>list the pod bindings</source>
        <translation></translation>
    </message>
    <message>
        <source>read binding %1</source>
        <translation></translation>
    </message>
    <message>
        <source>bind tenant %1 to pod %2</source>
        <translation></translation>
    </message>
    <message>
        <source>delete binding %1</source>
        <translation></translation>
    </message>
    <message>
        <source>find the API version v1.0 at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no version &quot;v1.0&quot; with a &quot;self&quot; link in its versions document</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnbindCommand</name>
    <message>
        <source>unbind %1 from %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageCollector</name>
    <message>
        <source>read the usage of pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no complete &quot;hypervisor_statistics&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>list the resource providers of pod %1 in Placement</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: its Placement lists %2 resource providers, more than the %3 this console reads per region.</source>
        <translation></translation>
    </message>
    <message>
        <source>read resource provider %1 of pod %2 in Placement</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: the catalog has no placement or compute endpoint for region %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageHistoryRows</name>
    <message>
        <source>usage history of pod %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>usage history: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot record the usage of pod %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot thin the usage history: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the usage history settings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the store setting %1 is &quot;%2&quot;, not a whole number above 0</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot save the usage history settings: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>usage history of pod %1: no such pod</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageSourceText</name>
    <message>
        <source>Usage from Placement (capacity = (total − reserved) × allocation ratio)</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage from hypervisor statistics × ratio: vCPUs × %1, RAM × %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage entered by hand (manual)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>Write the report as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the binding changes and failures as CSV.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a readable summary (the default).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Also save the binding changes as a plan (JSON) to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation></translation>
    </message>
    <message>
        <source>Replaying: %1%</source>
        <translation></translation>
    </message>
    <message>
        <source>Replays a what-if scenario (pods going into maintenance, bursts of VMs, new pods...) on a copy of a cloud state and reports who would be rebound where, which pods fill up and which requests fail. The base named by the scenario is never written; &quot;current&quot; means the cloud given by --db or --remote. See docs/scenario-format.md.</source>
        <translation></translation>
    </message>
    <message>
        <source>whatif takes exactly one SCENARIO file (see trio2o-sched whatif --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>interrupted: replay stopped between events, nothing was written</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the replay&apos;s progress to standard error, one line each time, even when it is not a terminal (the first line also says Ctrl-C is armed).</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse scenarios whose events ask for more than N VM requests in all (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse scenarios whose name patterns expand to more than N tenant names in all (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0, not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Replaying: %1% (Ctrl-C stops)</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the JSON report and the plan without indentation (smaller, quicker for big runs).</source>
        <translation></translation>
    </message>
    <message>
        <source>Also write every pod before and after (state, VMs, tenants, and per resource capacity, limit, used and percent) as CSV to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Also write the sampled series (one row per sample and pod: usage, VMs, tenants, state) as CSV to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 needs a file name (standard output carries the report)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message>
        <source>general</source>
        <comment>pod group without affinity tag</comment>
        <translation></translation>
    </message>
    <message>
        <source>any AZ</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ApplyPlanDialog</name>
    <message>
        <source>&amp;Apply to the cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter operations by tenant, AZ, group or pod</source>
        <translation></translation>
    </message>
    <message>
        <source>%v of %m operations applied</source>
        <translation></translation>
    </message>
    <message>
        <source>(no backend)</source>
        <translation></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>All %n operation(s) applied.</source>
        <translation>
            <numerusform>%n operation applied.</numerusform>
            <numerusform>All %n operations applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a plan saved earlier from the What-if tab or by trio2o-sched whatif --plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the what-if plan %1</source>
        <comment>plan file name</comment>
        <translation></translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only): nothing can be applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>No operations to apply. Open a plan saved earlier, or run a scenario in the What-if tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>policy</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.</source>
        <translation>
            <numerusform>The plan of policy %1 has %n operation: %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.</numerusform>
            <numerusform>The plan of policy %1 has %n operations: %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It creates %n tenant(s) the cloud never had (invented by the scenario).</source>
        <translation>
            <numerusform>It creates %n tenant the cloud never had (invented by the scenario).</numerusform>
            <numerusform>It creates %n tenants the cloud never had (invented by the scenario).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping after the operation under way…</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan cannot be applied: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are already done (an earlier apply wrote them) and will be skipped.</source>
        <translation>
            <numerusform>%n operation is already done (an earlier apply wrote it) and will be skipped.</numerusform>
            <numerusform>%n operations are already done (an earlier apply wrote them) and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No operation was applied (one transaction): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 operations are applied; the rest were not: %3 Apply the same plan again to finish it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>apply the what-if plan (%n operation(s))</source>
        <translation>
            <numerusform>apply the what-if plan (%n operation)</numerusform>
            <numerusform>apply the what-if plan (%n operations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apply plan %1 (%n operation(s))</source>
        <translation>
            <numerusform>apply plan %1 (%n operation)</numerusform>
            <numerusform>apply plan %1 (%n operations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BindingDialog</name>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>New Binding</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the tenant to bind.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a bottom pod (the top region cannot be bound).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is bound to %2 in AZ %3 and this group already; rebind it instead.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::BindingsPage</name>
    <message>
        <source>Show &amp;history</source>
        <translation></translation>
    </message>
    <message>
        <source>Also list ended bindings (the binding history)</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binding(s)</source>
        <translation>
            <numerusform>%1 of %n binding</numerusform>
            <numerusform>%1 of %n bindings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sorting…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::CapacityChart</name>
    <message>
        <source>vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation></translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a pod or a group to see its history and trend.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2 — %3 of all its pods</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation></translation>
    </message>
    <message>
        <source>Band</source>
        <translation></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>Crossing %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 over its threshold (%3) by %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::CapacityPage</name>
    <message>
        <source>All AZs</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>No cloud loaded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Computing the outlook…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) over their threshold within %1 days (conservative)</source>
        <translation>
            <numerusform>%n pod over its threshold within %1 days (conservative)</numerusform>
            <numerusform>%n pods over their threshold within %1 days (conservative)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::CloudLoader</name>
    <message>
        <source>Loading %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetching pods and bindings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Indexing bindings…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation></translation>
    </message>
    <message>
        <source>Local database file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Trio2o Admin API (remote)</source>
        <translation></translation>
    </message>
    <message>
        <source>Path of an SQLite database, or postgresql://user@host/dbname; you are asked before a missing file is created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::DashboardPage</name>
    <message>
        <source>No data loaded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation></translation>
    </message>
    <message>
        <source>Bottom pods</source>
        <translation></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation></translation>
    </message>
    <message>
        <source>Active bindings</source>
        <translation></translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show in Pods</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — %n pod(s); click one to select it, right-click for actions</source>
        <translation>
            <numerusform>&lt;b&gt;Needs attention&lt;/b&gt; — %n pod; click it to select it, right-click for actions</numerusform>
            <numerusform>&lt;b&gt;Needs attention&lt;/b&gt; — %n pods; click one to select it, right-click for actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Bound tenants</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Full within %Ln day(s)</source>
        <comment>pods whose trend crosses the threshold soon</comment>
        <translation>
            <numerusform>Full within %Ln day</numerusform>
            <numerusform>Full within %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::DrainDialog</name>
    <message>
        <source>&amp;Drain</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Working out where every tenant would go…</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Moves to / why it cannot move</source>
        <translation></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved off %1 in one transaction.</source>
        <translation>
            <numerusform>%n tenant moved off %1 in one transaction.</numerusform>
            <numerusform>%n tenants moved off %1 in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved</source>
        <translation>
            <numerusform>%n tenant moved</numerusform>
            <numerusform>%n tenants moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved (still on %1)</source>
        <translation>
            <numerusform>%n not moved (still on %1)</numerusform>
            <numerusform>%n not moved (still on %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Draining %1: %n tenant(s) will move.</source>
        <translation>
            <numerusform>Draining %1: %n tenant will move.</numerusform>
            <numerusform>Draining %1: %n tenants will move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) cannot move.</source>
        <translation>
            <numerusform>%n tenant cannot move.</numerusform>
            <numerusform>%n tenants cannot move.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>drain preview: the tenants that move, the tenants that cannot</comment>
        <translation></translation>
    </message>
    <message>
        <source>Put the pod into &amp;maintenance, in the same step</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance and Drain</source>
        <translation></translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <comment>target pod (reason)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s); usage %1 of threshold %2</source>
        <translation>
            <numerusform>receives %n tenant; usage %1 of threshold %2</numerusform>
            <numerusform>receives %n tenants; usage %1 of threshold %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled, but the moves could not be taken back (%1); undo the drain.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drain again to move the rest.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit Pod…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;Binding…</source>
        <translation></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot Read the Cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>Change Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: %2
The undo history no longer holds this step.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod in Use</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) are bound to %1; it cannot be deleted before they move. Drain it now?</source>
        <translation>
            <numerusform>%n tenant is bound to %1; it cannot be deleted before the tenant moves. Drain it now?</numerusform>
            <numerusform>%n tenants are bound to %1; it cannot be deleted before they move. Drain it now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete pod %1? Undo brings it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduler Se&amp;ttings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebind Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Move %1? The old binding ends (kept as history) and a new one starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>rebind %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>drain %1 (%n tenant)</numerusform>
            <numerusform>drain %1 (%n tenants)</numerusform>
        </translation>
    </message>
    <message>
        <source>rebind %1: %2 → %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped waiting for: %1. The server may still have applied it; refresh to see what the cloud holds now.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>find the binding of %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is no longer bound to %2; refresh to see the bindings now.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the pod into maintenance and move every tenant off it, in one step</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>maintenance and drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>maintenance and drain %1 (%n tenant)</numerusform>
            <numerusform>maintenance and drain %1 (%n tenants)</numerusform>
        </translation>
    </message>
    <message>
        <source>End Bindin&amp;g…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reb&amp;ind Tenant…</source>
        <translation></translation>
    </message>
    <message>
        <source>Dr&amp;ain Pod…</source>
        <translation></translation>
    </message>
    <message>
        <source>bind %1 to %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>repair %n inconsistency(ies)</source>
        <translation>
            <numerusform>repair %n inconsistency</numerusform>
            <numerusform>repair %n inconsistencies</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Check the Cloud</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Rebind %n Se&amp;lected Tenant(s)…</source>
        <translation>
            <numerusform>Rebind %n Se&amp;lected Tenant…</numerusform>
            <numerusform>Rebind %n Se&amp;lected Tenants…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebind Se&amp;lected Tenants…</source>
        <translation></translation>
    </message>
    <message>
        <source>Move the bindings of the rows selected in the Bindings or Tenants table, with a preview</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>work out where %n tenant(s) would move</source>
        <translation>
            <numerusform>work out where %n tenant would move</numerusform>
            <numerusform>work out where %n tenants would move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebind %n tenant(s)</source>
        <translation>
            <numerusform>rebind %n tenant</numerusform>
            <numerusform>rebind %n tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::EndBindingDialog</name>
    <message>
        <source>End Binding</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;End binding</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Binding:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the tenant whose binding ends.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no active binding.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::FindingsDialog</name>
    <message>
        <source>&amp;Repair All</source>
        <translation></translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation></translation>
    </message>
    <message>
        <source>No inconsistencies found: every tenant has at most one binding per AZ and group, every binding points at a bottom pod, and there is one top region.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found. Repair All ends the extra bindings (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check --repair does.</source>
        <translation>
            <numerusform>%n inconsistency found. Repair All ends the extra bindings (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check --repair does.</numerusform>
            <numerusform>%n inconsistencies found. Repair All ends the extra bindings (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check --repair does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding change(s)</source>
        <translation>
            <numerusform>%n binding change</numerusform>
            <numerusform>%n binding changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod deletion(s)</source>
        <translation>
            <numerusform>%n pod deletion</numerusform>
            <numerusform>%n pod deletions</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud shows a saved snapshot: nothing can be repaired until it answers again.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) moved under their tenants are accepted where they are now (nothing is written to the cloud).</source>
        <translation>
            <numerusform>%n pod moved under its tenants is accepted where it is now (nothing is written to the cloud).</numerusform>
            <numerusform>%n pods moved under their tenants are accepted where they are now (nothing is written to the cloud).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::HistoryPage</name>
    <message>
        <source>Filter the rows shown</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this tenant&apos;s changes (Enter reads them)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only changes of this pod</source>
        <translation></translation>
    </message>
    <message>
        <source>All pods</source>
        <translation></translation>
    </message>
    <message>
        <source>Only changes of this kind, or made by this operation</source>
        <translation></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Bindings created</source>
        <translation></translation>
    </message>
    <message>
        <source>Bindings ended</source>
        <translation></translation>
    </message>
    <message>
        <source>Bindings moved</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods created</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods edited</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Drains</source>
        <translation></translation>
    </message>
    <message>
        <source>Plans applied</source>
        <translation></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Only changes made since then</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LiveRefresh</name>
    <message>
        <source>Changes of other operators will not show until you refresh: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Trio2o Console</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a database (Ctrl+O)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation></translation>
    </message>
    <message>
        <source>Show binding &amp;history</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Trio2o Console</source>
        <translation></translation>
    </message>
    <message>
        <source>Main</source>
        <translation></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>About Trio2o Console</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trio2o Console %1&lt;/h3&gt;&lt;p&gt;Watch and drive the dynamic pod binding of an OpenStack Trio2o cloud.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation></translation>
    </message>
    <message>
        <source>The cloud cannot be reached: this is a saved snapshot taken %1. Editing is off until it answers again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — snapshot of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Apply a Saved Plan…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Log Requests to the Terminal</source>
        <translation></translation>
    </message>
    <message>
        <source>Log every request to the cloud on standard error, like --debug</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport Table as CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the table shown, as filtered and sorted, as CSV (Ctrl+Shift+E)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rece&amp;nt connections</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;Demo Cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>No Database There</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation></translation>
    </message>
    <message>
        <source>New Demo Cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace the demo cloud at %1 with a fresh one?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 exists and is not a demo cloud; it was left alone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Trio2o Console — DEMO</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;apacity</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found in the cloud (as trio2o-sched check reports them).</source>
        <translation>
            <numerusform>%n inconsistency found in the cloud (as trio2o-sched check reports them).</numerusform>
            <numerusform>%n inconsistencies found in the cloud (as trio2o-sched check reports them).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation></translation>
    </message>
    <message>
        <source>This tab has no table to export; the Pods, Bindings, Tenants and History tabs do.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sorting bindings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Preparing the tables…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected: %1 needs the Keystone password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <comment>notice banner</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::PasswordKeyring</name>
    <message>
        <source>The password could not be stored in the desktop keyring: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The desktop keyring could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::PeriodicRefresh</name>
    <message>
        <source>Refresh Remote &amp;Cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>Load a remote cloud again on a timer and tell what changed on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &amp;30 seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::PodDialog</name>
    <message>
        <source>Edit Pod %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>the AZ name inside the pod (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>key:value,… (empty = general group)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pod AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation></translation>
    </message>
    <message>
        <source>Affinity &amp;tags:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation></translation>
    </message>
    <message>
        <source>The pod needs a name (its Keystone region name).</source>
        <translation></translation>
    </message>
    <message>
        <source>A pod named %1 exists already.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is the top region already; a pod without an AZ would be a second one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Affinity tags are written key:value, separated by commas, each key once.</source>
        <translation></translation>
    </message>
    <message>
        <source> MB</source>
        <translation></translation>
    </message>
    <message>
        <source> GB</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity, &amp;vCPUs:</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity, &amp;RAM:</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity, d&amp;isk:</source>
        <translation></translation>
    </message>
    <message>
        <source>name of the new AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the name of the new AZ, or choose an existing AZ from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ %1 exists already: choose it from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation></translation>
    </message>
    <message>
        <source>disk</source>
        <translation></translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative (%2 given).</source>
        <translation></translation>
    </message>
    <message>
        <source>The threshold is a share of the capacity from %1 to %2 (%3 given).</source>
        <translation></translation>
    </message>
    <message>
        <source>The cost is a number from 0 to %1 (%2 given).</source>
        <translation></translation>
    </message>
    <message>
        <source>(none: the top region, Trio2o itself)</source>
        <translation></translation>
    </message>
    <message>
        <source>New AZ…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nova&apos;s overcommit: the hypervisor statistics count physical vCPUs and RAM, and the capacity is that total times this ratio. Not used when the region has Placement.</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPU &amp;overcommit:</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM overco&amp;mmit:</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a live cloud&apos;s usage, collected from hypervisor statistics, is multiplied; a database keeps capacity as entered.</source>
        <translation></translation>
    </message>
    <message>
        <source>An overcommit ratio is a number above 0 and at most %1 (%2 given).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::PodsPage</name>
    <message>
        <source>Filter pods by name, AZ, DC or affinity tag</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s)</source>
        <translation>
            <numerusform>%1 of %n pod</numerusform>
            <numerusform>%1 of %n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RebindDialog</name>
    <message>
        <source>Rebind Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Candidate pods (pick another acceptable pod to override):</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the tenant to move.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no binding in AZ %2 and this group: nothing to move (use New Binding).</source>
        <translation></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Only one pod is acceptable, so the weighers had nothing to compare it with: its weights show as 0.000.</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation></translation>
    </message>
    <message>
        <source>Show all &amp;pods (other AZs and groups too)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::RebindTenantsDialog</name>
    <message>
        <source>the cloud could not be read</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebind Tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Move</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation></translation>
    </message>
    <message>
        <source>The scheduler&apos;s choice, each in its own AZ and group</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen bindings are in different AZs or groups: the scheduler chooses for each</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <comment>from pod → to pod (reason)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s)</source>
        <translation>
            <numerusform>receives %n tenant</numerusform>
            <numerusform>receives %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) will move, all in one step (one undo step).</source>
        <translation>
            <numerusform>%n tenant will move, all in one step (one undo step).</numerusform>
            <numerusform>%n tenants will move, all in one step (one undo step).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot move (named above).</source>
        <translation>
            <numerusform>%n cannot move (named above).</numerusform>
            <numerusform>%n cannot move (named above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rebind %n</source>
        <translation>
            <numerusform>&amp;Rebind %n</numerusform>
            <numerusform>&amp;Rebind %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RemoteConnectionPage</name>
    <message>
        <source>http://host:19996/v1.0 (empty: from the Keystone catalog)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone password</source>
        <translation></translation>
    </message>
    <message>
        <source>Keystone token</source>
        <translation></translation>
    </message>
    <message>
        <source>No authentication (development cloud, X-Role: admin)</source>
        <translation></translation>
    </message>
    <message>
        <source>https://keystone:5000/v3</source>
        <translation></translation>
    </message>
    <message>
        <source>extra CA certificates (PEM), optional</source>
        <translation></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Trio2o &amp;API URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keystone URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation></translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation></translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation></translation>
    </message>
    <message>
        <source>Recent &amp;remote connections:</source>
        <translation></translation>
    </message>
    <message>
        <source>Without Keystone the Trio2o API URL is needed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;member the password in the desktop keyring</source>
        <translation></translation>
    </message>
    <message>
        <source>Off: the password is asked every time. On: it is kept in the desktop keyring (never in the console&apos;s settings or files).</source>
        <translation></translation>
    </message>
    <message>
        <source>asked every time unless remembered in the keyring</source>
        <translation></translation>
    </message>
    <message>
        <source>Clouds of %1 (a click connects):</source>
        <translation></translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Where the pod settings Trio2o does not keep, the usage history and the audit log of this cloud are stored: an SQLite file, or postgresql://user@host:port/dbname for a store the team shares (the password in PGPASSWORD or ~/.pgpass).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEditor</name>
    <message>
        <source>&amp;Add event</source>
        <translation></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>What this scenario asks, e.g. &quot;Pod az2-pod03 goes into maintenance tonight&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;current&quot; = the cloud the console shows; or a state file (.json) or a database file, relative to the scenario&apos;s folder. It is only read, never written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation></translation>
    </message>
    <message>
        <source>Samples per pod:</source>
        <translation></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation></translation>
    </message>
    <message>
        <source>Base:</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation></translation>
    </message>
    <message>
        <source>Events, replayed in this order</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an event on the left, or add one.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>policy name (policy key)</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 — from the file</source>
        <comment>policy</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 — scheduler settings</source>
        <comment>policy</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEventForm</name>
    <message>
        <source>Tenant or pattern:</source>
        <translation></translation>
    </message>
    <message>
        <source>t1, or burst-{001..400}, or new-{n}</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>empty = any bottom AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod group:</source>
        <translation></translation>
    </message>
    <message>
        <source>resource:gpu, empty = general</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs per VM:</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM per VM (MB):</source>
        <translation></translation>
    </message>
    <message>
        <source>Disk per VM (GB):</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod (name or id):</source>
        <translation></translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation></translation>
    </message>
    <message>
        <source>Used:</source>
        <translation></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation></translation>
    </message>
    <message>
        <source>State:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Affinity tags:</source>
        <translation></translation>
    </message>
    <message>
        <source>resource:gpu, empty = general group</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM (MB):</source>
        <translation></translation>
    </message>
    <message>
        <source>Disk (GB):</source>
        <translation></translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation></translation>
    </message>
    <message>
        <source>new-{n} or t-{001..120}</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown (never collected)</source>
        <translation></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Days of growth:</source>
        <translation></translation>
    </message>
    <message>
        <source>empty = every AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>resource:gpu</source>
        <translation></translation>
    </message>
    <message>
        <source>typical VM of the history</source>
        <translation></translation>
    </message>
    <message>
        <source>VM vCPUs:</source>
        <translation></translation>
    </message>
    <message>
        <source>VM RAM (MB):</source>
        <translation></translation>
    </message>
    <message>
        <source>VM disk (GB):</source>
        <translation></translation>
    </message>
    <message>
        <source>(every group)</source>
        <translation></translation>
    </message>
    <message>
        <source>(general group)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field label, then what is wrong with it</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ScheduleDialog</name>
    <message>
        <source>Request &amp;size:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation></translation>
    </message>
    <message>
        <source>any bottom AZ</source>
        <translation></translation>
    </message>
    <message>
        <source> vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source> MB</source>
        <translation></translation>
    </message>
    <message>
        <source> GB</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a tenant to see where it would go.</source>
        <translation></translation>
    </message>
    <message>
        <source>The request is not valid (tenant, AZ or group).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::SchedulerSettingsDialog</name>
    <message>
        <source>Scheduler Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Weighted (the design: filters and weighers)</source>
        <translation></translation>
    </message>
    <message>
        <source>Trio2o (exactly what upstream shipped)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Weigher multipliers (0 = off)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Subset size (pick among the best N):</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;eed for that pick:</source>
        <translation></translation>
    </message>
    <message>
        <source>Default &amp;threshold:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::ScreenshotWriter</name>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>trio2o-console: no screenshot: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::StatusPanel</name>
    <message>
        <source>Not connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n s old</source>
        <translation>
            <numerusform>Snapshot %n s old</numerusform>
            <numerusform>Snapshot %n s old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n min old</source>
        <translation>
            <numerusform>Snapshot %n min old</numerusform>
            <numerusform>Snapshot %n min old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n h old</source>
        <translation>
            <numerusform>Snapshot %n h old</numerusform>
            <numerusform>Snapshot %n h old</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only snapshot of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The cloud cannot be reached; editing is off until it answers again.</source>
        <translation></translation>
    </message>
    <message>
        <source>DEMO</source>
        <comment>status bar badge: the database holds the made-up demo cloud</comment>
        <translation></translation>
    </message>
    <message>
        <source>This database holds the made-up demo cloud, not a real one</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::TablePage</name>
    <message>
        <source>&amp;Copy id</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::TenantTimelineWidget</name>
    <message>
        <source>Choose a tenant above to see its bindings over time.</source>
        <translation></translation>
    </message>
    <message>
        <source>This tenant has no bindings.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::TenantsPage</name>
    <message>
        <source>Filter tenants by id</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline of %1&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 of %n tenant</numerusform>
            <numerusform>%1 of %n tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::UsageHeatMap</name>
    <message numerus="yes">
        <source>%1 — %n pod(s), %2 over threshold</source>
        <translation>
            <numerusform>%1 — %n pod, %2 over threshold</numerusform>
            <numerusform>%1 — %n pods, %2 over threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n pod</numerusform>
            <numerusform>%1 — %n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n tenant(s) bound</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n tenant bound</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n tenants bound</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 used of %3 allowed (threshold %4 %) of %5 total</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: usage unknown, %2 total</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::WaitProgress</name>
    <message>
        <source>Waiting for the Cloud</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer…</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer: %1…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::WhatIfPage</name>
    <message>
        <source>&amp;Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Results</source>
        <translation></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>scenario file name</comment>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a what-if scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV table of changes and failures (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a scenario: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the console is not connected, so &quot;current&quot; stands for nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>The run was cancelled; the figures shown are partial.</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The scenario cannot run: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation></translation>
    </message>
    <message>
        <source>The console is not connected to a backend</source>
        <translation></translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Save s&amp;cenario as…</source>
        <translation></translation>
    </message>
    <message>
        <source>Replay the scenario on a private copy of its base (Alt+R or F5)</source>
        <translation></translation>
    </message>
    <message>
        <source>The new scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Discard them?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::WhatIfResultsView</name>
    <message>
        <source>Save p&amp;lan…</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage before / after</source>
        <translation></translation>
    </message>
    <message>
        <source>Policies compared</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter changes by tenant, AZ, group, pod or reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter failures by tenant, AZ, group or reason</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenants whose outcome differs from the primary policy under:</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation></translation>
    </message>
    <message>
        <source>The scenario compares no other policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Review the plan&apos;s operations, then apply them</source>
        <translation></translation>
    </message>
    <message>
        <source>No results yet: open or build a scenario and run it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy %1, compared with %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: the figures are partial, nothing can be saved or applied.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n event(s) replayed.</source>
        <translation>
            <numerusform>Finished: %n event replayed.</numerusform>
            <numerusform>Finished: %n events replayed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title: name (rows)</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>tab title: name (shown of rows)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept &lt;b&gt;%1&lt;/b&gt; · bound &lt;b&gt;%2&lt;/b&gt; · rebound &lt;b&gt;%3&lt;/b&gt; · failed &lt;b&gt;%4&lt;/b&gt; · VMs created &lt;b&gt;%5&lt;/b&gt;, deleted &lt;b&gt;%6&lt;/b&gt;, skipped &lt;b&gt;%7&lt;/b&gt; · %8</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>plan: &lt;b&gt;%n&lt;/b&gt; operation(s)</source>
        <translation>
            <numerusform>plan: &lt;b&gt;%n&lt;/b&gt; operation</numerusform>
            <numerusform>plan: &lt;b&gt;%n&lt;/b&gt; operations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation></translation>
    </message>
    <message>
        <source>Appl&amp;y plan…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::WhatIfRunner</name>
    <message>
        <source>Loading the scenario…</source>
        <translation></translation>
    </message>
    <message>
        <source>Replaying: %1 of %2 steps</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the base and checking the events…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 MB</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::WhatIfUsageChart</name>
    <message>
        <source>%1 — the %2 pods that changed most of %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n pod</numerusform>
            <numerusform>%1 — %n pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak usage (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs used (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>RAM used (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenants bound</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation></translation>
    </message>
    <message>
        <source>before</source>
        <comment>what-if chart: figure before the scenario</comment>
        <translation></translation>
    </message>
    <message>
        <source>after</source>
        <comment>what-if chart: figure after the scenario</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>pod added by the scenario</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <comment>pod removed by the scenario</comment>
        <translation></translation>
    </message>
    <message>
        <source>threshold</source>
        <comment>what-if chart: the pods&apos; thresholds</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>pod: before/after value</comment>
        <translation></translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (names start with %2)</source>
        <comment>chart title (shared start of the pod names)</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gui::waitFor</name>
    <message>
        <source>cancelled; the server may still have applied it, refresh to see</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::AttentionTableModel</name>
    <message>
        <source>over threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>out of service, tenants still bound</source>
        <translation></translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 % of %2 %</source>
        <comment>peak usage of threshold</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 in %2: click to select it, right-click for actions</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>column header: the pod&apos;s problem</comment>
        <translation></translation>
    </message>
    <message>
        <source>Peak usage</source>
        <comment>column header: highest usage of the pod and its threshold</comment>
        <translation></translation>
    </message>
    <message>
        <source>Headroom</source>
        <comment>column header: threshold minus peak usage</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: distinct bound tenants</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>over threshold within %Ln day(s) by its trend</source>
        <translation>
            <numerusform>over threshold within %Ln day by its trend</numerusform>
            <numerusform>over threshold within %Ln days by its trend</numerusform>
        </translation>
    </message>
    <message>
        <source>computing…</source>
        <translation></translation>
    </message>
    <message>
        <source>now</source>
        <comment>full in: over its threshold already</comment>
        <translation></translation>
    </message>
    <message>
        <source>The capacity outlook is being computed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is over its threshold now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 over its threshold in %2 (conservative: the upper edge of the trend&apos;s band) – %3 (trend): %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Time until the pod&apos;s first resource crosses its threshold, by the capacity outlook (conservative: the upper edge of the trend&apos;s band)</source>
        <translation></translation>
    </message>
    <message>
        <source>Full in</source>
        <comment>column header: time until the pod crosses its threshold</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::AuditTableModel</name>
    <message>
        <source>Binding created</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding ended</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding moved</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod edited</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>drain</source>
        <translation></translation>
    </message>
    <message>
        <source>plan applied</source>
        <translation></translation>
    </message>
    <message>
        <source>rebind</source>
        <translation></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>undo</source>
        <translation></translation>
    </message>
    <message>
        <source>import</source>
        <translation></translation>
    </message>
    <message>
        <source>repair</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>manual</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::Backend</name>
    <message>
        <source>this backend cannot change a pod and bindings in one transaction</source>
        <translation></translation>
    </message>
    <message>
        <source>this backend keeps no audit log</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::BindingTableModel</name>
    <message>
        <source>now</source>
        <comment>binding still active</comment>
        <translation></translation>
    </message>
    <message>
        <source>active</source>
        <comment>binding state</comment>
        <translation></translation>
    </message>
    <message>
        <source>history</source>
        <comment>binding state</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <comment>column header: pod group</comment>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Since</source>
        <comment>column header: binding start</comment>
        <translation></translation>
    </message>
    <message>
        <source>Until</source>
        <comment>column header: binding end</comment>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: binding active or history</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::CandidateTableModel</name>
    <message>
        <source>recommended</source>
        <translation></translation>
    </message>
    <message>
        <source>acceptable (current)</source>
        <translation></translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected (current)</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>weight</comment>
        <translation></translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2, usage unknown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::CapacityGroupModel</name>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>New pod in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation></translation>
    </message>
    <message>
        <source>New pod needed by</source>
        <translation></translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation></translation>
    </message>
    <message>
        <source>New pod&apos;s size</source>
        <translation></translation>
    </message>
    <message>
        <source>New pod in %1: not needed within ten years</source>
        <translation></translation>
    </message>
    <message>
        <source>New pod needed in %1 by %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::CapacityTableModel</name>
    <message>
        <source>%1 vCPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Capacity left under the threshold, and how many typical VMs fit in it</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs out first</source>
        <translation></translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Left now</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::ChangeTableModel</name>
    <message>
        <source>(none)</source>
        <comment>no previous pod</comment>
        <translation></translation>
    </message>
    <message>
        <source>(unbound)</source>
        <comment>binding ended, no new pod</comment>
        <translation></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation></translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::CloudTreeModel</name>
    <message>
        <source>Cloud (no top region)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, group %3, %n bound tenant(s)</source>
        <translation>
            <numerusform>%1 — %2, group %3, %n bound tenant</numerusform>
            <numerusform>%1 — %2, group %3, %n bound tenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>tree header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>tree header: bound tenants</comment>
        <translation></translation>
    </message>
    <message>
        <source>Distinct tenants with an active binding there (a tenant bound to several pods counts once)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::FailureTableModel</name>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::FindingTableModel</name>
    <message>
        <source>shown when the list is opened</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>inconsistency</comment>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::LocalBackend</name>
    <message>
        <source>Database %1</source>
        <translation></translation>
    </message>
    <message>
        <source>binding %1 has already ended</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the bindings of %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::PlanOperationModel</name>
    <message>
        <source>bind</source>
        <comment>plan operation</comment>
        <translation></translation>
    </message>
    <message>
        <source>unbind</source>
        <comment>plan operation</comment>
        <translation></translation>
    </message>
    <message>
        <source>rebind</source>
        <comment>plan operation</comment>
        <translation></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>plan operation status</comment>
        <translation></translation>
    </message>
    <message>
        <source>applied</source>
        <comment>plan operation status</comment>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>plan operation status</comment>
        <translation></translation>
    </message>
    <message>
        <source>not applied</source>
        <comment>plan operation status</comment>
        <translation></translation>
    </message>
    <message>
        <source>#</source>
        <comment>plan table header: operation number</comment>
        <translation></translation>
    </message>
    <message>
        <source>Operation</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <comment>plan table header: pod group</comment>
        <translation></translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>plan table header</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::PodTableModel</name>
    <message>
        <source>(top region)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 used of %3, threshold %4 %</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation></translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header: pod name</comment>
        <translation></translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation></translation>
    </message>
    <message>
        <source>Pod AZ</source>
        <comment>column header: AZ name inside the pod</comment>
        <translation></translation>
    </message>
    <message>
        <source>DC</source>
        <comment>column header: data centre</comment>
        <translation></translation>
    </message>
    <message>
        <source>Affinity</source>
        <comment>column header: resource affinity tags</comment>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: pod state</comment>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header: pod creation time</comment>
        <translation></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>column header: vCPU usage</comment>
        <translation></translation>
    </message>
    <message>
        <source>RAM</source>
        <comment>column header: RAM usage</comment>
        <translation></translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column header: disk usage</comment>
        <translation></translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: bound tenants</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::PolicyComparisonModel</name>
    <message>
        <source>—</source>
        <comment>not applicable: the primary policy</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 under the primary policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>what-if decisions that kept the binding</comment>
        <translation></translation>
    </message>
    <message>
        <source>Bound</source>
        <comment>what-if decisions that created a binding</comment>
        <translation></translation>
    </message>
    <message>
        <source>Rebound</source>
        <comment>what-if decisions that moved a tenant</comment>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>what-if decisions that failed</comment>
        <translation></translation>
    </message>
    <message>
        <source>Events replayed</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>VMs skipped (no binding)</source>
        <translation></translation>
    </message>
    <message>
        <source>Binding changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures listed</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenants with another outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <comment>policy name</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::ScenarioEventListModel</name>
    <message>
        <source>any AZ</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB RAM, %3 GB disk</source>
        <translation></translation>
    </message>
    <message>
        <source>Create VMs</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete VMs</source>
        <translation></translation>
    </message>
    <message>
        <source>Set usage</source>
        <translation></translation>
    </message>
    <message>
        <source>Set capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod state</source>
        <translation></translation>
    </message>
    <message>
        <source>Add pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove pod</source>
        <translation></translation>
    </message>
    <message>
        <source>Drain pod</source>
        <translation></translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 × %3 in %4 (%5)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 %3 = %4</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Event %1 (events[%1] in the file)</source>
        <translation></translation>
    </message>
    <message>
        <source>Grow (outlook)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) in %2</source>
        <translation>
            <numerusform>%1: %n day in %2</numerusform>
            <numerusform>%1: %n days in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, threshold %2</source>
        <comment>set_capacity summary, new threshold</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::StoreChangeListener</name>
    <message>
        <source>live refresh needs a shared PostgreSQL store, not the file %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::TenantDifferenceModel</name>
    <message>
        <source>(not bound)</source>
        <translation></translation>
    </message>
    <message>
        <source>primary</source>
        <translation></translation>
    </message>
    <message>
        <source>other</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <comment>pods a tenant ends up on under a policy</comment>
        <translation></translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Upstream bound twice</source>
        <comment>what-if table header: trio2o departures</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::TenantTableModel</name>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>column header: number of active bindings</comment>
        <translation></translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>column header: number of ended bindings</comment>
        <translation></translation>
    </message>
    <message>
        <source>Bound to</source>
        <comment>column header: pods of the active bindings</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::remote::RemoteBackend</name>
    <message>
        <source>%1 — snapshot of %2, read-only (the cloud cannot be reached)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>model::waitFor</name>
    <message>
        <source>the operation was cancelled</source>
        <translation></translation>
    </message>
</context>
</TS>
