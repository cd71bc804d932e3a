const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, m: 1e-3 };

/**
 * The value of a Kubernetes quantity: bytes for memory (`512Mi`, `1Gi`, `500M`, `536870912`,
 * `1e9`), cores for CPU (`250m`); `undefined` when malformed.
 */
export function parseQuantity(quantity: string): number | undefined {
  const match = /^([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?$/.exec(
    quantity.trim(),
  );
  if (!match?.[1]) return undefined;
  const value = Number(match[1]);
  const suffix = match[2];
  const factor = suffix ? (BINARY[suffix] ?? DECIMAL[suffix] ?? 1) : 1;
  return value * factor;
}

/** Formats bytes the way humans write limits: whole `Gi` when exact, else whole `Mi` (rounded down). */
export function formatMemoryQuantity(bytes: number): string {
  const gi = BINARY.Gi as number;
  const mi = BINARY.Mi as number;
  if (bytes % gi === 0) return `${bytes / gi}Gi`;
  return `${Math.floor(bytes / mi)}Mi`;
}
