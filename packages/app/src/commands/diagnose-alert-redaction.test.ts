import { redactText } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { parsePastedAlerts } from './diagnose.ts';

const target = { kind: 'workload', namespace: 'shop', name: 'web' } as const;
const now = new Date('2026-03-02T10:00:00.000Z');

describe('a pasted alert is redacted whole, its name too', () => {
  it("redacts a secret pasted as the alert's name (the ingest redacts names; the CLI must too)", () => {
    // A one-word name before ': ' is taken as the alertname, unredacted, and weighed (and possibly
    // sent to the reasoner or the memory index) as `<name>: <words>`.
    const [alert] = parsePastedAlerts(
      ['AKIAIOSFODNN7EXAMPLE: checkout 5xx ratio 0.4 over 10m'],
      target as never,
      now,
    );
    expect(redactText('AKIAIOSFODNN7EXAMPLE')).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(alert?.name).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
