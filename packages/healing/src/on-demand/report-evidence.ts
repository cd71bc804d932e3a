import { redactText } from '@sre-agent/core';
import { describeRollout } from '../diagnosis/evidence/index.ts';
import type { RedactedEvidence } from '../diagnosis/evidence/schema.ts';
import type { ReportDiagnosis } from './report.ts';

/** The redacted evidence by source, as an on-demand report shows it. */
export function reportEvidence(reason: string, evidence: RedactedEvidence): ReportDiagnosis['evidence'] {
  const out: ReportDiagnosis['evidence'] = [{ source: 'detection', text: redactText(reason) }];
  if (evidence.describe) out.push({ source: 'describe', text: evidence.describe });
  if (evidence.events.length) {
    out.push({
      source: 'events',
      text: evidence.events
        .map((e) =>
          `${e.lastTimestamp ?? e.firstTimestamp ?? ''} ${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`.trim(),
        )
        .join('\n'),
    });
  }
  const { previous, current } = evidence.logs;
  if (previous) out.push({ source: `log:previous:${previous.container}`, text: previous.text });
  if (current) out.push({ source: `log:current:${current.container}`, text: current.text });
  if (evidence.rollouts.length)
    out.push({ source: 'rollouts', text: evidence.rollouts.map(describeRollout).join('\n') });
  if (evidence.node) {
    const n = evidence.node;
    out.push({
      source: `node:${n.name}`,
      text: [
        `Ready=${n.ready}${n.unschedulable ? ' (cordoned)' : ''}`,
        ...n.conditions.map(
          (c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`,
        ),
      ].join('\n'),
    });
  }
  if (evidence.gaps.length) out.push({ source: 'gaps', text: evidence.gaps.join('\n') });
  return out;
}
