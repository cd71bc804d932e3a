import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_CHARS, MAX_RESPONSE_PARTS, splitSlackAnswer } from './response-url.ts';

const lines = (n: number, width = 100) =>
  Array.from({ length: n }, (_, i) => `${String(i).padStart(4, '0')} ${'x'.repeat(width)}`);

describe('splitSlackAnswer', () => {
  it('sends a short answer as it is, in one message', () => {
    expect(splitSlackAnswer('all good\nnothing to do')).toEqual(['all good\nnothing to do']);
  });

  it('splits a long answer at line ends into numbered parts, each within Slack’s size, losing no line', () => {
    const text = lines(60).join('\n');
    const parts = splitSlackAnswer(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThanOrEqual(MAX_RESPONSE_PARTS);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(MAX_RESPONSE_CHARS);
      expect(part.startsWith(`_(${i + 1}/${parts.length})_\n`)).toBe(true);
    });
    const joined = parts.flatMap((p) => p.split('\n').slice(1));
    expect(joined).toEqual(text.split('\n'));
  });

  it('closes a code block at a cut and reopens it in the next part', () => {
    const parts = splitSlackAnswer(['```', ...lines(60), '```'].join('\n'));
    for (const part of parts) {
      const fences = part.split('\n').filter((l) => l.startsWith('```')).length;
      expect(fences % 2).toBe(0);
    }
  });

  it('stops at five messages (Slack’s limit per response_url) with a line that says what was left out', () => {
    const parts = splitSlackAnswer(['```', ...lines(500), '```'].join('\n'), 'run `sre-agent security scan`');
    expect(parts).toHaveLength(MAX_RESPONSE_PARTS);
    const last = parts.at(-1) ?? '';
    expect(last).toMatch(/truncated: \d+ more lines not shown \(run `sre-agent security scan`\)\.$/);
    expect(last.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_RESPONSE_CHARS);
  });

  it('cuts a single line longer than a message', () => {
    const [part, ...rest] = splitSlackAnswer('y'.repeat(10_000));
    expect(rest).toEqual([]);
    expect((part ?? '').length).toBeLessThanOrEqual(MAX_RESPONSE_CHARS);
  });
});
