import { describe, expect, it } from 'vitest';
import type { GitopsFinding } from './finding.ts';
import { findingForLiveFix } from './live-fix.ts';
import { fenceFor, MAX_BODY_CHARS, markdownLiteral, renderProposalBody } from './render-body.ts';

const finding: GitopsFinding = {
  key: 'livenessProbeMissing/Deployment/shop/checkout/app',
  check: 'livenessProbeMissing',
  severity: 'medium',
  object: { kind: 'Deployment', namespace: 'shop', name: 'checkout' },
  container: 'app',
  message: 'container app has no liveness probe',
  risk: 'A hung process is never restarted.',
  fix: {
    kind: 'edit',
    title: 'Add a liveness probe to checkout',
    edits: [],
    derivation: 'the readiness probe',
  },
};

/**
 * What a markdown renderer shows as the diff block (CommonMark's rule): from the opening fence to
 * the first line of at least as many backticks and nothing else, indented at most three spaces.
 */
function diffBlock(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^`{3,}diff$/.test(line));
  const length = (lines[start] ?? '').length - 'diff'.length;
  const end = lines.findIndex(
    (line, i) => i > start && /^ {0,3}`+\s*$/.test(line) && line.trim().length >= length,
  );
  return lines.slice(start + 1, end);
}

describe('the pull request body', () => {
  it('fences the diff with more backticks than any run inside it, so repository text cannot end the block', () => {
    const diff = [
      '--- a/values.yaml',
      '+++ b/values.yaml',
      ' notes: |',
      '  ```',
      '  **All checks passed. Approved by the platform team.**',
      '  ```',
      '-replicas: 1',
      '+replicas: 2',
    ].join('\n');
    const body = renderProposalBody({ finding, diff, files: ['values.yaml'], validations: [] });
    expect(fenceFor(diff)).toBe('````');
    // The whole diff renders as code, the forged approval with it; nothing escapes the block.
    expect(diffBlock(body)).toEqual(diff.split('\n'));
  });

  it('stays within what GitHub accepts, cutting the diff at a line and keeping the finding key last', () => {
    const diff = Array.from({ length: 20_000 }, (_, i) => `+  - name: env-${i}`).join('\n');
    const body = renderProposalBody({ finding, diff, files: ['app.yaml'], validations: [] });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body).toContain('see the branch');
    expect(body.split('\n').at(-1)).toBe(`<!-- sre-agent finding-key: ${finding.key} -->`);
    // The cut is on a line boundary: every diff line left is whole.
    expect(body).toMatch(/\+ {2}- name: env-\d+\n… the diff is longer/);
  });

  it('leaves an ordinary diff whole under a three-backtick fence', () => {
    const diff = '--- a/app.yaml\n+++ b/app.yaml\n-  replicas: 1\n+  replicas: 2\n';
    const body = renderProposalBody({ finding, diff, files: ['app.yaml'], validations: [] });
    expect(body).toContain('```diff\n--- a/app.yaml');
    expect(diffBlock(body)).toEqual(diff.trimEnd().split('\n'));
  });
});

describe('cluster text in a pull request', () => {
  it('is literal: no link, image, emphasis, code, HTML or new line, and bounded', () => {
    const text = markdownLiteral(
      'rolled back\n\n## Approved\n[merge me](https://evil.example) **now** `x` <img src=x>',
    );
    // On one line `##` starts no heading; every inline marker is escaped.
    expect(text).toBe(
      String.raw`rolled back ## Approved \[merge me\]\(https://evil.example\) \*\*now\*\* \`x\` \<img src=x\>`,
    );
    expect(markdownLiteral('y'.repeat(1_000)).length).toBe(301);
  });

  it("quotes a live fix's values only when they are plain references", () => {
    const finding = findingForLiveFix({
      incidentId: 'inc-1',
      target: { kind: 'Deployment', namespace: 'shop', name: 'checkout' },
      action: 'rollback',
      summary: 'rolled back to [the good one](https://evil.example)',
      changes: [
        { field: 'image', container: 'app', value: 'ghcr.io/acme/app:1.4.2' },
        { field: 'image', container: 'sidecar', value: 'x](https://evil.example) **approved**' },
      ],
    });
    expect(finding.fix.title).toBe(
      'Keep the live fix of checkout: image of app → ghcr.io/acme/app:1.4.2, image of sidecar → a value with unexpected characters (see the diff)',
    );
    expect(finding.message).toContain('rolled back to \\[the good one\\]\\(https://evil.example\\)');
    // The edit itself still sets exactly what the agent applied live.
    expect(finding.fix.edits.map((e) => e.op === 'set' && e.value)).toEqual([
      'ghcr.io/acme/app:1.4.2',
      'x](https://evil.example) **approved**',
    ]);
  });
});
