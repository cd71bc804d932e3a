export { BUNDLED_CONFIG_FILE, loadBundledConfig, renderBundledConfig } from './bundled-config.ts';
export type { Clock } from './clock.ts';
export { ManualClock, systemClock } from './clock.ts';
export type { ClusterConfig, Config, LoadedConfig, PolicyConfig } from './config.ts';
export { ConfigSchema, modeFor, parseSecrets } from './config.ts';
export { loadConfig, parseConfig } from './config-file.ts';
export type { SleepSchedule, SleepTarget, SleepWindow } from './cost-config.ts';
export type { ActionRecord, Mode, Signal, WorkloadKind, WorkloadRef } from './domain.ts';
export {
  ActionRecordSchema,
  DetectionSourceSchema,
  isOpenIncident,
  SignalSchema,
  WorkloadKindSchema,
  WorkloadRefSchema,
  workloadKey,
} from './domain.ts';
export {
  ConfigError,
  ConflictError,
  ExternalServiceError,
  errorMessage,
  ForbiddenError,
  NotFoundError,
  SreAgentError,
  ValidationError,
} from './errors.ts';
export type { ForecastConfig, SeriesSelectors, SloConfig } from './forecast-config.ts';
export { DEFAULT_SERIES_SELECTORS } from './forecast-config.ts';
export type { IdGenerator } from './ids.ts';
export { randomIds, sequentialIds } from './ids.ts';
export type { AuditRecord, Diagnosis, Incident, IncidentAction, TimelineEntry } from './incident.ts';
export {
  AuditRecordSchema,
  type IncidentForecast,
  IncidentForecastSchema,
  IncidentSchema,
} from './incident.ts';
export type { RedisCacheConfig } from './integrations/redis.ts';
export type {
  IntegrationNameOf,
  IntegrationsConfig,
  SecretEnv,
  SecretStackName,
  Secrets,
} from './integrations/registry.ts';
export { INTEGRATION_SECRETS, INTEGRATIONS, SecretsSchema } from './integrations/registry.ts';
export type { SlackConfig } from './integrations/slack.ts';
export { lazySchema } from './lazy-schema.ts';
export type { LogAttributes, Logger, LogLevel } from './logger.ts';
export { createJsonLogger, InMemoryLogger, silentLogger } from './logger.ts';
export { NamespaceWithholding } from './namespace-withholding.ts';
export type { Notification, NotificationSeverity, Notifier } from './notify.ts';
export { fanOutNotifier, InMemoryNotifier, isPage } from './notify.ts';
export { isSecretName, REDACTED, REDACTION_PATTERNS, redactText, redactValue } from './redact.ts';
export type { SecurityExemption } from './security-config.ts';
export { SecurityConfigSchema } from './security-config.ts';
export type { SecurityFinding, SecuritySeverity } from './security-finding.ts';
export { SECURITY_SEVERITIES, SecurityFindingSchema, securityFindingKey } from './security-finding.ts';
export { truncate } from './truncate.ts';
export type { UntrustedPattern } from './untrusted-pattern.ts';
export { untrustedPatterns } from './untrusted-pattern.ts';
