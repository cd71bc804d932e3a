import type { Pattern } from './types.ts';

/**
 * The last resort before "no pattern": a failure no entry knows, sorted by what its own error line
 * says it is (access denied, a limit reached, a setting missing, a certificate refused, a host that
 * does not resolve), in any software's words. Each only escalates, with the line as evidence: a
 * human is told what kind of problem it is and where it shows, and nothing is changed on wording
 * this broad. Only lines that report a failure count (`errorLinesOnly`); the lowest confidence of
 * the catalog, so any specific entry that matches wins.
 */
const UNCLASSIFIED_CONFIDENCE = 0.35;

/**
 * Below even those: any error the failing instance logged, when nothing names its kind. The
 * earliest error line is the likeliest cause (the cascade follows it); the escalation quotes it so
 * that the human starts there. A rollout right before it is blamed, as with no pattern at all.
 */
const LAST_RESORT_CONFIDENCE = 0.3;

const escalate = (what: string): Pattern['actions'] => [
  {
    kind: 'escalate',
    reason: `No catalog entry knows this failure of {workload}; its error line reports ${what}: a human must look (the line is in the evidence).`,
  },
];

/** A quota, capacity or size limit reached, in any software's words. */
const LIMIT_REACHED: readonly RegExp[] = [
  /\b(?:quota|limit|capacity|space|memory|storage|size|connections|rate)\b[^\n]{0,60}?\b(?:exceeded|exhausted|reached|full)\b/i,
  /\bmax(?:imum)?\b[^\n]{0,40}?\b(?:exceeded|reached)\b/i,
  /\b(?:exceeds?|exceeded|exhausted|out of)\b[^\n]{0,20}?\b(?:quota|limit|capacity|space|memory|storage|connections)\b/i,
];

