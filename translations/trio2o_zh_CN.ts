<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiErrorReader</name>
    <message>
        <source>%1 did not answer in time (timeout)</source>
        <translation>%1 未及时应答（超时）</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>到 %1 的连接被拒绝</translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved (DNS)</source>
        <translation>无法解析主机名 %1（DNS）</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 在应答前关闭了连接</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed (%2); is its certificate trusted? (--os-cacert)</source>
        <translation>到 %1 的 TLS 连接失败（%2）；其证书是否受信任？（--os-cacert）</translation>
    </message>
    <message>
        <source>the connection to %1 failed: %2</source>
        <translation>到 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>无法%1：%2。</translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2 without a message.</source>
        <translation>无法%1：服务器返回 HTTP %2，没有消息。</translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2: %3</source>
        <translation>无法%1：服务器返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is not the expected JSON (%2).</source>
        <translation>无法%1：服务器的应答不是预期的 JSON（%2）。</translation>
    </message>
    <message>
        <source>Could not %1: %2, so it is unknown whether the change was made. It was not sent again; refresh to see the cloud&apos;s current state before trying again.</source>
        <translation>无法%1：%2，因此不知道更改是否已执行。更改未重新发送；请先刷新查看云的当前状态，再重试。</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>（请求 %1）</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>The plan creates %n tenant(s) the cloud never had (invented by the what-if scenario).</source>
        <translation>
            <numerusform>该计划将创建 %n 个云中从未有过的租户（由 what-if 场景虚构）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies a saved what-if plan (whatif --plan FILE) to the database or a live cloud. Every operation is checked first; a bad one refuses the whole plan, naming its index and field. On a database the plan is one transaction; on a live cloud an interrupted apply is finished by running it again (operations already done are skipped).</source>
        <translation>将已保存的 what-if 计划（whatif --plan FILE）应用到数据库或在线云。先检查每个操作；有一个错误的操作就拒绝整个计划，并指出其序号和字段。在数据库上整个计划是一个事务；在在线云上，被中断的应用可通过再次运行来完成（已完成的操作会被跳过）。</translation>
    </message>
    <message>
        <source>Only check the plan and show what would change.</source>
        <translation>只检查计划并显示将要发生的更改。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>计划文件（JSON）。</translation>
    </message>
    <message>
        <source>apply takes one PLAN file</source>
        <translation>apply 需要一个 PLAN 文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是一个文件夹</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditLogWriter</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>cannot notify the other users of the store: %1</source>
        <translation>无法通知存储的其他用户：%1</translation>
    </message>
</context>
<context>
    <name>BackendCommand</name>
    <message>
        <source>undo %1</source>
        <translation>撤销%1</translation>
    </message>
</context>
<context>
    <name>BackendOptions</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Work on a live Trio2o Admin API at URL (e.g. http://host:19996/v1.0) instead of a database.</source>
        <translation>使用位于 URL 的在线 Trio2o Admin API（例如 http://host:19996/v1.0），而不是数据库。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Trio2o API URL, skipping the Keystone catalog (same as --remote).</source>
        <translation>Trio2o API 的 URL，跳过 Keystone 目录（同 --remote）。</translation>
    </message>
    <message>
        <source>Keystone URL (env OS_AUTH_URL).</source>
        <translation>Keystone URL（环境变量 OS_AUTH_URL）。</translation>
    </message>
    <message>
        <source>Keystone user (env OS_USERNAME).</source>
        <translation>Keystone 用户（环境变量 OS_USERNAME）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <source>Project to scope to (env OS_PROJECT_NAME).</source>
        <translation>限定到的项目（环境变量 OS_PROJECT_NAME）。</translation>
    </message>
    <message>
        <source>User domain (env OS_USER_DOMAIN_NAME, default Default).</source>
        <translation>用户域（环境变量 OS_USER_DOMAIN_NAME，默认 Default）。</translation>
    </message>
    <message>
        <source>Project domain (env OS_PROJECT_DOMAIN_NAME, default Default).</source>
        <translation>项目域（环境变量 OS_PROJECT_DOMAIN_NAME，默认 Default）。</translation>
    </message>
    <message>
        <source>Region of the Trio2o endpoint in the catalog (env OS_REGION_NAME).</source>
        <translation>目录中 Trio2o 端点所在的区域（环境变量 OS_REGION_NAME）。</translation>
    </message>
    <message>
        <source>Catalog interface: public, internal or admin (env OS_INTERFACE, default public).</source>
        <translation>目录接口：public、internal 或 admin（环境变量 OS_INTERFACE，默认 public）。</translation>
    </message>
    <message>
        <source>Use this token instead of a password (env OS_TOKEN).</source>
        <translation>使用此令牌代替密码（环境变量 OS_TOKEN）。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM; env OS_CACERT).</source>
        <translation>同时信任 FILE 中的 CA 证书（PEM；环境变量 OS_CACERT）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (dangerous).</source>
        <translation>不验证 TLS 证书（危险）。</translation>
    </message>
    <message>
        <source>Development clouds without Keystone: no token, send an X-Role header instead.</source>
        <translation>用于没有 Keystone 的开发云：不使用令牌，改为发送 X-Role 头。</translation>
    </message>
    <message>
        <source>Roles sent as X-Role with --noauth (default admin).</source>
        <translation>使用 --noauth 时作为 X-Role 发送的角色（默认 admin）。</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30).</source>
        <translation>网络超时，单位为秒（默认 30）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout 必须是 0.001 到 3600 之间的秒数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>WARNING: --insecure: TLS certificates are NOT verified; anyone on the network path can read and change this session, including the token. Use --os-cacert instead.</source>
        <translation>警告：--insecure：不验证 TLS 证书；网络路径上的任何人都能读取并篡改本会话，包括令牌。请改用 --os-cacert。</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation>SQLite 数据库文件，或 postgresql://user@host:port/dbname（密码放在 PGPASSWORD 或 ~/.pgpass 中）（默认：%1）。</translation>
    </message>
    <message>
        <source>The cloud of clouds.yaml to use (env OS_CLOUD); OS_* variables and flags override its settings.</source>
        <translation>使用 clouds.yaml 中的云（环境变量 OS_CLOUD）；OS_* 变量和选项会覆盖其设置。</translation>
    </message>
    <message>
        <source>password, token or v3applicationcredential (env OS_AUTH_TYPE; default: inferred).</source>
        <translation>password、token 或 v3applicationcredential（环境变量 OS_AUTH_TYPE；默认：自动推断）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Keystone user id instead of the name (env OS_USER_ID).</source>
        <translation>Keystone 用户 ID，代替用户名（环境变量 OS_USER_ID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keystone password (env OS_PASSWORD; prefer the variable or the prompt).</source>
        <translation>Keystone 密码（环境变量 OS_PASSWORD；最好用变量或提示输入）。</translation>
    </message>
    <message>
        <source>Project id to scope to (env OS_PROJECT_ID).</source>
        <translation>令牌作用域的项目 ID（环境变量 OS_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>User domain id (env OS_USER_DOMAIN_ID).</source>
        <translation>用户域 ID（环境变量 OS_USER_DOMAIN_ID）。</translation>
    </message>
    <message>
        <source>Project domain id (env OS_PROJECT_DOMAIN_ID).</source>
        <translation>项目域 ID（环境变量 OS_PROJECT_DOMAIN_ID）。</translation>
    </message>
    <message>
        <source>Domain id of the user and project when neither is given (env OS_DEFAULT_DOMAIN).</source>
        <translation>未指定时用户和项目所用的域 ID（环境变量 OS_DEFAULT_DOMAIN）。</translation>
    </message>
    <message>
        <source>Scope the token to the system instead of a project: all (env OS_SYSTEM_SCOPE).</source>
        <translation>令牌作用域为系统而非项目：all（环境变量 OS_SYSTEM_SCOPE）。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Application credential id (env OS_APPLICATION_CREDENTIAL_ID).</source>
        <translation>应用凭据 ID（环境变量 OS_APPLICATION_CREDENTIAL_ID）。</translation>
    </message>
    <message>
        <source>Application credential secret (env OS_APPLICATION_CREDENTIAL_SECRET; prefer the variable).</source>
        <translation>应用凭据密钥（环境变量 OS_APPLICATION_CREDENTIAL_SECRET；最好用变量）。</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Log every request (method, URL, status, duration, request id) on standard error; the logging categories are trio2o.http, trio2o.keystone and trio2o.api (QT_LOGGING_RULES).</source>
        <translation>在标准错误输出上记录每个请求（方法、URL、状态、耗时、请求 ID）；日志类别为 trio2o.http、trio2o.keystone 和 trio2o.api（QT_LOGGING_RULES）。</translation>
    </message>
    <message>
        <source>cannot read the CA file %1 (--os-cacert): %2</source>
        <translation>无法读取 CA 文件 %1（--os-cacert）：%2</translation>
    </message>
    <message>
        <source>the CA file %1 (--os-cacert) holds no PEM certificate</source>
        <translation>CA 文件 %1（--os-cacert）中没有 PEM 证书</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
</context>
<context>
    <name>BindCommand</name>
    <message>
        <source>bind %1 to %2</source>
        <translation>将 %1 绑定到 %2</translation>
    </message>
</context>
<context>
    <name>BindCommands</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s) (see trio2o-sched %1 --help)</source>
        <translation>
            <numerusform>%1 需要 %n 个参数（参见 trio2o-sched %1 --help）</numerusform>
        </translation>
    </message>
    <message>
        <source>Binds TENANT to POD (id or name). Refused when the tenant already has an active binding in that pod&apos;s AZ and group: use rebind.</source>
        <translation>将 TENANT 绑定到 POD（ID 或名称）。如果该租户在此 Pod 的可用区和组中已有活动绑定，则拒绝：请使用 rebind。</translation>
    </message>
    <message>
        <source>The tenant (project) id.</source>
        <translation>租户（项目）ID。</translation>
    </message>
    <message>
        <source>The pod, by id or name.</source>
        <translation>Pod，按 ID 或名称。</translation>
    </message>
    <message>
        <source>Bound tenant %1 to pod %2 (binding %3).</source>
        <translation>已将租户 %1 绑定到 Pod %2（绑定 %3）。</translation>
    </message>
    <message>
        <source>Ends BINDING (remote: deletes it through the API).</source>
        <translation>结束 BINDING（远程：通过 API 删除）。</translation>
    </message>
    <message>
        <source>The binding id.</source>
        <translation>绑定 ID。</translation>
    </message>
    <message>
        <source>Ended binding %1.</source>
        <translation>已结束绑定 %1。</translation>
    </message>
    <message>
        <source>Moves TENANT to POD: creates the new binding first, then ends the old one (by default the tenant&apos;s active binding in POD&apos;s AZ and group).</source>
        <translation>将 TENANT 迁移到 POD：先创建新绑定，再结束旧绑定（默认为该租户在 POD 的可用区和组中的活动绑定）。</translation>
    </message>
    <message>
        <source>The new pod, by id or name.</source>
        <translation>新的 Pod，按 ID 或名称。</translation>
    </message>
    <message>
        <source>The binding to end (default: found as above).</source>
        <translation>要结束的绑定（默认：按上述方式查找）。</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>to finish, run: trio2o-sched unbind %1 (with the same connection options)</source>
        <translation>要完成操作，请运行：trio2o-sched unbind %1（使用相同的连接选项）</translation>
    </message>
    <message>
        <source>Rebound tenant %1 to pod %2 (binding %3; ended %4).</source>
        <translation>已将租户 %1 重新绑定到 Pod %2（绑定 %3；已结束 %4）。</translation>
    </message>
</context>
<context>
    <name>BindingBulkWriter</name>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>租户 %2 的绑定 %1：Pod %3 不存在</translation>
    </message>
    <message>
        <source>bindings %1 to %2: %3</source>
        <translation>绑定 %1 至 %2：%3</translation>
    </message>
</context>
<context>
    <name>BindingsCommand</name>
    <message>
        <source>Lists the tenant -&gt; pod bindings (history included) of the database or a live Trio2o cloud.</source>
        <translation>列出数据库或在线 Trio2o 云中的租户 -&gt; Pod 绑定（包括历史）。</translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pod_bindings&quot;: [...]}.</source>
        <translation>输出 API 自身的 JSON：{&quot;pod_bindings&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s bindings.</source>
        <translation>仅此租户的绑定。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Only bindings to this pod (id or name).</source>
        <translation>仅绑定到此 Pod 的绑定（ID 或名称）。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Only active bindings.</source>
        <translation>仅活动绑定。</translation>
    </message>
    <message>
        <source>bindings takes no arguments (see trio2o-sched bindings --help)</source>
        <translation>bindings 不接受参数（参见 trio2o-sched bindings --help）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>a state file</source>
        <translation>状态文件</translation>
    </message>
    <message>
        <source>a what-if plan</source>
        <translation>假设分析计划</translation>
    </message>
    <message>
        <source>a scheduler configuration</source>
        <translation>调度器配置</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>无法读取 %1：它是一个文件夹</translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB, the limit for %3</source>
        <translation>%1 超过 %2 MiB，这是%3的上限</translation>
    </message>
</context>
<context>
    <name>CapacityCommand</name>
    <message>
        <source>--vm-size: &quot;%1&quot; is not of the form vcpus=N,ram_mb=N,disk_gb=N with whole numbers above 0, each resource once</source>
        <translation>--vm-size：“%1”不是 vcpus=N,ram_mb=N,disk_gb=N 的形式（大于 0 的整数，每种资源一次）</translation>
    </message>
    <message>
        <source>--vm-size needs vcpus, ram_mb and disk_gb, e.g. vcpus=2,ram_mb=4096,disk_gb=40</source>
        <translation>--vm-size 需要 vcpus、ram_mb 和 disk_gb，例如 vcpus=2,ram_mb=4096,disk_gb=40</translation>
    </message>
    <message>
        <source>The capacity outlook: for each pod and resource the days until usage crosses the pod&apos;s threshold (conservative: from the top of the trend&apos;s band; trend: on the line), and for each AZ&apos;s pod group the date by which a new pod is needed.</source>
        <translation>容量预测：每个 Pod 和每种资源距使用量超过该 Pod 阈值的天数（保守：从趋势带上沿算起；趋势：按趋势线），以及每个可用区的 Pod 组需要新 Pod 的日期。</translation>
    </message>
    <message>
        <source>Only this AZ.</source>
        <translation>仅此可用区。</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Only this pod group (e.g. resource:gpu; &quot;&quot; for the general group).</source>
        <translation>仅此 Pod 组（例如 resource:gpu；&quot;&quot; 表示通用组）。</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Pods within this many days are at risk; a new pod&apos;s size lasts this long (default 90).</source>
        <translation>在这么多天内将满的 Pod 视为有风险；新 Pod 的规模按维持这么久计算（默认 90）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Fit the trend to the samples of this many last days (default 90).</source>
        <translation>用最近这么多天的样本拟合趋势（默认 90）。</translation>
    </message>
    <message>
        <source>A typical VM, to count remaining capacity in VMs (default: measured from the history).</source>
        <translation>典型虚拟机规格，用于以虚拟机数计算剩余容量（默认：从历史测得）。</translation>
    </message>
    <message>
        <source>vcpus=N,ram_mb=N,disk_gb=N</source>
        <translation>vcpus=N,ram_mb=N,disk_gb=N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Print CSV: one row per pod and resource.</source>
        <translation>输出 CSV：每个 Pod 和资源一行。</translation>
    </message>
    <message>
        <source>Print text tables (the default).</source>
        <translation>输出文本表格（默认）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>capacity takes no arguments (see trio2o-sched capacity --help)</source>
        <translation>capacity 不接受参数（见 trio2o-sched capacity --help）</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation>请在 --json、--csv 和 --text 中选择一个</translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>no projection: too little history (at least %1 samples over %2 days)</source>
        <translation>无预测：历史太少（至少需要 %2 天内的 %1 个样本）</translation>
    </message>
    <message>
        <source>no projection: usage is flat or falling</source>
        <translation>无预测：使用量持平或下降</translation>
    </message>
    <message>
        <source>no projection: recent usage has left the trend</source>
        <translation>无预测：近期使用量已偏离趋势</translation>
    </message>
    <message>
        <source>no projection: no capacity recorded</source>
        <translation>无预测：未记录容量</translation>
    </message>
    <message>
        <source>no projection: usage never collected</source>
        <translation>无预测：从未采集使用量</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message numerus="yes">
        <source>Pods over their threshold within %n day(s) (conservative – trend):</source>
        <translation>
            <numerusform>%n 天内超过阈值的 Pod（保守 – 趋势）：</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>组</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>USED / LIMIT</source>
        <translation>已用 / 上限</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>LEFT NOW</source>
        <translation>当前剩余</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s))</source>
        <translation>
            <numerusform>%1（%n 台虚拟机）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>New pod needed by (every pod of the group over its threshold):</source>
        <translation>需要新 Pod 的日期（组内每个 Pod 都超过其阈值）：</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>POD 数</translation>
    </message>
    <message>
        <source>NEEDED BY</source>
        <translation>需要日期</translation>
    </message>
    <message numerus="yes">
        <source>NEW POD FOR %n DAY(S)</source>
        <translation>
            <numerusform>可用 %n 天的新 POD</numerusform>
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
        <translation>现在：所有 Pod 都在维护中或已禁用</translation>
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
        <translation>租户</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>从</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>到</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Target pods:</source>
        <translation>目标 Pod：</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>RECEIVES</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
</context>
<context>
    <name>ChangeNoticeText</name>
    <message>
        <source>%1 edited by %2</source>
        <translation>%2 编辑了 %1</translation>
    </message>
    <message>
        <source>%1 set to %2 by %3</source>
        <translation>%3 将 %1 设为%2</translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation>%2 创建了 %1</translation>
    </message>
    <message>
        <source>%1 deleted by %2</source>
        <translation>%2 删除了 %1</translation>
    </message>
    <message>
        <source>%1 bound to %2 by %3</source>
        <translation>%3 将 %1 绑定到 %2</translation>
    </message>
    <message>
        <source>%1 unbound from %2 by %3</source>
        <translation>%3 结束了 %1 在 %2 上的绑定</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 by %4</source>
        <translation>%4 将 %1 从 %2 移到 %3</translation>
    </message>
    <message>
        <source>The cloud was changed by %1</source>
        <translation>%1 更改了云</translation>
    </message>
    <message>
        <source>%1 edited on the server</source>
        <translation>服务器上编辑了 %1</translation>
    </message>
    <message>
        <source>%1 set to %2 on the server</source>
        <translation>服务器上 %1 被设为%2</translation>
    </message>
    <message>
        <source>%1 created on the server</source>
        <translation>服务器上创建了 %1</translation>
    </message>
    <message>
        <source>%1 deleted on the server</source>
        <translation>服务器上删除了 %1</translation>
    </message>
    <message>
        <source>%1 bound to %2 on the server</source>
        <translation>服务器上 %1 被绑定到 %2</translation>
    </message>
    <message>
        <source>%1 unbound from %2 on the server</source>
        <translation>服务器上结束了 %1 在 %2 上的绑定</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 on the server</source>
        <translation>服务器上 %1 从 %2 移到 %3</translation>
    </message>
    <message>
        <source>The cloud was changed on the server</source>
        <translation>服务器上的云已更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the server</source>
        <translation>
            <numerusform>服务器上有 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%1 做了 %n 项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeReversal</name>
    <message>
        <source>the undo is no longer possible: tenant %1 is no longer bound to pod %2 as this change left it (the state moved on since); nothing was changed</source>
        <translation>已无法撤销：租户 %1 已不再像此更改之后那样绑定到 Pod %2（此后状态已发生变化）；未做任何更改</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>the backend shows a saved snapshot only: nothing can be written</source>
        <translation>后端仅显示已保存的快照：无法写入任何内容</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>pod %1 could not be changed, no tenant was moved: %2</source>
        <translation>无法更改 Pod %1，未迁移任何租户：%2</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes (tenant %3: %4); run the same operation again to finish it</source>
        <translation>在 %2 项更改中完成 %1 项后停止（租户 %3：%4）；再次运行同一操作即可完成</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 changes; run the same operation again to finish it</source>
        <translation>在 %2 项更改中完成 %1 项后停止；再次运行同一操作即可完成</translation>
    </message>
    <message>
        <source>no tenant was moved: %1</source>
        <translation>没有迁移任何租户：%1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No inconsistencies found.</source>
        <translation>未发现不一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found:</source>
        <translation>
            <numerusform>发现 %n 处不一致：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Deleted the second top region %1.</source>
        <translation>已删除第二个顶级区域 %1。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed; trio2o-sched check --repair applies these repairs.</source>
        <translation>试运行：未做任何更改；trio2o-sched check --repair 会执行这些修复。</translation>
    </message>
    <message>
        <source>trio2o-sched check --repair applies these repairs (--repair --dry-run shows them only).</source>
        <translation>trio2o-sched check --repair 会执行这些修复（--repair --dry-run 仅显示）。</translation>
    </message>
    <message>
        <source>Apply the repairs (on a database in one transaction).</source>
        <translation>执行修复（在数据库上为一个事务）。</translation>
    </message>
    <message>
        <source>With --repair: only show what would change.</source>
        <translation>与 --repair 一起使用：仅显示将要更改的内容。</translation>
    </message>
    <message>
        <source>Print the findings and repairs as JSON.</source>
        <translation>以 JSON 输出发现和修复。</translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON) for the pods orphaned tenants get.</source>
        <translation>为失去绑定的租户选择 Pod 时使用的调度器配置（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>check takes no arguments (see trio2o-sched check --help)</source>
        <translation>check 不接受参数（参见 trio2o-sched check --help）</translation>
    </message>
    <message>
        <source>--dry-run goes with --repair (check alone never changes anything)</source>
        <translation>--dry-run 需与 --repair 一起使用（单独的 check 从不更改任何内容）</translation>
    </message>
    <message>
        <source>Finds what the cloud holds that the console&apos;s rules forbid: a tenant bound twice in one AZ and group, bindings to a pod that no longer exists or to a top region, a second top region, and on a live cloud a pod whose AZ or group changed under bound tenants since the last check. Each finding comes with its repair: the extra binding ends (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), a binding that places its tenant nowhere ends and a tenant left unbound goes to the scheduler&apos;s pod, a second top region is deleted, a moved pod is accepted where it is now. Exit status 0 when clean (or all repaired), 5 when inconsistencies remain, 1 on errors.</source>
        <translation>查找云中存在但控制台规则禁止的状态：同一可用区和组中绑定两次的租户、指向已不存在的 Pod 或顶级区域的绑定、第二个顶级区域，以及在在线云上自上次检查以来在已绑定租户之下更改了可用区或组的 Pod。每个发现都附有修复方法：多余的绑定被结束（保留 pod_id 最小的那个，即上游 Trio2o 视为当前的绑定），无处安置租户的绑定被结束，之后没有绑定的租户转到调度器选择的 Pod，第二个顶级区域被删除，被移动的 Pod 按其现在的位置被接受。一致（或全部已修复）时退出状态为 0，仍有不一致时为 5，出错时为 1。</translation>
    </message>
