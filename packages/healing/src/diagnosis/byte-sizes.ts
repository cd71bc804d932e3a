/**
 * Sizes as software writes them (`31744M`, `12.8 GiB`, `4gb`, `1536M`) and back into words. Units
 * are binary, as servers mean them: `k`, `kb` and `kib` are all 1,024 bytes. Character scans, no regex.
 */
import { decimalEnd, isLetterCode } from './text-scan.ts';

export const KIB = 1024;

/** Bytes per unit, by the unit in lowercase; `''` is a bare number. */
export const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: KIB,
  kb: KIB,
  kib: KIB,
  m: KIB ** 2,
  mb: KIB ** 2,
  mib: KIB ** 2,
  g: KIB ** 3,
  gb: KIB ** 3,
  gib: KIB ** 3,
  t: KIB ** 4,
  tb: KIB ** 4,
  tib: KIB ** 4,
};

/** A positive decimal number opening `rest` (`926.`, `12.8`, `31744`) and where it ends. */
export function leadingNumber(rest: string): { value: number; end: number } | undefined {
  const end = decimalEnd(rest);
  const value = Number.parseFloat(rest.slice(0, end));
  return end === 0 || !Number.isFinite(value) || value <= 0 ? undefined : { value, end };
}

/**
 * `31744M`, `12.8 GiB`, `13107MB`, `4gb`: a size with a unit opening `rest`, in bytes. A bare number
 * is not a size here unless `bare` says what it counts (`6144` is MiB to memcached's `-m`).
 */
export function sizeWithUnit(rest: string, bare?: number): number | undefined {
  const number = leadingNumber(rest);
  if (!number) return undefined;
  const { value, end } = number;
  let from = end;
  if (rest[from] === ' ') from++;
  let to = from;
  while (to < rest.length && isLetterCode(rest.charCodeAt(to))) to++;
  const unit = rest.slice(from, to).toLowerCase();
  if (unit === '') return bare === undefined || to < rest.length ? undefined : value * bare;
  const factor = BYTE_UNITS[unit];
  return unit === 'b' || factor === undefined ? undefined : value * factor;
}

/** `3.5 GiB`, `512 MiB`, `900 bytes`. */
export function humanBytes(bytes: number): string {
  for (const [unit, factor] of [
    ['TiB', KIB ** 4],
    ['GiB', KIB ** 3],
    ['MiB', KIB ** 2],
  ] as const) {
    if (bytes >= factor) return `${Math.round((bytes / factor) * 10) / 10} ${unit}`;
  }
  return `${bytes} bytes`;
}
