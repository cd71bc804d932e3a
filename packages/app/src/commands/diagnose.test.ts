import { describe, expect, it } from 'vitest';
import { main } from '../cli.ts';
import { parseDiagnoseTarget } from './diagnose.ts';

async function cli(...args: string[]) {
  const err: string[] = [];
  const code = await main(['node', 'sre-agent', ...args], { out: () => {}, err: (t) => err.push(t) });
  return { code, err: err.join('') };
}

describe('diagnose', () => {
  it('reads a workload, a node, or nothing as the target', () => {
    expect(parseDiagnoseTarget('shop/cart')).toEqual({ kind: 'workload', namespace: 'shop', name: 'cart' });
    expect(parseDiagnoseTarget('node/ip-10-0-1-2.ec2.internal')).toEqual({
      kind: 'node',
      name: 'ip-10-0-1-2.ec2.internal',
    });
    expect(parseDiagnoseTarget(undefined)).toEqual({ kind: 'all' });
  });

  it('refuses a bad target or a missing dump with one line and a non-zero exit', async () => {
    for (const bad of ['cart', 'shop/', 'a/b/c', 'Shop/Cart', '../etc/passwd']) {
      const { code, err } = await cli('diagnose', '--dump', '/nonexistent', bad);
      expect(code, bad).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/bad target/);
    }
    const missing = await cli('diagnose', '--dump', '/nonexistent-dump-dir');
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe('sre-agent: no such directory: /nonexistent-dump-dir');
  }, 30_000);
});
