import type { Incident, Notification } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';
import type { Verification } from '../actions/spec.ts';
import type { RecalledFix } from '../ports.ts';

function subject(incident: Incident): string {
  const t = incident.target;
  return t.kind === 'Node' ? `node ${t.name}` : `${t.name} in ${t.namespace}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** `5 minutes`, `6 minutes 12 seconds`, `2 hours 5 minutes`, `40 seconds`. */
export function duration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0)
    return minutes > 0 ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}` : plural(hours, 'hour');
  if (minutes > 0)
    return seconds > 0
      ? `${plural(minutes, 'minute')} ${plural(seconds, 'second')}`
      : plural(minutes, 'minute');
  return plural(seconds, 'second');
}

/** Full stops and blanks that end a text; starts only where a run starts (linear on a long run). */
export const TRAILING_STOPS = /(?<![.\s])[.\s]+$/;

/** A sentence without its final full stop, so that more can follow it. */
const clause = (text: string) => text.trim().replace(TRAILING_STOPS, '');

function recalledLine(recalled: RecalledFix): string {
  const day = new Date(recalled.at).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const record =
    recalled.failed > 0
      ? `that fix worked ${plural(recalled.succeeded, 'time')} and failed ${plural(recalled.failed, 'time')}`
      : `that fix worked ${plural(recalled.succeeded, 'time')}`;
  // Descriptions are past-tense sentences, from the agent ("raised the memory limit…") or from an
  // imported postmortem ("Restarted the pgbouncer deployment…"): quote them as they are.
  return `I recognised this problem. On ${day} it was fixed like this: ${clause(recalled.description)} (${record}).`;
}

function fields(incident: Incident): { label: string; value: string }[] {
  const t = incident.target;
  return [
    { label: 'Workload', value: t.kind === 'Node' ? `Node ${t.name}` : `${t.kind} ${t.namespace}/${t.name}` },
    { label: 'Signal', value: incident.signal },
    { label: 'Cluster', value: t.cluster },
    { label: 'Mode', value: incident.mode },
  ];
}

const base = (incident: Incident, severity: Notification['severity'], text: string): Notification => ({
  // A problem that came back continues the thread of its first occurrence.
  threadKey: incident.groupedUnder ?? incident.recurrenceOf ?? incident.id,
  cluster: incident.target.cluster,
  severity,
  title: redactText(incident.title),
  text: redactText(text),
  fields: fields(incident),
});

/** The first message: what was detected and what the agent makes of it. */
export function diagnosedMessage(incident: Incident, recalled?: RecalledFix): Notification {
  const d = incident.diagnosis;
  const f = incident.forecast;
  const lines = [
    f
      ? `I forecast trouble for ${subject(incident)} (${incident.signal}): ${f.resource} reaches its limit ${f.timeToLimitMinutes === null || f.timeToLimitMinutes <= 0 ? 'now' : `in about ${plural(Math.round(f.timeToLimitMinutes), 'minute')}`}, before anything has failed.`
      : `I detected ${subject(incident)} failing (${incident.signal}).`,
  ];
  const didNotHold = incident.actions.filter((a) => a.reason.includes('did not hold'));
  if (incident.occurrence > 1 && didNotHold.length > 0) {
    lines.push(
      `It is back (occurrence ${incident.occurrence}): I ${didNotHold.map((a) => clause(a.reason)).join('; then I ')}.`,
    );
  }
  if (d) lines.push(`Diagnosis: ${clause(d.summary)} (confidence ${Math.round(d.confidence * 100)}%).`);
  if (recalled) lines.push(recalledLine(recalled));
  if (incident.managedBy) {
    lines.push(
      `Note: ${incident.target.name} is managed by ${incident.managedBy}; a direct change would be reverted by the controller, so the fix must also go to Git.`,
    );
  }
  return base(incident, 'warning', lines.join(' '));
}

export function appliedMessage(
  incident: Incident,
  summary: string,
  verifyMinutes: number,
  verification: Verification = 'target-healthy',
): Notification {
  const until =
    verification === 'node-replaced'
      ? 'once the old node is gone and a fresh one of its group is Ready in its place'
      : `once it has been healthy for ${plural(verifyMinutes, 'minute')}`;
  return base(incident, 'info', `I ${clause(summary)}. I will call it fixed ${until}.`);
}

export function resolvedMessage(
  incident: Incident,
  healthyFor: number,
  now: Date,
  verification: Verification = 'target-healthy',
): Notification {
  const done = incident.actions.filter((a) => a.status === 'succeeded').map((a) => clause(a.reason));
  const what = done.length > 0 ? ` I ${done.join(', then ')}.` : '';
  const mttr = duration(now.getTime() - new Date(incident.openedAt).getTime());
  const how =
    verification === 'node-replaced'
      ? `The old node is gone and its group is back at full strength with Ready nodes, ${duration(healthyFor)} after the termination`
      : incident.forecast
        ? `It has been healthy and no longer forecast to reach its limit for ${duration(healthyFor)}`
        : `It has been healthy for ${duration(healthyFor)}`;
  const seen = incident.forecast
    ? `I forecast ${incident.forecast.resource} of ${subject(incident)} reaching its limit (${incident.signal}).`
    : `I detected ${subject(incident)} failing (${incident.signal}).`;
  return {
    ...base(incident, 'resolved', `${seen}${what} ${how}: resolved ${mttr} after detection.`),
    status: 'resolved',
  };
}

