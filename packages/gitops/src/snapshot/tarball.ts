import { mkdir, open } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { pipeline, type Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ValidationError } from '@sre-agent/core';
import { extract as tarExtract } from 'tar-stream';

/** How much of an archive is taken in: it is untrusted input. */
export type ArchiveLimits = {
  /** Bytes of the uncompressed archive (headers, contents, skipped entries: everything). */
  maxBytes: number;
  /** Entries of the archive (files, directories and skipped ones). */
  maxEntries: number;
};

/** 128 MiB uncompressed and 20,000 entries: far more than a manifests repository, far less than `/tmp`. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxBytes: 128 * 1024 * 1024, maxEntries: 20_000 };

export type ExtractedArchive = {
  files: number;
  bytes: number;
  /** Entries not written, each with why (links, devices). */
  skipped: { path: string; reason: string }[];
};

const MAX_SKIPPED_LISTED = 50;

/** An archive refused as a whole: nothing from it may be used. */
export class ArchiveRefusedError extends ValidationError {
  constructor(reason: string) {
    super(`repository archive refused: ${reason}`);
  }
}

const SKIPPED_TYPES: Record<string, string> = {
  symlink: 'a symbolic link (links are not followed)',
  link: 'a hard link (links are not followed)',
  'character-device': 'a device',
  'block-device': 'a device',
  fifo: 'a FIFO',
};

/** A path of the archive below its top directory, or why it is refused. */
function entryPath(name: string): { top: string; path: string } | { refused: string } {
  const printable = JSON.stringify(name.slice(0, 200));
  if (name.includes('\0') || name.includes('\\'))
    return { refused: `entry ${printable} has a NUL or backslash` };
  if (isAbsolute(name) || /^[A-Za-z]:/.test(name))
    return { refused: `entry ${printable} is an absolute path` };
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return { refused: `entry ${printable} climbs out of the archive (..)` };
  const [top, ...rest] = parts;
  if (top === undefined) return { refused: `entry ${printable} has no name` };
  return { top, path: rest.join('/') };
}

/**
 * Extracts a gzipped tarball (a git host's archive of one commit) into `dir`, stripping its single
 * top directory (GitHub's `owner-repo-sha/`). The archive is untrusted: an absolute path, a `..`
 * component or an entry outside the top directory refuses the whole archive, as does going over
 * a bound; links and devices are skipped and listed; files are written plain (0644), nothing
 * else of the header is kept. Parsing is tar-stream's (pax and GNU long names included); the
 * checks are these.
 */
export async function extractTarball(
  gzipped: Readable,
  dir: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<ExtractedArchive> {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limits.maxBytes)
        done(new ArchiveRefusedError(`larger than ${limits.maxBytes} bytes uncompressed`));
      else done(null, chunk);
    },
  });
  const extract = tarExtract();
  pipeline(gzipped, createGunzip(), counter, (error) => {
    if (error)
      extract.destroy(
        error instanceof ArchiveRefusedError
          ? error
          : new ArchiveRefusedError(`not a readable gzipped tarball: ${error.message.slice(0, 200)}`),
      );
  });
  counter.pipe(extract);
  const result: ExtractedArchive = { files: 0, bytes: 0, skipped: [] };
  let root: string | undefined;
  let entries = 0;
  try {
    for await (const entry of extract) {
      const { header } = entry;
      entries += 1;
      if (entries > limits.maxEntries)
        throw new ArchiveRefusedError(`more than ${limits.maxEntries} entries`);
      const where = entryPath(header.name);
      if ('refused' in where) throw new ArchiveRefusedError(where.refused);
      root ??= where.top;
      if (where.top !== root)
        throw new ArchiveRefusedError(
          `entry ${JSON.stringify(header.name.slice(0, 200))} is outside the top directory ${root}/`,
        );
      const skip =
        SKIPPED_TYPES[header.type] ??
        (header.type === 'directory' || header.type === 'file' || header.type === 'contiguous-file'
          ? undefined
          : `an entry of type ${header.type}`);
      if (skip || where.path === '') {
        if (skip && result.skipped.length < MAX_SKIPPED_LISTED)
          result.skipped.push({ path: where.path, reason: `${skip}: skipped` });
        entry.resume();
        continue;
      }
      const target = join(dir, where.path);
      // Belt and braces: the joined path must still be inside `dir`.
      const inside = relative(dir, target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
        throw new ArchiveRefusedError(`entry ${JSON.stringify(header.name.slice(0, 200))} resolves outside`);
      if (header.type === 'directory') {
        await mkdir(target, { recursive: true, mode: 0o755 });
        entry.resume();
        continue;
      }
      await mkdir(join(target, '..'), { recursive: true, mode: 0o755 });
      const file = await open(target, 'w', 0o644);
      try {
        for await (const chunk of entry) await file.write(chunk as Buffer);
      } finally {
        await file.close();
      }
      result.files += 1;
      result.bytes += header.size;
    }
  } finally {
    gzipped.destroy();
  }
  if (root === undefined) throw new ArchiveRefusedError('the archive is empty');
  return result;
}
