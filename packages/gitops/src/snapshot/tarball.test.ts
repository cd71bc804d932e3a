import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawTarball } from '../../test/github-fake.ts';
import { ArchiveRefusedError, extractTarball } from './tarball.ts';

const TOP = 'acme-platform-config-0123456';

/** Every file under `dir`, relative to `root`. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(root, join(e.parentPath, e.name)));
}

describe('extractTarball', () => {
  it('never writes outside its directory, whatever the entry names, and refuses rather than guess', async () => {
    const segment = fc.constantFrom('..', '.', '', 'apps', 'a.yaml', '/', TOP, 'x');
    const name = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 5 }), async (names) => {
        const parent = await mkdtemp(join(tmpdir(), 'tarball-property-'));
        const dir = join(parent, 'out');
        await mkdir(dir);
        try {
          const archive = await rawTarball(names.map((n) => ({ name: n, content: 'kind: ConfigMap\n' })));
          const result = await extractTarball(Readable.from([archive]), dir).catch((error: unknown) => {
            if (error instanceof ArchiveRefusedError) return undefined;
            // A name that is a directory and a file at once is the filesystem's refusal, not an escape.
            if (['EISDIR', 'ENOTDIR', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? ''))
              return undefined;
            throw error;
          });
          const written = await filesUnder(parent);
          expect(written.every((path) => path.startsWith('out/'))).toBe(true);
          if (result) expect(names.every((n) => !n.split('/').includes('..'))).toBe(true);
        } finally {
          await rm(parent, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