/** An incident grouped under another of the same cause: a line in that thread, not a page of its own. */
export function groupedMessage(incident: Incident, reason: string): Notification {
  return base(
    incident,
    'warning',
    `${subject(incident)} fails for the same cause (${incident.cause}); it is followed in this thread: ${clause(reason)}.`,
  );
}

/** A recurring problem already escalated in this thread: a line, not another page. */
export function stillFailingMessage(incident: Incident, reason: string): Notification {
  return base(
    incident,
    'warning',
    `${subject(incident)} failed again (occurrence ${incident.occurrence}); it still needs the human fix asked for above: ${clause(reason)}.`,
  );
}

export function escalatedMessage(incident: Incident, reason: string): Notification {
  const lines = [`I need a human for ${subject(incident)}: ${clause(reason)}.`];
  const known = incident.diagnosis ? clause(incident.diagnosis.summary) : undefined;
  if (known && !reason.includes(known)) lines.push(`What I know: ${known}.`);
  const tried = incident.actions.filter((a) => a.status === 'failed' || a.status === 'dry-run-failed');
  if (tried.length > 0)
    lines.push(`What I tried: ${tried.map((a) => `${a.reason} (${a.status})`).join('; ')}.`);
  else lines.push('I changed nothing.');
  return { ...base(incident, 'critical', lines.join(' ')), status: 'escalated' };
}

/** A fix that contained the damage without removing the symptom: says what a human must still do. */
export function mitigatedMessage(
  incident: Incident,
  what: string,
  state: string,
  then?: string,
): Notification {
  const human =
    incident.target.kind === 'Node'
      ? 'Repair or replace the node (EC2 status checks, kubelet and containerd logs, or let its node group replace it); I will close this incident once it is Ready or replaced.'
      : 'The cause is still there; I will close this incident once the symptom is gone.';
  const next = then ? `Next: ${clause(then)}. Otherwise: ${human}` : human;
  return {
    ...base(incident, 'warning', `I ${clause(what)}. Mitigated, not fixed: ${clause(state)}. ${next}`),
    status: 'escalated',
  };
}

/** A mitigated incident whose next step cannot happen: a line in the thread that already paged. */
export function stillMitigatedMessage(incident: Incident, reason: string): Notification {
  return base(
    incident,
    'warning',
    `${subject(incident)} is still mitigated, not fixed, and I can do no more: ${clause(reason)}. It still needs the human step asked for above.`,
  );
}

export function observedMessage(incident: Incident, what: string, reason: string): Notification {
  return {
    ...base(incident, 'warning', `I would ${clause(what)}, but ${reason}, so I changed nothing.`),
    status: 'observed',
  };
}

/**
 * A proposal awaiting approval. Buttons carry ids only (`<incident>:<action>`); what they do is
 * the proposal stored on the incident. `rollback`: the "roll back my change" alternative, when the
 * workload's own recent rollout can be undone.
 */
export function proposedMessage(
  incident: Incident,
  what: string,
  actionId: string,
  rollback?: { id: string; reason: string },
): Notification {
  const alternative = rollback ? ` Or roll back the recent rollout: ${clause(rollback.reason)}.` : '';
  return {
    ...base(incident, 'warning', `I propose to ${clause(what)}.${alternative} Approve or reject below.`),
    buttons: [
      { id: 'approve', label: 'Approve', value: `${incident.id}:${actionId}`, style: 'primary' },
      { id: 'reject', label: 'Reject', value: `${incident.id}:${actionId}`, style: 'danger' },
      ...(rollback
        ? [{ id: 'rollback', label: 'Roll back my change', value: `${incident.id}:${rollback.id}` }]
        : []),
    ],
  };
}

export function actionFailedMessage(incident: Incident, what: string, reason: string): Notification {
  return base(incident, 'warning', `${clause(what)} did not fix it: ${clause(reason)}.`);
}

export function recoveredMessage(incident: Incident, handedBack?: string): Notification {
  const cordoned =
    incident.target.kind === 'Node' &&
    !handedBack &&
    incident.actions.some((a) => a.action.kind === 'cordon-drain-node' && a.status === 'succeeded');
  const after = handedBack
    ? ` I ${clause(handedBack)}.`
    : cordoned
      ? ' It is still cordoned: uncordon it when you trust it again.'
      : '';
  return {
    ...base(incident, 'resolved', `${subject(incident)} has recovered; closing this incident.${after}`),
    status: 'resolved',
  };
}
