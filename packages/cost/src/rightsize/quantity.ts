/** Kubernetes resource quantities for CPU (cores ↔ `250m`) and memory (bytes ↔ `512Mi`). */

const MI = 1024 * 1024;
const SUFFIX_BYTES: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: MI,
  Gi: 1024 * MI,
  Ti: 1024 * 1024 * MI,
};

/** Cores rounded up to a whole millicore: `2`, `1500m`, `10m`. */
export function formatCpu(cores: number): string {
  const milli = Math.ceil(cores * 1000 - 1e-9);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Bytes rounded up to a whole MiB: `64Mi`, `2Gi`. */
export function formatMemory(bytes: number): string {
  const mib = Math.ceil(bytes / MI - 1e-9);
  return mib % 1024 === 0 && mib > 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}

/** `250m` → 0.25, `2` → 2; undefined for anything else. */
export function parseCpu(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(m?)$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === 'm' ? value / 1000 : value;
}

/** `64Mi` → 67108864, `1G` → 1e9; undefined for anything else. */
export function parseMemory(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (SUFFIX_BYTES[match[2] ?? ''] as number);
}

/** Cores rounded up to a whole millicore, as `formatCpu` prints them. */
export function roundCpu(cores: number): number {
  return Math.ceil(cores * 1000 - 1e-9) / 1000;
}

/** Bytes rounded up to a whole MiB, as `formatMemory` prints them. */
export function roundMemory(bytes: number): number {
  return Math.ceil(bytes / MI - 1e-9) * MI;
}