</context>
<context>
    <name>CheckOperation</name>
    <message>
        <source>delete %1 (after its bindings ended); the first top region in creation order stays</source>
        <translation>删除 %1（在其绑定结束之后）；按创建顺序的第一个顶级区域保留</translation>
    </message>
    <message>
        <source>the tenant keeps its binding to pod %1</source>
        <translation>租户保留其到 Pod %1 的绑定</translation>
    </message>
    <message>
        <source>end %1: %2</source>
        <translation>结束 %1：%2</translation>
    </message>
    <message>
        <source>its pod cannot hold it; the scheduler&apos;s choice for the tenant (any AZ, general group)</source>
        <translation>其 Pod 无法容纳它；调度器为该租户的选择（任意可用区，通用组）</translation>
    </message>
    <message>
        <source>rebind %1 to pod %2, the scheduler&apos;s choice (any AZ, general group): the tenant has no other binding</source>
        <translation>将 %1 重新绑定到 Pod %2，即调度器的选择（任意可用区，通用组）：该租户没有其他绑定</translation>
    </message>
    <message>
        <source>no pod can take the tenant now; it is bound again at its next request</source>
        <translation>目前没有 Pod 能接纳该租户；它将在下次请求时重新绑定</translation>
    </message>
    <message>
        <source>%1 stays: it has the lowest pod_id, the binding upstream Trio2o treats as current</source>
        <translation>%1 保留：它的 pod_id 最小，是上游 Trio2o 视为当前的绑定</translation>
    </message>
    <message>
        <source>the bindings were repaired, but the second top region %1 could not be deleted: %2</source>
        <translation>绑定已修复，但第二个顶级区域 %1 无法删除：%2</translation>
    </message>
    <message>
        <source>binding %1 to pod %2</source>
        <translation>绑定 %1（到 Pod %2）</translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3 (%4); which binding is current cannot be told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), or end the extra binding, first.</source>
        <translation>
            <numerusform>租户 %1 在可用区 %2、组 %3 中绑定了 %n 次（%4）；无法判断哪个绑定是当前绑定，因此未做任何决定。请先运行 trio2o-sched check --repair（它保留 pod_id 最小的绑定），或结束多余的绑定。</numerusform>
        </translation>
    </message>
    <message>
        <source>bound twice</source>
        <translation>重复绑定</translation>
    </message>
    <message>
        <source>pod missing</source>
        <translation>Pod 缺失</translation>
    </message>
    <message>
        <source>second top region</source>
        <translation>第二个顶级区域</translation>
    </message>
    <message>
        <source>bound to a top region</source>
        <translation>绑定到顶级区域</translation>
    </message>
    <message>
        <source>AZ %1, group %2</source>
        <translation>可用区 %1，组 %2</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 moved from %2 to %3 under %n bound tenant(s) (%4): they are bound in %3 now</source>
        <translation>
            <numerusform>Pod %1 在 %n 个已绑定租户（%4）之下从 %2 移到了 %3：它们现在绑定在 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>accept the move: the tenants stay with pod %1 in %2, and their next request in %3 is scheduled afresh (to keep a tenant in %3, rebind it there first)</source>
        <translation>接受此移动：租户留在 Pod %1（%2），它们在 %3 中的下一个请求将重新调度（若要让某个租户留在 %3，请先将其重新绑定到那里）</translation>
    </message>
    <message>
        <source>the pods&apos; AZs and groups could not be recorded for the next check: %1</source>
        <translation>无法为下一次检查记录各 Pod 的可用区和组：%1</translation>
    </message>
    <message>
        <source>pod moved under its tenants</source>
        <translation>Pod 在其租户之下被移动</translation>
    </message>
</context>
<context>
    <name>CloudStore</name>
    <message>
        <source>cannot keep the cloud&apos;s key in the store</source>
        <translation>无法记下该云在存储中的键</translation>
    </message>
    <message>
        <source>cannot drop the old snapshot</source>
        <translation>无法删除旧快照</translation>
    </message>
    <message>
        <source>cannot read the cloud&apos;s key in the store</source>
        <translation>无法读取该云在存储中的键</translation>
    </message>
    <message>
        <source>no snapshot of this cloud is known: it was never reached from here, so its key in the store %1 is not known</source>
        <translation>不知道此云的任何快照：从未在这里连接过该云，因此不知道它在存储 %1 中的键</translation>
    </message>
    <message>
        <source>cannot open the store of the pod settings: %1</source>
        <translation>无法打开 Pod 设置所在的存储：%1</translation>
    </message>
    <message>
        <source>The pod settings kept in %1 could not be moved into the store %2: %3</source>
        <translation>%1 中保存的 Pod 设置无法移入存储 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Moved the settings of %n pod(s) from %1 into the store %2, where everyone using that store shares them (the store&apos;s own settings of a pod were kept).</source>
        <translation>
            <numerusform>已将 %n 个 Pod 的设置从 %1 移入存储 %2，使用该存储的所有人都共享这些设置（存储中已有的 Pod 设置予以保留）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>存储尚未打开</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation>更改已完成，但无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it really a clouds.yaml?</source>
        <translation>%1 大于 %2 KiB；它真的是 clouds.yaml 吗？</translation>
    </message>
    <message>
        <source>%1: the top level is not a mapping</source>
        <translation>%1：顶层不是映射（mapping）</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 不是有效的 YAML：%2</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; is not a mapping</source>
        <translation>%1：“clouds”不是映射（mapping）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot;: no clouds.yaml was found (looked for %2)</source>
        <translation>没有名为“%1”的云：未找到 clouds.yaml（查找了 %2）</translation>
    </message>
    <message>
        <source>there is no cloud named &quot;%1&quot; in %2 (it has: %3)</source>
        <translation>%2 中没有名为“%1”的云（其中有：%3）</translation>
    </message>
    <message>
        <source>no clouds</source>
        <translation>没有云</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>%1: %2 (see trio2o-sched %1 --help)</source>
        <translation>%1：%2（参见 trio2o-sched %1 --help）</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>there is no pod with the id or name &quot;%1&quot;</source>
        <translation>没有 ID 或名称为 &quot;%1&quot; 的 Pod</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).</source>
        <translation>SQLite 数据库文件，或 postgresql://user@host:port/dbname（密码放在 PGPASSWORD 或 ~/.pgpass 中）（默认：%1）。</translation>
    </message>
    <message>
        <source>%1 already holds a cloud; use --replace to replace it</source>
        <translation>%1 中已有云；请使用 --replace 替换</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>trio2o-sched: this is a snapshot taken at %1, not live data: the cloud cannot be reached (exit status %2).</source>
        <translation>trio2o-sched：这是 %1 时的快照，不是实时数据：无法连接云（退出状态 %2）。</translation>
    </message>
    <message>
        <source>cannot reach the cloud, so nothing was changed (%1)</source>
        <translation>无法连接云，因此未做任何更改（%1）</translation>
    </message>
    <message>
        <source>Create an empty database when the --db file does not exist (without it, a missing file is an error: a mistyped path never starts a new cloud).</source>
        <translation>当 --db 指定的文件不存在时创建一个空数据库（没有此选项时，缺失的文件是一个错误：输错的路径绝不会开始一个新的云）。</translation>
    </message>
    <message>
        <source>there is no database at %1 (check the path, or give --create to start an empty one)</source>
        <translation>%1 处没有数据库（请检查路径，或加上 --create 创建一个空数据库）</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>--noauth needs the Trio2o endpoint (--remote or --endpoint)</source>
        <translation>--noauth 需要 Trio2o 端点（--remote 或 --endpoint）</translation>
    </message>
    <message>
        <source>a token needs the Trio2o endpoint (--endpoint) or Keystone (--os-auth-url)</source>
        <translation>令牌需要 Trio2o 端点（--endpoint）或 Keystone（--os-auth-url）</translation>
    </message>
    <message>
        <source>Keystone needs a password (--os-password or OS_PASSWORD)</source>
        <translation>Keystone 需要密码（--os-password 或 OS_PASSWORD）</translation>
    </message>
    <message>
        <source>Trio2o via %1</source>
        <translation>通过 %1 访问 Trio2o</translation>
    </message>
    <message>
        <source>%1 (no authentication, roles %2)</source>
        <translation>%1（无认证，角色 %2）</translation>
    </message>
    <message>
        <source>%1 (given token)</source>
        <translation>%1（给定令牌）</translation>
    </message>
    <message>
        <source>the Trio2o endpoint &quot;%1&quot; is not a valid http or https URL</source>
        <translation>Trio2o 端点“%1”不是有效的 http 或 https URL</translation>
    </message>
    <message>
        <source>the Keystone URL &quot;%1&quot; is not a valid http or https URL</source>
        <translation>Keystone URL“%1”不是有效的 http 或 https URL</translation>
    </message>
    <message>
        <source>the system scope can only be &quot;all&quot;, not &quot;%1&quot;</source>
        <translation>系统作用域只能是“all”，而不是“%1”</translation>
    </message>
    <message>
        <source>the token auth type needs a token (--os-token or OS_TOKEN)</source>
        <translation>token 认证类型需要一个令牌（--os-token 或 OS_TOKEN）</translation>
    </message>
    <message>
        <source>a token needs a project scope (--os-project-name or --os-project-id) or --os-system-scope all, so that Keystone answers with a service catalog</source>
        <translation>令牌需要项目作用域（--os-project-name 或 --os-project-id）或 --os-system-scope all，Keystone 才会返回服务目录</translation>
    </message>
    <message>
        <source>an application credential needs Keystone (--os-auth-url or OS_AUTH_URL)</source>
        <translation>应用凭据需要 Keystone（--os-auth-url 或 OS_AUTH_URL）</translation>
    </message>
    <message>
        <source>an application credential needs its id (--os-application-credential-id)</source>
        <translation>应用凭据需要其 ID（--os-application-credential-id）</translation>
    </message>
    <message>
        <source>an application credential needs its secret (--os-application-credential-secret or OS_APPLICATION_CREDENTIAL_SECRET)</source>
        <translation>应用凭据需要其密钥（--os-application-credential-secret 或 OS_APPLICATION_CREDENTIAL_SECRET）</translation>
    </message>
    <message>
        <source>no credentials: give --os-cloud, or --os-auth-url with --os-username and --os-password, or --os-token, or --noauth for a development cloud without Keystone</source>
        <translation>没有凭据：请提供 --os-cloud，或 --os-auth-url 加 --os-username 和 --os-password，或 --os-token，或对没有 Keystone 的开发云使用 --noauth</translation>
    </message>
    <message>
        <source>Keystone needs a user name (--os-username or OS_USERNAME) or id (--os-user-id)</source>
        <translation>Keystone 需要用户名（--os-username 或 OS_USERNAME）或用户 ID（--os-user-id）</translation>
    </message>
    <message>
        <source>Keystone needs a project (--os-project-name, --os-project-id or OS_PROJECT_NAME) or --os-system-scope all</source>
        <translation>Keystone 需要项目（--os-project-name、--os-project-id 或 OS_PROJECT_NAME）或 --os-system-scope all</translation>
    </message>
    <message>
        <source>system scope %1</source>
        <translation>系统作用域 %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>%1 (application credential %2)</source>
        <translation>%1（应用凭据 %2）</translation>
    </message>
    <message>
        <source>%1 (user %2, %3)</source>
        <translation>%1（用户 %2，%3）</translation>
    </message>
</context>
<context>
    <name>ConsoleOptionsParser</name>
    <message>
        <source>Operator console for OpenStack Trio2o pod binding.</source>
        <translation>OpenStack Trio2o Pod 绑定的运维控制台。</translation>
    </message>
    <message>
        <source>The language of the user interface (de, zh_CN, en).</source>
        <translation>用户界面的语言（de、zh_CN、en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Save a picture of the window into FILE (PNG) once the data is shown, then quit.</source>
        <translation>数据显示后将窗口截图保存到 FILE（PNG），然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>CreatePodCommand</name>
    <message>
        <source>create pod %1</source>
        <translation>创建 Pod %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation>未指定数据库：请给出 SQLite 文件或 postgresql://user@host:port/dbname 形式的 URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: only postgresql:// (or postgres://) URLs and file paths are understood</source>
        <translation>&quot;%1&quot; 不是数据库位置：只支持 postgresql://（或 postgres://）URL 和文件路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: %2</source>
        <translation>&quot;%1&quot; 不是有效的 PostgreSQL URL：%2</translation>
    </message>
    <message>
        <source>a password in the database URL is refused (it would show in process lists and shell history): remove it and set PGPASSWORD or use ~/.pgpass</source>
        <translation>拒绝在数据库 URL 中包含密码（它会出现在进程列表和 shell 历史中）：请删除它，并设置 PGPASSWORD 或使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>the database URL has port 0; give a port from 1 to 65535</source>
        <translation>数据库 URL 的端口为 0；请给出 1 到 65535 之间的端口</translation>
    </message>
    <message>
        <source>the database URL must name one database: postgresql://user@host:port/dbname</source>
        <translation>数据库 URL 必须指定一个数据库：postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the database URL must not have a fragment (#...)</source>
        <translation>数据库 URL 不能包含片段（#...）</translation>
    </message>
    <message>
        <source>a password in the database URL is refused: set PGPASSWORD or use ~/.pgpass</source>
        <translation>拒绝在数据库 URL 中包含密码：请设置 PGPASSWORD 或使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>unknown database URL parameter &quot;%1&quot; (known: %2)</source>
        <translation>未知的数据库 URL 参数 &quot;%1&quot;（已知：%2）</translation>
    </message>
    <message>
        <source>database URL parameter %1 has an invalid value</source>
        <translation>数据库 URL 参数 %1 的值无效</translation>
    </message>
</context>
<context>
    <name>DecisionChanges</name>
    <message>
        <source>the active binding of tenant %1 to pod %2 vanished</source>
        <translation>租户 %1 到 Pod %2 的活动绑定已消失</translation>
    </message>
</context>
<context>
    <name>DecisionPrinter</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原为 %2）</translation>
    </message>
    <message>
        <source>Decision: %1
Tenant:   %2
AZ:       %3
Group:    %4
Pod:      %5
Reason:   %6
</source>
        <translation>决策:    %1
租户:    %2
可用区:  %3
Pod 组:  %4
Pod:     %5
原因:    %6
</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>total %1  [%2]</source>
        <translation>总计 %1  [%2]</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>被%1拒绝：%2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding)</source>
        <translation>（* 选中，~ 当前绑定）</translation>
    </message>
    <message>
        <source>Upstream: %1
</source>
        <translation>上游：%1
</translation>
    </message>
    <message>
        <source>(* chosen, ~ current binding, ! upstream stays bound here too)</source>
        <translation>（* 已选，~ 当前绑定，! 上游在此也保持绑定）</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>bottom pod</source>
        <translation>底层 Pod</translation>
    </message>
    <message>
        <source>availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>resource affinity</source>
        <translation>资源亲和性</translation>
    </message>
    <message>
        <source>pod state</source>
        <translation>Pod 状态</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>ignored pods</source>
        <translation>忽略的 Pod</translation>
    </message>
    <message>
        <source>destination pod</source>
        <translation>目标 Pod</translation>
    </message>
    <message>
        <source>creation order</source>
        <translation>创建顺序</translation>
    </message>
    <message>
        <source>free RAM</source>
        <translation>空闲内存</translation>
    </message>
    <message>
        <source>free vCPUs</source>
        <translation>空闲 vCPU</translation>
    </message>
    <message>
        <source>free disk</source>
        <translation>空闲磁盘</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>内存 (MB)</translation>
    </message>
    <message>
        <source>disk (GB)</source>
        <translation>磁盘 (GB)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>rebind</source>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>the top region (Trio2o itself) takes no tenants</source>
        <translation>顶层区域（即 Trio2o 本身）不接纳租户</translation>
    </message>
    <message>
        <source>in another availability zone</source>
        <translation>位于其他可用区</translation>
    </message>
    <message>
        <source>lacks a requested resource-affinity tag</source>
        <translation>缺少所请求的资源亲和性标签</translation>
    </message>
    <message>
        <source>belongs to a special pod group; the request asks for general pods</source>
        <translation>属于特殊 Pod 组；请求需要通用 Pod</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation>%1：已用 %2 + 请求 %3 超过上限 %4</translation>
    </message>
    <message>
        <source>excluded by the operator</source>
        <translation>已被运维人员排除</translation>
    </message>
    <message>
        <source>not the pod the operator chose</source>
        <translation>不是运维人员选择的 Pod</translation>
    </message>
    <message>
        <source>no pod serves this availability zone and pod group</source>
        <translation>没有 Pod 服务于此可用区和 Pod 组</translation>
    </message>
    <message>
        <source>every candidate pod was rejected</source>
        <translation>所有候选 Pod 均被拒绝</translation>
    </message>
    <message>
        <source>the current pod is the only candidate, so it cannot be rotated (upstream trio2o behaviour)</source>
        <translation>当前 Pod 是唯一候选，因此无法轮换（上游 trio2o 行为）</translation>
    </message>
    <message>
        <source>the tenant was bound to the next pod before; upstream keeps one row per tenant and pod and refuses it</source>
        <translation>该租户以前绑定过下一个 Pod；上游对每个租户和 Pod 只保留一行，因此拒绝</translation>
    </message>
    <message>
        <source>the chosen destination pod does not exist</source>
        <translation>所选的目标 Pod 不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1; for example: %2</source>
        <translation>%1；例如：%2</translation>
    </message>
    <message>
        <source>the current pod %1 still passes every filter</source>
        <translation>当前 Pod %1 仍通过所有过滤器</translation>
    </message>
    <message>
        <source>no binding yet; %1 weighs most among the pods that pass</source>
        <translation>尚无绑定；%1 在通过的 Pod 中权重最高</translation>
    </message>
    <message>
        <source>the current pod %1 is no longer acceptable (%2); %3 chosen</source>
        <translation>当前 Pod %1 已不可接受（%2）；选择了 %3</translation>
    </message>
    <message>
        <source>rotated from %1 to %2 (upstream trio2o behaviour for a pod group)</source>
        <translation>从 %1 轮换到 %2（上游 trio2o 对 Pod 组的行为）</translation>
    </message>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation>维护</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation>禁用</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>decision reason; upstream departure</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>upstream would leave %1 bound to %2 and %3 in %4</source>
        <translation>上游会让 %1 在 %4 中同时绑定到 %2 和 %3</translation>
    </message>
    <message>
        <source>%1; the console keeps one active binding per availability zone and pod group, so the binding to %2 ends</source>
        <translation>%1；控制台在每个可用区和 Pod 组中只保留一个活动绑定，因此到 %2 的绑定结束</translation>
    </message>
</context>
<context>
    <name>DeletePodCommand</name>
    <message>
        <source>delete pod %1</source>
        <translation>删除 Pod %1</translation>
    </message>
</context>
<context>
    <name>DeletePodOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n tenant(s) bound; drain it first (trio2o-sched drain)</source>
        <translation>
            <numerusform>Pod %1 仍绑定着 %n 个租户；请先迁空（trio2o-sched drain）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>enabled</source>
        <comment>pod state</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>pod state</comment>
        <translation>维护</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>pod state</comment>
        <translation>禁用</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage: percent of capacity</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n 个 vCPU</numerusform>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pod %1: %2 → %3%4</source>
        <translation>Pod %1：%2 → %3%4</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation>（试运行）</translation>
    </message>
    <message>
        <source>Some tenants cannot move (see the reasons); the pod still has them.</source>
        <translation>部分租户无法迁移（见原因）；它们仍在该 Pod 上。</translation>
    </message>
    <message>
        <source>Moves every tenant bound to POD to another pod of its own AZ and group: the one the scheduler chooses, or the pod --to names (refused when it is in another AZ or group). On a database it is one transaction; on a live cloud an interrupted drain is finished by running it again. Exit status 0 when all moved, 3 when some cannot move, 1 on errors.</source>
        <translation>将绑定到 POD 的每个租户迁移到其所在可用区和组内的另一个 Pod：由调度器选择，或由 --to 指定（若在其他可用区或组则拒绝）。在数据库上这是一个事务；在在线云上，被中断的迁空可通过再次运行来完成。全部迁移时退出状态为 0，部分无法迁移时为 3，出错时为 1。</translation>
    </message>
    <message>
        <source>Move every tenant to this pod (id or name).</source>
        <translation>将每个租户迁移到此 Pod（ID 或名称）。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Put the pod into maintenance, in the same transaction.</source>
        <translation>在同一事务中将该 Pod 置于维护状态。</translation>
    </message>
    <message>
        <source>Only show what would move.</source>
        <translation>只显示将要迁移的内容。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON).</source>
        <translation>调度器配置（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The pod to drain (id or name).</source>
        <translation>要迁空的 Pod（ID 或名称）。</translation>
    </message>
    <message>
        <source>drain takes one POD (id or name)</source>
        <translation>drain 需要一个 POD（ID 或名称）</translation>
    </message>
