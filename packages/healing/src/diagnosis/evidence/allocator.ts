/**
 * An allocator the spec preloads that the process did not get: the dynamic loader says so as it
 * starts (`ERROR: ld.so: object '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2' from LD_PRELOAD cannot
 * be preloaded (cannot open shared object file): ignored.`). The process runs on glibc's malloc,
 * whose arenas fragment under many threads: memory grows where it did not, and a bigger limit follows
 * the fragmentation. Literal scans of the log's head, no regex.
 */

const HEAD_LINES = 200;
const MAX_LINE = 512;
const ALLOCATORS = ['jemalloc', 'tcmalloc', 'mimalloc'] as const;

/** The loader's line saying a preloaded allocator is missing, or undefined. */
export function missingAllocator(lines: readonly string[]): string | undefined {
  for (const raw of lines.slice(0, HEAD_LINES)) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    if (!line.includes('LD_PRELOAD') || !line.includes('cannot be preloaded')) continue;
    if (ALLOCATORS.some((name) => line.includes(name))) return line.trim().slice(0, 200);
  }
  return undefined;
}
