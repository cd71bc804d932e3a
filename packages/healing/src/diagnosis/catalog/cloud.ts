import type { Pattern } from './types.ts';

/** Cloud provider APIs seen from a workload: AWS request throttling and the instance metadata service. */
export const CLOUD_PATTERNS: readonly Pattern[] = [
  {
    id: 'aws-api-throttled',
    title: 'AWS API throttles the workload',
    category: 'upstream',
    match: {
      logs: {
        any: [
          // The error codes AWS services return for throttling, as every SDK names them.
          /\b(?<code>ThrottlingException|ThrottledException|TooManyRequestsException|RequestLimitExceeded|ProvisionedThroughputExceededException|RequestThrottledException|RequestThrottled|SlowDown|LimitExceededException|EC2ThrottledException|BandwidthLimitExceeded|PriorRequestNotComplete)\b/,
          /\bPlease reduce your request rate\b/,
          /\bRate [Ee]xceeded\b/,
          /\bRequest limit exceeded\b/i,
        ],
      },
    },
    boost: {
      logs: {
        any: [
          /\b(?:aws-sdk|botocore|boto3|software\.amazon\.awssdk|com\.amazonaws|Amazon\.Runtime|api error|operation error)\b/,
        ],
      },
    },
    captures: [
      /when calling the (?<operation>\w{1,80}) operation/,
      /operation error (?<service>[\w ]{1,40}): (?<operation>\w{1,80})/,
      /\(Service: (?<service>[\w ]{1,40}), Status Code/,
    ],
    diagnosis:
      'AWS throttles {workload}[[ ({code})]][[: {service}]][[ {operation}]] calls exceed the account or resource rate limit and the SDK retries ran out.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'AWS rate-limits {workload}[[ on {service}]][[ {operation}]][[ ({code})]]: reduce the call rate (caching, batching, backoff with jitter) or raise the quota; more replicas or restarts make it worse.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Find who shares the limit (the account, a table partition, an S3 prefix); raise the SDK retry mode to adaptive, cache describe calls, or request a Service Quotas increase.',
    rollout: 'mention',
  },
  {
    // Temporary credentials (an assumed role's session, a web-identity token) the process fetched
    // once and never renewed: after their lifetime every call is refused, though the role is fine.
    id: 'aws-session-credentials-expired',
    title: 'AWS refuses the session credentials a long-running process never renewed',
    category: 'permissions',
    match: {
      logs: {
        // The process's own error: a request line quoting the words restarts nothing.
        errorLinesOnly: true,
        any: [
          /\bThe security token included in the request is expired\b/,
          /\bExpiredToken(?:Exception)?\b[^\n]{0,80}\b(?:expired|token)\b/i,
          /\bRequestExpired\b[^\n]{0,80}\bcredentials\b/i,
        ],
      },
      // Session credentials live an hour or more: expired ones on a younger process are another problem (clock skew).
      runningForHours: 1,
    },
    diagnosis:
      "{workload}'s AWS session credentials expired after it had run for hours: it fetched temporary credentials once (an assumed role, a web-identity token) and does not renew them, so AWS refuses every call.",
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          '{workload} holds expired AWS session credentials: a new pod fetches fresh ones; make the client refresh them (the SDK credential provider chain, not a one-off AssumeRole at start).',
      },
    ],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      'Use the SDK default provider chain (IRSA / Pod Identity refresh on their own) or a refreshing AssumeRole provider instead of credentials fetched once at start; check the node clock if it recurs within the hour.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'aws-imds-unreachable',
    title: 'No AWS credentials from the instance metadata service',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /\bno EC2 IMDS role found\b/,
          /\bEC2RoleRequestError: no EC2 instance role found\b/,
          /\bfailed to (?:load|refresh) (?:cached )?credentials\b[^\n]{0,120}\bec2imds\b/,
          /\bUnable to load (?:AWS )?credentials from any of the providers in the chain\b/,
          /\bFailed to load credentials from IMDS\b|\bCould not load credentials from IMDS\b/i,
          /\bInstanceMetadataProvider\b[^\n]{0,80}\b(?:timed out|failed|Unable)\b/,
        ],
      },
    },
    diagnosis:
      "{workload} finds no AWS credentials: it fell back to the node's instance metadata (IMDS), which it cannot reach or which gives it no role.",
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} has no AWS credentials: give its service account an IAM role (IRSA annotation eks.amazonaws.com/role-arn or an EKS Pod Identity association); IMDS is blocked or hop-limited for pods.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check the service account annotation and that the pod has AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE (or the Pod Identity agent env); IMDSv2 with hop limit 1 keeps pods off the node role by design.',
    rollout: 'blame-if-config-changed',
  },
];
