import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';

/** Runs the CLI in process and returns its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sre-agent', ...args], {
    out: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

type AskJson = {
  question: string;
  via: string;
  answer: string;
  evidence: { tool: string; input: string; ok: boolean }[];
  diagnoses: { namespace: string; workload: string; actions: { kind: string }[] }[];
};

describe('sre-agent ask without Bedrock (the sandbox, rules and read-only diagnosis)', () => {
  it('finds the workload the question names, diagnoses it and says it answered without a model', async () => {
    const { code, out, err } = await cli(
      'ask',
      'why',
      'does',
      'Order-Service',
      'keep',
      'restarting?',
      '--json',
    );

    expect(err).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(out) as AskJson;
    expect(answer.via).toBe('rules');
    expect(answer.question).toBe('why does Order-Service keep restarting?');
    expect(answer.answer).toContain('Answered without a language model (Bedrock is not configured)');
    expect(answer.diagnoses.map((d) => `${d.namespace}/${d.workload}`)).toEqual(['shop/order-service']);
    expect(answer.diagnoses[0]?.actions.map((a) => a.kind)).toContain('raise-memory-limit');
    expect(answer.evidence).toEqual([{ tool: 'diagnose_workload', input: 'shop/order-service', ok: true }]);
    expect(answer.answer).toContain('`/sre diagnose shop/order-service`');
  }, 60_000);

  it('names the failing workloads and says how to ask when the question names none', async () => {
    const { code, out } = await cli('ask', 'is anything broken?', '--scenario', 'crashloop-db-timeout');

    expect(code).toBe(0);
    expect(out).toContain('Your question names no workload I can find.');
    expect(out).toContain('payments/payment-api (CrashLoopBackOff)');
    expect(out).toContain('ask why is shop/order-service failing?');
    expect(out).toContain('Nothing was changed.');
  }, 60_000);
});