</context>
<context>
    <name>DrainOperation</name>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>pod %1 is in AZ %2, group %3; pod %4 is in AZ %5, group %6: tenants move only inside their own AZ and group</source>
        <translation>Pod %1 位于可用区 %2、组 %3；Pod %4 位于可用区 %5、组 %6：租户只能在其自身的可用区和组内迁移</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>pod %1 is the top region: no tenant is bound to it</source>
        <translation>Pod %1 是顶层区域：没有租户绑定到它</translation>
    </message>
    <message>
        <source>the target pod %1 does not exist</source>
        <translation>目标 Pod %1 不存在</translation>
    </message>
    <message>
        <source>pod %1 cannot be drained into itself</source>
        <translation>Pod %1 不能迁空到自身</translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation>目标 Pod %1 处于%2状态：不接收租户</translation>
    </message>
    <message>
        <source>moved to the pod named for the drain</source>
        <translation>迁移到为迁空指定的 Pod</translation>
    </message>
    <message>
        <source>the scheduler chose pod %1, which does not exist</source>
        <translation>调度器选择了不存在的 Pod %1</translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation>由调度器选择</translation>
    </message>
</context>
<context>
    <name>DrainPlanner</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
</context>
<context>
    <name>EditPodCommand</name>
    <message>
        <source>edit pod %1</source>
        <translation>编辑 Pod %1</translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1：字段 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>必须是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>不是 %1 的字段</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation>必须是对象 {vcpus, ram_mb, disk_gb}</translation>
    </message>
    <message>
        <source>is not a resource (vcpus, ram_mb, disk_gb)</source>
        <translation>不是资源（vcpus、ram_mb、disk_gb）</translation>
    </message>
    <message>
        <source>must be a name pattern like &quot;burst-{1..400}&quot; or &quot;new-{n}&quot; (at most %1 names), not &quot;%2&quot;</source>
        <translation>必须是名称模式，如 &quot;burst-{1..400}&quot; 或 &quot;new-{n}&quot;（最多 %1 个名称），而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>or &quot;tenants&quot; (a pattern) must be given, not both</source>
        <translation>或 &quot;tenants&quot;（模式）二者只能给出其一，不能同时给出</translation>
    </message>
    <message>
        <source>must be &quot;key:value[,key:value...]&quot; or empty, not &quot;%1&quot;</source>
        <translation>必须是 &quot;key:value[,key:value...]&quot; 或为空，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing (a whole number, or null for unknown)</source>
        <translation>缺失（整数，或 null 表示未知）</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation>必须是大于 0 且不超过 1 的数</translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>必须是 enabled、maintenance 或 disabled，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a pod object {pod_name, az_name, ...}</source>
        <translation>必须是 Pod 对象 {pod_name, az_name, ...}</translation>
    </message>
    <message>
        <source>(%1) differs from the number of names the pattern gives (%2)</source>
        <translation>（%1）与模式给出的名称数量（%2）不同</translation>
    </message>
    <message>
        <source>a missing or non-string value</source>
        <translation>缺失值或非字符串值</translation>
    </message>
    <message>
        <source>must be vcpus, ram_mb or disk_gb, not &quot;%1&quot;</source>
        <translation>必须是 vcpus、ram_mb 或 disk_gb，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the scenario asks for more than %2 VM requests (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation>%1：场景请求的虚拟机超过 %2 个（加上此事件为 %3 个）；请拆分场景，或用 trio2o-sched whatif --max-requests 提高上限</translation>
    </message>
    <message>
        <source>%1: the scenario&apos;s name patterns expand to more than %2 tenant names (%3 with this event); split it, or raise the limit with trio2o-sched whatif --max-tenants</source>
        <translation>%1：场景的名称模式展开后超过 %2 个租户名（加上此事件为 %3 个）；请拆分场景，或用 trio2o-sched whatif --max-tenants 提高上限</translation>
    </message>
    <message>
        <source>events[%1]: must be an object with a &quot;type&quot; (at byte %2)</source>
        <translation>events[%1]：必须是带 &quot;type&quot; 的对象（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>events[%1]: field &quot;type&quot; must be one of %2, not %3 (the event at byte %4)</source>
        <translation>events[%1]：字段 &quot;type&quot; 必须是 %2 之一，而不是 %3（该事件位于第 %4 字节）</translation>
    </message>
    <message>
        <source>%1 (the event at byte %2)</source>
        <translation>%1（该事件位于第 %2 字节）</translation>
    </message>
    <message>
        <source>must give at least one of vcpus, ram_mb, disk_gb above 0</source>
        <translation>必须至少给出 vcpus、ram_mb、disk_gb 中一个大于 0 的值</translation>
    </message>
</context>
<context>
    <name>FailureGroups</name>
    <message>
        <source>%1; rejected by: %2</source>
        <translation>%1；拒绝者：%2</translation>
    </message>
    <message>
        <source>%1 at the threshold</source>
        <comment>a pod&apos;s resource</comment>
        <translation>%1 已达阈值</translation>
    </message>
    <message>
        <source>%1; e.g. %2</source>
        <comment>failure reason; an example rejection</comment>
        <translation>%1；例如 %2</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--pods (%1) must be at least --azs (%2): every AZ needs a pod</source>
        <translation>--pods（%1）必须不少于 --azs（%2）：每个可用区都需要一个 Pod</translation>
    </message>
    <message>
        <source>Writes a synthetic cloud as JSON (the import format): the same numbers and seed always give the same cloud. With --db, imports it into that database instead.</source>
        <translation>以 JSON（导入格式）写出一个合成云：相同的数量和种子总是生成相同的云。使用 --db 时改为导入到该数据库。</translation>
    </message>
    <message>
        <source>Number of availability zones (default 3).</source>
        <translation>可用区数量（默认 3）。</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Number of bottom pods, spread over the AZs (default 10).</source>
        <translation>底层 Pod 数量，分布在各可用区（默认 10）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Number of tenants (default 60).</source>
        <translation>租户数量（默认 60）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Write the JSON to FILE instead of standard output.</source>
        <translation>将 JSON 写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --db: replace what the database holds.</source>
        <translation>与 --db 一起使用：替换数据库中已有的内容。</translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation>缩进 JSON 以便阅读（默认：紧凑）。</translation>
    </message>
    <message>
        <source>generate takes no arguments (see trio2o-sched generate --help)</source>
        <translation>generate 不接受参数（参见 trio2o-sched generate --help）</translation>
    </message>
    <message>
        <source>Generated %1 and %2 into %3.</source>
        <translation>已在 %3 中生成 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n 个 Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n 个绑定</numerusform>
        </translation>
    </message>
    <message>
        <source>Also a usage history of DAYS daily samples per pod, ending today at 00:00 UTC (default 0: none).</source>
        <translation>同时生成每个 Pod 的使用历史：每天一个样本，共 DAYS 天，截止于今天 00:00 UTC（默认 0：不生成）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Shows or sets how the store keeps the usage history (the capacity outlook&apos;s input): at most one sample per pod per interval while its usage is unchanged, kept for the retention, thinned to one a day after a quarter of it. Everyone using the store shares these settings.</source>
        <translation>显示或设置存储如何保存使用历史（容量预测的输入）：使用量不变时每个 Pod 每个间隔最多一个样本，保留指定天数，超过其四分之一后精简为每天一个。使用该存储的所有人共享这些设置。</translation>
    </message>
    <message>
        <source>At most one sample per pod every HOURS while unchanged (default 1).</source>
        <translation>不变时每个 Pod 每 HOURS 小时最多一个样本（默认 1）。</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Keep samples for DAYS (default 400).</source>
        <translation>样本保留 DAYS 天（默认 400）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>history takes no arguments (see trio2o-sched history --help)</source>
        <translation>history 不接受参数（见 trio2o-sched history --help）</translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <source>Usage history of %1:</source>
        <translation>%1 的使用历史：</translation>
    </message>
    <message numerus="yes">
        <source>  at most one sample per pod every %n hour(s) while its usage is unchanged</source>
        <translation>
            <numerusform>  使用量不变时，每个 Pod 每 %n 小时最多一个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  kept for %n day(s), thinned to one a day after %1 days</source>
        <translation>
            <numerusform>  保留 %n 天，%1 天后精简为每天一个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB; it was cut off</source>
        <translation>%1 的响应大于 %2 MiB；已被截断</translation>
    </message>
    <message>
        <source>%1 redirected to %2; a redirect to another scheme, host or port (or of a change) is not followed, so the credentials stay with the server they are meant for</source>
        <translation>%1 重定向到 %2；不会跟随到其他协议、主机或端口的重定向（也不会跟随更改请求的重定向），以免凭据被发送给非目标服务器</translation>
    </message>
</context>
<context>
    <name>ImportRepair</name>
    <message>
        <source>pods[%1] (%2, pod_id %3)</source>
        <translation>pods[%1]（%2，pod_id %3）</translation>
    </message>
    <message>
        <source>pod_bindings[%1] (id %2, tenant %3, pod_id %4)</source>
        <translation>pod_bindings[%1]（ID %2，租户 %3，pod_id %4）</translation>
    </message>
    <message>
        <source>%1 is a second top region (empty az_name); %2 is the top region already</source>
        <translation>%1 是第二个顶层区域（az_name 为空）；%2 已经是顶层区域</translation>
    </message>
    <message>
        <source>%1 binds the second top region</source>
        <translation>%1 绑定到第二个顶层区域</translation>
    </message>
    <message>
        <source>%1 is bound to a pod that does not exist</source>
        <translation>%1 绑定到一个不存在的 Pod</translation>
    </message>
    <message numerus="yes">
        <source>tenant %1 is bound %n time(s) in AZ %2, group %3: %4</source>
        <translation>
            <numerusform>租户 %1 在可用区 %2、组 %3 中绑定了 %n 次：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>left out %1: a second top region</source>
        <translation>已略过 %1：第二个顶层区域</translation>
    </message>
    <message>
        <source>ended %1: %2 keeps the lowest pod_id, the binding upstream treats as current</source>
        <translation>已结束 %1：%2 的 pod_id 最小，是上游视为当前的绑定</translation>
    </message>
    <message>
        <source>left out %1: its pod is not imported</source>
        <translation>已略过 %1：其 Pod 未导入</translation>
    </message>
    <message>
        <source>pod %1 (pod_id %2)</source>
        <translation>Pod %1（pod_id %2）</translation>
    </message>
    <message>
        <source>binding %1 (tenant %2, pod %3)</source>
        <translation>绑定 %1（租户 %2，Pod %3）</translation>
    </message>
    <message>
        <source>%1 binds the top region, which takes no tenants</source>
        <translation>%1 绑定到顶级区域，而顶级区域不接纳租户</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>the data ends early</source>
        <translation>数据提前结束</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>此处应为对象</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>此处应为数组</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the data ends inside an object</source>
        <translation>数据在对象内部结束</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>此处应为带双引号的成员名</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a member name</source>
        <translation>成员名之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the data ends inside an array</source>
        <translation>数据在数组内部结束</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation>文档结束后有多余的数据</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped</source>
        <translation>字符串中的控制字符必须转义</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中的转义序列无效</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>字符串中的 \u 转义无效</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate in a string</source>
        <translation>字符串中有孤立的 UTF-16 代理项</translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation>此处应为字符串</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
</context>
<context>
    <name>KeystoneClient</name>
    <message>
        <source>No Keystone URL to authenticate with.</source>
        <translation>没有用于认证的 Keystone URL。</translation>
    </message>
    <message>
        <source>authenticate with Keystone at %1</source>
        <translation>在 %1 向 Keystone 认证</translation>
    </message>
    <message>
        <source>no X-Subject-Token header</source>
        <translation>没有 X-Subject-Token 头</translation>
    </message>
</context>
<context>
    <name>KeystoneTokenReader</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>响应正文不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; 不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>&quot;%1&quot; 不是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; 为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; 不是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL: %2</source>
        <translation>&quot;%1&quot; 不是绝对 URL：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 时间：%2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--since must be an ISO 8601 date or time (2026-12-07, 2026-12-07T08:00Z) or an age (30m, 12h, 7d), not &quot;%1&quot;</source>
        <translation>--since 必须是 ISO 8601 日期或时间（2026-12-07、2026-12-07T08:00Z）或时长（30m、12h、7d），而不是“%1”</translation>
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
        <translation>  租户 %1</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <source>  [%1: %2]</source>
        <translation>  [%1：%2]</translation>
    </message>
    <message>
        <source>  cloud %1</source>
        <translation>  云 %1</translation>
    </message>
    <message>
        <source>Shows the store&apos;s audit log, newest first: every change made through the console or trio2o-sched (bindings created, ended or moved, pods created, edited or deleted, drains, plans applied, imports), with its time (UTC), operator, cloud, before and after, and reason.</source>
        <translation>显示存储的审计日志，最新的在前：通过控制台或 trio2o-sched 做出的每项更改（绑定的创建、结束或迁移，Pod 的创建、编辑或删除，清空，应用的计划，导入），包括时间（UTC）、操作员、云、更改前后以及原因。</translation>
    </message>
    <message>
        <source>Only the changes of tenant ID.</source>
        <translation>仅显示租户 ID 的更改。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the changes of the pod with this id or name.</source>
        <translation>仅显示具有此 ID 或名称的 Pod 的更改。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Only changes at or after TIME: an ISO 8601 date or time (UTC unless it names a zone), or an age such as 30m, 12h or 7d.</source>
        <translation>仅显示 TIME 及之后的更改：ISO 8601 日期或时间（未指明时区时为 UTC），或 30m、12h、7d 这样的时长。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Only changes of this kind or operation (binding-created, binding-ended, binding-moved, pod-created, pod-edited, pod-deleted, import, drain, plan-applied, rebind, schedule, undo, manual).</source>
        <translation>仅显示此类型或此操作的更改（binding-created、binding-ended、binding-moved、pod-created、pod-edited、pod-deleted、import、drain、plan-applied、rebind、schedule、undo、manual）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>At most N changes (default 1000; 0: all).</source>
        <translation>最多 N 项更改（默认 1000；0：全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;changes&quot;: [...]}.</source>
        <translation>输出 JSON：{&quot;changes&quot;: [...]}。</translation>
    </message>
    <message>
        <source>log takes no arguments (see trio2o-sched log --help)</source>
        <translation>log 不接受参数（参见 trio2o-sched log --help）</translation>
    </message>
    <message>
        <source>there is no database at %1 (check --db)</source>
        <translation>%1 处没有数据库（请检查 --db）</translation>
    </message>
    <message>
        <source>No change recorded in %1 matches.</source>
        <translation>%1 中没有符合条件的已记录更改。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Bind a tenant to a pod</source>
        <translation>将租户绑定到 Pod</translation>
    </message>
    <message>
        <source>End a binding</source>
        <translation>结束绑定</translation>
    </message>
    <message>
        <source>Move a tenant to another pod (new first, then old ended)</source>
        <translation>将租户迁移到另一个 Pod（先建新绑定，再结束旧绑定）</translation>
    </message>
    <message>
        <source>List the tenant -&gt; pod bindings</source>
        <translation>列出租户 -&gt; Pod 绑定</translation>
    </message>
    <message>
        <source>Make a deterministic synthetic cloud of any size</source>
        <translation>生成任意规模的确定性合成云</translation>
    </message>
    <message>
        <source>Usage: trio2o-sched COMMAND [options]   (COMMAND --help for its options)</source>
        <translation>用法：trio2o-sched COMMAND [选项]   （COMMAND --help 查看其选项）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run one scheduling decision for a tenant</source>
        <translation>为租户执行一次调度决策</translation>
    </message>
    <message>
        <source>Import a JSON state file into the database</source>
        <translation>将 JSON 状态文件导入数据库</translation>
    </message>
    <message>
        <source>Write the database&apos;s state as JSON</source>
        <translation>以 JSON 写出数据库的状态</translation>
    </message>
    <message>
        <source>Replay a what-if scenario on a copy of the state</source>
        <translation>在状态副本上回放 what-if 场景</translation>
    </message>
    <message>
        <source>Apply a saved what-if plan</source>
        <translation>应用已保存的 what-if 计划</translation>
    </message>
    <message>
        <source>Move every tenant off a pod (optionally into maintenance)</source>
        <translation>将所有租户迁出一个 Pod（可同时置于维护）</translation>
    </message>
    <message>
        <source>List, create, change or delete pods</source>
        <translation>列出、创建、更改或删除 Pod</translation>
    </message>
    <message>
        <source>When each pod and each AZ&apos;s pod group runs out</source>
        <translation>每个 Pod 和每个可用区 Pod 组何时用尽</translation>
    </message>
    <message>
        <source>Show or set how the usage history is kept</source>
        <translation>显示或设置使用历史的保存方式</translation>
    </message>
    <message>
        <source>Find (and repair) what the cloud holds that the rules forbid</source>
        <translation>查找（并修复）云中违反规则的状态</translation>
    </message>
    <message>
        <source>Show the audit log of the store</source>
        <translation>显示存储的审计日志</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>OpenStackOptions</name>
    <message>
        <source>unknown auth type &quot;%1&quot; (password, token, v3applicationcredential or none)</source>
        <translation>未知的认证类型“%1”（password、token、v3applicationcredential 或 none）</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Not moved: %1 — %2</source>
        <translation>未迁移：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Only part of “%1” was done: %n of %2 tenant(s) moved.</source>
        <translation>
            <numerusform>“%1”只完成了一部分：%2 个租户中已迁移 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved: %1 and %n more.</source>
        <translation>
            <numerusform>已迁移：%1 以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>已迁移：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not tried after the failure.</source>
        <translation>
            <numerusform>失败后有 %n 个租户未尝试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the %n tenant(s) left)</source>
        <translation>
            <numerusform>%1（剩余的 %n 个租户）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry the Rest</source>
        <translation>重试其余部分(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlacementReader</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>答复不是 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;resource_providers&quot; list</source>
        <translation>没有 &quot;resource_providers&quot; 列表</translation>
    </message>
    <message>
        <source>&quot;resource_providers[%1].uuid&quot; is missing or not a uuid</source>
        <translation>&quot;resource_providers[%1].uuid&quot; 缺失或不是 UUID</translation>
    </message>
    <message>
        <source>no &quot;inventories&quot; object</source>
        <translation>没有 &quot;inventories&quot; 对象</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.total&quot; is missing or not a whole number</source>
        <translation>&quot;inventories.%1.total&quot; 缺失或不是整数</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.reserved&quot; is not a whole number</source>
        <translation>&quot;inventories.%1.reserved&quot; 不是整数</translation>
    </message>
    <message>
        <source>&quot;inventories.%1.allocation_ratio&quot; is not a number above 0</source>
        <translation>&quot;inventories.%1.allocation_ratio&quot; 不是大于 0 的数</translation>
    </message>
    <message>
        <source>no &quot;usages&quot; object</source>
        <translation>没有 &quot;usages&quot; 对象</translation>
    </message>
    <message>
        <source>&quot;usages.%1&quot; is not a whole number</source>
        <translation>&quot;usages.%1&quot; 不是整数</translation>
    </message>
</context>
<context>
    <name>PlanApplyOperation</name>
    <message>
        <source>no tenant named</source>
        <translation>未指定租户</translation>
    </message>
    <message>
        <source>operations[%1].%2: %3; nothing was written</source>
        <translation>operations[%1].%2：%3；未写入任何内容</translation>
    </message>
    <message>
        <source>no pod named</source>
        <translation>未指定 Pod</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>pod %1 is the top region</source>
        <translation>Pod %1 是顶层区域</translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group, to pod %2</source>
        <translation>租户 %1 在该可用区和组中已绑定到 Pod %2</translation>
    </message>
    <message>
        <source>no binding named</source>
        <translation>未指定绑定</translation>
    </message>
    <message>
        <source>binding %1 is not active: tenant %2 has no binding in that AZ and group</source>
        <translation>绑定 %1 不是活动的：租户 %2 在该可用区和组中没有绑定</translation>
    </message>
    <message>
        <source>binding %1 is not the active binding of tenant %2, which is bound to pod %3</source>
        <translation>绑定 %1 不是租户 %2 的活动绑定，该租户绑定到 Pod %3</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>%1: field &quot;op&quot; must be bind, unbind or rebind</source>
        <translation>%1：字段 &quot;op&quot; 必须是 bind、unbind 或 rebind</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a string</source>
        <translation>%1：字段 &quot;%2&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>field &quot;operations&quot; must be a list: not a what-if plan</source>
        <translation>字段 &quot;operations&quot; 必须是列表：这不是 what-if 计划</translation>
    </message>
    <message>
        <source>%1: a bind needs tenant_id and to_pod_id</source>
        <translation>%1：bind 操作需要 tenant_id 和 to_pod_id</translation>
    </message>
    <message>
        <source>%1: an unbind needs tenant_id and end_binding_id</source>
        <translation>%1：unbind 操作需要 tenant_id 和 end_binding_id</translation>
    </message>
    <message>
        <source>%1: a rebind needs tenant_id, end_binding_id and to_pod_id</source>
        <translation>%1：rebind 操作需要 tenant_id、end_binding_id 和 to_pod_id</translation>
    </message>
    <message>
        <source>the file holds no JSON object: not a what-if plan</source>
        <translation>文件不包含 JSON 对象：不是假设分析计划</translation>
    </message>
    <message>
        <source>%1 is not a usable what-if plan: %2</source>
        <translation>%1 不是可用的假设分析计划：%2</translation>
    </message>
</context>
<context>
    <name>PodOverlayStore</name>
    <message>
        <source>cannot read the pod settings from the store %1: %2</source>
        <translation>无法从存储 %1 读取 Pod 设置：%2</translation>
    </message>
    <message>
        <source>cannot save the settings of pod %1 in the store %2: %3</source>
        <translation>无法在存储 %2 中保存 Pod %1 的设置：%3</translation>
    </message>
    <message>
        <source>cannot remove the settings of pod %1 from the store %2: %3</source>
        <translation>无法从存储 %2 中删除 Pod %1 的设置：%3</translation>
    </message>
    <message>
        <source>cannot record the usage history in the store %1: %2</source>
        <translation>无法在存储 %1 中记录使用历史：%2</translation>
    </message>
    <message>
        <source>cannot read the usage history from the store %1: %2</source>
        <translation>无法从存储 %1 读取使用历史：%2</translation>
    </message>
    <message>
        <source>cannot read the old pod settings</source>
        <translation>无法读取旧的 Pod 设置</translation>
    </message>
    <message>
        <source>cannot move the old pod settings of %1 into the store %2: %3</source>
        <translation>无法将 %1 中旧的 Pod 设置移入存储 %2：%3</translation>
    </message>
    <message>
        <source>cannot move the old usage history of %1 into the store %2: %3</source>
        <translation>无法将 %1 中的旧使用历史移入存储 %2：%3</translation>
    </message>
    <message>
        <source>the pod settings were copied into the store, but the old table could not be dropped</source>
        <translation>Pod 设置已复制到存储中，但无法删除旧表</translation>
    </message>
</context>
<context>
    <name>PodPlacements</name>
    <message>
        <source>%1 is not a pod placement record of trio2o-sched check (%2); delete it to start a new one</source>
        <translation>%1 不是 trio2o-sched check 的 Pod 位置记录（%2）；删除该文件即可重新开始</translation>
    </message>
    <message>
        <source>seen_at_us or pods missing</source>
        <translation>缺少 seen_at_us 或 pods</translation>
    </message>
</context>
<context>
    <name>PodSettingsCommand</name>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 需要一个数字，而不是“%2”</translation>
    </message>
    <message>
        <source>--state is enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>--state 应为 enabled、maintenance 或 disabled，而不是“%1”</translation>
    </message>
    <message>
        <source>set: enabled, maintenance or disabled.</source>
        <translation>set：enabled、maintenance 或 disabled。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>set: the fraction of the total that counts as full, in (0, 1].</source>
        <translation>set：视为已满的总量比例，取值范围 (0, 1]。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>set: an affinity tag (repeatable); a KEY already there gets the new VALUE.</source>
        <translation>set：一个亲和性标签（可重复）；已存在的 KEY 获得新的 VALUE。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>set: remove every tag first (the pod joins the general group).</source>
        <translation>set：先删除所有标签（该 Pod 加入通用组）。</translation>
    </message>
    <message>
        <source>set: totals, any of vcpus=N,ram_mb=N,disk_gb=N.</source>
        <translation>set：总量，可为 vcpus=N、ram_mb=N、disk_gb=N 中的任意项。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>set: the pod&apos;s relative cost (0 or more).</source>
        <translation>set：该 Pod 的相对成本（0 或更大）。</translation>
    </message>
    <message>
        <source>pods set takes one POD (id or name)</source>
        <translation>pods set 需要一个 POD（ID 或名称）</translation>
    </message>
    <message>
        <source>Pod %1 already has these settings.</source>
        <translation>Pod %1 已是这些设置。</translation>
    </message>
    <message>
        <source>Changed pod %1: %2.</source>
        <translation>已更改 Pod %1：%2。</translation>
    </message>
    <message>
        <source>set: vCPU overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation>set：使用量来自虚拟机管理程序统计时的 vCPU 超分配比例（在线云；默认 1.0）。</translation>
    </message>
    <message>
        <source>set: RAM overcommit when usage comes from hypervisor statistics (live cloud; default 1.0).</source>
        <translation>set：使用量来自虚拟机管理程序统计时的内存超分配比例（在线云；默认 1.0）。</translation>
    </message>
</context>
<context>
    <name>PodSettingsOperation</name>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>no setting to change was given</source>
        <translation>未指定要更改的设置</translation>
    </message>
    <message>
        <source>threshold %1 is not in (0, 1]: it is the fraction of the total that counts as full</source>
        <translation>阈值 %1 不在 (0, 1] 范围内：它是视为已满的总量比例</translation>
    </message>
    <message>
        <source>cost %1 is not a number of 0 or more</source>
        <translation>成本 %1 不是 0 或更大的数字</translation>
    </message>
    <message>
        <source>capacity %1 = %2 is negative</source>
        <translation>容量 %1 = %2 为负数</translation>
    </message>
    <message>
        <source>tags must have a key, each key once</source>
        <translation>标签必须有键，且每个键只能出现一次</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose group would change with its tags: drain it first</source>
        <translation>
            <numerusform>Pod %1 绑定了 %n 个租户，其组会随标签改变：请先迁空</numerusform>
        </translation>
    </message>
    <message>
        <source>the top region %1 takes no affinity tags</source>
        <translation>顶层区域 %1 不接受亲和性标签</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; is not vcpus=N, ram_mb=N or disk_gb=N</source>
        <translation>容量“%1”不是 vcpus=N、ram_mb=N 或 disk_gb=N</translation>
    </message>
    <message>
        <source>capacity &quot;%1&quot; needs a whole number of 0 or more</source>
        <translation>容量“%1”需要 0 或更大的整数</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not KEY=VALUE</source>
        <translation>标签“%1”不是 KEY=VALUE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>pod AZ</source>
        <translation>Pod 可用区</translation>
    </message>
    <message>
        <source>data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>a pod needs a name (its Keystone region)</source>
        <translation>Pod 需要名称（即其 Keystone 区域）</translation>
    </message>
    <message>
        <source>a pod named %1 already exists</source>
        <translation>名为 %1 的 Pod 已存在</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 has %n bound tenant(s), whose AZ would change from %2 to %3: drain it first</source>
        <translation>
            <numerusform>Pod %1 有 %n 个已绑定的租户，其可用区将从 %2 变为 %3：请先清空它</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 overcommit ratio %2 is not in (0, %3]</source>
        <translation>%1 超分配比例 %2 不在 (0, %3] 范围内</translation>
    </message>
    <message>
        <source>vCPU overcommit ratio</source>
        <translation>vCPU 超分配比例</translation>
    </message>
    <message>
        <source>RAM overcommit ratio</source>
        <translation>内存超分配比例</translation>
    </message>
    <message>
        <source>the overcommit ratios of pod %1 apply to usage collected from a live cloud&apos;s hypervisor statistics; a database keeps capacity and usage as entered, so nothing was changed</source>
        <translation>Pod %1 的超分配比例只作用于从在线云的虚拟机管理程序统计收集的使用量；数据库按输入保存容量和使用量，因此未作任何更改</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>POD AZ</source>
        <translation>POD 可用区</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>组</translation>
    </message>
    <message>
        <source>(top region)</source>
        <translation>（顶层区域）</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>pods create needs --name</source>
        <translation>pods create 需要 --name</translation>
    </message>
    <message>
        <source>pods create needs --az (an empty --az &quot;&quot; makes the top region)</source>
        <translation>pods create 需要 --az（空的 --az &quot;&quot; 表示顶层区域）</translation>
    </message>
    <message>
        <source>Created pod %1 (%2).</source>
        <translation>已创建 Pod %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Drain stopped after %n tenant(s): %1</source>
        <translation>
            <numerusform>迁空在 %n 个租户后停止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n tenant(s) from %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 个租户从 %1 迁移到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>pods delete takes one POD (id or name)</source>
        <translation>pods delete 需要一个 POD（ID 或名称）</translation>
    </message>
    <message>
        <source>Deleted pod %1 (%2).</source>
        <translation>已删除 Pod %1（%2）。</translation>
    </message>
    <message>
        <source>create: the pod&apos;s name (its Keystone region).</source>
        <translation>create：Pod 的名称（即其 Keystone 区域）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>create: its availability zone (empty: the top region).</source>
        <translation>create：其可用区（为空：顶层区域）。</translation>
    </message>
    <message>
        <source>create: the AZ name inside the pod.</source>
        <translation>create：Pod 内部的可用区名称。</translation>
    </message>
    <message>
        <source>PAZ</source>
        <translation>PAZ</translation>
    </message>
    <message>
        <source>create: its data centre.</source>
        <translation>create：其数据中心。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>pods %1 takes no further arguments</source>
        <translation>pods %1 不接受更多参数</translation>
    </message>
    <message>
        <source>delete: first drain the pod into POD (of the same AZ and group).</source>
        <translation>delete：先将该 Pod 迁空到 POD（同一可用区和组）。</translation>
    </message>
    <message>
        <source>list (default), create, set or delete.</source>
        <translation>list（默认）、create、set 或 delete。</translation>
    </message>
    <message>
        <source>unknown pods action &quot;%1&quot; (list, create, set or delete)</source>
        <translation>未知的 pods 操作“%1”（list、create、set 或 delete）</translation>
    </message>
    <message>
        <source>Lists the pods, or creates, changes or deletes one, in the database or a live Trio2o cloud.
  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD
  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]
               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]</source>
        <translation>列出 Pod，或在数据库或在线 Trio2o 云中创建、更改或删除一个 Pod。
  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD
  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]
               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]</translation>
    </message>
    <message>
        <source>Print the API&apos;s own JSON: {&quot;pods&quot;: [...]}, each bottom pod with &quot;usage&quot;: its capacity, usage and where they came from.</source>
        <translation>输出 API 自身的 JSON：{&quot;pods&quot;: [...]}，每个底层 Pod 附带 &quot;usage&quot;：其容量、使用量及其来源。</translation>
    </message>
