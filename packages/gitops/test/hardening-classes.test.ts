import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { planHardening } from '../src/hardening/plan.ts';
import { readRepository } from '../src/source/repository.ts';
import { createFixtureRepo } from './fixture-repo.ts';

const pod = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: lab }
spec:
${spec}`;

async function plan(files: Record<string, string>, options: Parameters<typeof planHardening>[1] = {}) {
  const dir = await createFixtureRepo(files);
  try {
    return planHardening(await readRepository(dir, {}), options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('planHardening', () => {
  it('reports allowPrivilegeEscalation beside SYS_ADMIN, added capabilities and runAsUser 0, with the reason', async () => {
    const { findings, reported } = await plan({
      'lab.yaml': pod(
        'admin',
        `  containers:
    - name: fuse
      image: ghcr.io/acme/fuse:1
      securityContext:
        runAsUser: 0
        capabilities: { add: [SYS_ADMIN] }
`,
      ),
    });
    expect(reported.map((r) => `${r.check} ${r.container ?? ''}`)).toEqual([
      'capabilities_restricted fuse',
      'allowPrivilegeEscalation fuse',
      'runAsNonRoot fuse',
      'runAsUser fuse',
    ]);
    expect(reported[0]?.reason).toContain('adds SYS_ADMIN');
    expect(reported[1]?.reason).toContain('adds SYS_ADMIN');
    expect(reported[2]?.reason).toContain('runAsUser: 0');
    // Dropping ALL still goes out (as a draft); nothing goes out as a safe pull request.
    expect(findings.map((f) => f.key)).toEqual(['hardening-check/lab/Pod/admin']);
    const fix = findings[0]?.fix;
    expect(fix?.kind === 'check' && fix.edits.map((e) => `${e.op} ${JSON.stringify(e.path)}`)).toEqual([
      'set ["spec","containers",{"name":"fuse"},"securityContext","capabilities","drop"]',
      'set ["spec","securityContext","seccompProfile","type"]',
      'set ["spec","containers",{"name":"fuse"},"securityContext","readOnlyRootFilesystem"]',
    ]);
  });

  it('says what to verify from the spec: the image user, low ports, root without capabilities, no writable mount', async () => {
    const { findings } = await plan({
      'lab.yaml': pod(
        'web',
        `  containers:
    - name: nginx
      image: nginx:1.27
      ports: [{ containerPort: 80 }]
`,
      ),
    });
    const fix = findings.find((f) => f.key === 'hardening-check/lab/Pod/web')?.fix;
    const verify = fix?.kind === 'check' ? fix.verify : [];
    expect(verify).toEqual(
      expect.arrayContaining([
        expect.stringContaining("`docker inspect --format '{{.Config.User}}' nginx:1.27`"),
        expect.stringContaining('listens on port 80 (below 1024)'),
        expect.stringContaining('may run as root: without CHOWN, DAC_OVERRIDE and FOWNER'),
        expect.stringContaining('`nginx` mounts no writable volume'),
        expect.stringContaining('nothing is mounted at `/tmp`'),
      ]),
    );
  });

  it('leaves an explicit Unconfined seccomp profile and exempted checks alone, and skips drafts when asked', async () => {
    const files = {
      'lab.yaml': pod(
        'trace',
        `  securityContext:
    seccompProfile: { type: Unconfined }
  hostPID: true
  containers:
    - name: tracer
      image: ghcr.io/acme/tracer:2
`,
      ),
    };
    const { findings, reported } = await plan(files, {
      drafts: false,
      exemptions: [{ check: 'hostNamespaces', namespace: 'lab', reason: 'the tracer reads host processes' }],
    });
    expect(findings.map((f) => f.key)).toEqual(['hardening-safe/lab/Pod/trace']);
    const fix = findings[0]?.fix;
    expect(fix?.kind === 'edit' && fix.edits.map((e) => `${e.op} ${JSON.stringify(e.path)}`)).toEqual([
      'set ["spec","containers",{"name":"tracer"},"securityContext","allowPrivilegeEscalation"]',
    ]);
    expect(reported.map((r) => r.check)).toContain('seccompProfile_restricted');
    expect(reported.find((r) => r.check === 'seccompProfile_restricted')?.reason).toContain('Unconfined');
  });
});
