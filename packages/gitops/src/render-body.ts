import type { GitopsFinding } from './finding.ts';
import { refKey } from './objects.ts';

export type Validation = { step: string; ok: boolean; detail?: string };

/** The pull request's description: the finding, the risk, the exact diff, how each value was derived, what was checked. */
export function renderProposalBody(input: {
  finding: GitopsFinding;
  diff: string;
  files: readonly string[];
  validations: readonly Validation[];
}): string {
  const { finding, diff } = input;
  const o = finding.object;
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
    '```diff',
    diff.trimEnd(),
    '```',
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
    `<!-- sre-agent finding-key: ${finding.key} -->`,
  );
  return lines.join('\n');
}