</context>
<context>
    <name>ProjectionText</name>
    <message>
        <source>more than ten years</source>
        <translation>十年以上</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>不到一天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>time remaining</comment>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>over its threshold now</source>
        <translation>现已超过阈值</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>conservative days – trend</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 days</source>
        <translation>%1 – %2 天</translation>
    </message>
    <message>
        <source>no projection: too little history</source>
        <translation>无预测：历史太少</translation>
    </message>
    <message>
        <source>no projection: flat or falling</source>
        <translation>无预测：持平或下降</translation>
    </message>
    <message>
        <source>no projection: off its trend</source>
        <translation>无预测：偏离趋势</translation>
    </message>
    <message>
        <source>no projection: no capacity</source>
        <translation>无预测：无容量</translation>
    </message>
    <message>
        <source>no projection: usage unknown</source>
        <translation>无预测：使用量未知</translation>
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
        <translation>%1（保守）– %2（趋势）</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>new binding</source>
        <translation>新绑定</translation>
    </message>
    <message>
        <source>current pod rejected: %1</source>
        <translation>当前 Pod 被拒绝：%1</translation>
    </message>
    <message>
        <source>current pod rejected</source>
        <translation>当前 Pod 被拒绝</translation>
    </message>
    <message>
        <source>group rotation (trio2o)</source>
        <translation>组轮换（trio2o）</translation>
    </message>
    <message>
        <source>pod drained</source>
        <translation>Pod 已迁空</translation>
    </message>
    <message>
        <source>replaced by the new binding</source>
        <translation>已被新绑定取代</translation>
    </message>
    <message>
        <source>no active binding in this AZ and group to delete from</source>
        <translation>此可用区和组中没有可供删除的活动绑定</translation>
    </message>
    <message>
        <source>%1 (pod %2)</source>
        <comment>failure reason (pod tried)</comment>
        <translation>%1（Pod %2）</translation>
    </message>
</context>
<context>
    <name>RebindBatchOperation</name>
    <message>
        <source>no binding to move was chosen</source>
        <translation>未选择要迁移的绑定</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>%1 has no such active binding any more; refresh to see the bindings now</source>
        <translation>%1 已不再有该活动绑定；请刷新以查看当前的绑定</translation>
    </message>
    <message>
        <source>already bound to %1</source>
        <translation>已绑定到 %1</translation>
    </message>
    <message>
        <source>the target pod %1 is %2: it takes no tenants</source>
        <translation>目标 Pod %1 处于%2状态：不接收租户</translation>
    </message>
    <message>
        <source>moved to the pod chosen by hand</source>
        <translation>迁移到手动选择的 Pod</translation>
    </message>
    <message>
        <source>the request for %1 is not valid</source>
        <translation>%1 的请求无效</translation>
    </message>
    <message>
        <source>no other pod of AZ %1, group %2 takes it: %3</source>
        <translation>可用区 %1、组 %2 中没有其他 Pod 可以接收：%3</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>chosen by the scheduler</source>
        <translation>由调度器选择</translation>
    </message>
</context>
<context>
    <name>RebindCommand</name>
    <message>
        <source>Tenant %1 is bound twice: the new binding was created but the old binding %2 could not be ended: %3</source>
        <translation>租户 %1 有两个绑定：新绑定已创建，但旧绑定 %2 无法结束：%3</translation>
    </message>
    <message>
        <source>&amp;End old binding</source>
        <translation>结束旧绑定(&amp;E)</translation>
    </message>
    <message>
        <source>end binding %1 of %2</source>
        <translation>结束 %2 的绑定 %1</translation>
    </message>
</context>
<context>
    <name>RebindOperation</name>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>tenant %1 has no active binding in the AZ and group of pod %2</source>
        <translation>租户 %1 在 Pod %2 的可用区和组中没有活动绑定</translation>
    </message>
    <message>
        <source>binding %1 is not an active binding of tenant %2</source>
        <translation>绑定 %1 不是租户 %2 的活动绑定</translation>
    </message>
    <message>
        <source>tenant %1 is already bound to pod %2</source>
        <translation>租户 %1 已绑定到 Pod %2</translation>
    </message>
    <message>
        <source>moved by hand</source>
        <translation>手动迁移</translation>
    </message>
    <message>
        <source>a rebind needs the binding to end and the new pod</source>
        <translation>重新绑定需要要结束的绑定和新的 Pod</translation>
    </message>
</context>
<context>
    <name>RemoteGuards</name>
    <message>
        <source>A pod needs a name (its Keystone region).</source>
        <translation>Pod 需要名称（即其 Keystone 区域）。</translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation>名为 %1 的 Pod 已存在。</translation>
    </message>
    <message>
        <source>Pod %1 has no AZ, which makes it a top region, but %2 already is the top region; there can only be one.</source>
        <translation>Pod %1 没有可用区，这会使其成为顶层区域，但 %2 已是顶层区域；只能有一个。</translation>
    </message>
    <message>
        <source>There is no pod %1.</source>
        <translation>没有 Pod %1。</translation>
    </message>
    <message numerus="yes">
        <source>Pod %1 still has %n tenant(s) bound to it; drain it first (rebind them elsewhere, e.g. trio2o-sched pods delete %1 --drain-to POD).</source>
        <translation>
            <numerusform>Pod %1 仍绑定着 %n 个租户；请先迁空（将它们重新绑定到别处，例如 trio2o-sched pods delete %1 --drain-to POD）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A binding needs a tenant.</source>
        <translation>绑定需要租户。</translation>
    </message>
    <message>
        <source>Pod %1 is the top region; tenants are never bound to it.</source>
        <translation>Pod %1 是顶层区域；租户永远不会绑定到它。</translation>
    </message>
    <message>
        <source>Tenant %1 is already bound to pod %2 in AZ %3 (group %4); rebind it instead of adding a second binding.</source>
        <translation>租户 %1 已绑定到可用区 %3（组 %4）中的 Pod %2；请重新绑定，而不是添加第二个绑定。</translation>
    </message>
    <message>
        <source>Tenant %1 also has binding %2 to pod %3 in AZ %4 (group %5); moving binding %6 to pod %7 would bind it twice there. Run trio2o-sched check --repair first.</source>
        <translation>租户 %1 还有绑定 %2（到可用区 %4 中的 Pod %3，组 %5）；将绑定 %6 移到 Pod %7 会使其在那里绑定两次。请先运行 trio2o-sched check --repair。</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>Trio2o cannot change the name, AZ or data centre of pod %1 (its API has no update call); only tags, state, threshold, cost and capacity can be edited.</source>
        <translation>Trio2o 无法更改 Pod %1 的名称、可用区或数据中心（其 API 没有更新调用）；只能编辑标签、状态、阈值、成本和容量。</translation>
    </message>
    <message>
        <source>Tenant %1 has no binding %2.</source>
        <translation>租户 %1 没有绑定 %2。</translation>
    </message>
    <message>
        <source>Binding %1 already points at pod %2.</source>
        <translation>绑定 %1 已指向 Pod %2。</translation>
    </message>
    <message>
        <source>Tenant %1 is now bound twice: the new binding %2 was created, but the old binding %3 could not be deleted. Retry deleting binding %3. %4</source>
        <translation>租户 %1 现在有两个绑定：新绑定 %2 已创建，但旧绑定 %3 无法删除。请重试删除绑定 %3。%4</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 changes: %3</source>
        <translation>在 %2 项更改中的第 %1 项后停止：%3</translation>
    </message>
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1 What is shown is a snapshot of %2; refresh once the cloud is back before changing anything.</source>
        <translation>无法连接云，因此未做任何更改：%1 当前显示的是 %2 的快照；请在云恢复后刷新，再进行更改。</translation>
    </message>
    <message>
        <source>Cannot reach the cloud, so nothing was changed: %1</source>
        <translation>无法连接云，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log: %1</source>
        <translation>更改已完成，但无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Pod %1 was created, but its settings were not saved in the store: %2</source>
        <translation>Pod %1 已创建，但其设置未保存到存储中：%2</translation>
    </message>
    <message>
        <source>Pod %1 was deleted, but its settings could not be removed from the store: %2</source>
        <translation>Pod %1 已删除，但无法从存储中删除其设置：%2</translation>
    </message>
    <message>
        <source>Binding %1 of tenant %2 changed since the check before this batch (another client?); nothing was changed for this tenant: run the operation again.</source>
        <translation>租户 %2 的绑定 %1 在本批次开始前的检查之后已被更改（其他客户端？）；此租户未作任何更改：请再次运行该操作。</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount (share of the capacity)</comment>
        <translation>%1（%2）</translation>
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
        <translation>  ……还有 %1 项
</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Pods: no pod changed.</source>
        <translation>Pod：没有 Pod 发生变化。</translation>
    </message>
    <message>
        <source>Pods that changed (%1), each resource before -&gt; after</source>
        <translation>发生变化的 Pod（%1），每种资源 之前 -&gt; 之后</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>added by the scenario</source>
        <translation>由场景添加</translation>
    </message>
    <message>
        <source>VMs %1</source>
        <translation>虚拟机 %1</translation>
    </message>
    <message>
        <source>tenants %1</source>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>at its threshold after event %1</source>
        <translation>在事件 %1 后达到阈值</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <comment>pod (AZ, group): facts</comment>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>之前已用</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>之后已用</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod 数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Lowest (when)</source>
        <translation>最低（何时）</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>start</source>
        <comment>headroom: before the first event</comment>
        <translation>开始</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>headroom (when)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Headroom per AZ and group (room below the thresholds of the enabled pods; ? = not collected)</source>
        <translation>各可用区和组的余量（已启用 Pod 阈值以下的空间；? = 未采集）</translation>
    </message>
    <message>
        <source>%1: capacity %2, limit %3</source>
        <comment>resource: capacity before -&gt; after, limit before -&gt; after</comment>
        <translation>%1：容量 %2，上限 %3</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ……以及另外 %1 项
</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation>已创建 VM</translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation>已删除 VM</translation>
    </message>
    <message>
        <source>Deletes skipped</source>
        <translation>跳过的删除</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1；%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Deletes beyond usage</source>
        <translation>超出用量的删除</translation>
    </message>
    <message>
        <source>too little history</source>
        <translation>历史数据太少</translation>
    </message>
    <message>
        <source>flat or falling</source>
        <translation>持平或下降</translation>
    </message>
    <message>
        <source>trend too poor to trust</source>
        <translation>趋势不可信</translation>
    </message>
    <message>
        <source>grows only in resources the VM size leaves at 0</source>
        <translation>仅在虚拟机规格为 0 的资源上增长</translation>
    </message>
    <message>
        <source>less than one VM</source>
        <translation>不足一台虚拟机</translation>
    </message>
    <message>
        <source>no tenant bound</source>
        <translation>没有绑定的租户</translation>
    </message>
    <message>
        <source>%1 vCPUs, %2 MB RAM, %3 GB disk</source>
        <translation>%1 个 vCPU、%2 MB 内存、%3 GB 磁盘</translation>
    </message>
    <message>
        <source>no typical VM size</source>
        <translation>无典型虚拟机规格</translation>
    </message>
    <message numerus="yes">
        <source>Growth (event %1, %n day(s)): %2 VM requests of %3; projected pods: %4</source>
        <translation>
            <numerusform>增长（事件 %1，%n 天）：%2 个虚拟机请求，规格 %3；预测的 Pod：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped pods: %1 (%2)</source>
        <translation>；跳过的 Pod：%1（%2）</translation>
    </message>
    <message>
        <source>Cancelled: the figures below are partial.</source>
        <translation>已取消：以下数字不完整。</translation>
    </message>
    <message>
        <source>Threshold crossings: no pod reaches its threshold.</source>
        <translation>阈值：没有 Pod 达到其阈值。</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>之后已用</translation>
    </message>
    <message>
        <source>Pods that reach their threshold (%1)</source>
        <translation>达到阈值的 Pod（%1）</translation>
    </message>
    <message>
        <source>At their threshold before the first event (%1): %2</source>
        <translation>第一个事件之前已达阈值（%1）：%2</translation>
    </message>
    <message>
        <source>Failures: none.</source>
        <translation>失败：无。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>event range</comment>
        <translation>%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>Failures by AZ, group and reason (%1 failures in %n group(s))</source>
        <translation>
            <numerusform>按可用区、组和原因分组的失败（%1 次失败，%n 组）</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Binding changes: none.</source>
        <translation>绑定变更：无。</translation>
    </message>
    <message>
        <source>Binding changes (%1)</source>
        <translation>绑定变更（%1）</translation>
    </message>
    <message>
        <source>Failures, one by one (%1)</source>
        <translation>逐条失败（%1）</translation>
    </message>
    <message>
        <source>Tenants whose outcome differs, %1 vs %2 (%3)</source>
        <translation>结果不同的租户，%1 对比 %2（%3）</translation>
    </message>
    <message>
        <source>At event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Pods bound; failures</source>
        <translation>绑定的 Pod；失败</translation>
    </message>
