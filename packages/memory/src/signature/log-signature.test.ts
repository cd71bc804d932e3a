import { describe, expect, it } from 'vitest';
import { lineSignatures, logSignature, streamLineSignatures } from './log-signature.ts';

describe('lineSignatures', () => {
  it('gives lines of one template the same signature id and template', () => {
    const out = lineSignatures([
      'Accepted password for alice from 10.0.0.1 port 50000 ssh2',
      'Connection closed by 10.0.0.9',
      'Accepted password for alice from 10.0.0.2 port 50001 ssh2',
    ]);
    expect(out[0]?.signature).toBe(out[2]?.signature);
    expect(out[0]?.signature).not.toBe(out[1]?.signature);
    expect(out[1]).toEqual({
      line: 2,
      signature: expect.stringMatching(/^sig-[0-9a-f]{16}$/),
      template: 'Connection closed by <*>',
    });
  });

  it('redacts secrets out of templates', () => {
    const [line] = lineSignatures(['login failed password=hunter2 for user x']);
    expect(line?.template).not.toContain('hunter2');
  });
});

describe('streamLineSignatures', () => {
  it('mines a stream in windows, numbering lines across them, with the ids of the whole-log result', async () => {
    const lines = Array.from({ length: 7 }, (_, i) => `Connection closed by 10.0.0.${i} port ${50_000 + i}`);
    async function* source() {
      yield* lines;
    }
    const batches: { line: number; signature: string }[][] = [];
    for await (const batch of streamLineSignatures(source(), { windowLines: 3 })) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(batches.flat().map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(batches.flat().map((s) => s.signature))).toEqual(
      new Set(lineSignatures(lines).map((s) => s.signature)),
    );
  });
});

describe('logSignature', () => {
  it('is the same for two occurrences of one error and different for another error', () => {
    const a = logSignature(
      '2026-01-01T00:00:00Z ERROR Error: connect ECONNREFUSED 10.0.0.1:5432\n    at x (/app/a.js:1:2)',
    );
    const b = logSignature(
      '2026-02-03T04:05:06Z ERROR Error: connect ECONNREFUSED 10.9.9.9:5432\n    at x (/app/a.js:7:8)',
    );
    const c = logSignature('2026-02-03T04:05:06Z ERROR Error: connect ECONNREFUSED 10.9.9.9:6379');
    expect(a.signature).toBe(b.signature);
    expect(a.signature).not.toBe(c.signature);
    expect(a.identity).toEqual(['Error: connect ECONNREFUSED <*>:5432']);
  });
});