export const UNCLASSIFIED_PATTERNS: readonly Pattern[] = [
  {
    id: 'unclassified-access-denied',
    title: 'Access denied (unrecognised software)',
    category: 'permissions',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:permission denied|access (?:is )?denied|forbidden|unauthori[sz]ed|not authori[sz]ed|not permitted|authentication (?:failed|failure|error|required)|invalid credentials|bad credentials|insufficient (?:permissions?|privileges?|scopes?)|lacks? (?:the )?permissions?)\b/i,
        ],
      },
    },
    diagnosis:
      '{workload} is refused access by something it calls or reads: the error line reports a permission or authentication failure.',
    actions: escalate('a permission or authentication failure'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Find who refuses (the line names the service, file or API), then the credentials or the grant the workload uses for it.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'unclassified-limit-reached',
    title: 'A limit reached (unrecognised software)',
    category: 'limits',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: LIMIT_REACHED,
      },
    },
    diagnosis:
      '{workload} fails because a limit was reached: the error line reports a quota, capacity or size exceeded.',
    actions: escalate('a quota, capacity or size limit reached'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Find whose limit it is (the workload, a data store, a cloud quota, an upstream API) before raising anything: more replicas or memory often ask for more of what is refused.',
    rollout: 'mention',
  },
  {
    id: 'unclassified-missing-setting',
    title: 'A required setting missing (unrecognised software)',
    category: 'config',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:missing|required|not (?:set|specified|configured|defined|provided)|must (?:be set|be specified|be provided|specify|provide))\b[^\n]{0,60}?\b(?:config(?:uration)?|settings?|propert(?:y|ies)|variables?|env(?:ironment)?|keys?|secrets?|parameters?|options?|tokens?)\b/i,
          /\b(?:config(?:uration)?|setting|property|variable|key|secret|parameter|option|token)\b[^\n]{0,60}?\b(?:is (?:missing|required|not set|empty|undefined)|not (?:found|set|specified|configured|defined|provided)|was not (?:set|specified|provided|found))\b/i,
        ],
      },
    },
    diagnosis:
      '{workload} stops on its configuration: the error line reports a required setting missing or not found.',
    actions: escalate('a required setting missing'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Compare the setting the line names with the workload’s env, ConfigMaps and Secrets (and what the last rollout changed in them).',
    // A new image that asks for a setting the previous one did without is the rollout's doing too.
    rollout: 'blame',
  },
  {
    id: 'unclassified-certificate-refused',
    title: 'A certificate refused (unrecognised software)',
    category: 'tls',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:certificate|cert|x509|tls|ssl)\b[^\n]{0,60}?\b(?:expired|invalid|untrusted|unknown|revoked|not yet valid|verif(?:y|ication) (?:failed|error)|handshake (?:failed|failure|error))\b/i,
        ],
      },
    },
    diagnosis:
      '{workload} cannot establish TLS: the error line reports a certificate that is expired, untrusted or invalid.',
    actions: escalate('a certificate refused'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Check the certificate of the peer the line names (expiry, issuer, names) and the trust store the workload uses.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'unclassified-host-unresolved',
    title: 'A host name that does not resolve (unrecognised software)',
    category: 'dns',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:could not|couldn't|cannot|can't|unable to|failed to) resolve\b/i,
          /\b(?:unknown|no such) host\b/i,
          /\bname resolution\b[^\n]{0,30}?\bfail/i,
        ],
      },
    },
    diagnosis: '{workload} cannot resolve a host name: the error line reports a name resolution failure.',
    actions: escalate('a host name that does not resolve'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Check the host name in the config (spelling, namespace, the Service or record exists) and the cluster DNS.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'unclassified-missing-resource',
    title: 'A named resource the workload needs does not exist (unrecognised software)',
    category: 'config',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:namespace|tenant|bucket|topic|queue|exchange|vhost|virtual host|database|keyspace|index|realm|project|organi[sz]ation|stream|collection|task queue|workspace|schema|table|repository)\b[^\n]{0,60}?\b(?:(?:is|was) not found|not found|does not exist|doesn't exist|is unknown)\b/i,
          /\b(?:no such|unknown) (?:namespace|tenant|bucket|topic|queue|exchange|vhost|database|keyspace|index|realm|project|stream|collection|workspace)\b/i,
        ],
      },
    },
    diagnosis:
      '{workload} stops because something it names does not exist where it looks: the error line reports a namespace, bucket, topic, database or the like not found.',
    actions: escalate('a named resource (namespace, bucket, topic, database) that does not exist'),
    fixable: false,
    confidence: UNCLASSIFIED_CONFIDENCE,
    remediationHint:
      'Check the name in the config (spelling, environment, the namespace or tenant) and whether the resource was created (a bootstrap job, an operator, a registration step) on the service the line names.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'unclassified-error',
    title: 'An error no catalog entry knows',
    category: 'crash',
    generic: true,
    match: { logs: { errorLevelOnly: true, any: [/(?<line>[A-Za-z]{3}[^\n]{0,157})/] } },
    diagnosis:
      '{workload} fails with an error no catalog entry knows. The earliest error its failing instance logged: “{line}”.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'No catalog entry knows this failure of {workload}; the earliest error its failing instance logged is “{line}”: a human must look.',
      },
    ],
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE,
    remediationHint:
      'Start from the earliest error line of the failing instance (in the evidence): what follows it is usually its cascade.',
    rollout: 'blame',
  },
  {
    id: 'unclassified-failure',
    title: 'A failure no catalog entry knows, in a line without a level',
    category: 'crash',
    generic: true,
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /(?<line>\b(?:error|exception|fatal|panic|failed|failure|cannot|unable to|could not|refused|denied|invalid|timed out|refus(?:e|es|ed|ing) to (?:start|run|boot|continue|proceed|serve))\b[^\n]{0,140})/i,
          /(?<line>\b[\w.$]{0,80}(?:Error|Exception)\b[^\n]{0,120})/,
        ],
      },
    },
    diagnosis:
      '{workload} fails with an error no catalog entry knows. The first failure its failing instance printed: “{line}”.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'No catalog entry knows this failure of {workload}; the first failure its failing instance printed is “{line}”: a human must look.',
      },
    ],
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE - 0.02,
    remediationHint:
      'Start from the first failure line of the failing instance (in the evidence): what follows it is usually its cascade.',
    rollout: 'blame',
  },
  {
    id: 'unclassified-reported-failure',
    title: 'A failure Kubernetes reports that no catalog entry knows',
    category: 'crash',
    generic: true,
    match: { reportedFailures: [/(?<report>[A-Za-z]{3}[^\n]{0,157})/] },
    diagnosis: '{workload} fails in a way no catalog entry knows. Kubernetes reports: “{report}”.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'No catalog entry knows this failure of {workload}; Kubernetes reports “{report}”: a human must look.',
      },
    ],
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE - 0.01,
    remediationHint:
      'Read the reported failure (in the evidence) where it was raised: the kubelet, a storage or network plugin, a controller or admission, or the process’s termination message.',
    rollout: 'blame',
  },
  {
    id: 'unclassified-limit-warning',
    title: 'A limit reached, only warned about (unrecognised software)',
    category: 'limits',
    generic: true,
    match: { logs: { warnLevelOnly: true, any: LIMIT_REACHED } },
    diagnosis:
      '{workload} logs no error, but warns that a limit is reached: a quota, capacity or size exceeded drops or refuses work while the pod looks healthy.',
    actions: escalate('a quota, capacity or size limit reached (as a warning)'),
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE - 0.03,
    remediationHint:
      'Find whose limit it is (a per-tenant or per-user limit of the service, a data store, an upstream API) and whether the load behind it is real before raising anything.',
    rollout: 'blame',
  },
  {
    id: 'unclassified-silent-log',
    title: 'A running process that stopped logging',
    category: 'crash',
    generic: true,
    match: { logFindings: [/^quiet: (?<silence>[^\n]{1,400})/] },
    diagnosis:
      '{workload} runs but has gone quiet: {silence}. A process that stops logging while its alert fires is often hung (a deadlock, a reload that never finished, a call without a timeout).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} has stopped logging ({silence}) and nothing else names a cause: a human must look (a thread dump or `kill -QUIT` before any restart keeps the evidence).',
      },
    ],
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE - 0.04,
    remediationHint:
      'Take a thread or goroutine dump while it hangs, then look at what its last line started (a reload, a lock, a call to a dependency) before restarting it.',
    rollout: 'mention',
  },
  {
    id: 'unclassified-error-responses',
    title: 'A running service that answers most requests with errors, saying nothing else',
    category: 'upstream',
    generic: true,
    match: { logFindings: [/^error responses: (?<responses>[^\n]{1,400})/] },
    diagnosis:
      '{workload} runs but answers most requests with errors: {responses}. Nothing else in its log says why: the requests or what sends them (a load balancer health check on another path, a client, a route) may be wrong rather than the service.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} answers most requests with errors ({responses}) and nothing else names a cause: a human must look at who sends them and the route they take; a restart or a rollback changes neither.',
      },
    ],
    fixable: false,
    confidence: LAST_RESORT_CONFIDENCE - 0.035,
    remediationHint:
      'Compare the failing path with the routes the service serves and with what calls it: a load balancer target group health check path, an ingress rewrite, a client on an old API version.',
    rollout: 'blame-if-config-changed',
  },
];