</context>
<context>
    <name>RowActionMenu</name>
    <message>
        <source>&amp;Edit Pod %1…</source>
        <translation>编辑 Pod %1(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation>迁空(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation>维护并迁空(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation>重新绑定(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;nd Binding…</source>
        <translation>结束绑定(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ScenarioJson</name>
    <message>
        <source>%1: must be a policy configuration object</source>
        <translation>%1：必须是策略配置对象</translation>
    </message>
    <message>
        <source>%1: field &quot;name&quot; must be a non-empty string</source>
        <translation>%1：字段 &quot;name&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>field &quot;compare&quot; must be a list of policy configurations</source>
        <translation>字段 &quot;compare&quot; 必须是策略配置列表</translation>
    </message>
    <message>
        <source>field &quot;events&quot; must be a list of events</source>
        <translation>字段 &quot;events&quot; 必须是事件列表</translation>
    </message>
    <message>
        <source>unknown pod &quot;%1&quot; (not in the base, or removed by an earlier event)</source>
        <translation>未知的 Pod &quot;%1&quot;（不在基准中，或已被之前的事件移除）</translation>
    </message>
    <message>
        <source>unknown tenant &quot;%1&quot; (no binding in the base and not introduced by an earlier new_tenants or create_vm &quot;tenants&quot; pattern)</source>
        <translation>未知的租户 &quot;%1&quot;（基准中没有绑定，也未由之前的 new_tenants 或 create_vm &quot;tenants&quot; 模式引入）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a pod</source>
        <translation>&quot;%1&quot; 已是一个 Pod</translation>
    </message>
    <message>
        <source>must not be empty: pod &quot;%1&quot; would be a second top region</source>
        <translation>不能为空：Pod &quot;%1&quot; 会成为第二个顶层区域</translation>
    </message>
    <message>
        <source>field &quot;base&quot; must be &quot;current&quot;, a state JSON file or a database path</source>
        <translation>字段 &quot;base&quot; 必须是 &quot;current&quot;、JSON 状态文件或数据库路径</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>场景必须是 JSON 对象</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a scenario field (%2)</source>
        <translation>字段 &quot;%1&quot; 不是场景字段（%2）</translation>
    </message>
    <message>
        <source>field &quot;samples&quot; must be a whole number from 1 to 100000</source>
        <translation>字段 &quot;samples&quot; 必须是 1 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>events[%1] (%2): field &quot;%3&quot;: %4</source>
        <translation>events[%1]（%2）：字段 &quot;%3&quot;：%4</translation>
    </message>
    <message>
        <source>unknown availability zone &quot;%1&quot; (no pod of the base or of an earlier add_pod is in it)</source>
        <translation>未知的可用区 &quot;%1&quot;（基础状态中或之前的 add_pod 中没有位于该区的 pod）</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (no pod of the base or of an earlier add_pod has it, in that availability zone)</source>
        <translation>未知的组 &quot;%1&quot;（基础状态或之前的 add_pod 中没有 Pod 属于该组，在该可用区内）</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>events[%1] (grow): the projected growth makes the scenario ask for more than %2 VM requests (%3 with this event); grow fewer days, limit it with &quot;az&quot; or &quot;group&quot;, or raise the limit with trio2o-sched whatif --max-requests</source>
        <translation>events[%1] (grow)：预测的增长使场景请求超过 %2 个虚拟机请求（加上此事件为 %3 个）；请减少天数、用 &quot;az&quot; 或 &quot;group&quot; 加以限制，或用 trio2o-sched whatif --max-requests 提高上限</translation>
    </message>
    <message>
        <source>reading stopped (cancelled)</source>
        <translation>读取已停止（已取消）</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>base &quot;current&quot;: not connected to any cloud</source>
        <translation>基准 &quot;current&quot;：未连接到任何云</translation>
    </message>
    <message>
        <source>unknown base</source>
        <translation>未知的基准</translation>
    </message>
    <message>
        <source>base %1: %2</source>
        <translation>基准 %1：%2</translation>
    </message>
    <message>
        <source>base %1: no such database file</source>
        <translation>基准 %1：没有此数据库文件</translation>
    </message>
    <message>
        <source>base %1: cannot make a private copy to read</source>
        <translation>基准 %1：无法创建用于读取的私有副本</translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation>基础：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Runs one scheduling decision for a tenant: keep its binding, bind, rebind, or fail with the reason. Exit status 0 for keep, bind and rebind, 3 when scheduling fails, 1 for bad input.</source>
        <translation>为租户执行一次调度决策：保持其绑定、绑定、重新绑定，或失败并给出原因。保持、绑定和重新绑定时退出状态为 0，调度失败时为 3，输入错误时为 1。</translation>
    </message>
    <message>
        <source>schedule takes no arguments (see trio2o-sched schedule --help)</source>
        <translation>schedule 不接受参数（参见 trio2o-sched schedule --help）</translation>
    </message>
    <message>
        <source>the request is not valid (tenant, AZ or group)</source>
        <translation>请求无效（租户、可用区或组）</translation>
    </message>
    <message>
        <source>the decision could not be stored: %1</source>
        <translation>无法保存该决策：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleOperation</name>
    <message>
        <source>chosen by the scheduler</source>
        <translation>由调度器选择</translation>
    </message>
</context>
<context>
    <name>ScheduleOptionsParser</name>
    <message>
        <source>--%1 must be a whole number of at least 0, not &quot;%2&quot;</source>
        <translation>--%1 必须是不小于 0 的整数，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The tenant (project id) asking for resources.</source>
        <translation>请求资源的租户（项目 ID）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Availability zone; empty or absent: any bottom AZ.</source>
        <translation>可用区；为空或未给出：任意底层可用区。</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Pod group as resource-affinity tags, key:value[,key:value...].</source>
        <translation>以资源亲和性标签表示的 Pod 组，key:value[,key:value...]。</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Size of the request: vCPUs.</source>
        <translation>请求大小：vCPU。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Size of the request: RAM in MB.</source>
        <translation>请求大小：内存（MB）。</translation>
    </message>
    <message>
        <source>Size of the request: disk in GB.</source>
        <translation>请求大小：磁盘（GB）。</translation>
    </message>
    <message>
        <source>weighted (default) or trio2o; overrides the configuration file.</source>
        <translation>weighted（默认）或 trio2o；覆盖配置文件。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Scheduler configuration (JSON).</source>
        <translation>调度器配置（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show every candidate pod: the filter that rejected it, or its weights.</source>
        <translation>显示每个候选 Pod：拒绝它的过滤器，或其权重。</translation>
    </message>
    <message>
        <source>Print the decision as one JSON object.</source>
        <translation>以单个 JSON 对象输出决策。</translation>
    </message>
    <message>
        <source>Decide, but do not store the decision.</source>
        <translation>做出决策，但不保存。</translation>
    </message>
    <message>
        <source>Decide on a JSON state file instead of the database (never written).</source>
        <translation>基于 JSON 状态文件而不是数据库做决策（不会写入）。</translation>
    </message>
    <message>
        <source>--tenant is required</source>
        <translation>必须给出 --tenant</translation>
    </message>
    <message>
        <source>--group must be key:value[,key:value...] with distinct keys, not &quot;%1&quot;</source>
        <translation>--group 必须是键各不相同的 key:value[,key:value...]，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--policy must be weighted or trio2o, not &quot;%1&quot;</source>
        <translation>--policy 必须是 weighted 或 trio2o，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --db/--remote or --state, not both</source>
        <translation>请给出 --db/--remote 或 --state，不能同时给出</translation>
    </message>
</context>
<context>
    <name>SchedulerConfigJson</name>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The scheduler configuration must be a JSON object</source>
        <translation>调度器配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;weighted&quot; or &quot;trio2o&quot;</source>
        <translation>必须是 &quot;weighted&quot; 或 &quot;trio2o&quot;</translation>
    </message>
    <message>
        <source>must be a list of filter names</source>
        <translation>必须是过滤器名称列表</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>未知的过滤器 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object of weigher multipliers</source>
        <translation>必须是权重器乘数对象</translation>
    </message>
    <message>
        <source>unknown weigher</source>
        <translation>未知的权重器</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation>必须是大于 0 且不超过 1 的数</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>将数据库升级到架构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>the database holds tables but no schema version: it is not a Trio2o Console database</source>
        <translation>该数据库包含表但没有架构版本：它不是 Trio2o Console 数据库</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取架构版本：%1</translation>
    </message>
    <message>
        <source>the table schema_info holds no version row: the database is damaged or an upgrade of it was cut short; restore it from a backup</source>
        <translation>schema_info 表中没有版本行：数据库已损坏或升级被中断；请从备份恢复</translation>
    </message>
    <message>
        <source>the table schema_info holds more than one version row: a Trio2o Console database has exactly one; the database is damaged</source>
        <translation>schema_info 表中有多于一个版本行：Trio2o Console 数据库恰好只有一个；数据库已损坏</translation>
    </message>
    <message>
        <source>the schema version in schema_info is NULL: the database is damaged</source>
        <translation>schema_info 中的架构版本为 NULL：数据库已损坏</translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1, not a whole number: the database is damaged</source>
        <translation>schema_info 中的架构版本为 %1，不是整数：数据库已损坏</translation>
    </message>
    <message>
        <source>the schema version in schema_info is the text &quot;%1&quot;, not a number: the database is damaged</source>
        <translation>schema_info 中的架构版本是文本“%1”，不是数字：数据库已损坏</translation>
    </message>
    <message>
        <source>the schema version in schema_info is 0, which no finished Trio2o Console database has: the database is damaged</source>
        <translation>schema_info 中的架构版本为 0，完整的 Trio2o Console 数据库不会有此版本：数据库已损坏</translation>
    </message>
    <message>
        <source>the schema version in schema_info is %1; versions start at 1: the database is damaged</source>
        <translation>schema_info 中的架构版本为 %1；版本从 1 开始：数据库已损坏</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program understands: Trio2o Console %2 opens schema versions 1 to %3; open it with the newer Trio2o Console that wrote it</source>
        <translation>数据库的架构版本为 %1，比本程序能理解的更新：Trio2o Console %2 可打开架构版本 1 到 %3；请用写入它的较新版 Trio2o Console 打开</translation>
    </message>
    <message>
        <source>there is no schema version %1; this program knows versions 1 to %2</source>
        <translation>不存在架构版本 %1；本程序只认识版本 1 到 %2</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>cannot read the pods: %1</source>
        <translation>无法读取 Pod：%1</translation>
    </message>
    <message>
        <source>Reading bindings…</source>
        <translation>正在读取绑定…</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>无法读取绑定：%1</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>cannot save the snapshot</source>
        <translation>无法保存快照</translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation>无法读取快照</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>快照已损坏</translation>
    </message>
    <message>
        <source>cannot save the snapshot of the bindings</source>
        <translation>无法保存绑定的快照</translation>
    </message>
    <message>
        <source>%1 in the store %2: %3</source>
        <translation>%1（存储 %2）：%3</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>a binding with that id exists already</source>
        <translation>具有该 ID 的绑定已存在</translation>
    </message>
    <message>
        <source>the tenant already has an active binding in that AZ and group</source>
        <translation>该租户在此可用区和组中已有活动绑定</translation>
    </message>
    <message>
        <source>there is already a top region (a pod with an empty AZ)</source>
        <translation>已存在顶层区域（可用区为空的 Pod）</translation>
    </message>
    <message>
        <source>a pod with that name exists already</source>
        <translation>具有该名称的 Pod 已存在</translation>
    </message>
    <message>
        <source>a pod with that id exists already</source>
        <translation>具有该 ID 的 Pod 已存在</translation>
    </message>
    <message>
        <source>bindings still refer to the pod</source>
        <translation>仍有绑定引用该 Pod</translation>
    </message>
    <message>
        <source>no database given: name an SQLite file or a postgresql://user@host:port/dbname URL</source>
        <translation>未指定数据库：请给出 SQLite 文件或 postgresql://user@host:port/dbname 形式的 URL</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 不是数据库文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上请安装 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot set up the connection: %1</source>
        <translation>无法建立连接：%1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>cannot read the pods: %1</source>
        <translation>无法读取 Pod：%1</translation>
    </message>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>无法读取绑定：%1</translation>
    </message>
    <message>
        <source>pod %1: %2</source>
        <translation>Pod %1：%2</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation>租户 %2 的绑定 %1：%3</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>租户 %2 的绑定 %1：Pod %3 不存在</translation>
    </message>
    <message>
        <source>cannot clear the database: %1</source>
        <translation>无法清空数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) point at the top region or disagree with their pod&apos;s AZ or group</source>
        <translation>
            <numerusform>%n 个绑定指向顶层区域，或与其 Pod 的可用区或组不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot prepare the binding change: %1</source>
        <translation>无法准备绑定变更：%1</translation>
    </message>
    <message>
        <source>ending binding %1: %2</source>
        <translation>结束绑定 %1：%2</translation>
    </message>
    <message>
        <source>; refresh and retry</source>
        <translation>；请刷新后重试</translation>
    </message>
    <message>
        <source>tenant %1 was rebound by someone else to pod %2; refresh and retry</source>
        <translation>租户 %1 已被他人重新绑定到 Pod %2；请刷新后重试</translation>
    </message>
    <message>
        <source>tenant %1 was unbound by someone else (binding %2 is no longer active); refresh and retry</source>
        <translation>租户 %1 已被他人解除绑定（绑定 %2 已不再活动）；请刷新后重试</translation>
    </message>
    <message>
        <source>tenant %1 was changed by someone else at the same time; refresh and retry</source>
        <translation>租户 %1 同时被他人更改；请刷新后重试</translation>
    </message>
    <message>
        <source>cannot read pod %1: %2</source>
        <translation>无法读取 Pod %1：%2</translation>
    </message>
    <message>
        <source>pod %1 does not exist</source>
        <translation>Pod %1 不存在</translation>
    </message>
    <message>
        <source>cannot read binding %1: %2</source>
        <translation>无法读取绑定 %1：%2</translation>
    </message>
    <message>
        <source>binding %1 does not exist</source>
        <translation>绑定 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>pod %1 still has %n bound tenant(s); drain it first</source>
        <translation>
            <numerusform>Pod %1 仍绑定着 %n 个租户；请先迁空</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2...&quot; is %3 bytes long; at most %4 are allowed</source>
        <translation>%1 &quot;%2...&quot; 长 %3 字节；最多允许 %4 字节</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a NUL byte</source>
        <translation>%1 &quot;%2&quot; 包含 NUL 字节</translation>
    </message>
    <message>
        <source>tenant %1 is already bound in that AZ and group to pod %2, perhaps by someone else just now; refresh and retry</source>
        <translation>租户 %1 在此可用区和组中已绑定到 Pod %2（可能刚刚被他人绑定）；请刷新后重试</translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be upgraded to %2 before this program can read it, but %3</source>
        <translation>数据库的架构版本为 %1，必须升级到 %2 本程序才能读取，但%3</translation>
    </message>
    <message>
        <source>%1 was opened for reading only (%2); nothing was changed</source>
        <translation>%1 以只读方式打开（%2）；未做任何更改</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteBindingReader</name>
    <message>
        <source>cannot read the bindings: %1</source>
        <translation>无法读取绑定：%1</translation>
    </message>
    <message>
        <source>not an open SQLite database</source>
        <translation>不是已打开的 SQLite 数据库</translation>
    </message>
    <message>
        <source>cannot count the bindings: %1</source>
        <translation>无法统计绑定：%1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>not an open SQLite database</source>
        <translation>不是已打开的 SQLite 数据库</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: pod %3 does not exist</source>
        <translation>租户 %2 的绑定 %1：Pod %3 不存在</translation>
    </message>
    <message>
        <source>binding %1 of tenant %2: %3</source>
        <translation>租户 %2 的绑定 %1：%3</translation>
    </message>
</context>
<context>
    <name>SqliteFileAccess</name>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 是只读的</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件是只读的</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2 and it holds changes in %3 that only a writable folder lets SQLite read; copy the database and its -wal file to a writable folder</source>
        <translation>无法读取 %1：%2，且其在 %3 中保存的更改只有在可写文件夹中 SQLite 才能读取；请将数据库及其 -wal 文件复制到可写文件夹</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (No space left on device); free some space and try again</source>
        <translation>存放 %1 的磁盘已满（No space left on device）；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is locked by another program, which kept it for more than %n second(s); try again when it has finished</source>
        <translation>
            <numerusform>%1 被另一个程序锁定，已超过 %n 秒；请在其完成后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 已损坏（%2）；请从备份恢复</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 不是 SQLite 数据库（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>无法读取 %1：权限被拒绝</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>reading or writing %1 failed in the operating system (%2)</source>
        <translation>操作系统读写 %1 失败（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StateJsonCodec</name>
    <message>
        <source>is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: &quot;%1&quot;</source>
        <translation>不是 YYYY-MM-DD HH:MM:SS.ffffff 格式的时间：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>必须介于 %1 和 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1：字段 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>must be an object of key: value pairs</source>
        <translation>必须是由 key: value 对组成的对象</translation>
    </message>
    <message>
        <source>has an invalid tag &quot;%1&quot; (keys are non-empty without &apos;:&apos; or &apos;,&apos;; values are strings without &apos;,&apos;)</source>
        <translation>包含无效标签 &quot;%1&quot;（键非空且不含 &apos;:&apos; 或 &apos;,&apos;；值是不含 &apos;,&apos; 的字符串）</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb}</source>
        <translation>必须是对象 {vcpus, ram_mb, disk_gb}</translation>
    </message>
    <message>
        <source>must be an object {vcpus, ram_mb, disk_gb} or null</source>
        <translation>必须是对象 {vcpus, ram_mb, disk_gb} 或 null</translation>
    </message>
    <message>
        <source>must be enabled, maintenance or disabled, not &quot;%1&quot;</source>
        <translation>必须是 enabled、maintenance 或 disabled，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>neither &quot;pods&quot; nor &quot;pod_bindings&quot; found: not a Trio2o state file</source>
        <translation>既没有 &quot;pods&quot; 也没有 &quot;pod_bindings&quot;：不是 Trio2o 状态文件</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;pods&quot; and &quot;pod_bindings&quot;</source>
        <translation>顶层必须是包含 &quot;pods&quot; 和 &quot;pod_bindings&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation>字段 &quot;%1&quot; 必须是数组</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation>必须是 {at, vcpus, ram_mb, disk_gb, running_vms} 的数组</translation>
    </message>
    <message>
        <source>must be an object {at, vcpus, ram_mb, disk_gb, running_vms}</source>
        <translation>必须是对象 {at, vcpus, ram_mb, disk_gb, running_vms}</translation>
    </message>
    <message>
        <source>must be a time of the form YYYY-MM-DD HH:MM:SS</source>
        <translation>必须是 YYYY-MM-DD HH:MM:SS 形式的时间</translation>
    </message>
    <message>
        <source>must be later than the sample before it (oldest first)</source>
        <translation>必须晚于前一个样本（按时间从早到晚）</translation>
    </message>
    <message>
        <source>must be placement, hypervisor_statistics or manual, not &quot;%1&quot;</source>
        <translation>必须是 placement、hypervisor_statistics 或 manual，而不是 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StateTransfer</name>
    <message>
        <source>Imports a JSON state file ({&quot;pods&quot;: [...], &quot;pod_bindings&quot;: [...]}, as GET /pods and GET /bindings of a Trio2o answer) into the database, in one transaction.</source>
        <translation>在一个事务中将 JSON 状态文件（{&quot;pods&quot;: [...], &quot;pod_bindings&quot;: [...]}，即 Trio2o 对 GET /pods 和 GET /bindings 的应答）导入数据库。</translation>
    </message>
    <message>
        <source>Replace the pods and bindings already in the database.</source>
        <translation>替换数据库中已有的 Pod 和绑定。</translation>
    </message>
    <message>
        <source>The JSON file, or - for standard input.</source>
        <translation>JSON 文件，或 - 表示标准输入。</translation>
    </message>
    <message>
        <source>import takes exactly one FILE (see trio2o-sched import --help)</source>
        <translation>import 只接受一个 FILE（参见 trio2o-sched import --help）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n 个 Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n 个绑定</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the whole state of the database or remote cloud as JSON.</source>
        <translation>以 JSON 写出数据库或远程云的完整状态。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Indent the JSON for people to read (default: compact).</source>
        <translation>缩进 JSON 以便阅读（默认：紧凑）。</translation>
    </message>
    <message>
        <source>export takes no arguments (see trio2o-sched export --help)</source>
        <translation>export 不接受参数（参见 trio2o-sched export --help）</translation>
    </message>
    <message>
        <source>Import a dump with the anomalies a real Trio2o can hold, repaired: of a tenant&apos;s bindings in one AZ and group the lowest pod_id stays active and the others end; bindings to missing pods and a second top region are left out. Every repair is listed.</source>
        <translation>导入含有真实 Trio2o 可能留下的异常的转储并加以修复：租户在同一可用区和组中的绑定里，pod_id 最小的保持活动，其余结束；指向缺失 Pod 的绑定和第二个顶层区域被略过。每项修复都会列出。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n anomaly(ies) a real Trio2o can leave behind; nothing was imported (--repair imports it repaired, listing every repair):
  %2</source>
        <translation>
            <numerusform>%1 含有 %n 个真实 Trio2o 可能留下的异常；未导入任何内容（--repair 会修复后导入，并列出每项修复）：
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
</context>
<context>
    <name>StateValidator</name>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; duplicates pods[%2]: %3</source>
        <translation>%1：字段 &quot;pod_id&quot; 与 pods[%2] 重复：%3</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_name&quot; duplicates pods[%2]: %3</source>
        <translation>%1：字段 &quot;pod_name&quot; 与 pods[%2] 重复：%3</translation>
    </message>
    <message>
        <source>%1: field &quot;az_name&quot; is empty, but %2 is already the top region; there can be only one</source>
        <translation>%1：字段 &quot;az_name&quot; 为空，但 %2 已是顶层区域；只能有一个</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot; duplicates pod_bindings[%2]</source>
        <translation>%1：字段 &quot;id&quot; 与 pod_bindings[%2] 重复</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; names no pod: %2</source>
        <translation>%1：字段 &quot;pod_id&quot; 未指向任何 Pod：%2</translation>
    </message>
    <message>
        <source>%1: field &quot;pod_id&quot; is the top region %2, which can never be bound</source>
        <translation>%1：字段 &quot;pod_id&quot; 是顶层区域 %2，它永远不能被绑定</translation>
    </message>
    <message>
        <source>%1: field &quot;ended_at&quot; is before &quot;created_at&quot;</source>
        <translation>%1：字段 &quot;ended_at&quot; 早于 &quot;created_at&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;is_binding&quot;: tenant %2 already has an active binding in AZ %3, group %4 (pod_bindings[%5])</source>
        <translation>%1：字段 &quot;is_binding&quot;：租户 %2 在可用区 %3、组 %4 中已有活动绑定（pod_bindings[%5]）</translation>
    </message>
</context>
<context>
    <name>TenantChangeText</name>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cannot move</source>
        <translation>无法迁移</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage percent</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Trio2oApiClient</name>
    <message>
        <source>The Keystone catalog has no Trio2o endpoint (service type &quot;Cascading&quot;, interface %1%2); give it with --endpoint.</source>
        <translation>Keystone 目录中没有 Trio2o 端点（服务类型 &quot;Cascading&quot;，接口 %1%2）；请用 --endpoint 指定。</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>，区域 %1</translation>
    </message>
    <message>
        <source>The user lacks the admin role Trio2o requires; retrying will not help.</source>
        <translation>该用户缺少 Trio2o 所需的 admin 角色；重试也无济于事。</translation>
    </message>
    <message>
        <source>The credentials were refused.</source>
        <translation>凭据被拒绝。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（字节 %2 处）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;pods&quot; array</source>
        <translation>没有 &quot;pods&quot; 数组</translation>
    </message>
    <message>
        <source>no &quot;pod_bindings&quot; array</source>
        <translation>没有 &quot;pod_bindings&quot; 数组</translation>
    </message>
    <message>
        <source>list the pods</source>
        <translation>列出 Pod</translation>
    </message>
    <message>
        <source>read pod %1</source>
        <translation>读取 Pod %1</translation>
    </message>
    <message>
        <source>create pod %1</source>
        <translation>创建 Pod %1</translation>
    </message>
    <message>
        <source>delete pod %1</source>
        <translation>删除 Pod %1</translation>
    </message>
    <message>
        <source>list the pod bindings</source>
        <translation>列出 Pod 绑定</translation>
    </message>
    <message>
        <source>read binding %1</source>
        <translation>读取绑定 %1</translation>
    </message>
    <message>
        <source>bind tenant %1 to pod %2</source>
        <translation>将租户 %1 绑定到 Pod %2</translation>
    </message>
    <message>
        <source>delete binding %1</source>
        <translation>删除绑定 %1</translation>
    </message>
    <message>
        <source>find the API version v1.0 at %1</source>
        <translation>在 %1 查找 API 版本 v1.0</translation>
    </message>
    <message>
        <source>no version &quot;v1.0&quot; with a &quot;self&quot; link in its versions document</source>
        <translation>版本文档中没有带“self”链接的版本“v1.0”</translation>
    </message>
</context>
<context>
    <name>UnbindCommand</name>
    <message>
        <source>unbind %1 from %2</source>
        <translation>解除 %1 与 %2 的绑定</translation>
    </message>
</context>
<context>
    <name>UsageCollector</name>
    <message>
        <source>read the usage of pod %1</source>
        <translation>读取 Pod %1 的使用量</translation>
    </message>
    <message>
        <source>no complete &quot;hypervisor_statistics&quot;</source>
        <translation>没有完整的 &quot;hypervisor_statistics&quot;</translation>
    </message>
    <message>
        <source>list the resource providers of pod %1 in Placement</source>
        <translation>在 Placement 中列出 Pod %1 的资源提供者</translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: its Placement lists %2 resource providers, more than the %3 this console reads per region.</source>
        <translation>Pod %1 的使用量未知：其 Placement 列出了 %2 个资源提供者，超过本控制台每个区域读取的上限 %3 个。</translation>
    </message>
    <message>
        <source>read resource provider %1 of pod %2 in Placement</source>
        <translation>在 Placement 中读取 Pod %2 的资源提供者 %1</translation>
    </message>
    <message>
        <source>Usage of pod %1 is unknown: the catalog has no placement or compute endpoint for region %1.</source>
        <translation>Pod %1 的使用量未知：目录中没有区域 %1 的 Placement 或计算端点。</translation>
    </message>
</context>
<context>
    <name>UsageHistoryRows</name>
    <message>
        <source>usage history of pod %1: %2</source>
        <translation>Pod %1 的使用历史：%2</translation>
    </message>
    <message>
        <source>usage history: %1</source>
        <translation>使用历史：%1</translation>
    </message>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>无法读取使用历史：%1</translation>
    </message>
    <message>
        <source>cannot record the usage of pod %1: %2</source>
        <translation>无法记录 Pod %1 的使用量：%2</translation>
    </message>
    <message>
        <source>cannot thin the usage history: %1</source>
        <translation>无法精简使用历史：%1</translation>
    </message>
    <message>
        <source>cannot read the usage history settings: %1</source>
        <translation>无法读取使用历史设置：%1</translation>
    </message>
    <message>
        <source>the store setting %1 is &quot;%2&quot;, not a whole number above 0</source>
        <translation>存储设置 %1 为“%2”，不是大于 0 的整数</translation>
    </message>
    <message>
        <source>cannot save the usage history settings: %1</source>
        <translation>无法保存使用历史设置：%1</translation>
    </message>
    <message>
        <source>usage history of pod %1: no such pod</source>
        <translation>Pod %1 的使用历史：没有这个 Pod</translation>
    </message>
</context>
<context>
    <name>UsageSourceText</name>
    <message>
        <source>Usage from Placement (capacity = (total − reserved) × allocation ratio)</source>
        <translation>使用量来自 Placement（容量 = (总量 − 预留) × 分配比例）</translation>
    </message>
    <message>
        <source>Usage from hypervisor statistics × ratio: vCPUs × %1, RAM × %2</source>
        <translation>使用量来自虚拟机管理程序统计 × 比例：vCPU × %1，内存 × %2</translation>
    </message>
    <message>
        <source>Usage entered by hand (manual)</source>
        <translation>使用量为手动输入（manual）</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>Write the report as JSON.</source>
        <translation>以 JSON 写出报告。</translation>
    </message>
    <message>
        <source>Write the binding changes and failures as CSV.</source>
        <translation>以 CSV 写出绑定变更和失败。</translation>
    </message>
    <message>
        <source>Write a readable summary (the default).</source>
        <translation>写出可读的摘要（默认）。</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>将报告写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also save the binding changes as a plan (JSON) to FILE.</source>
        <translation>同时将绑定变更作为计划（JSON）保存到 FILE。</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>场景文件（JSON）。</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --text</source>
        <translation>请在 --json、--csv 和 --text 中选择一个</translation>
    </message>
    <message>
        <source>Replaying: %1%</source>
        <translation>回放中：%1%</translation>
    </message>
    <message>
        <source>Replays a what-if scenario (pods going into maintenance, bursts of VMs, new pods...) on a copy of a cloud state and reports who would be rebound where, which pods fill up and which requests fail. The base named by the scenario is never written; &quot;current&quot; means the cloud given by --db or --remote. See docs/scenario-format.md.</source>
        <translation>在云状态的副本上回放 what-if 场景（Pod 进入维护、突发大量 VM、新增 Pod……），并报告谁会被重新绑定到哪里、哪些 Pod 会满、哪些请求会失败。场景指定的基准永远不会被写入；&quot;current&quot; 表示 --db 或 --remote 给出的云。参见 docs/scenario-format.md。</translation>
    </message>
    <message>
        <source>whatif takes exactly one SCENARIO file (see trio2o-sched whatif --help)</source>
        <translation>whatif 只接受一个 SCENARIO 文件（参见 trio2o-sched whatif --help）</translation>
    </message>
    <message>
        <source>interrupted: replay stopped between events, nothing was written</source>
        <translation>已中断：回放在事件之间停止，未写入任何内容</translation>
    </message>
    <message>
        <source>Print the replay&apos;s progress to standard error, one line each time, even when it is not a terminal (the first line also says Ctrl-C is armed).</source>
        <translation>将重放进度逐行写到标准错误输出，即使它不是终端（第一行也表示 Ctrl-C 已生效）。</translation>
    </message>
    <message>
        <source>Refuse scenarios whose events ask for more than N VM requests in all (default %1).</source>
        <translation>拒绝事件总共请求超过 N 个虚拟机的场景（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Refuse scenarios whose name patterns expand to more than N tenant names in all (default %1).</source>
        <translation>拒绝名称模式总共展开超过 N 个租户名的场景（默认 %1）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0, not &quot;%2&quot;</source>
        <translation>--%1 必须是大于 0 的整数，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Replaying: %1% (Ctrl-C stops)</source>
        <translation>正在重放：%1%（Ctrl-C 停止）</translation>
    </message>
    <message>
        <source>Write the JSON report and the plan without indentation (smaller, quicker for big runs).</source>
        <translation>写出不带缩进的 JSON 报告和计划（更小，大规模运行时更快）。</translation>
    </message>
    <message>
        <source>Also write every pod before and after (state, VMs, tenants, and per resource capacity, limit, used and percent) as CSV to FILE.</source>
        <translation>另外将每个 Pod 之前和之后的情况（状态、虚拟机、租户，以及每种资源的容量、上限、已用量和百分比）以 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>Also write the sampled series (one row per sample and pod: usage, VMs, tenants, state) as CSV to FILE.</source>
        <translation>另外将采样序列（每个采样点和 Pod 一行：用量、虚拟机、租户、状态）以 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>--%1 needs a file name (standard output carries the report)</source>
        <translation>--%1 需要文件名（标准输出用于报告）</translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message>
        <source>general</source>
        <comment>pod group without affinity tag</comment>
        <translation>通用</translation>
    </message>
    <message>
        <source>any AZ</source>
        <translation>任意可用区</translation>
    </message>
</context>
<context>
    <name>gui::ApplyPlanDialog</name>
    <message>
        <source>&amp;Apply to the cloud</source>
        <translation>应用到云(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Apply the what-if plan</source>
        <translation>应用 what-if 计划</translation>
    </message>
    <message>
        <source>Filter operations by tenant, AZ, group or pod</source>
        <translation>按租户、可用区、组或 Pod 过滤操作</translation>
    </message>
    <message>
        <source>%v of %m operations applied</source>
        <translation>已应用 %v / %m 项操作</translation>
    </message>
    <message>
        <source>(no backend)</source>
        <translation>（无后端）</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message numerus="yes">
        <source>All %n operation(s) applied.</source>
        <translation>
            <numerusform>全部 %n 项操作均已应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan saved earlier from the What-if tab or by trio2o-sched whatif --plan</source>
        <translation>打开之前保存的计划（来自“假设分析”标签页或 trio2o-sched whatif --plan）</translation>
    </message>
    <message>
        <source>Apply the what-if plan %1</source>
        <comment>plan file name</comment>
        <translation>应用假设分析计划 %1</translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only): nothing can be applied.</source>
        <translation>后端仅显示已保存的快照（只读）：无法应用任何操作。</translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation>打开已保存的假设分析计划</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>No operations to apply. Open a plan saved earlier, or run a scenario in the What-if tab.</source>
        <translation>没有要应用的操作。请打开之前保存的计划，或在“假设分析”标签页中运行一个场景。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>policy</comment>
        <translation>（未命名）</translation>
    </message>
    <message numerus="yes">
        <source>The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.</source>
        <translation>
            <numerusform>策略 %1 的计划有 %n 个操作：%2 个绑定、%3 个重新绑定、%4 个解除绑定。请检查后按此顺序应用到 %5。先检查每个操作；有一个错误的操作就拒绝整个计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It creates %n tenant(s) the cloud never had (invented by the scenario).</source>
        <translation>
            <numerusform>它将创建 %n 个云中从未有过的租户（由场景虚构）。</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Stopping after the operation under way…</source>
        <translation>将在当前操作完成后停止…</translation>
    </message>
    <message>
        <source>The plan cannot be applied: %1</source>
        <translation>无法应用该计划：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are already done (an earlier apply wrote them) and will be skipped.</source>
        <translation>
            <numerusform>%n 个操作已完成（之前的应用已写入）并将被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>未应用任何内容：%1</translation>
    </message>
    <message>
        <source>No operation was applied (one transaction): %1</source>
        <translation>未应用任何操作（单一事务）：%1</translation>
    </message>
    <message>
        <source>%1 of %2 operations are applied; the rest were not: %3 Apply the same plan again to finish it.</source>
        <translation>%2 个操作中已应用 %1 个，其余未应用：%3 再次应用同一计划即可完成。</translation>
    </message>
    <message numerus="yes">
        <source>apply the what-if plan (%n operation(s))</source>
        <translation>
            <numerusform>应用 what-if 计划（%n 个操作）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apply plan %1 (%n operation(s))</source>
        <translation>
            <numerusform>应用计划 %1（%n 个操作）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BindingDialog</name>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation>%1 — 可用区 %2，%3</translation>
    </message>
    <message>
        <source>New Binding</source>
        <translation>新建绑定</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>租户（项目）ID</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation>Pod(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the tenant to bind.</source>
        <translation>请输入要绑定的租户。</translation>
    </message>
    <message>
        <source>Choose a bottom pod (the top region cannot be bound).</source>
        <translation>请选择底层 Pod（顶层区域不能绑定）。</translation>
    </message>
    <message>
        <source>%1 is bound to %2 in AZ %3 and this group already; rebind it instead.</source>
        <translation>%1 已在可用区 %3 的此组中绑定到 %2；请改为重新绑定。</translation>
    </message>
</context>
<context>
    <name>gui::BindingsPage</name>
    <message>
        <source>Show &amp;history</source>
        <translation>显示历史(&amp;H)</translation>
    </message>
    <message>
        <source>Also list ended bindings (the binding history)</source>
        <translation>同时列出已结束的绑定（绑定历史）</translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation>按租户或 Pod 过滤</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binding(s)</source>
        <translation>
            <numerusform>%1 / %n 个绑定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sorting…</source>
        <translation>%1 — 正在排序…</translation>
    </message>
</context>
<context>
    <name>gui::CapacityChart</name>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation>磁盘 (GB)</translation>
    </message>
    <message>
        <source>Pick a pod or a group to see its history and trend.</source>
        <translation>选择一个 Pod 或组以查看其历史和趋势。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1/%2 — %3 of all its pods</source>
        <translation>%1/%2 — 其所有 Pod 的%3</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Crossing %1</source>
        <translation>越过阈值 %1</translation>
    </message>
    <message>
        <source>%1 of %2 over its threshold (%3) by %4</source>
        <translation>%2 的%1将于 %4 超过阈值（%3）</translation>
    </message>
</context>
<context>
    <name>gui::CapacityPage</name>
    <message>
        <source>All AZs</source>
        <translation>所有 AZ</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>AZ(&amp;A)：</translation>
    </message>
    <message>
        <source>No cloud loaded.</source>
        <translation>未加载云。</translation>
    </message>
    <message>
        <source>Computing the outlook…</source>
        <translation>正在计算容量预测…</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) over their threshold within %1 days (conservative)</source>
        <translation>
            <numerusform>%n 个 Pod 将在 %1 天内超过阈值（保守）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::CloudLoader</name>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Fetching pods and bindings…</source>
        <translation>正在获取 Pod 和绑定…</translation>
    </message>
    <message>
        <source>Indexing bindings…</source>
        <translation>正在为绑定建立索引…</translation>
    </message>
</context>
<context>
    <name>gui::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Local database file</source>
        <translation>本地数据库文件</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>后端(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>清除列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>最近的连接(&amp;R)：</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或创建数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trio2o Admin API (remote)</source>
        <translation>Trio2o Admin API（远程）</translation>
    </message>
    <message>
        <source>Path of an SQLite database, or postgresql://user@host/dbname; you are asked before a missing file is created</source>
        <translation>SQLite 数据库的路径，或 postgresql://user@host/dbname；创建缺失的文件之前会先询问</translation>
    </message>
</context>
<context>
    <name>gui::DashboardPage</name>
    <message>
        <source>No data loaded.</source>
        <translation>未加载数据。</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Bottom pods</source>
        <translation>底层 Pod</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <source>Active bindings</source>
        <translation>活动绑定</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>超过阈值</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>接近阈值</translation>
    </message>
    <message>
        <source>&amp;Show in Pods</source>
        <translation>在 Pod 页中显示(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — %n pod(s); click one to select it, right-click for actions</source>
        <translation>
            <numerusform>&lt;b&gt;需要关注&lt;/b&gt; — %n 个 Pod；单击选中，右键单击查看操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Bound tenants</source>
        <translation>已绑定租户</translation>
    </message>
    <message numerus="yes">
        <source>Full within %Ln day(s)</source>
        <comment>pods whose trend crosses the threshold soon</comment>
        <translation>
            <numerusform>%Ln 天内满</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::DrainDialog</name>
    <message>
        <source>&amp;Drain</source>
        <translation>迁空(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation>迁空 Pod</translation>
    </message>
    <message>
        <source>Working out where every tenant would go…</source>
        <translation>正在计算每个租户的去向…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Moves to / why it cannot move</source>
        <translation>迁往 / 无法迁移的原因</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>将迁移（%1）</translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation>无法迁移（%1）</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved off %1 in one transaction.</source>
        <translation>
            <numerusform>已在一个事务中将 %n 个租户从 %1 迁出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) moved</source>
        <translation>
            <numerusform>已迁移 %n 个租户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved (still on %1)</source>
        <translation>
            <numerusform>%n 个未迁移（仍在 %1 上）</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Draining %1: %n tenant(s) will move.</source>
        <translation>
            <numerusform>迁空 %1：将迁移 %n 个租户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) cannot move.</source>
        <translation>
            <numerusform>%n 个租户无法迁移。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>drain preview: the tenants that move, the tenants that cannot</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Put the pod into &amp;maintenance, in the same step</source>
        <translation>在同一步骤中将 Pod 置于维护状态(&amp;M)</translation>
    </message>
    <message>
        <source>Maintenance and Drain</source>
        <translation>维护并迁空</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <comment>target pod (reason)</comment>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation>目标 Pod（%1）</translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s); usage %1 of threshold %2</source>
        <translation>
            <numerusform>接收 %n 个租户；使用率 %1，阈值 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled, but the moves could not be taken back (%1); undo the drain.</source>
        <translation>已取消，但无法撤回迁移（%1）；请撤销此次迁空。</translation>
    </message>
    <message>
        <source>Drain again to move the rest.</source>
        <translation>再次迁空以迁移其余租户。</translation>
    </message>
</context>
<context>
    <name>gui::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation>新建 Pod(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Pod…</source>
        <translation>编辑 Pod(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation>删除 Pod(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Binding…</source>
        <translation>新建绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Cannot Read the Cloud</source>
        <translation>无法读取云</translation>
    </message>
    <message>
        <source>Change Failed</source>
        <translation>更改失败</translation>
    </message>
    <message>
        <source>Could not %1: %2
The undo history no longer holds this step.</source>
        <translation>无法%1：%2
撤销历史中已不再包含此步骤。</translation>
    </message>
    <message>
        <source>Pod in Use</source>
        <translation>Pod 正在使用</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) are bound to %1; it cannot be deleted before they move. Drain it now?</source>
        <translation>
            <numerusform>%n 个租户绑定在 %1 上；在它们迁走之前无法删除该 Pod。现在迁空吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation>删除 Pod</translation>
    </message>
    <message>
        <source>Delete pod %1? Undo brings it back.</source>
        <translation>删除 Pod %1？撤销可将其恢复。</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>调度(&amp;S)…</translation>
    </message>
    <message>
        <source>Scheduler Se&amp;ttings…</source>
        <translation>调度器设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Rebind Tenant</source>
        <translation>重新绑定租户</translation>
    </message>
    <message>
        <source>Move %1? The old binding ends (kept as history) and a new one starts.</source>
        <translation>迁移 %1？旧绑定将结束（保留为历史），并开始新的绑定。</translation>
    </message>
    <message>
        <source>rebind %1</source>
        <translation>重新绑定 %1</translation>
    </message>
    <message numerus="yes">
        <source>drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>迁空 %1（%n 个租户）</numerusform>
        </translation>
    </message>
    <message>
        <source>rebind %1: %2 → %3</source>
        <translation>重新绑定 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Stopped waiting for: %1. The server may still have applied it; refresh to see what the cloud holds now.</source>
        <translation>已停止等待：%1。服务器可能仍已执行该操作；请刷新以查看云的当前状态。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>find the binding of %1 to %2</source>
        <translation>查找 %1 到 %2 的绑定</translation>
    </message>
    <message>
        <source>%1 is no longer bound to %2; refresh to see the bindings now.</source>
        <translation>%1 已不再绑定到 %2；请刷新查看当前的绑定。</translation>
    </message>
    <message>
        <source>&amp;Maintenance and Drain…</source>
        <translation>维护并迁空(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the pod into maintenance and move every tenant off it, in one step</source>
        <translation>将 Pod 置于维护状态并在一步中迁出所有租户</translation>
    </message>
    <message numerus="yes">
        <source>maintenance and drain %1 (%n tenant(s))</source>
        <translation>
            <numerusform>维护并迁空 %1（%n 个租户）</numerusform>
        </translation>
    </message>
    <message>
        <source>End Bindin&amp;g…</source>
        <translation>结束绑定(&amp;G)…</translation>
    </message>
    <message>
        <source>Reb&amp;ind Tenant…</source>
        <translation>重新绑定租户(&amp;I)…</translation>
    </message>
    <message>
        <source>Dr&amp;ain Pod…</source>
        <translation>迁空 Pod(&amp;A)…</translation>
    </message>
    <message>
        <source>bind %1 to %2</source>
        <translation>将 %1 绑定到 %2</translation>
    </message>
    <message numerus="yes">
        <source>repair %n inconsistency(ies)</source>
        <translation>
            <numerusform>修复 %n 处不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Check the Cloud</source>
        <translation>无法检查云</translation>
    </message>
    <message numerus="yes">
        <source>Rebind %n Se&amp;lected Tenant(s)…</source>
        <translation>
            <numerusform>重新绑定所选的 %n 个租户(&amp;L)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebind Se&amp;lected Tenants…</source>
        <translation>重新绑定所选租户(&amp;L)…</translation>
    </message>
    <message>
        <source>Move the bindings of the rows selected in the Bindings or Tenants table, with a preview</source>
        <translation>迁移“绑定”或“租户”表中所选行的绑定（带预览）</translation>
    </message>
    <message numerus="yes">
        <source>work out where %n tenant(s) would move</source>
        <translation>
            <numerusform>计算 %n 个租户将迁移到何处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebind %n tenant(s)</source>
        <translation>
            <numerusform>重新绑定 %n 个租户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::EndBindingDialog</name>
    <message>
        <source>End Binding</source>
        <translation>结束绑定</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>租户（项目）ID</translation>
    </message>
    <message>
        <source>&amp;End binding</source>
        <translation>结束绑定(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Binding:</source>
        <translation>绑定(&amp;B)：</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Enter the tenant whose binding ends.</source>
        <translation>请输入要结束其绑定的租户。</translation>
    </message>
    <message>
        <source>%1 has no active binding.</source>
        <translation>%1 没有活动绑定。</translation>
    </message>
</context>
<context>
    <name>gui::FindingsDialog</name>
    <message>
        <source>&amp;Repair All</source>
        <translation>全部修复(&amp;R)</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>No inconsistencies found: every tenant has at most one binding per AZ and group, every binding points at a bottom pod, and there is one top region.</source>
        <translation>未发现不一致：每个租户在每个可用区和组中至多有一个绑定，每个绑定都指向底层 Pod，并且只有一个顶级区域。</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found. Repair All ends the extra bindings (the one with the lowest pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check --repair does.</source>
        <translation>
            <numerusform>发现 %n 处不一致。“全部修复”会结束多余的绑定（保留 pod_id 最小的那个，即上游 Trio2o 视为当前的绑定），为没有绑定的租户重新绑定，并删除第二个顶级区域：%1 和 %2，与 trio2o-sched check --repair 相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binding change(s)</source>
        <translation>
            <numerusform>%n 项绑定更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod deletion(s)</source>
        <translation>
            <numerusform>%n 项 Pod 删除</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud shows a saved snapshot: nothing can be repaired until it answers again.</source>
        <translation>云显示的是已保存的快照：在其重新响应之前无法修复任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) moved under their tenants are accepted where they are now (nothing is written to the cloud).</source>
        <translation>
            <numerusform>%n 个在其租户之下被移动的 Pod 按其现在的位置被接受（不会向云写入任何内容）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::HistoryPage</name>
    <message>
        <source>Filter the rows shown</source>
        <translation>筛选显示的行</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s changes (Enter reads them)</source>
        <translation>仅此租户的更改（按回车读取）</translation>
    </message>
    <message>
        <source>Only changes of this pod</source>
        <translation>仅此 Pod 的更改</translation>
    </message>
    <message>
        <source>All pods</source>
        <translation>所有 Pod</translation>
    </message>
    <message>
        <source>Only changes of this kind, or made by this operation</source>
        <translation>仅此类更改，或由此操作所做的更改</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>所有更改</translation>
    </message>
    <message>
        <source>Bindings created</source>
        <translation>创建的绑定</translation>
    </message>
    <message>
        <source>Bindings ended</source>
        <translation>结束的绑定</translation>
    </message>
    <message>
        <source>Bindings moved</source>
        <translation>移动的绑定</translation>
    </message>
    <message>
        <source>Pods created</source>
        <translation>创建的 Pod</translation>
    </message>
    <message>
        <source>Pods edited</source>
        <translation>编辑的 Pod</translation>
    </message>
    <message>
        <source>Pods deleted</source>
        <translation>删除的 Pod</translation>
    </message>
    <message>
        <source>Drains</source>
        <translation>迁空</translation>
    </message>
    <message>
        <source>Plans applied</source>
        <translation>应用的计划</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Only changes made since then</source>
        <translation>仅此后的更改</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%n 项更改中的 %1 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LiveRefresh</name>
    <message>
        <source>Changes of other operators will not show until you refresh: %1</source>
        <translation>其他运维人员的更改在刷新前不会显示：%1</translation>
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
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation>Pod(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>租户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a database (Ctrl+O)</source>
        <translation>打开数据库 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Show binding &amp;history</source>
        <translation>显示绑定历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Trio2o Console</source>
        <translation>关于 Trio2o Console(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>About Trio2o Console</source>
        <translation>关于 Trio2o Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trio2o Console %1&lt;/h3&gt;&lt;p&gt;Watch and drive the dynamic pod binding of an OpenStack Trio2o cloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trio2o Console %1&lt;/h3&gt;&lt;p&gt;监视并操控 OpenStack Trio2o 云的动态 Pod 绑定。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>The cloud cannot be reached: this is a saved snapshot taken %1. Editing is off until it answers again.</source>
        <translation>无法访问该云：这是于 %1 保存的快照。在其恢复响应之前，编辑功能已关闭。</translation>
    </message>
    <message>
        <source>%1 — snapshot of %2</source>
        <translation>%1 — %2 的快照</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>What-if(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Apply a Saved Plan…</source>
        <translation>应用已保存的计划(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Log Requests to the Terminal</source>
        <translation>在终端记录请求(&amp;L)</translation>
    </message>
    <message>
        <source>Log every request to the cloud on standard error, like --debug</source>
        <translation>像 --debug 一样，在标准错误输出上记录对云的每个请求</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>复制名称(&amp;C)</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport Table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the table shown, as filtered and sorted, as CSV (Ctrl+Shift+E)</source>
        <translation>将显示的表格（按当前筛选和排序）保存为 CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Rece&amp;nt connections</source>
        <translation>最近的连接(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Demo Cloud</source>
        <translation>新建演示云(&amp;D)</translation>
    </message>
    <message>
        <source>No Database There</source>
        <translation>该处没有数据库</translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation>%1 处没有数据库。
要在那里创建一个新的空数据库吗？</translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>New Demo Cloud</source>
        <translation>新建演示云</translation>
    </message>
    <message>
        <source>Replace the demo cloud at %1 with a fresh one?</source>
        <translation>用一个新的演示云替换 %1 处的演示云？</translation>
    </message>
    <message>
        <source>%1 exists and is not a demo cloud; it was left alone.</source>
        <translation>%1 已存在且不是演示云；未做任何改动。</translation>
    </message>
    <message>
        <source>Trio2o Console — DEMO</source>
        <translation>Trio2o 控制台 — 演示</translation>
    </message>
    <message>
        <source>C&amp;apacity</source>
        <translation>容量(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistency(ies) found in the cloud (as trio2o-sched check reports them).</source>
        <translation>
            <numerusform>在云中发现 %n 处不一致（与 trio2o-sched check 报告的相同）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史(&amp;S)</translation>
    </message>
    <message>
        <source>This tab has no table to export; the Pods, Bindings, Tenants and History tabs do.</source>
        <translation>此标签页没有可导出的表格；Pod、绑定、租户和历史标签页有。</translation>
    </message>
    <message>
        <source>Sorting bindings…</source>
        <translation>正在排序绑定…</translation>
    </message>
    <message>
        <source>Preparing the tables…</source>
        <translation>正在准备表格…</translation>
    </message>
    <message>
        <source>Not connected: %1 needs the Keystone password.</source>
        <translation>未连接：%1 需要 Keystone 密码。</translation>
    </message>
</context>
<context>
    <name>gui::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <comment>notice banner</comment>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gui::PasswordKeyring</name>
    <message>
        <source>The password could not be stored in the desktop keyring: %1</source>
        <translation>无法将密码保存到桌面密钥环：%1</translation>
    </message>
    <message>
        <source>The desktop keyring could not be read: %1</source>
        <translation>无法读取桌面密钥环：%1</translation>
    </message>
</context>
<context>
    <name>gui::PeriodicRefresh</name>
    <message>
        <source>Refresh Remote &amp;Cloud</source>
        <translation>定时刷新远程云(&amp;C)</translation>
    </message>
    <message>
        <source>Load a remote cloud again on a timer and tell what changed on the server</source>
        <translation>按定时器重新加载远程云，并提示服务器上的更改</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Every &amp;30 seconds</source>
        <translation>每 30 秒(&amp;3)</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>每分钟(&amp;M)</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>每 5 分钟(&amp;5)</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>每 15 分钟(&amp;1)</translation>
    </message>
</context>
<context>
    <name>gui::PodDialog</name>
    <message>
        <source>Edit Pod %1</source>
        <translation>编辑 Pod %1</translation>
    </message>
    <message>
        <source>New Pod</source>
        <translation>新建 Pod</translation>
    </message>
    <message>
        <source>the AZ name inside the pod (optional)</source>
        <translation>Pod 内部的可用区名称（可选）</translation>
    </message>
    <message>
        <source>key:value,… (empty = general group)</source>
        <translation>key:value,…（空 = 通用组）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>可用区(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Pod AZ:</source>
        <translation>Pod 可用区(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>数据中心(&amp;D)：</translation>
    </message>
    <message>
        <source>Affinity &amp;tags:</source>
        <translation>亲和性标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>成本(&amp;C)：</translation>
    </message>
    <message>
        <source>The pod needs a name (its Keystone region name).</source>
        <translation>Pod 需要名称（即其 Keystone 区域名称）。</translation>
    </message>
    <message>
        <source>A pod named %1 exists already.</source>
        <translation>名为 %1 的 Pod 已存在。</translation>
    </message>
    <message>
        <source>%1 is the top region already; a pod without an AZ would be a second one.</source>
        <translation>%1 已是顶层区域；没有可用区的 Pod 会成为第二个顶层区域。</translation>
    </message>
    <message>
        <source>Affinity tags are written key:value, separated by commas, each key once.</source>
        <translation>亲和性标签写作 key:value，以逗号分隔，每个键只出现一次。</translation>
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
        <translation>容量，vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>Capacity, &amp;RAM:</source>
        <translation>容量，内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Capacity, d&amp;isk:</source>
        <translation>容量，磁盘(&amp;I)：</translation>
    </message>
    <message>
        <source>name of the new AZ</source>
        <translation>新 AZ 的名称</translation>
    </message>
    <message>
        <source>Type the name of the new AZ, or choose an existing AZ from the list.</source>
        <translation>请输入新 AZ 的名称，或从列表中选择一个已有的 AZ。</translation>
    </message>
    <message>
        <source>AZ %1 exists already: choose it from the list.</source>
        <translation>AZ %1 已存在：请从列表中选择。</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative (%2 given).</source>
        <translation>%1 的容量不能为负数（输入了 %2）。</translation>
    </message>
    <message>
        <source>The threshold is a share of the capacity from %1 to %2 (%3 given).</source>
        <translation>阈值是容量的一个比例，范围为 %1 到 %2（输入了 %3）。</translation>
    </message>
    <message>
        <source>The cost is a number from 0 to %1 (%2 given).</source>
        <translation>成本是 0 到 %1 之间的数（输入了 %2）。</translation>
    </message>
    <message>
        <source>(none: the top region, Trio2o itself)</source>
        <translation>（无：顶层区域，即 Trio2o 本身）</translation>
    </message>
    <message>
        <source>New AZ…</source>
        <translation>新 AZ…</translation>
    </message>
    <message>
        <source>Nova&apos;s overcommit: the hypervisor statistics count physical vCPUs and RAM, and the capacity is that total times this ratio. Not used when the region has Placement.</source>
        <translation>Nova 的超分配：虚拟机管理程序统计的是物理 vCPU 和内存，容量为该总量乘以此比例。区域有 Placement 时不使用。</translation>
    </message>
    <message>
        <source>vCPU &amp;overcommit:</source>
        <translation>vCPU 超分配(&amp;O)：</translation>
    </message>
    <message>
        <source>RAM overco&amp;mmit:</source>
        <translation>内存超分配(&amp;M)：</translation>
    </message>
    <message>
        <source>Only a live cloud&apos;s usage, collected from hypervisor statistics, is multiplied; a database keeps capacity as entered.</source>
        <translation>只有从虚拟机管理程序统计收集的在线云使用量才会相乘；数据库按输入保存容量。</translation>
    </message>
    <message>
        <source>An overcommit ratio is a number above 0 and at most %1 (%2 given).</source>
        <translation>超分配比例是大于 0 且不超过 %1 的数（给出的是 %2）。</translation>
    </message>
</context>
<context>
    <name>gui::PodsPage</name>
    <message>
        <source>Filter pods by name, AZ, DC or affinity tag</source>
        <translation>按名称、可用区、数据中心或亲和性标签过滤 Pod</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s)</source>
        <translation>
            <numerusform>%1 / %n 个 Pod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RebindDialog</name>
    <message>
        <source>Rebind Tenant</source>
        <translation>重新绑定租户</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>租户（项目）ID</translation>
    </message>
    <message>
        <source>&amp;Rebind…</source>
        <translation>重新绑定(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>可用区(&amp;A)：</translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation>Pod 组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Candidate pods (pick another acceptable pod to override):</source>
        <translation>候选 Pod（可选择另一个可接受的 Pod 以覆盖）(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the tenant to move.</source>
        <translation>请输入要迁移的租户。</translation>
    </message>
    <message>
        <source>%1 has no binding in AZ %2 and this group: nothing to move (use New Binding).</source>
        <translation>%1 在可用区 %2 的此组中没有绑定：无可迁移（请使用“新建绑定”）。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>调度器：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>迁移 %1</translation>
    </message>
    <message>
        <source>Only one pod is acceptable, so the weighers had nothing to compare it with: its weights show as 0.000.</source>
        <translation>只有一个 Pod 可接受，权重器没有可比较的对象：因此其权重显示为 0.000。</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>没有可移动的内容</translation>
    </message>
    <message>
        <source>Show all &amp;pods (other AZs and groups too)</source>
        <translation>显示所有 Pod（包括其他可用区和组）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>gui::RebindTenantsDialog</name>
    <message>
        <source>the cloud could not be read</source>
        <translation>无法读取云</translation>
    </message>
    <message>
        <source>Rebind Tenants</source>
        <translation>重新绑定租户</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>The scheduler&apos;s choice, each in its own AZ and group</source>
        <translation>由调度器选择，各自在所在的可用区和组内</translation>
    </message>
    <message>
        <source>The chosen bindings are in different AZs or groups: the scheduler chooses for each</source>
        <translation>所选绑定位于不同的可用区或组：由调度器分别选择</translation>
    </message>
    <message>
        <source>%1 — AZ %2, %3</source>
        <translation>%1 — 可用区 %2，%3</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>将迁移（%1）</translation>
    </message>
    <message>
        <source>Cannot move (%1)</source>
        <translation>无法迁移（%1）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <comment>from pod → to pod (reason)</comment>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Target pods (%1)</source>
        <translation>目标 Pod（%1）</translation>
    </message>
    <message numerus="yes">
        <source>receives %n tenant(s)</source>
        <translation>
            <numerusform>接收 %n 个租户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) will move, all in one step (one undo step).</source>
        <translation>
            <numerusform>%n 个租户将迁移，一步完成（一个撤销步骤）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot move (named above).</source>
        <translation>
            <numerusform>%n 个无法迁移（见上）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rebind %n</source>
        <translation>
            <numerusform>重新绑定 %n 个(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RemoteConnectionPage</name>
    <message>
        <source>http://host:19996/v1.0 (empty: from the Keystone catalog)</source>
        <translation>http://host:19996/v1.0（空：从 Keystone 目录获取）</translation>
    </message>
    <message>
        <source>Keystone password</source>
        <translation>Keystone 密码</translation>
    </message>
    <message>
        <source>Keystone token</source>
        <translation>Keystone 令牌</translation>
    </message>
    <message>
        <source>No authentication (development cloud, X-Role: admin)</source>
        <translation>无认证（开发云，X-Role: admin）</translation>
    </message>
    <message>
        <source>https://keystone:5000/v3</source>
        <translation>https://keystone:5000/v3</translation>
    </message>
    <message>
        <source>extra CA certificates (PEM), optional</source>
        <translation>额外的 CA 证书（PEM），可选</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trio2o &amp;API URL:</source>
        <translation>Trio2o API URL(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>认证方式(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Keystone URL:</source>
        <translation>Keystone URL(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>用户域(&amp;D)：</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>项目域(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Recent &amp;remote connections:</source>
        <translation>最近的远程连接(&amp;R)：</translation>
    </message>
    <message>
        <source>Without Keystone the Trio2o API URL is needed.</source>
        <translation>没有 Keystone 时需要 Trio2o API URL。</translation>
    </message>
    <message>
        <source>Re&amp;member the password in the desktop keyring</source>
        <translation>在桌面密钥环中记住密码(&amp;M)</translation>
    </message>
    <message>
        <source>Off: the password is asked every time. On: it is kept in the desktop keyring (never in the console&apos;s settings or files).</source>
        <translation>关闭：每次都询问密码。开启：密码保存在桌面密钥环中（绝不保存在控制台的设置或文件中）。</translation>
    </message>
    <message>
        <source>asked every time unless remembered in the keyring</source>
        <translation>每次询问，除非已保存在密钥环中</translation>
    </message>
    <message>
        <source>Clouds of %1 (a click connects):</source>
        <translation>%1 中的云（单击即连接）：</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>Where the pod settings Trio2o does not keep, the usage history and the audit log of this cloud are stored: an SQLite file, or postgresql://user@host:port/dbname for a store the team shares (the password in PGPASSWORD or ~/.pgpass).</source>
        <translation>此云中 Trio2o 不保存的 Pod 设置、使用历史和审计日志的存放位置：一个 SQLite 文件，或团队共享的存储 postgresql://user@host:port/dbname（密码放在 PGPASSWORD 或 ~/.pgpass 中）。</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>存储(&amp;S)：</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储：%1</translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEditor</name>
    <message>
        <source>&amp;Add event</source>
        <translation>添加事件(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>What this scenario asks, e.g. &quot;Pod az2-pod03 goes into maintenance tonight&quot;</source>
        <translation>该场景要回答的问题，例如 &quot;Pod az2-pod03 今晚进入维护&quot;</translation>
    </message>
    <message>
        <source>&quot;current&quot; = the cloud the console shows; or a state file (.json) or a database file, relative to the scenario&apos;s folder. It is only read, never written.</source>
        <translation>&quot;current&quot; = 控制台显示的云；或者是相对于场景所在文件夹的状态文件（.json）或数据库文件。它只会被读取，永远不会被写入。</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Samples per pod:</source>
        <translation>每个 Pod 的采样数：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Events, replayed in this order</source>
        <translation>事件（按此顺序回放）</translation>
    </message>
    <message>
        <source>Choose an event on the left, or add one.</source>
        <translation>在左侧选择一个事件，或添加一个。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>policy name (policy key)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — from the file</source>
        <comment>policy</comment>
        <translation>%1 — 来自文件</translation>
    </message>
    <message>
        <source>%1 — scheduler settings</source>
        <comment>policy</comment>
        <translation>%1 — 调度器设置</translation>
    </message>
</context>
<context>
    <name>gui::ScenarioEventForm</name>
    <message>
        <source>Tenant or pattern:</source>
        <translation>租户或模式：</translation>
    </message>
    <message>
        <source>t1, or burst-{001..400}, or new-{n}</source>
        <translation>t1，或 burst-{001..400}，或 new-{n}</translation>
    </message>
    <message>
        <source>AZ:</source>
        <translation>可用区：</translation>
    </message>
    <message>
        <source>empty = any bottom AZ</source>
        <translation>空 = 任意底层可用区</translation>
    </message>
    <message>
        <source>Pod group:</source>
        <translation>Pod 组：</translation>
    </message>
    <message>
        <source>resource:gpu, empty = general</source>
        <translation>resource:gpu，空 = 通用</translation>
    </message>
    <message>
        <source>vCPUs per VM:</source>
        <translation>每个 VM 的 vCPU：</translation>
    </message>
    <message>
        <source>RAM per VM (MB):</source>
        <translation>每个 VM 的内存 (MB)：</translation>
    </message>
    <message>
        <source>Disk per VM (GB):</source>
        <translation>每个 VM 的磁盘 (GB)：</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>VM 数：</translation>
    </message>
    <message>
        <source>Pod (name or id):</source>
        <translation>Pod（名称或 ID）：</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>已用：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总量：</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Pod name:</source>
        <translation>Pod 名称：</translation>
    </message>
    <message>
        <source>Affinity tags:</source>
        <translation>亲和性标签：</translation>
    </message>
    <message>
        <source>resource:gpu, empty = general group</source>
        <translation>resource:gpu，空 = 通用组</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>RAM (MB):</source>
        <translation>内存 (MB)：</translation>
    </message>
    <message>
        <source>Disk (GB):</source>
        <translation>磁盘 (GB)：</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>new-{n} or t-{001..120}</source>
        <translation>new-{n} 或 t-{001..120}</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>unknown (never collected)</source>
        <translation>未知（从未采集）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Days of growth:</source>
        <translation>增长天数：</translation>
    </message>
    <message>
        <source>empty = every AZ</source>
        <translation>留空 = 所有可用区</translation>
    </message>
    <message>
        <source>resource:gpu</source>
        <translation>resource:gpu</translation>
    </message>
    <message>
        <source>typical VM of the history</source>
        <translation>历史中的典型虚拟机</translation>
    </message>
    <message>
        <source>VM vCPUs:</source>
        <translation>虚拟机 vCPU：</translation>
    </message>
    <message>
        <source>VM RAM (MB):</source>
        <translation>虚拟机内存（MB）：</translation>
    </message>
    <message>
        <source>VM disk (GB):</source>
        <translation>虚拟机磁盘（GB）：</translation>
    </message>
    <message>
        <source>(every group)</source>
        <translation>（所有组）</translation>
    </message>
    <message>
        <source>(general group)</source>
        <translation>（通用组）</translation>
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
        <translation>请求大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>tenant (project) id</source>
        <translation>租户（项目）ID</translation>
    </message>
    <message>
        <source>any bottom AZ</source>
        <translation>任意底层可用区</translation>
    </message>
    <message>
        <source> vCPUs</source>
        <translation> vCPU</translation>
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
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;AZ:</source>
        <translation>可用区(&amp;A)：</translation>
    </message>
    <message>
        <source>Pod &amp;group:</source>
        <translation>Pod 组(&amp;G)：</translation>
    </message>
    <message>
        <source>Enter a tenant to see where it would go.</source>
        <translation>输入租户以查看其去向。</translation>
    </message>
    <message>
        <source>The request is not valid (tenant, AZ or group).</source>
        <translation>请求无效（租户、可用区或组）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gui::SchedulerSettingsDialog</name>
    <message>
        <source>Scheduler Settings</source>
        <translation>调度器设置</translation>
    </message>
    <message>
        <source>Weighted (the design: filters and weighers)</source>
        <translation>加权（设计方案：过滤器和权重器）</translation>
    </message>
    <message>
        <source>Trio2o (exactly what upstream shipped)</source>
        <translation>Trio2o（与上游发布的完全一致）</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>过滤器(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Weigher multipliers (0 = off)</source>
        <translation>权重器乘数（0 = 关闭）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>策略(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Subset size (pick among the best N):</source>
        <translation>子集大小（在最好的 N 个中挑选）(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;eed for that pick:</source>
        <translation>该挑选的随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Default &amp;threshold:</source>
        <translation>默认阈值(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>gui::ScreenshotWriter</name>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
    <message>
        <source>trio2o-console: no screenshot: %1</source>
        <translation>trio2o-console：未生成截图：%1</translation>
    </message>
</context>
<context>
    <name>gui::StatusPanel</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>上次刷新 %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n s old</source>
        <translation>
            <numerusform>快照已有 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n min old</source>
        <translation>
            <numerusform>快照已有 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %n h old</source>
        <translation>
            <numerusform>快照已有 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only snapshot of %1</source>
        <translation>%1 的只读快照</translation>
    </message>
    <message>
        <source>The cloud cannot be reached; editing is off until it answers again.</source>
        <translation>无法连接云；在其重新响应之前无法编辑。</translation>
    </message>
    <message>
        <source>DEMO</source>
        <comment>status bar badge: the database holds the made-up demo cloud</comment>
        <translation>演示</translation>
    </message>
    <message>
        <source>This database holds the made-up demo cloud, not a real one</source>
        <translation>此数据库保存的是虚构的演示云，而非真实的云</translation>
    </message>
</context>
<context>
    <name>gui::TablePage</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gui::TenantTimelineWidget</name>
    <message>
        <source>Choose a tenant above to see its bindings over time.</source>
        <translation>在上方选择一个租户，查看其绑定随时间的变化。</translation>
    </message>
    <message>
        <source>This tenant has no bindings.</source>
        <translation>该租户没有绑定。</translation>
    </message>
</context>
<context>
    <name>gui::TenantsPage</name>
    <message>
        <source>Filter tenants by id</source>
        <translation>按 ID 过滤租户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;绑定时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding timeline of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 的绑定时间线&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 / %n 个租户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::UsageHeatMap</name>
    <message numerus="yes">
        <source>%1 — %n pod(s), %2 over threshold</source>
        <translation>
            <numerusform>%1 — %n 个 Pod，%2 个超过阈值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n 个 Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — AZ %2, %3, %n tenant(s) bound</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — AZ %2，%3，已绑定 %n 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 used of %3 allowed (threshold %4 %) of %5 total</source>
        <translation>%1：已用 %2，允许 %3（阈值 %4 %），共 %5</translation>
    </message>
    <message>
        <source>%1: usage unknown, %2 total</source>
        <translation>%1：使用量未知，共 %2</translation>
    </message>
</context>
<context>
    <name>gui::WaitProgress</name>
    <message>
        <source>Waiting for the Cloud</source>
        <translation>正在等待云</translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer…</source>
        <translation>正在等待云的响应…</translation>
    </message>
    <message>
        <source>Waiting for the cloud to answer: %1…</source>
        <translation>正在等待云的响应：%1…</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>scenario file name</comment>
        <translation>%1（已编辑）</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Open a what-if scenario</source>
        <translation>打开 what-if 场景</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV table of changes and failures (*.csv)</source>
        <translation>JSON 报告 (*.json);;变更和失败的 CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a scenario: %2</source>
        <translation>%1 不是场景：%2</translation>
    </message>
    <message>
        <source>the console is not connected, so &quot;current&quot; stands for nothing</source>
        <translation>控制台未连接，因此 &quot;current&quot; 没有指向任何内容</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The run was cancelled; the figures shown are partial.</source>
        <translation>运行已取消；显示的数据不完整。</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The scenario cannot run: %1</source>
        <translation>场景无法运行：%1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>The console is not connected to a backend</source>
        <translation>控制台未连接到后端</translation>
    </message>
    <message>
        <source>The backend shows a saved snapshot only (read-only)</source>
        <translation>后端仅显示已保存的快照（只读）</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Open a saved what-if plan</source>
        <translation>打开已保存的假设分析计划</translation>
    </message>
    <message>
        <source>Save s&amp;cenario as…</source>
        <translation>场景另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>Replay the scenario on a private copy of its base (Alt+R or F5)</source>
        <translation>在其基础状态的私有副本上重放场景（Alt+R 或 F5）</translation>
    </message>
    <message>
        <source>The new scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>未保存的场景</translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Discard them?</source>
        <translation>%1 有未保存的修改。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfResultsView</name>
    <message>
        <source>Save p&amp;lan…</source>
        <translation>保存计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Usage before / after</source>
        <translation>使用量（前 / 后）</translation>
    </message>
    <message>
        <source>Policies compared</source>
        <translation>策略比较</translation>
    </message>
    <message>
        <source>Filter changes by tenant, AZ, group, pod or reason</source>
        <translation>按租户、可用区、组、Pod 或原因过滤变更</translation>
    </message>
    <message>
        <source>Filter failures by tenant, AZ, group or reason</source>
        <translation>按租户、可用区、组或原因过滤失败</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <source>Tenants whose outcome differs from the primary policy under:</source>
        <translation>结果与主策略不同的租户，在以下策略下：</translation>
    </message>
    <message>
        <source>Filter by tenant or pod</source>
        <translation>按租户或 Pod 过滤</translation>
    </message>
    <message>
        <source>The scenario compares no other policy</source>
        <translation>该场景未比较其他策略</translation>
    </message>
    <message>
        <source>Review the plan&apos;s operations, then apply them</source>
        <translation>检查计划的操作，然后应用</translation>
    </message>
    <message>
        <source>No results yet: open or build a scenario and run it.</source>
        <translation>尚无结果：请打开或构建场景并运行。</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <source>Policy %1, compared with %2</source>
        <translation>策略 %1，与 %2 比较</translation>
    </message>
    <message>
        <source>Cancelled: the figures are partial, nothing can be saved or applied.</source>
        <translation>已取消：数据不完整，无法保存或应用。</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n event(s) replayed.</source>
        <translation>
            <numerusform>已完成：回放了 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title: name (rows)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>tab title: name (shown of rows)</comment>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Kept &lt;b&gt;%1&lt;/b&gt; · bound &lt;b&gt;%2&lt;/b&gt; · rebound &lt;b&gt;%3&lt;/b&gt; · failed &lt;b&gt;%4&lt;/b&gt; · VMs created &lt;b&gt;%5&lt;/b&gt;, deleted &lt;b&gt;%6&lt;/b&gt;, skipped &lt;b&gt;%7&lt;/b&gt; · %8</source>
        <translation>保持 &lt;b&gt;%1&lt;/b&gt; · 绑定 &lt;b&gt;%2&lt;/b&gt; · 重新绑定 &lt;b&gt;%3&lt;/b&gt; · 失败 &lt;b&gt;%4&lt;/b&gt; · VM 创建 &lt;b&gt;%5&lt;/b&gt;、删除 &lt;b&gt;%6&lt;/b&gt;、跳过 &lt;b&gt;%7&lt;/b&gt; · %8</translation>
    </message>
    <message numerus="yes">
        <source>plan: &lt;b&gt;%n&lt;/b&gt; operation(s)</source>
        <translation>
            <numerusform>计划：&lt;b&gt;%n&lt;/b&gt; 个操作</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Appl&amp;y plan…</source>
        <translation>应用计划(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfRunner</name>
    <message>
        <source>Loading the scenario…</source>
        <translation>正在加载场景…</translation>
    </message>
    <message>
        <source>Replaying: %1 of %2 steps</source>
        <translation>回放中：第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Loading the base and checking the events…</source>
        <translation>正在加载基础状态并检查事件…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>正在读取 %1：%2 / %3 MB</translation>
    </message>
</context>
<context>
    <name>gui::WhatIfUsageChart</name>
    <message>
        <source>%1 — the %2 pods that changed most of %3</source>
        <translation>%1 — %3 个 Pod 中变化最大的 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n pod(s)</source>
        <translation>
            <numerusform>%1 — %n 个 Pod</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak usage (%)</source>
        <translation>峰值使用率 (%)</translation>
    </message>
    <message>
        <source>vCPUs used (%)</source>
        <translation>已用 vCPU (%)</translation>
    </message>
    <message>
        <source>RAM used (%)</source>
        <translation>已用内存 (%)</translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation>已用磁盘 (%)</translation>
    </message>
    <message>
        <source>Tenants bound</source>
        <translation>已绑定租户</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>before</source>
        <comment>what-if chart: figure before the scenario</comment>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <comment>what-if chart: figure after the scenario</comment>
        <translation>之后</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>pod added by the scenario</comment>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <comment>pod removed by the scenario</comment>
        <translation>%1（已移除）</translation>
    </message>
    <message>
        <source>threshold</source>
        <comment>what-if chart: the pods&apos; thresholds</comment>
        <translation>阈值</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>pod: before/after value</comment>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation>Pod：%1</translation>
    </message>
    <message>
        <source>%1 (names start with %2)</source>
        <comment>chart title (shared start of the pod names)</comment>
        <translation>%1（名称以 %2 开头）</translation>
    </message>
</context>
<context>
    <name>gui::waitFor</name>
    <message>
        <source>cancelled; the server may still have applied it, refresh to see</source>
        <translation>已取消；服务器可能仍已执行，请刷新查看</translation>
    </message>
</context>
<context>
    <name>model::AttentionTableModel</name>
    <message>
        <source>over threshold</source>
        <translation>超过阈值</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>接近阈值</translation>
    </message>
    <message>
        <source>out of service, tenants still bound</source>
        <translation>已停用，仍有租户绑定</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>使用量未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 % of %2 %</source>
        <comment>peak usage of threshold</comment>
        <translation>%1 % / %2 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 in %2: click to select it, right-click for actions</source>
        <translation>%2 中的 %1：单击选中，右键单击查看操作</translation>
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
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Peak usage</source>
        <comment>column header: highest usage of the pod and its threshold</comment>
        <translation>峰值使用率</translation>
    </message>
    <message>
        <source>Headroom</source>
        <comment>column header: threshold minus peak usage</comment>
        <translation>余量</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: distinct bound tenants</comment>
        <translation>租户</translation>
    </message>
    <message numerus="yes">
        <source>over threshold within %Ln day(s) by its trend</source>
        <translation>
            <numerusform>按趋势 %Ln 天内超过阈值</numerusform>
        </translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>now</source>
        <comment>full in: over its threshold already</comment>
        <translation>现在</translation>
    </message>
    <message>
        <source>The capacity outlook is being computed</source>
        <translation>正在计算容量预测</translation>
    </message>
    <message>
        <source>%1 is over its threshold now</source>
        <translation>%1 现已超过阈值</translation>
    </message>
    <message>
        <source>%1 over its threshold in %2 (conservative: the upper edge of the trend&apos;s band) – %3 (trend): %4</source>
        <translation>%1 将在 %2（保守：趋势区间上沿）– %3（趋势）后超过阈值：%4</translation>
    </message>
    <message>
        <source>Time until the pod&apos;s first resource crosses its threshold, by the capacity outlook (conservative: the upper edge of the trend&apos;s band)</source>
        <translation>按容量预测，Pod 的第一个资源超过阈值前的时间（保守：趋势区间上沿）</translation>
    </message>
    <message>
        <source>Full in</source>
        <comment>column header: time until the pod crosses its threshold</comment>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>model::AuditTableModel</name>
    <message>
        <source>Binding created</source>
        <translation>创建绑定</translation>
    </message>
    <message>
        <source>Binding ended</source>
        <translation>结束绑定</translation>
    </message>
    <message>
        <source>Binding moved</source>
        <translation>移动绑定</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>创建 Pod</translation>
    </message>
    <message>
        <source>Pod edited</source>
        <translation>编辑 Pod</translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation>删除 Pod</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>迁空</translation>
    </message>
    <message>
        <source>plan applied</source>
        <translation>应用计划</translation>
    </message>
    <message>
        <source>rebind</source>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>之前 → 之后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>model::Backend</name>
    <message>
        <source>this backend cannot change a pod and bindings in one transaction</source>
        <translation>此后端无法在一个事务中同时更改 Pod 和绑定</translation>
    </message>
    <message>
        <source>this backend keeps no audit log</source>
        <translation>此后端不保存审计日志</translation>
    </message>
</context>
<context>
    <name>model::BindingTableModel</name>
    <message>
        <source>now</source>
        <comment>binding still active</comment>
        <translation>现在</translation>
    </message>
    <message>
        <source>active</source>
        <comment>binding state</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>history</source>
        <comment>binding state</comment>
        <translation>历史</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>column header: pod group</comment>
        <translation>组</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>column header: binding start</comment>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>column header: binding end</comment>
        <translation>结束</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: binding active or history</comment>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>model::CandidateTableModel</name>
    <message>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>acceptable (current)</source>
        <translation>可接受（当前）</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>rejected (current)</source>
        <translation>已拒绝（当前）</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>weight</comment>
        <translation>总计</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>拒绝的过滤器</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2 used + %3 requested exceeds the limit of %4</source>
        <translation>%1：已用 %2 + 请求 %3 超过上限 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation>%1：已用 %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2, usage unknown</source>
        <translation>%1：%2，使用量未知</translation>
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
        <translation>%1 的新 Pod：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod 数</translation>
    </message>
    <message>
        <source>New pod needed by</source>
        <translation>新 Pod 需要日期</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>New pod&apos;s size</source>
        <translation>新 Pod 的容量</translation>
    </message>
    <message>
        <source>New pod in %1: not needed within ten years</source>
        <translation>%1 中的新 Pod：十年内无需</translation>
    </message>
    <message>
        <source>New pod needed in %1 by %2</source>
        <translation>%1 需要新 Pod，时间：%2</translation>
    </message>
</context>
<context>
    <name>model::CapacityTableModel</name>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 个 vCPU</translation>
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
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s))</source>
        <translation>
            <numerusform>%1（%n 台虚拟机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Conservative (upper edge of the band) – trend</source>
        <translation>保守（区间上沿）– 趋势</translation>
    </message>
    <message>
        <source>Capacity left under the threshold, and how many typical VMs fit in it</source>
        <translation>阈值以下的剩余容量，以及可容纳的典型虚拟机数量</translation>
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
        <translation>组</translation>
    </message>
    <message>
        <source>Runs out first</source>
        <translation>最先耗尽</translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation>已用 / 上限</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>当前剩余</translation>
    </message>
</context>
<context>
    <name>model::ChangeTableModel</name>
    <message>
        <source>(none)</source>
        <comment>no previous pod</comment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <comment>binding ended, no new pod</comment>
        <translation>（未绑定）</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation>组</translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>what-if table header</comment>
        <translation>原 Pod</translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>what-if table header</comment>
        <translation>新 Pod</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>model::CloudTreeModel</name>
    <message>
        <source>Cloud (no top region)</source>
        <translation>云（无顶层区域）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, group %3, %n bound tenant(s)</source>
        <translation>
            <numerusform>%1 — %2，组 %3，绑定了 %n 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>tree header</comment>
        <translation>云</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>tree header: bound tenants</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>Distinct tenants with an active binding there (a tenant bound to several pods counts once)</source>
        <translation>在此处有活动绑定的不同租户数（绑定到多个 Pod 的租户只计一次）</translation>
    </message>
</context>
<context>
    <name>model::FailureTableModel</name>
    <message>
        <source>Event</source>
        <comment>what-if table header: event index</comment>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>what-if table header</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>what-if table header: pod group</comment>
        <translation>组</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>what-if table header</comment>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>model::FindingTableModel</name>
    <message>
        <source>shown when the list is opened</source>
        <translation>打开列表时显示</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>inconsistency</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>model::LocalBackend</name>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>binding %1 has already ended</source>
        <translation>绑定 %1 已经结束</translation>
    </message>
    <message>
        <source>cannot read the bindings of %1: %2</source>
        <translation>无法读取 %1 的绑定：%2</translation>
    </message>
</context>
<context>
    <name>model::PlanOperationModel</name>
    <message>
        <source>bind</source>
        <comment>plan operation</comment>
        <translation>绑定</translation>
    </message>
    <message>
        <source>unbind</source>
        <comment>plan operation</comment>
        <translation>解除绑定</translation>
    </message>
    <message>
        <source>rebind</source>
        <comment>plan operation</comment>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>plan operation status</comment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>plan operation status</comment>
        <translation>已应用</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>plan operation status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>not applied</source>
        <comment>plan operation status</comment>
        <translation>未应用</translation>
    </message>
    <message>
        <source>#</source>
        <comment>plan table header: operation number</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Operation</source>
        <comment>plan table header</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>plan table header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>plan table header</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>plan table header: pod group</comment>
        <translation>组</translation>
    </message>
    <message>
        <source>From pod</source>
        <comment>plan table header</comment>
        <translation>原 Pod</translation>
    </message>
    <message>
        <source>To pod</source>
        <comment>plan table header</comment>
        <translation>新 Pod</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>plan table header</comment>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>model::PodTableModel</name>
    <message>
        <source>(top region)</source>
        <translation>（顶层区域）</translation>
    </message>
    <message>
        <source>%1: %2 used of %3, threshold %4 %</source>
        <translation>%1：已用 %2 / 共 %3，阈值 %4%</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>usage never collected</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pod</source>
        <comment>column header: pod name</comment>
        <translation>Pod</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>column header: availability zone</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Pod AZ</source>
        <comment>column header: AZ name inside the pod</comment>
        <translation>Pod 可用区</translation>
    </message>
    <message>
        <source>DC</source>
        <comment>column header: data centre</comment>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Affinity</source>
        <comment>column header: resource affinity tags</comment>
        <translation>亲和性</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column header: pod state</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header: pod creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>column header: vCPU usage</comment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <comment>column header: RAM usage</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column header: disk usage</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Tenants</source>
        <comment>column header: bound tenants</comment>
        <translation>租户</translation>
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
        <translation>主策略下的 %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>what-if decisions that kept the binding</comment>
        <translation>保持</translation>
    </message>
    <message>
        <source>Bound</source>
        <comment>what-if decisions that created a binding</comment>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Rebound</source>
        <comment>what-if decisions that moved a tenant</comment>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>what-if decisions that failed</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Events replayed</source>
        <translation>回放的事件</translation>
    </message>
    <message>
        <source>VMs created</source>
        <translation>已创建 VM</translation>
    </message>
    <message>
        <source>VMs deleted</source>
        <translation>已删除 VM</translation>
    </message>
    <message>
        <source>VMs skipped (no binding)</source>
        <translation>跳过的 VM（无绑定）</translation>
    </message>
    <message>
        <source>Binding changes</source>
        <translation>绑定变更</translation>
    </message>
    <message>
        <source>Failures listed</source>
        <translation>列出的失败</translation>
    </message>
    <message>
        <source>Tenants with another outcome</source>
        <translation>结果不同的租户</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <comment>policy name</comment>
        <translation>%1（主）</translation>
    </message>
</context>
<context>
    <name>model::ScenarioEventListModel</name>
    <message>
        <source>any AZ</source>
        <translation>任意可用区</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1，组 %2</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB RAM, %3 GB disk</source>
        <translation>%1 vCPU，%2 MB 内存，%3 GB 磁盘</translation>
    </message>
    <message>
        <source>Create VMs</source>
        <translation>创建 VM</translation>
    </message>
    <message>
        <source>Delete VMs</source>
        <translation>删除 VM</translation>
    </message>
    <message>
        <source>Set usage</source>
        <translation>设置使用量</translation>
    </message>
    <message>
        <source>Set capacity</source>
        <translation>设置容量</translation>
    </message>
    <message>
        <source>Pod state</source>
        <translation>Pod 状态</translation>
    </message>
    <message>
        <source>Add pod</source>
        <translation>添加 Pod</translation>
    </message>
    <message>
        <source>Remove pod</source>
        <translation>移除 Pod</translation>
    </message>
    <message>
        <source>Drain pod</source>
        <translation>迁空 Pod</translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation>新租户</translation>
    </message>
    <message>
        <source>%1: %2 × %3 in %4 (%5)</source>
        <translation>%1：%2 × %3，位于 %4（%5）</translation>
    </message>
    <message>
        <source>%1: %2 %3 = %4</source>
        <translation>%1：%2 %3 = %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2，位于 %3</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1：%2 × %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Event %1 (events[%1] in the file)</source>
        <translation>事件 %1（文件中的 events[%1]）</translation>
    </message>
    <message>
        <source>Grow (outlook)</source>
        <translation>增长（容量展望）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) in %2</source>
        <translation>
            <numerusform>%1：%n 天，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, threshold %2</source>
        <comment>set_capacity summary, new threshold</comment>
        <translation>%1，阈值 %2</translation>
    </message>
</context>
<context>
    <name>model::StoreChangeListener</name>
    <message>
        <source>live refresh needs a shared PostgreSQL store, not the file %1</source>
        <translation>实时刷新需要共享的 PostgreSQL 存储，而不是文件 %1</translation>
    </message>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>无法监听 %1 的更改：%2</translation>
    </message>
</context>
<context>
    <name>model::TenantDifferenceModel</name>
    <message>
        <source>(not bound)</source>
        <translation>（未绑定）</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>what-if table header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <comment>pods a tenant ends up on under a policy</comment>
        <translation>Pod（%1）</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Upstream bound twice</source>
        <comment>what-if table header: trio2o departures</comment>
        <translation>上游重复绑定</translation>
    </message>
</context>
<context>
    <name>model::TenantTableModel</name>
    <message>
        <source>Tenant</source>
        <comment>column header</comment>
        <translation>租户</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>column header: number of active bindings</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>column header: number of ended bindings</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Bound to</source>
        <comment>column header: pods of the active bindings</comment>
        <translation>绑定到</translation>
    </message>
</context>
<context>
    <name>model::remote::RemoteBackend</name>
    <message>
        <source>%1 — snapshot of %2, read-only (the cloud cannot be reached)</source>
        <translation>%1 — %2 的快照，只读（无法访问该云）</translation>
    </message>
</context>
<context>
    <name>model::waitFor</name>
    <message>
        <source>the operation was cancelled</source>
        <translation>操作已取消</translation>
    </message>
</context>
</TS>
