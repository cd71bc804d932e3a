import type { Pattern } from './types.ts';

/**
 * What stops a server before it serves: schema migrations (Flyway, Liquibase, Alembic, and the
 * like), a web server's own configuration (nginx), a database's data directory.
 */
export const STARTUP_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- schema migrations
  {
    id: 'migration-checksum-mismatch',
    title: 'Applied schema migration changed (checksum mismatch)',
    category: 'config',
    match: {
      logs: {
        any: [
          /Migration [Cc]hecksum mismatch for migration (?:version )?(?<version>[\w.]{1,40})/,
          /(?<count>\d{1,4}) change ?sets? check ?sums?\b/,
          /\bwas: \d+:[0-9a-f]{32} but is now: \d+:[0-9a-f]{32}/,
          /\bmigration (?<version>\w{1,40}) was previously applied but has been modified\b/,
          /\bchecksum mismatch\b[^\n]{0,40}\bmigration\b/i,
        ],
      },
    },
    boost: { logs: { any: [/\bFlywayValidateException\b|\bValidationFailedException\b|Validate failed/] } },
    diagnosis:
      'Container {container} refuses to start: a schema migration that was already applied[[ (version {version})]] has changed since (its checksum no longer matches the history table).',
    actions: [
      {
        kind: 'escalate',
        reason:
          "An applied migration of {workload}[[ (version {version})]] was edited after it ran: revert the edit, or run the tool's repair (flyway repair / liquibase clear-checksums) once the change is understood. Restarts cannot help.",
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Never edit an applied migration: add a new one. If the change is harmless (line endings, a tool upgrade that recomputes checksums), repair the history table; roll back if a new image brought it.',
    rollout: 'blame',
  },
  {
    id: 'migration-failed',
    title: 'Schema migration failed',
    category: 'config',
    match: {
      logs: {
        any: [
          /Migration (?<migration>[\w.-]{1,120}\.sql) failed/,
          /\bFlywayMigrateException\b/,
          /\bMigration of schema [^\n]{1,80} failed!/,
          /\bliquibase\.exception\.(?:MigrationFailedException|DatabaseException)\b/,
          /Migration failed for change ?set (?<migration>[^\n:]{1,160})/,
          /\bCan't locate revision identified by '(?<migration>[\w-]{1,80})'/,
          /\balembic\.util\.exc\.CommandError: (?<detail>[^\n]{1,160})/,
          // A DDL statement that meets the object it creates: a migration run twice or out of order.
          /\b(?<detail>(?:relation|table|column|index|type|constraint|Table) "?[\w.]{1,120}"? already exists)\b(?!, skipping)/,
          /\((?<detail>duplicate_(?:table|column|object|schema))\)/,
          /\bmigrat(?:e|ion|ions) (?:failed|error)\b[^\n]{0,40}(?:relation|column|table|duplicate|syntax|constraint)/i,
        ],
      },
    },
    captures: [/^Message {2,}: (?<detail>[^\n]{1,160})/, /\bERROR: (?<detail>[^\n]{1,160})/],
    diagnosis:
      'Container {container} stops at start-up: a schema migration[[ ({migration})]] failed[[: {detail}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The schema migration of {workload}[[ ({migration})]] fails[[ ({detail})]]: the database and the migration scripts disagree; fix the script or the schema history, restarts repeat the failure.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Read the failing statement; a half-applied migration may need a manual fix and a repair of the history table (flyway repair, alembic stamp, migrate force). Roll back only if the previous image does not need the new schema.',
    rollout: 'blame',
  },
  {
    id: 'migration-left-dirty',
    title: 'A schema migration left half applied',
    category: 'config',
    match: {
      logs: {
        any: [
          // golang-migrate: an earlier run failed part-way and marked the version dirty.
          /\bDirty database version (?<migration>\d{1,20})\. Fix and force version\b/,
          // Flyway on a database without transactional DDL: the failed run stays in its history.
          /\bDetected failed migration to version (?<migration>[\w.]{1,40})(?: \((?<detail>[^)\n]{1,120})\))?/,
        ],
      },
    },
    diagnosis:
      'Container {container} stops at start-up: an earlier run of schema migration[[ {migration}]] failed part-way and left the database marked as half migrated[[ ({detail})]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The database of {workload} is left half migrated[[ at {migration}]]: a human must undo or finish the partial migration and clear the mark (migrate force, flyway repair). A restart repeats the refusal; a rollback meets the same half-migrated database.',
      },
    ],
    fixable: false,
    confidence: 0.88,
    remediationHint:
      'Compare the schema with the failed migration, undo or complete its statements by hand, then clear the mark (golang-migrate `force <version>`, `flyway repair`) and let the workload start again.',
    // The older revision meets the same half-migrated database: a rollback cannot clear it.
    rollout: 'mention',
  },
  {
    id: 'migration-lock-held',
    title: 'A schema migration waits for a lock an earlier run left',
    category: 'dependency',
    match: {
      logs: {
        errorLinesOnly: true,
        // The migration tools' own words only: an application's lock contention is not this.
        any: [
          /\bCould not acquire change ?log lock\.?(?:\s+Currently locked by (?<holder>[^\n]{1,120}))?/i,
          /\b(?:[Ff]lyway|[Mm]igrat\w{0,10}|schema_migrations)\b[^\n]{0,80}?\b(?:can't|cannot|unable to) (?:obtain|acquire) (?:the )?(?:database |advisory |migration )?lock\b/,
        ],
      },
    },
    diagnosis:
      'Container {container} waits for the schema migration lock[[, held by {holder}]]: an earlier migration run died holding it, and every start waits for it again.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The migration lock of {workload} is held[[ by {holder}]]: once no migration runs, release it (liquibase releaseLocks, or clear the lock row or advisory lock). Restarts and rollbacks do not release it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check that no migration is really running (the holder named), then release the lock: `liquibase releaseLocks`, `UPDATE databasechangeloglock SET locked=false`, or the tool’s own command.',
    rollout: 'mention',
  },
  {
    id: 'database-schema-missing',
    title: 'Database schema not migrated',
    category: 'config',
    match: {
      logs: {
        any: [
          /\brelation "(?<table>[\w.]{1,120})" does not exist/,
          /\bTable '(?<table>[\w.]{1,120})' doesn't exist/,
          /\bno such table: (?<table>[\w.]{1,120})/,
          /\bInvalid object name '(?<table>[\w.]{1,120})'/,
        ],
      },
    },
    diagnosis:
      '{workload} queries table {table}, which does not exist: the schema migrations for this version have not run against this database.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Table {table} is missing in the database of {workload}: run the migrations of this release (or fix the schema/search_path); roll back if the new version expects a schema that was never migrated.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check that the migration job or init container ran and succeeded, that the app connects to the right database and schema (search_path), and the release order.',
    rollout: 'blame',
  },
  {
    id: 'database-does-not-exist',
    title: 'Database does not exist',
    category: 'config',
    match: {
      logs: {
        any: [
          /\bdatabase "(?<database>[\w.-]{1,120})" does not exist/,
          /\bUnknown database '(?<database>[\w.-]{1,120})'/,
          /\bCannot open database "(?<database>[\w.-]{1,120})" requested by the login/,
        ],
      },
    },
    diagnosis: '{workload} connects to database {database}, which does not exist on the server.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Database {database} does not exist on the server {workload} connects to: create it or fix the database name in the connection settings; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Compare the database name in the URL/env with the server (\\l in psql, SHOW DATABASES); a new environment may lack its bootstrap job.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- configuration files
  {
    id: 'config-file-invalid',
    title: 'Configuration cannot be parsed',
    category: 'config',
    match: {
      logs: {
        any: [
          /\bmissing field `(?<field>[^`\n]{1,80})`/,
          /\bunknown field `(?<field>[^`\n]{1,80})`, expected\b/,
          /\binvalid type: [^\n]{1,80}, expected [^\n]{1,80}/,
          /\byaml: unmarshal errors:/,
          /\bjson: cannot unmarshal \w{1,20} into Go (?:struct field|value of type) (?<field>[\w.[\]]{1,120})/,
          /\bUnrecognizedPropertyException: Unrecognized field "(?<field>[^"\n]{1,80})"/,
          /\bpydantic[\w.]*\.ValidationError: \d{1,4} validation errors? for (?<field>\w{1,80})/,
          /\b(?:TOML|toml|YAML|yaml) parse error\b/,
        ],
      },
    },
    diagnosis:
      'Container {container} rejects its configuration[[ (field {field})]]: a setting is missing, unknown or of the wrong type.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The configuration of {workload} does not parse[[ (field {field})]]: fix the config file, ConfigMap or environment, or roll back the change that introduced it.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      "Compare the config with the version the image expects (a renamed or new required setting); validate it in CI with the app's own parser.",
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- nginx and other proxies
  {
    id: 'nginx-config-invalid',
    title: 'nginx configuration invalid',
    category: 'config',
    match: {
      logs: {
        any: [
          /\[emerg\] (?:\d+#\d+: )?(?<detail>unknown directive "[^"]{1,80}"|"[^"]{1,80}" directive is (?:not allowed here|duplicate)|invalid (?:number of arguments|parameter|value)[^\n]{0,80}|unexpected "[^"]{1,10}"|unknown "[^"]{1,80}" variable)/,
          /\bconfiguration file (?<file>\S{1,200}) test failed/,
        ],
      },
    },
    captures: [/ in (?<file>\/[\w./-]{1,200}):(?<line>\d{1,6})/],
    diagnosis: 'nginx in {container} refuses its configuration[[ ({detail})]][[ at {file}:{line}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The nginx configuration of {workload} is invalid[[ ({detail})]][[ in {file}:{line}]]: fix the config (ConfigMap or image) or roll back; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Run nginx -t against the rendered config; a directive from a module that is not loaded or a typo is the usual cause.',
    rollout: 'blame',
  },
  {
    id: 'nginx-emerg',
    title: 'nginx refuses to start',
    category: 'config',
    match: {
      logs: {
        any: [
          /^nginx: \[emerg\] (?<detail>[^\n]{1,200})/,
          /^\d{4}\/\d\d\/\d\d [\d:]{8} \[emerg\] \d+#\d+: (?<detail>[^\n]{1,200})/,
        ],
      },
    },
    diagnosis: 'nginx in {container} stops at start-up: {detail}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'nginx in {workload} exits at start-up ({detail}): fix what the [emerg] line names (config, certificate or file path, mounted ConfigMap/Secret) or roll back.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'An [emerg] line is fatal: nginx -t on the rendered config reproduces it; a missing certificate or include usually means a Secret/ConfigMap is not mounted where the config expects it.',
    rollout: 'blame',
  },
  {
    id: 'nginx-upstream-host-not-found',
    title: 'nginx upstream host does not resolve',
    category: 'dns',
    match: {
      logs: {
        any: [/\[emerg\] (?:\d+#\d+: )?host not found in (?:upstream|resolver) "?(?<host>[\w.-]{1,200})/],
      },
    },
    captures: [/host not found in upstream "?[\w.-]{1,200}:(?<port>\d{1,5})/],
    diagnosis:
      'nginx in {container} cannot start: upstream host {host} does not resolve when the configuration is loaded.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'nginx in {workload} exits because upstream {host} does not resolve: create the Service or fix the name; or use a resolver with a variable in proxy_pass so nginx starts without it.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'nginx resolves upstream names once at start-up and exits when one is missing: check the Service name and namespace, or set `resolver kube-dns.kube-system.svc.cluster.local` and proxy_pass a variable.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- data directories
  {
    id: 'postgres-data-directory-permissions',
    title: 'PostgreSQL data directory permissions',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /initdb: (?:error: )?could not (?:change permissions of|create|access) (?:directory )?"(?<path>[^"]{1,200})": (?:Operation not permitted|Permission denied)/,
          /data directory "(?<path>[^"]{1,200})" has (?:wrong ownership|invalid permissions|group or world access)/,
          /could not (?:open|create|write to) (?:lock )?file "(?<path>[^"]{1,200})": (?:Permission denied|Operation not permitted)/,
        ],
      },
    },
    boost: { logs: { any: [/chmod: (?:changing permissions of )?'?\/[^\n]{0,200}Operation not permitted/] } },
    diagnosis:
      'PostgreSQL in {container} cannot use its data directory {path}: the volume is owned by another user (or mounted without chmod rights).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The data directory {path} of {workload} has the wrong owner or mode: set securityContext.fsGroup / runAsUser to the postgres UID, or fix the volume (PGDATA in a subdirectory of the mount); restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Set fsGroup (and runAsUser 999 for the official image), put PGDATA in a subdirectory of the mount (lost+found), or use an init container that chowns it; NFS and some CSI drivers refuse chmod.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'data-directory-owner-mismatch',
    title: 'Data directory owned by another user',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /does not match the owner of the data(?: directory)?\b/i,
          /\bMISMATCHING_USERS_FOR_PROCESS_AND_DATA\b/,
          /data directory[^\n]{0,200}\b(?:is owned by|wrong owner|not owned by)\b/i,
        ],
      },
    },
    diagnosis:
      '{container} refuses to start: its data directory belongs to another user than the one the process runs as.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The data volume of {workload} is owned by another user than the process: set securityContext.runAsUser / fsGroup to match the data, or chown the volume once; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      "Compare the volume's owner (an init container running `ls -ln`) with the image's user; fsGroup with fsGroupChangePolicy OnRootMismatch fixes group access, a one-off chown fixes the owner.",
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'license-expired',
    title: 'Software licence expired or invalid',
    category: 'config',
    match: {
      logs: {
        any: [
          /\blicen[cs]e\b[^\n]{0,80}\b(?:has expired|expired|is invalid|invalid|not valid|validation failed)\b/i,
          /\b(?:expired|invalid) licen[cs]e\b/i,
        ],
      },
    },
    diagnosis: '{container} stops at start-up: its software licence has expired or is not valid.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The licence of {workload} has expired or is invalid: renew it and update its Secret; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Renew the licence with the vendor and update the Secret or file it is read from, then restart.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'migration-history-inconsistent',
    title: 'Schema migration history inconsistent with the code',
    category: 'config',
    match: {
      logs: {
        any: [
          /\bInconsistentMigrationHistory\b/,
          /\b(?:inconsistent|corrupt(?:ed)?)\b[^\n]{0,30}?\bmigrations?\b[^\n]{0,20}?\b(?:history|directory|table|state|records?)\b/i,
          /\bmigrations?\b[^\n]{0,20}?\b(?:history|directory|table|state)\b[^\n]{0,20}?\b(?:is |was )?(?:inconsistent|corrupt(?:ed)?)\b/i,
          /\bDetected (?:applied migration not resolved locally|resolved migration not applied to database)\b/,
          /\bno migration found for version \d{1,20}\b/,
        ],
      },
    },
    diagnosis:
      'Container {container} refuses to migrate: the migrations recorded as applied in the database and the migration files of this image disagree (applied out of order, or missing from the image).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The migration history of {workload} is inconsistent with its migration files: a human must reconcile the history table (fake, stamp, repair or re-order) or ship the missing files; restarts repeat the refusal.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Compare the history table with the files in the image: a migration deleted, renamed or re-parented, or a database migrated by a newer image. Restore the file or fix the history (django migrate --fake, alembic stamp, flyway repair / outOfOrder, knex migrate:unlock), or roll back to the image that wrote it.',
    rollout: 'blame',
  },
];
