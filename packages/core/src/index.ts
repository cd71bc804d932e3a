export type { Clock } from './clock.ts';
export { ManualClock, systemClock } from './clock.ts';
export type {
  ClusterConfig,
  Config,
  IntegrationsConfig,
  LoadedConfig,
  PolicyConfig,
  RedisCacheConfig,
  Secrets,
  SlackApprovers,
  SlackConfig,
} from './config.ts';
export {
  CONFIG_ENV,
  ConfigSchema,
  DEFAULT_CONFIG_FILE,
  loadConfig,
  modeFor,
  parseConfig,
  parseSecrets,
  RedisCacheConfigSchema,
  SlackApproversSchema,
  SlackConfigSchema,
} from './config.ts';
export type {
  ActionRecord,
  DetectionSource,
  IncidentStatus,
  Mode,
  Signal,
  WorkloadKind,
  WorkloadRef,
} from './domain.ts';
export {
  ActionKindNameSchema,
  ActionRecordSchema,
  DetectionSourceSchema,
  IncidentStatusSchema,
  isOpenIncident,
  isTerminal,
  ModeSchema,
  SignalSchema,
  TERMINAL_STATUSES,
  WorkloadKindSchema,
  WorkloadRefSchema,
  workloadKey,
} from './domain.ts';
export type { ErrorCode } from './errors.ts';
export {
  ConfigError,
  ConflictError,
  ExternalServiceError,
  errorMessage,
  ForbiddenError,
  NotFoundError,
  PolicyViolationError,
  SreAgentError,
  ValidationError,
} from './errors.ts';
export type { IdGenerator } from './ids.ts';
export { randomIds, sequentialIds } from './ids.ts';
export type { AuditRecord, Diagnosis, Incident, IncidentAction, TimelineEntry } from './incident.ts';
export {
  AuditRecordSchema,
  DiagnosisSchema,
  IncidentActionSchema,
  IncidentSchema,
  TimelineEntrySchema,
} from './incident.ts';
export type { LogAttributes, Logger, LogLevel } from './logger.ts';
export { createJsonLogger, InMemoryLogger, redactingLogger, silentLogger } from './logger.ts';
export type { Notification, NotificationButton, NotificationSeverity, Notifier } from './notify.ts';
export { fanOutNotifier, InMemoryNotifier } from './notify.ts';
export { isSecretName, REDACTED, REDACTION_PATTERNS, redactText, redactValue } from './redact.ts';
export type { UntrustedPattern } from './untrusted-pattern.ts';
export { untrustedPatterns } from './untrusted-pattern.ts';
