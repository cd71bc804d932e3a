import type { GitopsFinding } from './finding.ts';
import { refKey } from './objects.ts';

export type Validation = { step: string; ok: boolean; detail?: string };

/** GitHub refuses a pull request body over 65,536 characters; the diff gives way first. */
export const MAX_BODY_CHARS = 60_000;

/**
 * Text from a cluster (an incident's summary, an image a rollback restored) as literal markdown:
 * it is put on one line and every character inline markdown reads as syntax is escaped, bounded, so that
 * such text cannot make links, headings, checkboxes or "approved" badges in a pull request.
 */
export function markdownLiteral(text: string, max = 300): string {
  const bounded = text.length > max ? `${text.slice(0, max)}…` : text;
  // On one line nothing can start a heading, list or block; what stays is inline syntax.
  return bounded.replace(WHITESPACE_RUNS, ' ').replace(INLINE_MARKDOWN, '\\$&');
}

export const WHITESPACE_RUNS = /\s+/g;
/** What inline markdown reads as syntax: escapes, code, emphasis, links and images, HTML, tables, strike-through. */
export const INLINE_MARKDOWN = /[\\`*_[\]()<>!|~]/g;

/**
 * A code fence the text cannot close: one backtick longer than the longest run inside it (a
 * values file's block scalar can hold a line of three backticks, which would end a fixed fence and
 * let repository text render as the body's own words).
 */
export function fenceFor(text: string): string {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The pull request's description: the finding, the risk, the exact diff, how each value was derived, what was checked. */
export function renderProposalBody(input: {
  finding: GitopsFinding;
  diff: string;
  files: readonly string[];
  validations: readonly Validation[];
}): string {
  const { finding } = input;
  const o = finding.object;
  const diff = boundedDiff(input.diff.trimEnd(), finding);
  const fence = fenceFor(diff);
  const lines = [
    `**Finding** \`${finding.check}\` (${finding.severity}) on ${o.kind} \`${o.namespace}/${o.name}\`${finding.container ? `, container \`${finding.container}\`` : ''}: ${finding.message}.`,
    '',
    `**Risk.** ${finding.risk}`,
    '',
  ];
  if (finding.fix.kind === 'edit') {
    lines.push(`**How the value was derived.** ${finding.fix.derivation}.`, '');
  } else if (finding.fix.kind === 'check') {
    lines.push(
      `**How the value was derived.** ${finding.fix.derivation}.`,
      '',
      '**Draft: verify before merging.** These values can stop the workload from starting or working; confirm each point, then mark the pull request ready:',
      '',
      ...finding.fix.verify.map((v) => `- [ ] ${v}`),
      '',
    );
  } else {
    lines.push(
      '**Draft: a human must fill this in.** No sound value could be derived, so this pull request only marks the place:',
      '',
      `- ${finding.fix.todo}`,
      '',
    );
  }
  lines.push(
    `**Where.** ${input.files.map((f) => `\`${f}\``).join(', ')}${finding.source ? ` (${finding.source.via}; the object is declared in \`${finding.source.file}\`, document ${finding.source.document}${finding.source.yamlPath ? `, \`${finding.source.yamlPath}\`` : ''})` : ''}.`,
    '',
    `${fence}diff`,
    diff,
    fence,
    '',
    '**Checked before committing.**',
    ...input.validations.map(
      (v) => `- ${v.ok ? 'passed' : 'FAILED'}: ${v.step}${v.detail ? ` (${v.detail})` : ''}`,
    ),
    '',
    `**After merging, verify** that ${refKey(o)} rolls out and stays Ready (\`kubectl rollout status\`), and that no probe or eviction errors appear in its events.`,
    '',
    '**Rollback.** Revert this commit; the next sync restores the previous spec.',
    '',
  );
  // The key's marker closes the body whatever happens above it: listing open proposals reads it.
  const marker = `<!-- sre-agent finding-key: ${finding.key} -->`;
  const text = lines.join('\n');
  const room = MAX_BODY_CHARS - marker.length - 2;
  return `${text.length > room ? `${text.slice(0, room)}…` : text}\n${marker}`;
}

/** The diff, cut at a line boundary when the body would pass GitHub's limit (the branch has all of it). */
function boundedDiff(diff: string, finding: GitopsFinding): string {
  const room = MAX_BODY_CHARS - 6_000 - finding.message.length - finding.risk.length;
  if (diff.length <= room) return diff;
  const cut = diff.lastIndexOf('\n', Math.max(0, room));
  return `${diff.slice(0, Math.max(0, cut))}\n… the diff is longer than a pull request body can hold: see the branch's commit for all of it`;
}
