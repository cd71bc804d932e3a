import { crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the probes, polls and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` for `s` seconds after 07:00:00 on the case's day. */
const hms = (s: number): string =>
  `${dd(7 + Math.floor(s / 3600))}:${dd(Math.floor((s % 3600) / 60))}:${dd(s % 60)}`;

/** ISO-8601 with milliseconds, `s` seconds after 07:00:00Z on 2026-02-11. */
const iso = (s: number, ms = 0): string => `2026-02-11T${hms(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** A node with its harmless conditions spelled out, as `kubectl get node -o yaml` shows a healthy one. */
const steadyNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/**
 * A fifty-fifth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a hospital group's clinical and research
 * platform on EKS, the ordinary mix an on-call rotation sees rather than a contest of tricks.
 * Imaging: Orthanc (MaximumStorageMode "Reject"), dcm4chee-arc on WildFly (IronJacamar pools, a
 * fixed -Xmx2g heap), the OHIF viewer and Presidio's DICOM image redactor. Integration: Mirth
 * Connect / NextGen Connect (a TCP sender over the VPN, a heap capped by VMOPTIONS), an Apache Camel
 * HL7/MLLP route and an ADT router on ActiveMQ Artemis (Spring's listener container, a plain JMS
 * consumer after a broker failover), a Go MLLP listener for lab results. FHIR: HAPI FHIR behind a
 * Keycloak wait, Medplum (V8's heap, BullMQ queues in Redis), SMART backend-services tokens from
 * Keycloak through requests-oauthlib. Clinical apps: OpenEMR on PHP (memory_limit, EFS sites
 * volume), OpenMRS (Hibernate on MySQL, a 2.7 upgrade rebuilding its search index), a patient portal
 * Node BFF (node-redis, pino) with its nginx front end, appointment booking on .NET 8 (Kestrel, EF
 * Core, Microsoft.Data.SqlClient on RDS SQL Server), e-prescribing on Java (Apache HttpClient 4,
 * JSSE mutual TLS to a national gateway). Research: Nextflow (nf-core/sarek on AWS Batch), Airflow
 * on Celery, JupyterHub notebooks, REDCap exports through PyCap, Great Expectations checkpoints, the
 * Presidio analyzer with spaCy models. Platform: Fluentd with fluent-plugin-opensearch for audit
 * logs, CoreDNS stub domains to hospital DNS, SES through boto3 and Celery, pg_dump backups,
 * Karpenter, the EFS CSI driver, containerd pulls from ECR, the kubelet's evictions, PLEG and node
 * status. Software no earlier batch used: Orthanc, dcm4chee-arc, OHIF, Medplum, OpenEMR, OpenMRS,
 * Nextflow and AWS Batch, REDCap and PyCap, Presidio (analyzer and image redactor), Great
 * Expectations, requests-oauthlib. Each quotes the wording of the public thread, page or source in
 * `source`. Mix: 14 escalations (Orthanc refusing stores at its storage ceiling, a SMART client
 * secret regenerated in Keycloak, a REDCap account expired under the export token, pg_dump 15
 * against PostgreSQL 16, SQL Server's transaction log full, OpenSearch at its shard ceiling, an AWS
 * Batch role denied on the work bucket, hospital DNS unreachable over the VPN, a notebook no
 * NodePool instance can hold, EFS without a mount target in a new subnet, SES throttling on campaign
 * day, a de-identification worker evicted for its temporary files, Keycloak down under the FHIR
 * server's init container, a data-quality checkpoint doing its job); 10 restarts (7 right: an MLLP
 * listener out of descriptors after 26 days, a JMS consumer lost in a broker failover, a node-redis
 * client that gave up after an ElastiCache failover, an HttpClient pool leaked empty, one Fluentd
 * stuck retrying while its siblings flush, Hibernate and WildFly pools holding connections from
 * before a database reboot; 3 wrong: OpenMRS killed by its liveness probe while rebuilding its
 * search index after an upgrade, a five-hour genomics run that is only slow, an ADT router whose
 * brokers are both down); 6 memory (3 raises right: dcm4chee's fixed heap no longer fitting its
 * limit, the Presidio analyzer under long discharge summaries, a Camel route given more interfaces;
 * 3 wrong: Mirth's heap capped by VMOPTIONS, a Medplum leak behind --max-old-space-size, OpenEMR's
 * PHP memory_limit); 4 rollbacks (3 right: a spaCy model left out of the image, a connection
 * string SqlClient cannot parse, a tag never pushed; 1 wrong: a release an hour older than the
 * gateway client certificate's expiry); 2 scale-ups (booking and the portal BFF on campaign day); 2
 * node actions (a kubelet that stopped posting status, PLEG unhealthy); 2 cache flushes (1 right:
 * the portal's response cache under noeviction; 1 wrong: Medplum's Redis holding its queues).
 */
export const FIFTYFIFTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // The ingest Orthanc runs with MaximumStorageMode "Reject": at its configured ceiling it
    // refuses new instances instead of recycling old patients. CT and MR stores fail since 07:48.
    id: 'fiftyfifth-imaging-ingest-stores-refused',
    family: 'storage-quota',
    source: 'https://orthanc.uclouvain.be/hg/orthanc-book/rev/bd7fbe3042f7',
    signal: 'Alert',
    containers: [
      {
        name: 'orthanc',
        running: { startedAt: '2026-02-02T21:14:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          ORTHANC__NAME: 'INGEST-01',
          ORTHANC__DICOM_AET: 'INGEST01',
          ORTHANC__MAXIMUM_STORAGE_SIZE: '1800000',
          ORTHANC__MAXIMUM_STORAGE_MODE: 'Reject',
          ORTHANC__POSTGRESQL__HOST: 'imaging-index.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          DICOM_WEB_PLUGIN_ENABLED: 'true',
        },
        mounts: [{ volume: 'orthanc-storage', path: '/var/lib/orthanc/db' }],
      },
    ],
    volumes: [{ name: 'orthanc-storage', persistentVolumeClaim: 'orthanc-ingest-storage' }],
    node: steadyNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DicomStoreRefused: orthanc-ingest answered 0xA700 (Refused: Out of Resources) to 412 C-STORE requests in the last 10m from CT_SOMATOM_2, MR_VIDA_1, CR_FUJI_4',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `I0211 ${hms(1500 + i * 55)}.${String(100000 + i * 4117).slice(0, 6)} CommandDispatcher.cpp:324] Association Received from AET ${['CT_SOMATOM_2', 'MR_VIDA_1', 'CR_FUJI_4', 'US_EPIQ_3'][i % 4]} on IP 10.60.${12 + (i % 3)}.${40 + (i % 9)}\nI0211 ${hms(1501 + i * 55)}.${String(200000 + i * 3119).slice(0, 6)} main.cpp:309] Incoming Store request from AET ${['CT_SOMATOM_2', 'MR_VIDA_1', 'CR_FUJI_4', 'US_EPIQ_3'][i % 4]} on IP 10.60.${12 + (i % 3)}.${40 + (i % 9)}, calling AET INGEST01`,
      ),
      times(
        40,
        (i) =>
          `I0211 ${hms(2880 + i * 61)}.${String(300000 + i * 2713).slice(0, 6)} main.cpp:309] Incoming Store request from AET ${['CT_SOMATOM_2', 'MR_VIDA_1', 'CR_FUJI_4'][i % 3]} on IP 10.60.${12 + (i % 3)}.${41 + (i % 7)}, calling AET INGEST01\nE0211 ${hms(2880 + i * 61)}.${String(400000 + i * 2311).slice(0, 6)} StoreScp.cpp:157] Exception while storing DICOM: The file storage is full`,
      ),
      times(
        12,
        (i) =>
          `I0211 ${hms(5280 + i * 4)}.${String(500000 + i * 1931).slice(0, 6)} HttpServer.cpp:1256] GET /dicom-web/studies?PatientID=MRN${4410230 + i * 17}&limit=25`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The research sync DAG gets a SMART backend-services token from Keycloak with a client secret.
    // Someone regenerated the client's secret in the realm last night; every token request is 401.
    id: 'fiftyfifth-research-fhir-sync-token-refused',
    family: 'credentials',
    source: 'https://github.com/keycloak/keycloak/issues/16923',
    signal: 'Alert',
    containers: [
      {
        name: 'airflow-worker',
        running: { startedAt: '2026-02-09T18:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor',
          AIRFLOW__CELERY__WORKER_CONCURRENCY: '8',
          FHIR_BASE_URL: 'https://fhir.clinical.internal/fhir',
          SMART_TOKEN_URL: 'https://auth.clinical.internal/realms/clinical/protocol/openid-connect/token',
          SMART_CLIENT_ID: 'research-fhir-sync',
        },
        mounts: [{ volume: 'smart-client', path: '/opt/airflow/secrets/smart' }],
      },
    ],
    volumes: [{ name: 'smart-client', secret: 'research-fhir-sync-client' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AirflowDagRunFailed: dag fhir_cohort_sync failed 3 runs in a row (task pull_observations), last at 08:15',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `[2026-02-11T${hms(2100 + i * 41)}.${String(100 + i * 7).padStart(3, '0')}+0000] {local_task_job_runner.py:123} INFO - ::group::Pre task execution logs\n[2026-02-11T${hms(2101 + i * 41)}.${String(300 + i * 5).padStart(3, '0')}+0000] {taskinstance.py:2614} INFO - Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: redcap_nightly.${['extract_arm', 'dedupe_visits', 'load_warehouse'][i % 3]} scheduled__2026-02-11T06:00:00+00:00 [queued]>`,
      ),
      '[2026-02-11T08:15:02.117+0000] {taskinstance.py:2867} INFO - Starting attempt 3 of 3',
      '[2026-02-11T08:15:02.140+0000] {taskinstance.py:2890} INFO - Executing <Task(PythonOperator): pull_observations> on 2026-02-11 07:00:00+00:00',
      '[2026-02-11T08:15:02.301+0000] {fhir_sync.py:58} INFO - requesting SMART backend token for client research-fhir-sync',
      '[2026-02-11T08:15:02.388+0000] {fhir_sync.py:71} WARNING - token endpoint answered 401: {"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
      '[2026-02-11T08:15:02.392+0000] {taskinstance.py:3313} ERROR - Task failed with exception',
      'Traceback (most recent call last):',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 768, in _execute_task',
      '    result = _execute_callable(context=context, **execute_callable_kwargs)',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/python.py", line 240, in execute',
      '    return_value = self.execute_callable()',
      '  File "/opt/airflow/dags/cohort/fhir_sync.py", line 73, in pull_observations',
      '    token = session.fetch_token(SMART_TOKEN_URL, client_id=CLIENT_ID, client_secret=secret)',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/requests_oauthlib/oauth2_session.py", line 406, in fetch_token',
      '    self._client.parse_request_body_response(r.text, scope=self.scope)',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/oauthlib/oauth2/rfc6749/errors.py", line 400, in raise_from_error',
      '    raise cls(**kwargs)',
      'oauthlib.oauth2.rfc6749.errors.UnauthorizedClientError: (unauthorized_client) Invalid client or Invalid client credentials',
      '[2026-02-11T08:15:02.420+0000] {taskinstance.py:1226} INFO - Marking task as FAILED. dag_id=fhir_cohort_sync, task_id=pull_observations, run_id=scheduled__2026-02-11T07:00:00+00:00, execution_date=20260211T070000, start_date=20260211T081502, end_date=20260211T081502',
      times(
        14,
        (i) =>
          `[2026-02-11T${hms(4600 + i * 40)}.${String(200 + i * 11).padStart(3, '0')}+0000] {local_task_job_runner.py:240} INFO - Task exited with return code 0\n[2026-02-11T${hms(4601 + i * 40)}.${String(500 + i * 3).padStart(3, '0')}+0000] {taskinstance.py:3895} INFO - 0 downstream tasks scheduled from follow-on schedule check`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The nightly REDCap export runs with the study data manager's API token. Her REDCap account
    // reached its expiration date on 10 February; REDCap answers 403 to every export call.
    id: 'fiftyfifth-redcap-nightly-export-forbidden',
    family: 'credentials',
    source: 'https://github.com/redcap-tools/PyCap/issues/140',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'redcap-export',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDCAP_API_URL: 'https://redcap.research.internal/api/',
          REDCAP_PROJECTS: '1187,1203,1240',
          EXPORT_BUCKET: 's3://research-landing-eu-west-2/redcap/',
        },
        args: ['python', '-m', 'redcap_export', '--since', '2026-02-10T00:00:00Z'],
        mounts: [{ volume: 'redcap-token', path: '/var/run/secrets/redcap' }],
      },
    ],
    volumes: [{ name: 'redcap-token', secret: 'redcap-export-api-token' }],
    events: [
      { reason: 'Started', message: 'Started container redcap-export', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 02:00:04,211 INFO redcap_export: starting export of 3 projects changed since 2026-02-10T00:00:00Z',
      '2026-02-11 02:00:04,212 INFO redcap_export: projects: 1187 (CARDIO-REHAB), 1203 (STROKE-FU), 1240 (PEDS-ASTHMA)',
      '2026-02-11 02:00:04,213 INFO redcap_export: token file /var/run/secrets/redcap/token (owner: export service account of j.mwangi)',
      '2026-02-11 02:00:04,214 INFO redcap_export: last successful export 2026-02-10T02:01:55Z, 3 projects, 1442 records',
      '2026-02-11 02:00:04,215 INFO redcap_export: project 1187 (CARDIO-REHAB): exporting metadata',
      '2026-02-11 02:00:04,902 WARNING redcap_export: HTTP 403 from https://redcap.research.internal/api/ (content=metadata): {"error":"You do not have permissions to use the API"}',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/runpy.py", line 198, in _run_module_as_main',
      '    return _run_code(code, main_globals, None,',
      '  File "/app/redcap_export/__main__.py", line 41, in <module>',
      '    main()',
      '  File "/app/redcap_export/__main__.py", line 33, in main',
      '    project = Project(API_URL, token)',
      '  File "/usr/local/lib/python3.12/site-packages/redcap/project.py", line 58, in __init__',
      '    self.metadata = self.export_metadata(format_type="json")',
      '  File "/usr/local/lib/python3.12/site-packages/redcap/methods/metadata.py", line 97, in export_metadata',
      '    return self._call_api(payload, return_type)',
      '  File "/usr/local/lib/python3.12/site-packages/redcap/methods/base.py", line 484, in _call_api',
      '    return rcr.execute(verify_ssl=self.verify_ssl, return_headers=return_headers, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/redcap/request.py", line 183, in execute',
      '    raise RedcapError(content)',
      "redcap.request.RedcapError: {'error': 'You do not have permissions to use the API'}",
    ),
    accept: ['escalate'],
  },
  {
    // The FHIR server's nightly logical backup still ships pg_dump 15; the database was upgraded
    // to PostgreSQL 16 in Saturday's maintenance window. Every night since has failed.
    id: 'fiftyfifth-fhir-db-nightly-backup-failed',
    family: 'cronjob-failed',
    source: 'https://github.com/schickling/dockerfiles/issues/163',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'pg-backup',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          PGHOST: 'hapi-fhir.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          PGDATABASE: 'hapi',
          PGUSER: 'backup',
          BACKUP_BUCKET: 's3://clinical-db-backups-eu-west-2/hapi-fhir/',
        },
        args: ['/bin/sh', '/scripts/backup.sh'],
        mounts: [
          { volume: 'backup-scripts', path: '/scripts' },
          { volume: 'scratch', path: '/backup' },
        ],
      },
    ],
    volumes: [
      { name: 'backup-scripts', configMap: 'pg-backup-scripts' },
      { name: 'scratch', emptyDir: { sizeLimit: '200Gi' } },
    ],
    events: [
      { reason: 'Started', message: 'Started container pg-backup', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeJobFailed: job clinical-data/hapi-fhir-backup-29511480 failed to complete (3rd night in a row)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T01:30:02Z backup.sh: starting logical backup of hapi on hapi-fhir.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
      '2026-02-11T01:30:02Z backup.sh: pg_dump (PostgreSQL) 15.10',
      '2026-02-11T01:30:02Z backup.sh: aws-cli/2.22.35 Python/3.12.6 Linux/6.1.119-129.201.amzn2023.x86_64 exe/x86_64.amzn.2023',
      '2026-02-11T01:30:02Z backup.sh: recent backups in s3://clinical-db-backups-eu-west-2/hapi-fhir/:',
      '2026-02-01 02:41:07 47180133376 hapi-20260201T013002Z.dump',
      '2026-02-02 02:40:52 47224602624 hapi-20260202T013002Z.dump',
      '2026-02-03 02:42:19 47291002880 hapi-20260203T013002Z.dump',
      '2026-02-04 02:43:01 47360155648 hapi-20260204T013002Z.dump',
      '2026-02-05 02:42:48 47402278912 hapi-20260205T013002Z.dump',
      '2026-02-06 02:44:10 47477923840 hapi-20260206T013002Z.dump',
      '2026-02-07 02:43:37 47519195136 hapi-20260207T013002Z.dump',
      '2026-02-11T01:30:02Z backup.sh: retention 30 days, 37 objects, newest 2026-02-07',
      '2026-02-11T01:30:02Z backup.sh: dumping to /backup/hapi-20260211T013002Z.dump (format=custom, jobs=1)',
      'pg_dump: error: aborting because of server version mismatch',
      'pg_dump: detail: server version: 16.6; pg_dump version: 15.10',
      '2026-02-11T01:30:03Z backup.sh: pg_dump exited with status 1, nothing uploaded',
      '2026-02-11T01:30:03Z backup.sh: pushing metric hapi_backup_last_success_timestamp unchanged (2026-02-07T02:43:37Z)',
    ),
    accept: ['escalate'],
  },
  {
    // Booking writes to SQL Server on RDS. Since 07:58 every INSERT fails with error 9002: the
    // transaction log cannot grow and cannot be truncated. Reads still work; bookings do not.
    id: 'fiftyfifth-appointments-api-bookings-failing',
    family: 'database-full',
    source: 'https://github.com/ZeroK-RTS/Zero-K-Infrastructure/issues/906',
    signal: 'Alert',
    containers: [
      {
        name: 'appointments-api',
        running: { startedAt: '2026-02-10T16:41:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ASPNETCORE_URLS: 'http://+:8080',
          DOTNET_gcServer: '1',
        },
        mounts: [{ volume: 'db-connection', path: '/run/secrets/booking' }],
      },
    ],
    volumes: [{ name: 'db-connection', secret: 'appointments-sqlserver' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BookingWriteErrors: POST /api/v2/appointments 5xx ratio 0.94 over 10m (vaccination campaign slots)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 POST http://booking.clinical.internal/api/v2/appointments - 201 - application/json;+charset=utf-8 ${(48 + ((i * 13) % 70)).toFixed(4)}ms`,
      ),
      'fail: Microsoft.EntityFrameworkCore.Database.Command[20102]',
      "      Failed executing DbCommand (31ms) [Parameters=[@p0='?' (DbType = Guid), @p1='?' (DbType = DateTime2), @p2='?' (Size = 64), @p3='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
      '      SET IMPLICIT_TRANSACTIONS OFF;',
      '      SET NOCOUNT ON;',
      '      INSERT INTO [Appointments] ([Id], [SlotStart], [ClinicCode], [PatientRef])',
      '      VALUES (@p0, @p1, @p2, @p3);',
      'fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]',
      '      An unhandled exception has occurred while executing the request.',
      '      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.',
      "       ---> Microsoft.Data.SqlClient.SqlException (0x80131904): The transaction log for database 'Booking' is full due to 'LOG_BACKUP'.",
      '         at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
      '         at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)',
      '         at Microsoft.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)',
      '         at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)',
      '      ClientConnectionId:0b5d1f7e-6a42-4c1e-9e3b-2f8d7a61c0d4',
      '      Error Number:9002,State:2,Class:17',
      times(
        36,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 ${i % 3 === 0 ? 'POST' : 'GET'} http://booking.clinical.internal/api/v2/${i % 3 === 0 ? 'appointments' : `clinics/VAX-${dd(10 + (i % 12))}/slots?date=2026-02-1${2 + (i % 5)}`} - ${i % 3 === 0 ? 500 : 200} - application/${i % 3 === 0 ? 'problem+json' : 'json;+charset=utf-8'} ${(22 + ((i * 17) % 60)).toFixed(4)}ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The audit aggregator cannot create today's audit index: the OpenSearch domain is at its
    // open-shard ceiling. Fluentd routes the rejected events to @ERROR; nothing is lost yet.
    id: 'fiftyfifth-audit-aggregator-index-rejected',
    family: 'dependency-limit',
    source: 'https://github.com/fluent/fluent-plugin-opensearch/issues/134',
    signal: 'Alert',
    containers: [
      {
        name: 'fluentd',
        running: { startedAt: '2026-01-29T10:05:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          OPENSEARCH_HOST: 'vpc-audit-logs-7kq2x.eu-west-2.es.amazonaws.com',
          OPENSEARCH_PORT: '443',
          FLUENTD_CONF: 'aggregator.conf',
        },
        mounts: [
          { volume: 'buffer', path: '/fluentd/buffer' },
          { volume: 'config', path: '/fluentd/etc' },
        ],
      },
    ],
    volumes: [
      { name: 'buffer', persistentVolumeClaim: 'fluentd-aggregator-buffer-0' },
      { name: 'config', configMap: 'fluentd-aggregator' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FluentdOutputErrors: out_opensearch (audit) emitted 18432 error events in 15m on fluentd-aggregator',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 06:${dd(40 + i)}:${dd((i * 7) % 60)} +0000 [info]: #0 [out_audit] flushing buffer chunk="${(0x5f2a00 + i * 977).toString(16)}c7e1b0a4d2${dd(i)}" records=${310 + ((i * 37) % 200)}`,
      ),
      '2026-02-11 07:00:04 +0000 [warn]: #0 [out_audit] send an error event to @ERROR: error_class=Fluent::Plugin::OpenSearchErrorHandler::OpenSearchError error="400 - Rejected by OpenSearch [error type]: illegal_argument_exception [reason]: \'Validation Failed: 1: this action would add [2] total shards, but this cluster currently has [2999]/[3000] maximum shards open;\'" location=nil tag="audit.fhir" time=2026-02-11 07:00:03.881214 +0000 record={"event"=>"read", "resourceType"=>"Observation"}',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(20 + i * 131)} +0000 [warn]: #0 [out_audit] send an error event to @ERROR: error_class=Fluent::Plugin::OpenSearchErrorHandler::OpenSearchError error="400 - Rejected by OpenSearch [error type]: illegal_argument_exception [reason]: 'Validation Failed: 1: this action would add [2] total shards, but this cluster currently has [2999]/[3000] maximum shards open;'" location=nil tag="audit.${['fhir', 'portal', 'erx', 'pacs'][i % 4]}"`,
      ),
      times(
        12,
        (i) =>
          `2026-02-11 ${hms(5160 + i * 12)} +0000 [info]: #0 [out_app] flushing buffer chunk="${(0x60aa00 + i * 313).toString(16)}d1f09c3a${dd(i)}" records=${120 + i * 9}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The Nextflow head job submits to AWS Batch; the first FASTQC tasks die because the Batch job
    // role can no longer read or write the work bucket (its bucket policy was tightened yesterday).
    id: 'fiftyfifth-genomics-pipeline-first-tasks-failed',
    family: 'permissions',
    source: 'https://github.com/nextflow-io/nextflow/issues/4776',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'nextflow',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          NXF_VER: '24.10.4',
          NXF_OPTS: '-Xms1g -Xmx3g',
          AWS_REGION: 'eu-west-2',
        },
        args: [
          'nextflow',
          'run',
          'nf-core/sarek',
          '-r',
          '3.5.1',
          '-profile',
          'awsbatch',
          '-work-dir',
          's3://genomics-work-eu-west-2/sarek/',
          '--input',
          's3://genomics-landing-eu-west-2/cohort-17/samplesheet.csv',
          '-ansi-log',
          'false',
        ],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container nextflow', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      'N E X T F L O W  ~  version 24.10.4',
      'Launching `https://github.com/nf-core/sarek` [focused_pasteur] DSL2 - revision: 3.5.1',
      '',
      'executor >  awsbatch (12)',
      times(
        12,
        (i) =>
          `[${(0x1a + i * 7).toString(16).padStart(2, '0')}/${(0x3c41b2 + i * 0x1f3a).toString(16)}] Submitted process > NFCORE_SAREK:SAREK:FASTQC (S0${41 + i}-L00${1 + (i % 2)})`,
      ),
      "ERROR ~ Error executing process > 'NFCORE_SAREK:SAREK:FASTQC (S041-L001)'",
      '',
      'Caused by:',
      '  Essential container in task exited',
      '',
      'Command executed:',
      '',
      '  fastqc --quiet --threads 4 S041-L001_1.fastq.gz S041-L001_2.fastq.gz',
      '',
      'Command exit status:',
      '  1',
      '',
      'Command output:',
      '  (empty)',
      '',
      'Command error:',
      '  download failed: s3://genomics-work-eu-west-2/sarek/1a/3c41b2e07f55d1c2a9b8e4f6d70c13/.command.run to - An error occurred (403) when calling the HeadObject operation: Forbidden',
      '  upload failed: ./.command.log to s3://genomics-work-eu-west-2/sarek/1a/3c41b2e07f55d1c2a9b8e4f6d70c13/.command.log An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      '',
      'Work dir:',
      '  s3://genomics-work-eu-west-2/sarek/1a/3c41b2e07f55d1c2a9b8e4f6d70c13',
      '',
      'Tip: when you have fixed the problem you can continue the execution adding the option `-resume` to the run command line',
      '',
      " -- Check '.nextflow.log' file for details",
      'WARN: Killing running tasks (11)',
    ),
    accept: ['escalate'],
  },
  {
    // Mirth sends ADT to the northern hospital over the VPN. CoreDNS forwards the hospital's zone
    // to its two Active Directory DNS servers; since 07:40 neither answers across the tunnel.
    id: 'fiftyfifth-integration-engine-adt-queue-growing',
    family: 'dns',
    source: 'https://github.com/coredns/coredns/issues/4750',
    signal: 'Alert',
    containers: [
      {
        name: 'mirth-connect',
        running: { startedAt: '2026-02-04T06:30:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          VMOPTIONS: '-Xmx2560m',
          DATABASE: 'postgres',
          DATABASE_URL: 'jdbc:postgresql://mirth-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com:5432/mirthdb',
        },
        mounts: [{ volume: 'appdata', path: '/opt/connect/appdata' }],
      },
    ],
    volumes: [{ name: 'appdata', persistentVolumeClaim: 'mirth-appdata' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MirthQueuedMessagesHigh: channel "ADT to North General" destination 1 has 2231 queued messages (threshold 200)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `[2026-02-11 ${hms(1200 + i * 53)},${String(100 + i * 41).padStart(3, '0')}]  INFO  (transformer:?): ADT^A0${(i % 4) + 1} control id ${88410220 + i} routed to North General`,
      ),
      '[2026-02-11 07:40:17,602]  ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:368): Error connecting to remote host adt-in.northgeneral.hosp.local:6661 for channel "ADT to North General" (dc4b1a7e-2a0c-4f0b-9a8e-1f3e5c7d6b20).',
      'java.net.UnknownHostException: adt-in.northgeneral.hosp.local: Temporary failure in name resolution',
      '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
      '\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:934)',
      '\tat java.base/java.net.InetAddress.getAddressesFromNameService(InetAddress.java:1543)',
      '\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1364)',
      '\tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1298)',
      '\tat java.base/java.net.InetAddress.getByName(InetAddress.java:1248)',
      '\tat com.mirth.connect.connectors.tcp.SocketUtil.createSocket(SocketUtil.java:72)',
      '\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:280)',
      '\tat com.mirth.connect.donkey.server.channel.DestinationConnector.processPendingConnectorMessage(DestinationConnector.java:577)',
      '\tat com.mirth.connect.donkey.server.queue.DestinationQueue.processMessage(DestinationQueue.java:174)',
      times(
        30,
        (i) =>
          `[2026-02-11 ${hms(2500 + i * 89)},${String(200 + i * 23).padStart(3, '0')}]  ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:368): Error connecting to remote host adt-in.northgeneral.hosp.local:6661 for channel "ADT to North General" (dc4b1a7e-2a0c-4f0b-9a8e-1f3e5c7d6b20).\njava.net.UnknownHostException: adt-in.northgeneral.hosp.local: Temporary failure in name resolution`,
      ),
      times(
        12,
        (i) =>
          `[2026-02-11 ${hms(5100 + i * 20)},${String(300 + i * 17).padStart(3, '0')}]  INFO  (transformer:?): ORU^R01 control id ${55019871 + i} routed to Results Inbound (FHIR)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // A researcher's notebook asks for one GPU, 16 cores and 120 GiB. The research NodePool only
    // allows g5.2xlarge and g5.4xlarge; no instance type it may launch is that large.
    id: 'fiftyfifth-research-notebook-gpu-pending',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/4738',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'notebook',
        memoryLimit: '120Gi',
        memoryRequest: '120Gi',
        cpuLimit: '16',
        env: {
          JUPYTERHUB_USER: 'a.okafor',
          JUPYTER_IMAGE_SPEC: 'registry.research.internal/notebooks/pytorch-cuda:2026.01',
          NVIDIA_VISIBLE_DEVICES: 'all',
        },
        mounts: [{ volume: 'home', path: '/home/jovyan' }],
      },
    ],
    volumes: [{ name: 'home', persistentVolumeClaim: 'claim-a-2eokafor' }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/34 nodes are available: 4 Insufficient nvidia.com/gpu, 6 node(s) had untolerated taint {dedicated: imaging}, 24 node(s) didn't match Pod's node affinity/selector. preemption: 0/34 nodes are available: 4 No preemption victims found for incoming pod, 30 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 41,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "research-gpu", daemonset overhead={"cpu":"455m","memory":"622Mi","pods":"6"}, no instance type satisfied resources {"cpu":"16455m","memory":"123502Mi","nvidia.com/gpu":"1","pods":"7"} and requirements karpenter.k8s.aws/instance-family In [g5], karpenter.k8s.aws/instance-size In [2xlarge 4xlarge], karpenter.sh/capacity-type In [on-demand], karpenter.sh/nodepool In [research-gpu], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux] (no instance type has enough resources); incompatible with nodepool "general", daemonset overhead={"cpu":"455m","memory":"622Mi","pods":"6"}, did not tolerate nvidia.com/gpu=true:NoSchedule',
        type: 'Warning',
        count: 38,
      },
    ],
    accept: ['escalate'],
  },
  {
    // OpenEMR's sites directory lives on EFS. Karpenter placed this replica on a node in the new
    // eu-west-2c subnet, where the file system has no mount target yet: the NFS mount times out.
    id: 'fiftyfifth-openemr-replica-stuck-creating',
    family: 'volume-mount',
    source: 'https://github.com/kubernetes-sigs/aws-efs-csi-driver/issues/262',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'openemr',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          MYSQL_HOST: 'openemr-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          OE_USER: 'admin',
          SWARM_MODE: 'yes',
        },
        mounts: [
          { volume: 'sites', path: '/var/www/localhost/htdocs/openemr/sites' },
          { volume: 'logs', path: '/var/log' },
        ],
      },
    ],
    volumes: [
      { name: 'sites', persistentVolumeClaim: 'openemr-sites-efs' },
      { name: 'logs', emptyDir: {} },
    ],
    node: steadyNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned ehr/openemr-7d9c5b8f6-q2wls to ip-10-40-97-18.eu-west-2.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "pvc-5b1c3e2a-8f0d-4c71-a3b6-0e9d24c7f1aa" : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        type: 'Warning',
        count: 14,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[sites], unattached volumes=[sites logs kube-api-access-9x2qd]: timed out waiting for the condition',
        type: 'Warning',
        count: 12,
      },
    ],
    accept: ['escalate'],
  },
  {
    // Campaign day: reminders for 41,000 vaccination slots go out through SES, whose account sends
    // at most 50 messages a second. The dispatcher is being throttled; more workers would only add 429s.
    id: 'fiftyfifth-reminder-dispatcher-backlog',
    family: 'rate-limit',
    source: 'https://github.com/awsdocs/amazon-ses-developer-guide/issues/60',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-02-11T07:21:04Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          CELERY_BROKER_URL: 'redis://reminders-broker.cache.internal:6379/0',
          SES_CONFIGURATION_SET: 'patient-reminders',
          AWS_REGION: 'eu-west-2',
        },
        args: ['celery', '-A', 'reminders', 'worker', '-Q', 'email', '--concurrency', '16'],
      },
    ],
    rollout: {
      minutesAgo: 69,
      previousTag: '1.12.0',
      addedEnv: { REMINDER_TEMPLATE: 'vax-campaign-2026-02', REMINDER_SEND_WINDOW: '07:30-20:00' },
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ReminderQueueBacklog: queue email has 28914 pending tasks, oldest 54m (campaign VAX-2026-02)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `[2026-02-11 ${hms(2700 + i * 29)},${String(110 + i * 31).padStart(3, '0')}: INFO/ForkPoolWorker-${(i % 16) + 1}] Task reminders.tasks.send_slot_reminder[${(0x2f1a0c + i * 0x3d1).toString(16)}-7c2e-4b1d-9a0f-${(0x5e21c4a0b1d2 + i).toString(16)}] succeeded in 0.${dd(18 + (i % 40))}s: {'MessageId': '0102019c${(0x4a1b2c + i * 131).toString(16)}-ses'}`,
      ),
      times(
        44,
        (i) =>
          `[2026-02-11 ${hms(3400 + i * 41)},${String(120 + i * 19).padStart(3, '0')}: WARNING/ForkPoolWorker-${(i % 16) + 1}] Task reminders.tasks.send_slot_reminder[${(0x31aa0c + i * 0x2b7).toString(16)}-1d3e-4f20-8b11-${(0x7a01bb23c4d5 + i).toString(16)}] retry: Retry in ${30 + (i % 4) * 30}s: ClientError('An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded.')`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollback'],
  },
  {
    // The DICOM de-identification worker redacts burnt-in text study by study and leaves each
    // study's temporary copies in /tmp. A 2,400-image cardiac CT filled its 4Gi; the kubelet evicted it.
    id: 'fiftyfifth-dicom-deid-worker-evicted',
    family: 'disk-full',
    source: 'https://github.com/dust-tt/dust/pull/5415',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'image-redactor',
        terminated: { reason: 'ContainerStatusUnknown', exitCode: 137 },
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          REDACTOR_USE_METADATA: 'true',
          REDACTOR_FILL: 'contrast',
          SOURCE_DICOMWEB: 'http://orthanc-research.imaging.svc:8042/dicom-web',
        },
        args: ['python', '-m', 'deid_worker', '--queue', 'dicom-deid', '--batch', 'study'],
      },
    ],
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 4Gi.',
        type: 'Warning',
      },
      {
        reason: 'Killing',
        message: 'Stopping container image-redactor',
        type: 'Normal',
      },
    ],
    previousLog: log(
      times(
        26,
        (i) =>
          `2026-02-11 ${hms(2500 + i * 65)},${String(100 + i * 29).padStart(3, '0')} INFO deid_worker: study 1.2.826.0.1.3680043.10.511.${(771204 + i * 13).toString()} redacted: ${20 + ((i * 17) % 180)} instances, ${i % 5 === 0 ? 2 : 0} with burnt-in text`,
      ),
      '2026-02-11 08:12:40,311 INFO deid_worker: study 1.2.826.0.1.3680043.10.511.771542 (CT CARDIAC CTA, 2412 instances) downloading to /tmp/deid-7f1c2a',
      '2026-02-11 08:14:58,902 INFO deid_worker: redact_from_directory(/tmp/deid-7f1c2a, output_dir=/tmp/deid-7f1c2a-out, use_metadata=True) started',
      times(
        18,
        (i) =>
          `2026-02-11 ${hms(4510 + i * 20)},${String(400 + i * 11).padStart(3, '0')} INFO deid_worker: study 1.2.826.0.1.3680043.10.511.771542 progress ${(i + 1) * 120}/2412`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The FHIR server's init container waits for Keycloak's realm endpoint before starting. The
    // Keycloak pods are down (their database credentials were rotated); the FHIR pod never starts.
    id: 'fiftyfifth-fhir-server-not-starting',
    family: 'dependency-down',
    source: 'https://curl.se/libcurl/c/libcurl-errors.html',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'wait-for-keycloak',
        running: { startedAt: '2026-02-11T07:38:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '32Mi',
        args: [
          'sh',
          '-c',
          'until curl -fsS http://keycloak.identity.svc:8080/realms/clinical/.well-known/openid-configuration -o /dev/null; do echo "waiting for keycloak"; sleep 10; done',
        ],
      },
    ],
    containers: [
      {
        name: 'hapi-fhir',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://hapi-fhir.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com:5432/hapi',
          HAPI_FHIR_SMART_ISSUER: 'https://auth.clinical.internal/realms/clinical',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    currentLog: log(
      times(
        70,
        (i) =>
          `curl: (7) Failed to connect to keycloak.identity.svc port 8080 after ${1 + (i % 4)} ms: Couldn't connect to server\nwaiting for keycloak`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The nightly data-quality checkpoint on the lab results mart failed: 16% of yesterday's rows
    // arrived without a patient identifier after a hospital's LIS upgrade. The job is doing its job.
    id: 'fiftyfifth-lab-mart-quality-check-failed',
    family: 'data-quality',
    source: 'https://github.com/fivetran/great_expectations/issues/7652',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'gx-checkpoint',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          GX_CHECKPOINT: 'lab_results_daily',
          WAREHOUSE_DSN_FILE: '/var/run/secrets/warehouse/dsn',
        },
        args: [
          'python',
          '/app/run_checkpoint.py',
          '--checkpoint',
          'lab_results_daily',
          '--date',
          '2026-02-10',
        ],
        mounts: [{ volume: 'warehouse', path: '/var/run/secrets/warehouse' }],
      },
    ],
    volumes: [{ name: 'warehouse', secret: 'warehouse-readonly' }],
    events: [
      { reason: 'Started', message: 'Started container gx-checkpoint', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 04:00:05,012 INFO run_checkpoint: running checkpoint lab_results_daily for batch 2026-02-10',
      '2026-02-11 04:01:47,330 INFO run_checkpoint: 14 expectations evaluated, 2 failed',
      '{',
      '  "meta": {},',
      '  "result": {',
      '    "element_count": 19955,',
      '    "unexpected_count": 3214,',
      '    "unexpected_percent": 16.106239,',
      '    "partial_unexpected_list": []',
      '  },',
      '  "success": false,',
      '  "expectation_config": {',
      '    "kwargs": {"column": "patient_id", "mostly": 0.999, "result_format": "BASIC"},',
      '    "expectation_type": "expect_column_values_to_not_be_null"',
      '  }',
      '}',
      '{',
      '  "meta": {},',
      '  "result": {"observed_value": 0.838, "element_count": 19955},',
      '  "success": false,',
      '  "expectation_config": {',
      '    "kwargs": {"column": "sending_facility", "value_set": ["NGH", "SMH", "RVH", "CCH"], "mostly": 0.99},',
      '    "expectation_type": "expect_column_values_to_be_in_set"',
      '  }',
      '}',
      '2026-02-11 04:01:47,402 ERROR run_checkpoint: checkpoint lab_results_daily failed (success=false); marts not published for 2026-02-10',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts, right (7)
  {
    // The lab results listener has run 26 days. Connections Mirth abandons on ACK timeouts are
    // never closed on this side; the process is at its descriptor limit and accepts nothing more.
    id: 'fiftyfifth-lab-results-listener-not-acking',
    family: 'fd-leak',
    source: 'https://github.com/NebulousLabs/Sia/issues/2935',
    signal: 'Alert',
    containers: [
      {
        name: 'lab-results',
        running: { startedAt: '2026-01-16T03:12:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          MLLP_LISTEN: ':2575',
          HTTP_LISTEN: ':8081',
          FHIR_BASE_URL: 'http://hapi-fhir.clinical-data.svc:8080/fhir',
          ACK_MODE: 'original',
        },
      },
    ],
    node: steadyNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MirthQueuedMessagesHigh: channel "Results to Lab Service" destination 1 has 1840 queued messages; ACK timeouts from lab-results:2575',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.5.23:8081/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 88,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"time":"${iso(1200 + i * 47, 100 + i * 7)}","level":"INFO","msg":"ORU^R01 accepted","control_id":"NGH${71220410 + i}","ack":"AA","observations":${3 + (i % 9)},"fhir_status":201}`,
      ),
      times(
        10,
        (i) =>
          `{"time":"${iso(2650 + i * 31, 300 + i * 3)}","level":"WARN","msg":"ack write failed","remote":"10.42.1.19:${50122 + i * 7}","err":"write tcp 10.42.5.23:2575->10.42.1.19:${50122 + i * 7}: write: broken pipe"}`,
      ),
      '{"time":"2026-02-11T07:51:09.004Z","level":"ERROR","msg":"mllp accept failed","err":"accept tcp [::]:2575: accept4: too many open files"}',
      times(
        50,
        (i) =>
          `2026/02/11 ${hms(3070 + i * 41)} http: Accept error: accept tcp [::]:8081: accept4: too many open files; retrying in 1s\n{"time":"${iso(3071 + i * 41, 9 + i)}","level":"ERROR","msg":"mllp accept failed","err":"accept tcp [::]:2575: accept4: too many open files"}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // The broker failed over to its backup at 06:41 and the backup has served the other clients
    // since. This consumer's session died with the old live and the listener thread never came back.
    id: 'fiftyfifth-results-notifier-queue-backlog',
    family: 'consumer-stalled',
    source: 'https://github.com/apache/james-project/pull/516',
    signal: 'Alert',
    containers: [
      {
        name: 'results-notifier',
        running: { startedAt: '2026-02-06T13:20:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          SPRING_ARTEMIS_BROKER_URL:
            '(tcp://artemis-0.artemis-hdls.messaging.svc:61616,tcp://artemis-1.artemis-hdls.messaging.svc:61616)?ha=true&reconnectAttempts=5',
          NOTIFY_QUEUE: 'lab.results.notify',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ArtemisQueueNoConsumers: queue lab.results.notify has 0 consumers and 4187 messages (oldest 1h47m) on broker artemis-1 (live)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11T06:${dd(10 + i)}:${dd((i * 17) % 60)}.${String(100 + i * 9).padStart(3, '0')}Z  INFO 1 --- [results-notifier] [ntContainer#0-1] c.h.results.notify.ResultListener        : notified ward ${['W12', 'W7', 'ICU2', 'ED'][i % 4]} for ORU NGH${71100320 + i} (abnormal=${i % 3 === 0})`,
      ),
      '2026-02-11T06:41:12.331Z  WARN 1 --- [results-notifier] [ent-global-threads] org.apache.activemq.artemis.core.client  : AMQ212037: Connection failure to artemis-0.artemis-hdls.messaging.svc/10.42.7.12:61616 has been detected: AMQ219015: The connection was disconnected because of server shutdown [code=DISCONNECTED]',
      '2026-02-11T06:41:17.540Z  WARN 1 --- [results-notifier] [ent-global-threads] org.apache.activemq.artemis.core.client  : AMQ212037: Connection failure to artemis-0.artemis-hdls.messaging.svc/10.42.7.12:61616 has been detected: AMQ219015: The connection was disconnected because of server shutdown [code=DISCONNECTED]',
      '2026-02-11T06:41:39.006Z ERROR 1 --- [results-notifier] [  result-poller] c.h.results.notify.ResultListener        : receive loop ended',
      '',
      'jakarta.jms.IllegalStateException: AMQ219019: Session is closed',
      '\tat org.apache.activemq.artemis.core.client.impl.ClientSessionImpl.checkClosed(ClientSessionImpl.java:1517)',
      '\tat org.apache.activemq.artemis.core.client.impl.ClientConsumerImpl.receive(ClientConsumerImpl.java:210)',
      '\tat org.apache.activemq.artemis.jms.client.ActiveMQMessageConsumer.getMessage(ActiveMQMessageConsumer.java:212)',
      '\tat org.apache.activemq.artemis.jms.client.ActiveMQMessageConsumer.receive(ActiveMQMessageConsumer.java:136)',
      '\tat com.hospital.results.notify.ResultListener.poll(ResultListener.java:88)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      '',
      times(
        60,
        (i) =>
          `2026-02-11T${hms(600 + i * 79)}.${String(200 + i * 7).padStart(3, '0')}Z  INFO 1 --- [results-notifier] [nio-8080-exec-${(i % 10) + 1}] c.h.results.web.StatusController         : GET /actuator/health/liveness -> UP`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // The session Redis (ElastiCache) failed over at 07:52. This BFF replica's client gave up
    // reconnecting and closed itself; the other two replicas reconnected and serve normally.
    id: 'fiftyfifth-patient-portal-bff-errors-one-replica',
    family: 'client-stuck',
    source: 'https://github.com/redis/node-redis/issues/2607',
    signal: 'Alert',
    containers: [
      {
        name: 'portal-bff',
        running: { startedAt: '2026-02-09T11:03:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          SESSION_REDIS_URL: 'rediss://portal-sessions.x7kq2c.ng.0001.euw2.cache.amazonaws.com:6379',
          FHIR_BASE_URL: 'http://hapi-fhir.clinical-data.svc:8080/fhir',
          OIDC_ISSUER: 'https://auth.clinical.internal/realms/patients',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PortalErrorRate: portal-bff-6f8d9c7b54-t2xkq 5xx ratio 0.97 over 10m (other replicas 0.00)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `{"level":30,"time":${1770793200000 + (1800 + i * 53) * 1000 + i * 17},"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","req":{"method":"GET","url":"/api/me/${['appointments', 'results', 'medications', 'messages'][i % 4]}"},"res":{"statusCode":200},"responseTime":${18 + ((i * 13) % 90)},"msg":"request completed"}`,
      ),
      '{"level":50,"time":1770796325114,"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","err":{"type":"SocketClosedUnexpectedlyError","message":"Socket closed unexpectedly","stack":"SocketClosedUnexpectedlyError: Socket closed unexpectedly\\n    at TLSSocket.<anonymous> (/app/node_modules/@redis/client/dist/lib/client/socket.js:194:118)\\n    at Object.onceWrapper (node:events:633:26)\\n    at TLSSocket.emit (node:events:518:28)"},"msg":"Redis Client Error"}',
      times(
        10,
        (i) =>
          `{"level":50,"time":${1770796326000 + i * 2400},"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","err":{"type":"Error","message":"connect ECONNREFUSED 10.50.3.21:6379","code":"ECONNREFUSED"},"msg":"Redis Client Error"}`,
      ),
      '{"level":40,"time":1770796350217,"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","msg":"session store: reconnect attempts exhausted (10), giving up"}',
      times(
        40,
        (i) =>
          `{"level":50,"time":${1770796400000 + i * 31000},"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","req":{"method":"GET","url":"/api/me/${['appointments', 'results', 'medications'][i % 3]}"},"err":{"type":"ClientClosedError","message":"The client is closed","stack":"ClientClosedError: The client is closed\\n    at Commander._RedisClient_sendCommand (/app/node_modules/@redis/client/dist/lib/client/index.js:520:31)\\n    at Commander.commandsExecutor (/app/node_modules/@redis/client/dist/lib/client/index.js:190:154)\\n    at RedisStore.get (/app/node_modules/connect-redis/dist/esm/index.js:48:32)"},"msg":"session lookup failed"}\n{"level":30,"time":${1770796400004 + i * 31000},"pid":1,"hostname":"portal-bff-6f8d9c7b54-t2xkq","req":{"method":"GET","url":"/api/me/${['appointments', 'results', 'medications'][i % 3]}"},"res":{"statusCode":500},"responseTime":${2 + (i % 4)},"msg":"request errored"}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // One e-prescribing replica, up 19 days, leaks a pooled connection on every gateway timeout
    // (the response is never consumed). Its pool of 50 is all leased; the other replicas are fine.
    id: 'fiftyfifth-eprescribing-submissions-failing-one-replica',
    family: 'pool-leak',
    source: 'https://github.com/aws/aws-sdk-java/issues/269',
    signal: 'Alert',
    containers: [
      {
        name: 'erx-service',
        running: { startedAt: '2026-01-23T09:44:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          ERX_GATEWAY_URL: 'https://spine-erx.gateway.example.nhs.uk:443/prescriptions',
          ERX_HTTP_MAX_TOTAL: '50',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
        mounts: [{ volume: 'client-cert', path: '/etc/erx/tls' }],
      },
    ],
    volumes: [{ name: 'client-cert', secret: 'erx-gateway-client-tls' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ErxSubmissionFailures: erx-service-5d7f8b6c9-kq4mz failed 61% of prescription submissions over 15m (other replicas 0.4%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11T${hms(1900 + i * 67)}.${String(110 + i * 13).padStart(3, '0')}Z  INFO 1 --- [erx-service] [nio-8080-exec-${(i % 20) + 1}] c.h.erx.submit.SubmissionService         : prescription RX-2026-${String(448120 + i).padStart(7, '0')} accepted by gateway (status=201, ${180 + ((i * 41) % 400)}ms)`,
      ),
      '2026-02-11T07:58:40.118Z ERROR 1 --- [erx-service] [nio-8080-exec-14] c.h.erx.submit.SubmissionService         : prescription RX-2026-0448151 not submitted, will retry',
      '',
      'org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool',
      '\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.leaseConnection(PoolingHttpClientConnectionManager.java:316)',
      '\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager$1.get(PoolingHttpClientConnectionManager.java:282)',
      '\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:190)',
      '\tat org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)',
      '\tat org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)',
      '\tat org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)',
      '\tat org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)',
      '\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)',
      '\tat com.hospital.erx.gateway.GatewayClient.post(GatewayClient.java:142)',
      '\tat com.hospital.erx.submit.SubmissionService.submit(SubmissionService.java:77)',
      '',
      times(
        36,
        (i) =>
          `2026-02-11T${hms(3540 + i * 47)}.${String(300 + i * 7).padStart(3, '0')}Z ${i % 3 === 2 ? ' INFO' : 'ERROR'} 1 --- [erx-service] [nio-8080-exec-${(i % 20) + 1}] ${i % 3 === 2 ? 'c.h.erx.web.HealthController             : GET /actuator/health -> UP' : `c.h.erx.submit.SubmissionService         : prescription RX-2026-${String(448152 + i).padStart(7, '0')} not submitted, will retry: org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool`}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // One audit aggregator has been failing connect_write against OpenSearch for two hours, retry
    // after retry, while its two siblings on the same config flush to the same domain without error.
    id: 'fiftyfifth-audit-aggregator-buffer-growing',
    family: 'client-stuck',
    source: 'https://github.com/fluent/fluentd/issues/4963',
    signal: 'Alert',
    containers: [
      {
        name: 'fluentd',
        running: { startedAt: '2026-01-29T10:06:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          OPENSEARCH_HOST: 'vpc-audit-logs-7kq2x.eu-west-2.es.amazonaws.com',
          OPENSEARCH_PORT: '443',
          FLUENTD_CONF: 'aggregator.conf',
        },
        mounts: [
          { volume: 'buffer', path: '/fluentd/buffer' },
          { volume: 'config', path: '/fluentd/etc' },
        ],
      },
    ],
    volumes: [
      { name: 'buffer', persistentVolumeClaim: 'fluentd-aggregator-buffer-1' },
      { name: 'config', configMap: 'fluentd-aggregator' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FluentdBufferGrowing: fluentd-aggregator-1 buffer 9.8GiB, failing every flush for 2h; fluentd-aggregator-0 and -2 flushing normally to the same output',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        17,
        (i) =>
          `2026-02-11 ${hms(i * 300 + 120)} +0000 [warn]: #0 [out_audit] failed to flush the buffer. retry_times=${i + 8} next_retry_time=2026-02-11 ${hms(i * 300 + 420)} +0000 chunk="${(0x614c0a + i * 0x1d3).toString(16)}e3b9f1c2a07d${dd(i)}" error_class=Fluent::Plugin::OpenSearchOutput::RecoverableRequestFailure error="could not push logs to OpenSearch cluster ({:host=>\\"vpc-audit-logs-7kq2x.eu-west-2.es.amazonaws.com\\", :port=>443, :scheme=>\\"https\\", :user=>\\"fluentd\\", :password=>\\"obfuscated\\"}): connect_write timeout reached"\n  2026-02-11 ${hms(i * 300 + 120)} +0000 [warn]: #0 suppressed same stacktrace\n2026-02-11 ${hms(i * 300 + 181)} +0000 [info]: #0 [in_forward] accepted fluent socket from "10.42.${i % 8}.${20 + (i % 30)}:${40000 + i * 13}"\n2026-02-11 ${hms(i * 300 + 247)} +0000 [info]: #0 [in_forward] accepted fluent socket from "10.42.${(i + 3) % 8}.${21 + (i % 29)}:${41000 + i * 17}"`,
      ),
      '2026-02-11 08:24:44 +0000 [warn]: #0 [out_audit] buffer space has too many data buffer_total_queued_size=10522046464',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // RDS rebooted the OpenMRS MySQL instance for maintenance at 06:02 and it has been up since
    // 06:05. This replica's pooled connections were never re-validated: every query fails on them.
    id: 'fiftyfifth-openmrs-api-errors',
    family: 'client-stuck',
    source: 'https://github.com/apiman/apiman/issues/898',
    signal: 'Alert',
    containers: [
      {
        name: 'openmrs',
        running: { startedAt: '2026-02-03T12:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          OMRS_DB_HOSTNAME: 'openmrs-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          OMRS_DB_NAME: 'openmrs',
          OMRS_CONFIG_CONNECTION_URL:
            'jdbc:mysql://openmrs-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com:3306/openmrs?autoReconnect=true&sessionVariables=default_storage_engine=InnoDB&useUnicode=true&characterEncoding=UTF-8',
          CATALINA_OPTS: '-Xmx2g',
        },
        mounts: [{ volume: 'appdata', path: '/openmrs/data' }],
      },
    ],
    volumes: [{ name: 'appdata', persistentVolumeClaim: 'openmrs-appdata' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'OpenMRSErrorRate: openmrs-0 5xx ratio 0.74 over 15m on /openmrs/ws/rest/v1/*',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `DEBUG - LoggingAdvice.invoke(120) |2026-02-11 05:${dd(20 + i * 2)}:${dd((i * 23) % 60)},${String(100 + i * 31).padStart(3, '0')}| In method ${['EncounterService.saveEncounter', 'ObsService.saveObs', 'PatientService.getPatientByUuid', 'VisitService.saveVisit'][i % 4]}. Arguments: ...`,
      ),
      times(
        30,
        (i) =>
          `WARN - SqlExceptionHelper.logExceptions(137) |2026-02-11 ${hms(300 + i * 163)},${String(200 + i * 11).padStart(3, '0')}| SQL Error: 0, SQLState: 08S01\nERROR - SqlExceptionHelper.logExceptions(142) |2026-02-11 ${hms(300 + i * 163)},${String(201 + i * 11).padStart(3, '0')}| Communications link failure\n\nThe last packet successfully received from the server was ${(3890412 + i * 163000).toLocaleString('en-US')} milliseconds ago. The last packet sent successfully to the server was ${(3890419 + i * 163000).toLocaleString('en-US')} milliseconds ago.`,
      ),
      'org.hibernate.exception.JDBCConnectionException: could not prepare statement',
      '\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)',
      '\tat org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:42)',
      '\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)',
      '\tat org.hibernate.engine.jdbc.internal.StatementPreparerImpl$StatementPreparationTemplate.prepareStatement(StatementPreparerImpl.java:186)',
      'Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
      '',
      'The last packet successfully received from the server was 8,611,004 milliseconds ago. The last packet sent successfully to the server was 8,611,009 milliseconds ago.',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // The archive's Postgres on RDS rebooted at 05:30 for a minor-version patch. WildFly's pool kept
    // the dead connections (no validation configured); QIDO and WADO requests fail on them since.
    id: 'fiftyfifth-pacs-archive-query-errors',
    family: 'client-stuck',
    source: 'https://github.com/intermine/intermine/issues/1180',
    signal: 'Alert',
    containers: [
      {
        name: 'arc',
        running: { startedAt: '2026-01-30T17:22:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          POSTGRES_HOST: 'pacs-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          POSTGRES_DB: 'pacsdb',
          LDAP_URL: 'ldap://slapd.imaging.svc:389',
          JAVA_OPTS: '-Xms1g -Xmx3g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m',
          WILDFLY_CHOWN: '/opt/wildfly/standalone /storage',
        },
        mounts: [{ volume: 'storage', path: '/storage' }],
      },
    ],
    volumes: [{ name: 'storage', persistentVolumeClaim: 'dcm4chee-storage' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PacsQueryErrors: dcm4chee-arc QIDO-RS 5xx ratio 0.88 over 15m (OHIF viewer searches failing)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `05:${dd(4 + i * 2)}:${dd((i * 13) % 60)},${String(100 + i * 7).padStart(3, '0')} INFO  [org.dcm4chee.arc.qido.QidoRS] (default task-${i + 3}) Process GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies?PatientID=MRN${4410230 + i * 7}&includefield=all from ohif@10.42.3.${40 + i}`,
      ),
      times(
        40,
        (i) =>
          `${hms(i * 130 + 60)},${String(300 + i * 11).padStart(3, '0')} INFO  [org.dcm4chee.arc.qido.QidoRS] (default task-${(i % 30) + 10}) Process GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies?PatientID=MRN${4410400 + i * 11}&includefield=all from ohif@10.42.3.${50 + (i % 40)}\n${hms(i * 130 + 60)},${String(301 + i * 11).padStart(3, '0')} WARN  [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (default task-${(i % 30) + 10}) SQL Error: 0, SQLState: 08003\n${hms(i * 130 + 60)},${String(302 + i * 11).padStart(3, '0')} ERROR [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (default task-${(i % 30) + 10}) This connection has been closed.`,
      ),
      '08:27:41,904 ERROR [org.jboss.as.ejb3.invocation] (default task-44) WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component QueryServiceEJB for method public org.dcm4chee.arc.query.Query org.dcm4chee.arc.query.impl.QueryServiceEJB.createStudyQuery(org.dcm4chee.arc.query.util.QueryParam): jakarta.ejb.EJBException: org.hibernate.exception.JDBCConnectionException: could not prepare statement',
      'Caused by: org.postgresql.util.PSQLException: This connection has been closed.',
      '\tat org.postgresql@42.7.4//org.postgresql.jdbc.PgConnection.checkClosed(PgConnection.java:917)',
      '\tat org.postgresql@42.7.4//org.postgresql.jdbc.PgConnection.prepareStatement(PgConnection.java:1779)',
      '\tat org.jboss.ironjacamar.jdbcadapters@3.0.10.Final//org.jboss.jca.adapters.jdbc.BaseWrapperManagedConnection.doPrepareStatement(BaseWrapperManagedConnection.java:768)',
      '\tat org.jboss.ironjacamar.jdbcadapters@3.0.10.Final//org.jboss.jca.adapters.jdbc.WrappedConnection.prepareStatement(WrappedConnection.java:459)',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- restarts, wrong (3)
  {
    // The 2.7 upgrade ran its Liquibase changes, then OpenMRS rebuilds the whole search index at
    // start-up (the index version changed). That takes far longer than the liveness probe allows;
    // every restart is killed mid-index and starts the index again. The schema is already 2.7.
    id: 'fiftyfifth-openmrs-restarting-after-upgrade',
    family: 'slow-start',
    source:
      'https://github.com/openmrs/openmrs-core/blob/master/api/src/main/java/org/openmrs/api/db/hibernate/HibernateContextDAO.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('openmrs', 137, 4),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          OMRS_DB_HOSTNAME: 'openmrs-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          OMRS_DB_NAME: 'openmrs',
          OMRS_DB_AUTO_UPDATE: 'true',
          CATALINA_OPTS: '-Xmx2g',
        },
        mounts: [{ volume: 'appdata', path: '/openmrs/data' }],
      },
    ],
    volumes: [{ name: 'appdata', persistentVolumeClaim: 'openmrs-appdata' }],
    rollout: { minutesAgo: 48, previousTag: '2.6.9' },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.6.31:8080/openmrs/health/alive": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 27,
      },
      {
        reason: 'Killing',
        message: 'Container openmrs failed liveness probe, will be restarted',
        type: 'Normal',
        count: 4,
      },
    ],
    previousLog: log(
      '11-Feb-2026 08:16:02.118 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.98',
      '11-Feb-2026 08:16:02.121 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           21.0.5+11-LTS',
      '11-Feb-2026 08:16:03.440 INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/openmrs.war]',
      'INFO - DatabaseUpdater.updatesRequired(298) |2026-02-11 08:16:24,180| No core version changed. Skipping database updates.',
      'INFO - ServiceContext.startRefreshingContext(845) |2026-02-11 08:16:31,550| Refreshing Context',
      times(
        14,
        (i) =>
          `INFO - ModuleFactory.startModuleInternal(694) |2026-02-11 08:16:${dd(40 + i)},${String(100 + i * 37).padStart(3, '0')}| Module ${['webservices.rest', 'fhir2', 'idgen', 'emrapi', 'appointments', 'reporting', 'calculation', 'serialization.xstream', 'htmlformentry', 'providermanagement', 'metadatamapping', 'legacyui', 'uiframework', 'owa'][i]} changed, running setup.`,
      ),
      'WARN - HibernateContextDAO.updateSearchIndex(606) |2026-02-11 08:17:05,331| Updating the search index... It may take a few minutes.',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    // A whole-genome cohort run on AWS Batch, five hours in: variant calling is three quarters done
    // and still moving. Its runtime alert is a guess; killing the head job would abandon the run.
    id: 'fiftyfifth-genomics-cohort-run-long',
    family: 'long-running-job',
    source: 'https://github.com/nextflow-io/nextflow/issues/699',
    signal: 'Alert',
    containers: [
      {
        name: 'nextflow',
        running: { startedAt: '2026-02-11T03:05:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: {
          NXF_VER: '24.10.4',
          NXF_OPTS: '-Xms1g -Xmx4g',
          AWS_REGION: 'eu-west-2',
        },
        args: [
          'nextflow',
          'run',
          'nf-core/sarek',
          '-r',
          '3.5.1',
          '-profile',
          'awsbatch',
          '-work-dir',
          's3://genomics-work-eu-west-2/sarek/',
          '--input',
          's3://genomics-landing-eu-west-2/cohort-16/samplesheet.csv',
          '-ansi-log',
          'false',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BatchJobRunningLong: research/nf-sarek-cohort-16 running 5h25m (threshold 4h); 96 AWS Batch jobs RUNNING',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'N E X T F L O W  ~  version 24.10.4',
      'Launching `https://github.com/nf-core/sarek` [hopeful_lovelace] DSL2 - revision: 3.5.1',
      '',
      times(
        30,
        (i) =>
          `[${(0x20 + i * 5).toString(16).padStart(2, '0')}/${(0x51a3c0 + i * 0x2e1).toString(16)}] Submitted process > NFCORE_SAREK:SAREK:FASTQ_ALIGN_BWAMEM_MEM2_DRAGMAP_SENTIEON:BWAMEM2_MEM (S1${dd(i % 96)}-L00${1 + (i % 2)})`,
      ),
      times(
        40,
        (i) =>
          `[${(0x40 + i * 3).toString(16).padStart(2, '0')}/${(0x7c01a2 + i * 0x1b5).toString(16)}] Submitted process > NFCORE_SAREK:SAREK:BAM_VARIANT_CALLING_GERMLINE_ALL:BAM_VARIANT_CALLING_HAPLOTYPECALLER:GATK4_HAPLOTYPECALLER (S1${dd(i % 96)}-chr${(i % 22) + 1})`,
      ),
      times(
        12,
        (i) =>
          `[${(0x90 + i * 7).toString(16).padStart(2, '0')}/${(0x9a2b10 + i * 0x3c7).toString(16)}] Submitted process > NFCORE_SAREK:SAREK:BAM_VARIANT_CALLING_GERMLINE_ALL:BAM_JOINT_CALLING_GERMLINE_GATK:GATK4_GENOMICSDBIMPORT (joint_variant_calling-chr${i + 1})`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The ADT router's JMS listener has retried for 25 minutes: both Artemis brokers are down (the
    // live's journal volume would not attach after its node was replaced; the backup is crash-looping).
    id: 'fiftyfifth-adt-router-nothing-routed',
    family: 'dependency-down',
    source:
      'https://github.com/spring-projects/spring-framework/blob/main/spring-jms/src/main/java/org/springframework/jms/listener/DefaultMessageListenerContainer.java',
    signal: 'Alert',
    containers: [
      {
        name: 'adt-router',
        running: { startedAt: '2026-02-07T08:15:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_ARTEMIS_BROKER_URL:
            '(tcp://artemis-0.artemis-hdls.messaging.svc:61616,tcp://artemis-1.artemis-hdls.messaging.svc:61616)?ha=true',
          CAMEL_SPRINGBOOT_NAME: 'adt-router',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'Hl7AdtBacklog: no ADT messages routed by adt-router for 25m (Mirth channel "ADT fan-out" queuing 3120)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `2026-02-11T07:${dd(40 + i)}:${dd((i * 19) % 60)}.${String(120 + i * 11).padStart(3, '0')}Z  INFO 1 --- [adt-router] [sumer[hl7.adt.inbound]] route-adt-fanout                         : ADT^A0${(i % 8) + 1} MSG${20260211000 + i} -> ${['bed-board', 'pharmacy', 'dietary', 'research-consent'][i % 4]}`,
      ),
      '2026-02-11T08:03:58.902Z  WARN 1 --- [adt-router] [ent-global-threads] org.apache.activemq.artemis.core.client  : AMQ212037: Connection failure to artemis-1.artemis-hdls.messaging.svc/10.42.9.30:61616 has been detected: AMQ219015: The connection was disconnected because of server shutdown [code=DISCONNECTED]',
      times(
        50,
        (i) =>
          `2026-02-11T${hms(3845 + i * 29)}.${String(100 + i * 13).padStart(3, '0')}Z ERROR 1 --- [adt-router] [sumer[hl7.adt.inbound]] o.a.c.c.j.DefaultJmsMessageListenerContainer : Could not refresh JMS Connection for destination 'hl7.adt.inbound' - retrying using FixedBackOff{interval=5000, currentAttempts=${i * 6}, maxAttempts=unlimited}. Cause: AMQ219007: Cannot connect to server(s). Tried with all available servers.`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- memory, raise right (3)
  {
    // The research archive runs WildFly with a fixed 2 GiB heap in a container of 2304Mi: heap,
    // metaspace and thread stacks together no longer fit once the morning retrievals start. The JVM
    // never reports a heap error; the kernel kills it at the limit.
    id: 'fiftyfifth-research-archive-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/dcm4che-dockerfiles/dcm4chee-arc-psql',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'arc',
        running: { startedAt: '2026-02-11T08:18:51Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2304Mi',
        memoryRequest: '2304Mi',
        cpuLimit: '4',
        env: {
          POSTGRES_HOST: 'research-pacs-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          POSTGRES_DB: 'pacsdb',
          LDAP_URL: 'ldap://slapd.imaging-research.svc:389',
          JAVA_OPTS:
            '-Xms64m -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true',
          ARCHIVE_DEVICE_NAME: 'dcm4chee-arc-research',
        },
        mounts: [{ volume: 'storage', path: '/storage' }],
      },
    ],
    volumes: [{ name: 'storage', persistentVolumeClaim: 'research-archive-storage' }],
    node: steadyNode,
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "dcm4che/dcm4chee-arc-psql:5.33.1" already present on machine',
        type: 'Normal',
        count: 4,
      },
    ],
    previousLog: log(
      times(
        40,
        (i) =>
          `${hms(3800 + i * 20)},${String(100 + i * 19).padStart(3, '0')} INFO  [org.dcm4chee.arc.wado.WadoRS] (default task-${(i % 40) + 1}) Process GET /dcm4chee-arc/aets/RESEARCH/rs/studies/1.2.826.0.1.3680043.10.511.${770100 + i * 3}/series/1.2.826.0.1.3680043.10.511.${880400 + i * 5} from research-deid@10.42.${i % 6}.${30 + (i % 40)}`,
      ),
      times(
        14,
        (i) =>
          `${hms(4600 + i * 8)},${String(300 + i * 23).padStart(3, '0')} INFO  [org.dcm4che3.net.Association] (EE-ManagedExecutorService-default-Thread-${100 + i}) RESEARCH->DEID_SCU(${3120 + i}) << 1:C-MOVE-RSP[pcid=1, remaining=${40 - i * 2}, completed=${i * 12}, failed=0, warning=0, status=ff00H`,
      ),
    ),
    currentLog: log(
      '08:18:53,114 INFO  [org.jboss.modules] (main) JBoss Modules version 2.1.5.Final',
      '08:18:54,402 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: WildFly 34.0.1.Final (WildFly Core 26.0.1.Final) starting',
      '08:19:31,770 INFO  [org.dcm4che3.net.Connection] (EE-ManagedExecutorService-default-Thread-2) Start TCP Listener on /0.0.0.0:11112',
      '08:19:31,775 INFO  [org.dcm4che3.net.Connection] (EE-ManagedExecutorService-default-Thread-3) Start TCP Listener on /0.0.0.0:2575',
      '08:19:33,050 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 48) WFLYSRV0010: Deployed "dcm4chee-arc-ear-5.33.1-psql.ear" (runtime-name : "dcm4chee-arc-ear-5.33.1-psql.ear")',
      '08:19:33,212 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly 34.0.1.Final (WildFly Core 26.0.1.Final) started in 39806ms - Started 1790 of 2036 services (551 services are lazy, passive or on-demand) - Server configuration file in use: dcm4chee-arc.xml',
      times(
        30,
        (i) =>
          `${hms(4780 + i * 19)},${String(500 + i * 13).padStart(3, '0')} INFO  [org.dcm4chee.arc.wado.WadoRS] (default task-${(i % 40) + 1}) Process GET /dcm4chee-arc/aets/RESEARCH/rs/studies/1.2.826.0.1.3680043.10.511.${770300 + i * 3}/metadata from research-deid@10.42.${i % 6}.${30 + (i % 40)}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // The analyzer holds en_core_web_lg (about 800 MiB resident) and has run near its 1Gi limit for
    // weeks. Since Monday the research batch sends whole discharge summaries; spaCy's documents for
    // them push the worker over the limit a few times an hour. Memory is flat between batches.
    id: 'fiftyfifth-phi-analyzer-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/data-privacy-stack/presidio/issues/602',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'presidio-analyzer',
        running: { startedAt: '2026-02-11T08:11:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PORT: '3000',
          WORKERS: '1',
          NLP_CONF_FILE: '/conf/nlp.yaml',
          ANALYZER_CONF_FILE: '/conf/analyzer.yaml',
        },
        mounts: [{ volume: 'conf', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'conf', configMap: 'presidio-analyzer-conf' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodOOMKilled: deid/presidio-analyzer-5c8f7d9b6-m4r2n OOMKilled 5 times in 3h (working set 958Mi of 1Gi between kills)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '[2026-02-11 07:58:02,114] [INFO] presidio-analyzer: Starting analyzer engine',
      "[2026-02-11 07:58:19,880] [INFO] presidio-analyzer: Created NLP engine: spacy. Loaded models: ['en']",
      times(
        40,
        (i) =>
          `[2026-02-11 ${hms(3500 + i * 19)},${String(200 + i * 7).padStart(3, '0')}] [INFO] werkzeug: 10.42.${i % 5}.${60 + (i % 20)} - - [11/Feb/2026 ${hms(3500 + i * 19)}] "POST /analyze HTTP/1.1" 200 -`,
      ),
      '[2026-02-11 08:11:20,402] [INFO] deid-batch: analyzing document DS-2026-0088731 (discharge summary, 184220 chars)',
    ),
    currentLog: log(
      '[2026-02-11 08:11:41,090] [INFO] presidio-analyzer: Starting analyzer engine',
      "[2026-02-11 08:11:58,733] [INFO] presidio-analyzer: Created NLP engine: spacy. Loaded models: ['en']",
      times(
        36,
        (i) =>
          `[2026-02-11 ${hms(4320 + i * 24)},${String(400 + i * 9).padStart(3, '0')}] [INFO] werkzeug: 10.42.${i % 5}.${60 + (i % 20)} - - [11/Feb/2026 ${hms(4320 + i * 24)}] "POST /analyze HTTP/1.1" 200 -`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Six more hospital interfaces went live on the HL7 route this week: more MLLP listeners, more
    // consumer threads and Netty buffers. Heap is 70% of a 768Mi limit; what is left for everything
    // off-heap is no longer enough, and the kernel kills the JVM during the morning ADT peak.
    id: 'fiftyfifth-hl7-route-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/virtualcell/vcell/pull/1899',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'hl7-route',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 1m20s restarting failed container=hl7-route',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '768Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
          CAMEL_SPRINGBOOT_NAME: 'hl7-route',
          HL7_LISTENERS: 'ngh:6661,smh:6662,rvh:6663,cch:6664,wgh:6665,pch:6666,lmh:6667,bch:6668,kgh:6669',
        },
      },
    ],
    node: steadyNode,
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:21:04.120Z  INFO 1 --- [hl7-route] [           main] c.h.integration.Hl7RouteApplication      : Starting Hl7RouteApplication v3.9.0 using Java 21.0.5 with PID 1',
      '2026-02-11T08:21:09.882Z  INFO 1 --- [hl7-route] [           main] o.a.c.impl.engine.AbstractCamelContext   : Apache Camel 4.8.2 (hl7-route) is starting',
      times(
        9,
        (i) =>
          `2026-02-11T08:21:10.${String(100 + i * 41).padStart(3, '0')}Z  INFO 1 --- [hl7-route] [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started mllp-${['ngh', 'smh', 'rvh', 'cch', 'wgh', 'pch', 'lmh', 'bch', 'kgh'][i]} (mllp://0.0.0.0:${6661 + i})`,
      ),
      '2026-02-11T08:21:10.520Z  INFO 1 --- [hl7-route] [           main] o.a.c.impl.engine.AbstractCamelContext   : Apache Camel 4.8.2 (hl7-route) started in 638ms (build:0ms init:0ms start:638ms)',
      '2026-02-11T08:21:10.944Z  INFO 1 --- [hl7-route] [           main] c.h.integration.Hl7RouteApplication      : Started Hl7RouteApplication in 7.231 seconds (process running for 8.102)',
      times(
        50,
        (i) =>
          `2026-02-11T${hms(4872 + i * 7)}.${String(100 + i * 17).padStart(3, '0')}Z  INFO 1 --- [hl7-route] [${['ngh', 'smh', 'rvh', 'cch', 'wgh', 'pch', 'lmh', 'bch', 'kgh'][i % 9]}-mllp-${(i % 4) + 1}] route-adt-in                             : ADT^A0${(i % 8) + 1} ${['NGH', 'SMH', 'RVH', 'CCH', 'WGH', 'PCH', 'LMH', 'BCH', 'KGH'][i % 9]}${40220100 + i} acknowledged AA`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- memory, raise wrong (3)
  {
    // Mirth's heap is capped at 512 MB by VMOPTIONS in a 3Gi container that uses 700Mi. Since the
    // claims channel started batching 835 files, it throws OutOfMemoryError on the heap; a larger
    // container limit changes nothing the JVM can use.
    id: 'fiftyfifth-claims-engine-channel-errors',
    family: 'heap-cap',
    source: 'https://github.com/nextgenhealthcare/connect/issues/4237',
    signal: 'Alert',
    containers: [
      {
        name: 'mirth-connect',
        running: { startedAt: '2026-02-10T19:44:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          VMOPTIONS: '-Xmx512m',
          DATABASE: 'postgres',
          DATABASE_URL:
            'jdbc:postgresql://mirth-claims-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com:5432/mirthdb',
        },
        mounts: [{ volume: 'appdata', path: '/opt/connect/appdata' }],
      },
    ],
    volumes: [{ name: 'appdata', persistentVolumeClaim: 'mirth-claims-appdata' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MirthChannelErrors: channel "835 Remittance In" errored 212 messages in 30m on mirth-claims-0 (container memory 712Mi of 3Gi)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `[2026-02-11 ${hms(300 + i * 97)},${String(100 + i * 29).padStart(3, '0')}]  INFO  (com.mirth.connect.connectors.file.FileReceiver:405): Processing file era_${20260211}_${String(1000 + i).padStart(5, '0')}.835 from sftp://payer-gw.example.com/outbound`,
      ),
      '[2026-02-11 07:31:04,314]  ERROR  (com.mirth.connect.donkey.server.channel.Channel:1258): Error processing message in channel 835 Remittance In (6f2c9a10-3b7e-4d51-8e0a-91c4b2d7e3f5).',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
      '\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:242)',
      '\tat java.base/java.lang.StringBuilder.append(StringBuilder.java:179)',
      '\tat com.mirth.connect.plugins.datatypes.edi.EDIReader.parse(EDIReader.java:133)',
      '\tat com.mirth.connect.plugins.datatypes.edi.EDISerializer.toXML(EDISerializer.java:156)',
      '\tat com.mirth.connect.donkey.server.channel.Channel.handleDestinationChainThrowable(Channel.java:1785)',
      '\tat com.mirth.connect.donkey.server.channel.Channel.process(Channel.java:1731)',
      '\tat com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:1191)',
      '\tat com.mirth.connect.donkey.server.channel.SourceConnector.dispatchRawMessage(SourceConnector.java:192)',
      '\tat com.mirth.connect.connectors.file.FileReceiver.processFile(FileReceiver.java:418)',
      '\tat com.mirth.connect.connectors.file.FileReceiver.poll(FileReceiver.java:239)',
      times(
        24,
        (i) =>
          `[2026-02-11 ${hms(1900 + i * 131)},${String(200 + i * 17).padStart(3, '0')}]  ERROR  (com.mirth.connect.donkey.server.channel.Channel:1258): Error processing message in channel 835 Remittance In (6f2c9a10-3b7e-4d51-8e0a-91c4b2d7e3f5).\njava.lang.OutOfMemoryError: Java heap space`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The FHIR platform's Medplum server grows about 40 MiB a minute since a partner app began
    // opening FHIR subscriptions over websockets and never closing them; V8 gives up every 40
    // minutes. A larger limit moves the crash by minutes; the leak needs a developer.
    id: 'fiftyfifth-fhir-platform-crashlooping',
    family: 'oom-leak',
    source: 'https://github.com/medusajs/medusa/issues/1651',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'medplum-server',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 40s restarting failed container=medplum-server',
        },
        last: { reason: 'Error', exitCode: 134 },
        restarts: 5,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=3072',
          MEDPLUM_BASE_URL: 'https://api.fhir.clinical.internal/',
          MEDPLUM_REDIS_HOST: 'medplum-redis.x7kq2c.ng.0001.euw2.cache.amazonaws.com',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container medplum-server in pod medplum-server-7b9d4c5f8-h7xnp_fhir(2c1f9e0a-51b7-4f3e-a2d8-7c6b4e1f0a93)',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      times(
        56,
        (i) =>
          `{"level":"INFO","timestamp":"${iso(3300 + i * 30, 110 + i * 7)}","msg":"Request served","duration":"${14 + ((i * 11) % 80)} ms","ip":"${i % 3 === 0 ? `203.0.113.${40 + (i % 12)}` : `10.42.${i % 7}.${20 + (i % 30)}`}","method":"${i % 3 === 0 ? 'POST' : 'GET'}","path":"/fhir/R4/${i % 3 === 0 ? 'Subscription' : ['Observation?patient=Patient/8a1c', 'DiagnosticReport?_count=20', 'Patient/8a1c'][i % 3]}","profile":"${i % 3 === 0 ? 'ClientApplication/51d0c6e2' : 'Practitioner/33b7a9f1'}","projectId":"0192f3a4-7c1e-7b21-9d4e-5a6b7c8d9e0f","receivedAt":${1770793200000 + (3300 + i * 30) * 1000},"status":${i % 3 === 0 ? 201 : 200},"ua":"${i % 3 === 0 ? 'ward-alerts/2.4.0 (+subscriptions)' : 'Mozilla/5.0'}"}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6a3f2c0]  2398112 ms: Mark-Compact 3034.6 (3104.2) -> 3021.9 (3106.0) MB, 2210.4 / 0.0 ms  (average mu = 0.172, current mu = 0.091) allocation failure; scavenge might not succeed',
      '[1:0x6a3f2c0]  2401570 ms: Mark-Compact 3037.0 (3106.0) -> 3029.8 (3110.7) MB, 3301.7 / 0.0 ms  (average mu = 0.101, current mu = 0.045) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x1118395  [node]',
      ' 5: 0x1130218 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    accept: ['escalate'],
  },
  {
    // OpenEMR's encounter report for a long-stay patient runs into PHP's memory_limit of 128M inside
    // one php-fpm child. The container sits at 300Mi of 1Gi; the limit that stops it is PHP's own.
    id: 'fiftyfifth-openemr-report-errors',
    family: 'runtime-cap',
    source: 'https://github.com/openemr/openemr/issues/10150',
    signal: 'Alert',
    containers: [
      {
        name: 'openemr',
        running: { startedAt: '2026-02-08T22:15:37Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          MYSQL_HOST: 'openemr-db.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com',
          PHP_MEMORY_LIMIT: '128M',
          SWARM_MODE: 'yes',
        },
        mounts: [{ volume: 'sites', path: '/var/www/localhost/htdocs/openemr/sites' }],
      },
    ],
    volumes: [{ name: 'sites', persistentVolumeClaim: 'openemr-sites-efs' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OpenEMRServerErrors: 500s on /interface/patient_file/report/custom_report.php 41 in 30m (container memory 302Mi of 1Gi)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.${i % 6}.${20 + (i % 25)} - - [11/Feb/2026:${hms(600 + i * 80)} +0000] "GET /interface/${['main/calendar/index.php?module=PostCalendar', 'patient_file/summary/demographics.php', 'main/finder/dynamic_finder.php', 'patient_file/encounter/forms.php'][i % 4]} HTTP/1.1" 200 ${4200 + i * 113} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
      ),
      times(
        12,
        (i) =>
          `[Wed Feb 11 ${hms(3300 + i * 149)}.${String(100000 + i * 7331).slice(0, 6)} 2026] [php:error] [pid ${310 + i}] [client 10.42.${i % 6}.${31 + i}:${51200 + i * 3}] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/localhost/htdocs/openemr/vendor/adodb/adodb-php/drivers/adodb-mysqli.inc.php on line 1271, referer: https://emr.clinical.internal/interface/patient_file/report/patient_report.php\n10.42.${i % 6}.${31 + i} - - [11/Feb/2026:${hms(3300 + i * 149)} +0000] "POST /interface/patient_file/report/custom_report.php HTTP/1.1" 500 - "https://emr.clinical.internal/interface/patient_file/report/patient_report.php" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks, right (3)
  {
    // Twelve minutes ago the analyzer image was rebuilt on a slimmer base; the step that copied
    // the spaCy model into /models was lost. Every new pod dies loading the NLP engine.
    id: 'fiftyfifth-phi-analyzer-crashlooping-after-release',
    family: 'bad-release',
    source: 'https://github.com/matatusko/opinion-or-fact-sentence-classifier/issues/2',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('presidio-analyzer', 1, 6),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PORT: '3000',
          NLP_CONF_FILE: '/conf/nlp.yaml',
          ANALYZER_CONF_FILE: '/conf/analyzer.yaml',
        },
        mounts: [{ volume: 'conf', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'conf', configMap: 'presidio-analyzer-conf' }],
    rollout: { minutesAgo: 12, previousTag: '2.2.358-hosp.4' },
    previousLog: log(
      '[2026-02-11 08:26:02,114] [INFO] presidio-analyzer: Starting analyzer engine',
      'Traceback (most recent call last):',
      '  File "/usr/bin/presidio-analyzer/app.py", line 230, in <module>',
      '    server = Server()',
      '  File "/usr/bin/presidio-analyzer/app.py", line 64, in __init__',
      '    self.engine: AnalyzerEngine = AnalyzerEngineProvider(',
      '  File "/usr/local/lib/python3.12/site-packages/presidio_analyzer/analyzer_engine_provider.py", line 64, in create_engine',
      '    nlp_engine = self._load_nlp_engine()',
      '  File "/usr/local/lib/python3.12/site-packages/presidio_analyzer/analyzer_engine_provider.py", line 121, in _load_nlp_engine',
      '    return NlpEngineProvider(conf_file=self.nlp_engine_conf_file).create_engine()',
      '  File "/usr/local/lib/python3.12/site-packages/presidio_analyzer/nlp_engine/nlp_engine_provider.py", line 100, in create_engine',
      '    engine.load()',
      '  File "/usr/local/lib/python3.12/site-packages/presidio_analyzer/nlp_engine/spacy_nlp_engine.py", line 57, in load',
      '    self.nlp[model["lang_code"]] = spacy.load(model["model_name"])',
      '  File "/usr/local/lib/python3.12/site-packages/spacy/__init__.py", line 51, in load',
      '    return util.load_model(',
      '  File "/usr/local/lib/python3.12/site-packages/spacy/util.py", line 472, in load_model',
      '    raise IOError(Errors.E050.format(name=name))',
      "OSError: [E050] Can't find model '/models/en_core_web_lg-3.8.0'. It doesn't seem to be a Python package or a valid path to a data directory.",
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // Nine minutes ago the booking release moved the connection string from the mounted secret
    // to an environment variable, and the value that landed there is a bare host name.
    id: 'fiftyfifth-appointments-api-crashlooping-after-release',
    family: 'bad-config',
    source: 'https://github.com/PomeloFoundation/Pomelo.EntityFrameworkCore.MySql/issues/1672',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('appointments-api', 134, 5),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_URLS: 'http://+:8080' },
      },
    ],
    rollout: {
      minutesAgo: 9,
      previousTag: '5.14.2',
      addedEnv: { ConnectionStrings__Booking: 'booking-sql.cx3pq9l2mzt1.eu-west-2.rds.amazonaws.com,1433' },
    },
    previousLog: log(
      'warn: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60]',
      "      Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
      'info: Booking.Api.Startup.MigrationCheck[0]',
      '      Checking database schema version before accepting traffic',
      'Unhandled exception. System.ArgumentException: Format of the initialization string does not conform to specification starting at index 0.',
      '   at System.Data.Common.DbConnectionOptions.GetKeyValuePair(String connectionString, Int32 currentPosition, StringBuilder buffer, Boolean useOdbcRules, String& keyname, String& keyvalue)',
      '   at System.Data.Common.DbConnectionOptions.ParseInternal(Dictionary`2 parsetable, String connectionString, Boolean buildChain, Dictionary`2 synonyms, Boolean firstKey)',
      '   at System.Data.Common.DbConnectionOptions..ctor(String connectionString, Dictionary`2 synonyms)',
      '   at Microsoft.Data.SqlClient.SqlConnectionString..ctor(String connectionString)',
      '   at Microsoft.Data.SqlClient.SqlConnectionFactory.CreateConnectionOptions(String connectionString, DbConnectionOptions previous)',
      '   at Microsoft.Data.ProviderBase.DbConnectionFactory.GetConnectionPoolGroup(DbConnectionPoolKey key, DbConnectionPoolGroupOptions poolOptions, DbConnectionOptions& userConnectionOptions)',
      '   at Microsoft.Data.SqlClient.SqlConnection.ConnectionString_Set(DbConnectionPoolKey key)',
      '   at Microsoft.Data.SqlClient.SqlConnection.set_ConnectionString(String value)',
      '   at Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal.SqlServerConnection.CreateDbConnection()',
      '   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.get_DbConnection()',
      '   at Booking.Api.Startup.MigrationCheck.EnsureSchemaAsync(IServiceProvider services) in /src/Booking.Api/Startup/MigrationCheck.cs:line 22',
      '   at Program.<Main>$(String[] args) in /src/Booking.Api/Program.cs:line 61',
      '   at Program.<Main>(String[] args)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // Six minutes ago the portal front end was rolled to a tag the pipeline never pushed (the
    // build job failed after tagging). The old pods still serve; the new ones cannot pull.
    id: 'fiftyfifth-patient-portal-web-pull-failing',
    family: 'image-pull',
    source: 'https://github.com/aquasecurity/starboard/issues/1161',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'portal-web',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1"',
        },
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '250m',
        mounts: [{ volume: 'nginx-conf', path: '/etc/nginx/conf.d' }],
      },
    ],
    volumes: [{ name: 'nginx-conf', configMap: 'portal-web-nginx' }],
    rollout: { minutesAgo: 6, previousTag: '4.18.0' },
    node: steadyNode,
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1"',
        type: 'Normal',
        count: 4,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1": failed to resolve reference "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1": 123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1: not found',
        type: 'Warning',
        count: 4,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 4 },
      {
        reason: 'BackOff',
        message:
          'Back-off pulling image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/patient-portal-web:2.3.1"',
        type: 'Normal',
        count: 19,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 19 },
    ],
    accept: ['rollback'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- rollback, wrong (1)
  {
    // The e-prescribing release went out at 06:55 and submitted fine for an hour. At 08:00 the
    // client certificate the national gateway knows us by reached its notAfter; the gateway now
    // ends every handshake with certificate_expired. The previous release uses the same Secret.
    id: 'fiftyfifth-eprescribing-submissions-failing',
    family: 'cert-expired',
    source: 'https://github.com/jchambers/pushy/issues/1078',
    signal: 'Alert',
    containers: [
      {
        name: 'erx-service',
        running: { startedAt: '2026-02-11T06:56:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          ERX_GATEWAY_URL: 'https://spine-erx.gateway.example.nhs.uk:443/prescriptions',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
        mounts: [{ volume: 'client-cert', path: '/etc/erx/tls' }],
      },
    ],
    volumes: [{ name: 'client-cert', secret: 'erx-gateway-client-tls' }],
    rollout: { minutesAgo: 95, previousTag: '3.41.0', addedEnv: { ERX_AUDIT_VERBOSE: 'false' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ErxSubmissionFailures: 100% of prescription submissions failed since 08:00 on all erx-service replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T06:56:09.902Z  INFO 1 --- [erx-service] [           main] c.h.erx.ErxApplication                   : Started ErxApplication in 6.418 seconds (process running for 7.233)',
      times(
        40,
        (i) =>
          `2026-02-11T${hms(i * 89 + 20)}.${String(110 + i * 13).padStart(3, '0')}Z  INFO 1 --- [erx-service] [nio-8080-exec-${(i % 20) + 1}] c.h.erx.submit.SubmissionService         : prescription RX-2026-${String(447010 + i).padStart(7, '0')} accepted by gateway (status=201, ${170 + ((i * 37) % 350)}ms)`,
      ),
      '2026-02-11T08:00:03.417Z ERROR 1 --- [erx-service] [nio-8080-exec-3] c.h.erx.submit.SubmissionService         : prescription RX-2026-0447051 not submitted, will retry',
      '',
      'javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:117)',
      '\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:365)',
      '\tat java.base/sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287)',
      '\tat java.base/sun.security.ssl.TransportContext.dispatch(TransportContext.java:204)',
      '\tat java.base/sun.security.ssl.SSLTransport.decode(SSLTransport.java:172)',
      '\tat java.base/sun.security.ssl.SSLSocketImpl.decode(SSLSocketImpl.java:1506)',
      '\tat java.base/sun.security.ssl.SSLSocketImpl.readHandshakeRecord(SSLSocketImpl.java:1421)',
      '\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:455)',
      '\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.createLayeredSocket(SSLConnectionSocketFactory.java:436)',
      '\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)',
      '\tat com.hospital.erx.gateway.GatewayClient.post(GatewayClient.java:142)',
      '',
      times(
        30,
        (i) =>
          `2026-02-11T${hms(3660 + i * 59)}.${String(200 + i * 19).padStart(3, '0')}Z ERROR 1 --- [erx-service] [nio-8080-exec-${(i % 20) + 1}] c.h.erx.submit.SubmissionService         : prescription RX-2026-${String(447052 + i).padStart(7, '0')} not submitted, will retry: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // Vaccination campaign opened at 08:00: booking traffic is four times a normal Wednesday. The
    // three API pods sit at their CPU limit, the database answers in single milliseconds, nothing
    // errors; requests queue in the process and latency climbs.
    id: 'fiftyfifth-appointments-api-slow',
    family: 'load',
    source: 'https://github.com/dotnet/aspnetcore/issues/17321',
    signal: 'Alert',
    containers: [
      {
        name: 'appointments-api',
        running: { startedAt: '2026-02-10T16:41:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ASPNETCORE_URLS: 'http://+:8080',
          DOTNET_gcServer: '1',
        },
      },
    ],
    node: steadyNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BookingLatencyHigh: p95 of GET /api/v2/clinics/*/slots is 4.8s over 10m (SLO 800ms); container CPU throttled 71% on appointments-api, requests 4.1x last Wednesday',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (${2 + (i % 5)}ms) [Parameters=[@__clinic_0='?' (Size = 16), @__day_1='?' (DbType = Date)], CommandType='Text', CommandTimeout='30']\n      SELECT [s].[Id], [s].[Start], [s].[Capacity], [s].[Booked] FROM [Slots] AS [s] WHERE [s].[ClinicCode] = @__clinic_0 AND CAST([s].[Start] AS date) = @__day_1\ninfo: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://booking.clinical.internal/api/v2/clinics/VAX-${dd(10 + (i % 14))}/slots?date=2026-02-1${2 + (i % 6)} - 200 - application/json;+charset=utf-8 ${(900 + i * 170).toFixed(4)}ms`,
      ),
      times(
        8,
        (i) =>
          `warn: Microsoft.AspNetCore.Server.Kestrel[22]\n      As of "02/11/2026 ${hms(4700 + i * 67)} +00:00", the heartbeat has been running for "00:00:01.${String(1200000 + i * 93110).slice(0, 7)}" which is longer than "00:00:01". This could be caused by thread pool starvation.`,
      ),
      times(
        24,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 ${i % 4 === 0 ? 'POST' : 'GET'} http://booking.clinical.internal/api/v2/${i % 4 === 0 ? 'appointments' : `clinics/VAX-${dd(10 + (i % 14))}/slots?date=2026-02-1${2 + (i % 6)}`} - ${i % 4 === 0 ? 201 : 200} - application/json;+charset=utf-8 ${(3100 + i * 97).toFixed(4)}ms`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Campaign traffic on the patient portal: the BFF answers everything, but its event loop is
    // busy, health checks time out intermittently and p95 is four seconds. Upstream calls are fast.
    id: 'fiftyfifth-patient-portal-bff-slow',
    family: 'load',
    source: 'https://github.com/OpenCTI-Platform/opencti/issues/9713',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'portal-bff',
        running: { startedAt: '2026-02-09T11:03:27Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          UV_THREADPOOL_SIZE: '8',
          FHIR_BASE_URL: 'http://hapi-fhir.clinical-data.svc:8080/fhir',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.4.57:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 46,
      },
      {
        reason: 'AlertFiring',
        message:
          'PortalLatencyHigh: portal-bff p95 4.1s over 10m; CPU 0.98 of 1 core on every replica; sessions 3.6x normal (campaign VAX-2026-02)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"level":30,"time":${1770793200000 + (4200 + i * 19) * 1000 + i * 13},"pid":1,"hostname":"portal-bff-6f8d9c7b54-zq8vd","req":{"method":"${i % 5 === 0 ? 'POST' : 'GET'}","url":"/api/${i % 5 === 0 ? 'bookings' : ['me/appointments', 'clinics/nearby?postcode=NE1', 'me/results', 'slots?clinic=VAX-12'][i % 4]}"},"res":{"statusCode":${i % 5 === 0 ? 201 : 200}},"responseTime":${2200 + ((i * 173) % 2400)},"upstreamMs":${18 + (i % 40)},"msg":"request completed"}${i % 5 === 4 ? `\n{"level":40,"time":${1770793200000 + (4200 + i * 19) * 1000 + 900},"pid":1,"hostname":"portal-bff-6f8d9c7b54-zq8vd","eventLoopDelayMs":${640 + i * 11},"msg":"event loop delay above 500ms"}` : ''}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // The node under the image viewer stopped posting status at 08:06; the EC2 instance fails its
    // status checks. Pods on it are marked for deletion and its viewer replica cannot be reached.
    id: 'fiftyfifth-image-viewer-replica-unreachable',
    family: 'node-unhealthy',
    source: 'https://github.com/awslabs/amazon-eks-ami/issues/79',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'ohif-viewer',
        running: { startedAt: '2026-02-10T05:14:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        mounts: [{ volume: 'app-config', path: '/usr/share/nginx/html/app-config.js' }],
      },
    ],
    volumes: [{ name: 'app-config', configMap: 'ohif-app-config' }],
    node: {
      ready: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'DiskPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'PIDPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
      ],
      taints: ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod imaging/ohif-viewer-6c5b9d7f48-r8wkx',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `10.42.${i % 6}.${20 + (i % 30)} - - [11/Feb/2026:${hms(2600 + i * 28)} +0000] "GET /${[`viewer?StudyInstanceUIDs=1.2.826.0.1.3680043.10.511.${770900 + i}`, 'app-config.js', 'assets/dicom-image-loader.worker.js', 'index.html'][i % 4]} HTTP/1.1" 200 ${[1843, 2741, 931044, 4127][i % 4]} "https://pacs.clinical.internal/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" "-"`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    // The container runtime on this node stopped answering the kubelet's relists: PLEG has not
    // been active for four minutes and the node went NotReady. The worker on it is frozen mid-task.
    id: 'fiftyfifth-pipeline-worker-offline',
    family: 'node-unhealthy',
    source: 'https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'airflow-worker',
        running: { startedAt: '2026-02-10T21:30:18Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor',
          AIRFLOW__CELERY__WORKER_CONCURRENCY: '8',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 4m12.113904211s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'AlertFiring',
        message:
          'AirflowCeleryWorkerOffline: worker airflow-worker-2 missed heartbeats for 6m (3 tasks running)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `[2026-02-11 ${hms(4200 + i * 29)},${String(100 + i * 23).padStart(3, '0')}: INFO/ForkPoolWorker-${(i % 8) + 1}] [${(0x7a21c0 + i * 0x1f3).toString(16)}-9c1d-4e2f-8a3b-${(0x4b5c6d7e8f90 + i).toString(16)}] Executing command in Celery: ['airflow', 'tasks', 'run', '${['redcap_nightly', 'lab_mart_build', 'imaging_deid_manifest'][i % 3]}', '${['extract_arm', 'load_warehouse', 'build_manifest'][i % 3]}', 'scheduled__2026-02-11T07:00:00+00:00', '--local', '--subdir', 'DAGS_FOLDER/${['redcap', 'marts', 'imaging'][i % 3]}.py']`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes (2)
  {
    // The portal's response cache (clinic lists, leaflets, FHIR ValueSets) is its own Redis, all
    // keys with TTLs, rebuilt on a miss. It was created with maxmemory-policy noeviction and is
    // now full: every cache write fails, and the BFF turns those failures into 500s.
    id: 'fiftyfifth-patient-portal-errors-all-replicas',
    family: 'cache-full',
    source: 'https://github.com/bee-queue/arena/issues/115',
    signal: 'Alert',
    containers: [
      {
        name: 'portal-bff',
        running: { startedAt: '2026-02-09T11:03:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          CACHE_REDIS_URL: 'rediss://portal-cache.x7kq2c.ng.0001.euw2.cache.amazonaws.com:6379',
          SESSION_REDIS_URL: 'rediss://portal-sessions.x7kq2c.ng.0001.euw2.cache.amazonaws.com:6379',
          CACHE_TTL_SECONDS: '900',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: portal-cache used_memory 100% of maxmemory (policy noeviction), 99.8% of keys have a TTL; PortalErrorRate 5xx 0.41 on all portal-bff replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `{"level":30,"time":${1770793200000 + (3000 + i * 41) * 1000},"pid":1,"hostname":"portal-bff-6f8d9c7b54-w9rjd","req":{"method":"GET","url":"/api/${[`clinics/nearby?postcode=NE${i % 9}`, 'leaflets/vaccination', 'valuesets/appointment-reason', 'me/appointments'][i % 4]}"},"res":{"statusCode":200},"responseTime":${12 + (i % 30)},"cache":"${i % 2 === 0 ? 'hit' : 'miss'}","msg":"request completed"}`,
      ),
      times(
        36,
        (i) =>
          `{"level":50,"time":${1770793200000 + (3900 + i * 37) * 1000},"pid":1,"hostname":"portal-bff-6f8d9c7b54-w9rjd","req":{"method":"GET","url":"/api/${[`clinics/nearby?postcode=NE${i % 9}`, 'leaflets/vaccination', 'valuesets/appointment-reason'][i % 3]}"},"err":{"type":"ErrorReply","message":"OOM command not allowed when used memory > 'maxmemory'.","stack":"[ErrorReply: OOM command not allowed when used memory > 'maxmemory'.]"},"msg":"cache write failed"}\n{"level":30,"time":${1770793200000 + (3900 + i * 37) * 1000 + 3},"pid":1,"hostname":"portal-bff-6f8d9c7b54-w9rjd","res":{"statusCode":500},"responseTime":${40 + (i % 50)},"msg":"request errored"}`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // The FHIR platform's Redis is full too, but it is no cache: it holds the BullMQ queues that
    // deliver subscription notifications (critical lab results to wards), the cron queue and the
    // rate-limit counters. Emptying it would silently drop undelivered notifications.
    id: 'fiftyfifth-fhir-platform-write-errors',
    family: 'queue-store-full',
    source: 'https://github.com/OptimalBits/bull/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'medplum-server',
        running: { startedAt: '2026-02-10T07:12:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          MEDPLUM_BASE_URL: 'https://api.fhir.clinical.internal/',
          MEDPLUM_REDIS_HOST: 'medplum-redis.x7kq2c.ng.0001.euw2.cache.amazonaws.com',
          MEDPLUM_REDIS_DB: '0',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: medplum-redis used_memory 100% of maxmemory (policy noeviction); largest keys bull:SubscriptionQueue:wait (412k entries), bull:SubscriptionQueue:failed',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `{"level":"INFO","timestamp":"${iso(2800 + i * 53, 100 + i * 9)}","msg":"Request served","duration":"${12 + ((i * 7) % 60)} ms","ip":"10.42.${i % 7}.${20 + (i % 30)}","method":"${i % 2 === 0 ? 'POST' : 'GET'}","path":"/fhir/R4/${i % 2 === 0 ? 'Observation' : 'DiagnosticReport?_count=20'}","profile":"ClientApplication/7e2f1c90","projectId":"0192f3a4-7c1e-7b21-9d4e-5a6b7c8d9e0f","receivedAt":${1770793200000 + (2800 + i * 53) * 1000},"status":${i % 2 === 0 ? 201 : 200},"ua":"lab-results/1.19.3"}`,
      ),
      times(
        30,
        (i) =>
          `{"level":"ERROR","timestamp":"${iso(4100 + i * 37, 300 + i * 11)}","msg":"Unhandled error","error":"ReplyError: OOM command not allowed when used memory > 'maxmemory'. script: 6f1c0c3f2f7f0b2a9e7d4c1b8a5f3e2d1c0b9a87, on @user_script:81.","stack":["ReplyError: OOM command not allowed when used memory > 'maxmemory'. script: 6f1c0c3f2f7f0b2a9e7d4c1b8a5f3e2d1c0b9a87, on @user_script:81.","    at parseError (/usr/src/medplum/node_modules/redis-parser/lib/parser.js:179:12)","    at parseType (/usr/src/medplum/node_modules/redis-parser/lib/parser.js:302:14)"]}\n{"level":"INFO","timestamp":"${iso(4100 + i * 37, 301 + i * 11)}","msg":"Request served","duration":"${8 + (i % 9)} ms","ip":"10.42.${i % 7}.${21 + (i % 30)}","method":"POST","path":"/fhir/R4/Observation","profile":"ClientApplication/7e2f1c90","projectId":"0192f3a4-7c1e-7b21-9d4e-5a6b7c8d9e0f","receivedAt":${1770793200000 + (4100 + i * 37) * 1000},"status":500,"ua":"lab-results/1.19.3"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache', 'rollout-restart'],
  },
];
