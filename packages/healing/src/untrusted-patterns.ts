import type { UntrustedPattern } from '@sre-agent/core';
import { untrustedPatterns } from '@sre-agent/core';
import { CATALOG, type Criteria } from './diagnosis/catalog/index.ts';
import { LOG_SETTING_REFUSED } from './diagnosis/correlate-rollout.ts';
import { LINE_BREAKS_AND_BACKTICKS, MAX_LINE_CHARS } from './diagnosis/diagnose.ts';
import { LEADING_REPLACEMENT_CHARS, TRAILING_REPLACEMENT_CHARS } from './diagnosis/evidence/index.ts';
import { NOT_PATH_CHARS, QUOTED_REQUEST } from './diagnosis/evidence/log-responses.ts';
import { CTIME_DATE_TIME, LOG_DATE_TIME } from './diagnosis/evidence/log-time.ts';
import { FLAG_SEPARATORS } from './diagnosis/runtime-caps.ts';
import { PROBE_FAILED } from './monitor/detectors/probe-failure.ts';
import { POD_TEMPLATE_HASH } from './monitor/owner-workload.ts';
import { TRAILING_STOPS } from './notify/compose.ts';
import { PROMPT_TAG } from './reasoning/bedrock-reasoner.ts';

function criteriaRegexes(criteria: Criteria | undefined): readonly RegExp[] {
  if (!criteria) return [];
  const logs = criteria.logs ? ('all' in criteria.logs ? criteria.logs.all : criteria.logs.any) : [];
  // Log findings quote a log line (`cpu: ... the log: <line>`): untrusted as well.
  return [
    ...logs,
    ...(criteria.events ?? []),
    ...(criteria.reportedFailures ?? []),
    ...(criteria.logFindings ?? []),
  ];
}

/**
 * Every regex of the pattern catalog (matchers, boosts and captures), named `catalog/<id>/<n>`.
 * Diagnosis hands each one a log line or a status message of at most {@link MAX_LINE_CHARS}.
 */
export const CATALOG_PATTERNS: readonly UntrustedPattern[] = CATALOG.flatMap((pattern) =>
  untrustedPatterns(
    `catalog/${pattern.id}`,
    [...criteriaRegexes(pattern.match), ...criteriaRegexes(pattern.boost), ...(pattern.captures ?? [])],
    MAX_LINE_CHARS,
  ),
);

/**
 * Every regex the healing loop runs on untrusted text (logs, events, messages, evidence, model
 * input): the catalog, and the few that diagnosis, monitoring, notifications and the Bedrock
 * prompt apply. The adversarial-input test and the regex benchmark run this list.
 */
export const HEALING_PATTERNS: readonly UntrustedPattern[] = [
  ...CATALOG_PATTERNS,
  { name: 'diagnose/line-breaks-and-backticks', pattern: LINE_BREAKS_AND_BACKTICKS },
  { name: 'diagnose/flag-separators', pattern: FLAG_SEPARATORS },
  { name: 'evidence/leading-replacement-chars', pattern: LEADING_REPLACEMENT_CHARS },
  { name: 'evidence/trailing-replacement-chars', pattern: TRAILING_REPLACEMENT_CHARS },
  { name: 'evidence/log-date-time', pattern: LOG_DATE_TIME },
  { name: 'evidence/ctime-date-time', pattern: CTIME_DATE_TIME },
  { name: 'evidence/quoted-request', pattern: QUOTED_REQUEST },
  { name: 'evidence/not-path-chars', pattern: NOT_PATH_CHARS },
  { name: 'rollout/log-setting-refused', pattern: LOG_SETTING_REFUSED },
  { name: 'monitor/pod-template-hash', pattern: POD_TEMPLATE_HASH },
  { name: 'monitor/probe-failed', pattern: PROBE_FAILED },
  { name: 'notify/trailing-stops', pattern: TRAILING_STOPS },
  { name: 'reasoning/prompt-tag', pattern: PROMPT_TAG },
];
