/** Small readers of Kubernetes object fields shared by the evidence modules. */

export function iso(value: Date | string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function matchLabelsSelector(labels: Record<string, string> | undefined): string | undefined {
  if (!labels || Object.keys(labels).length === 0) return undefined;
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export function ownedBy(
  refs: readonly { kind: string; name: string }[] | undefined,
  kind: string,
  name: string,
): boolean {
  return (refs ?? []).some((r) => r.kind === kind && r.name === name);
}

export function newest<T extends { metadata?: { creationTimestamp?: Date } }>(
  items: readonly T[],
): T | undefined {
  return [...items].sort(
    (a, b) =>
      new Date(b.metadata?.creationTimestamp ?? 0).getTime() -
      new Date(a.metadata?.creationTimestamp ?? 0).getTime(),
  )[0];
}

export function copyResources(
  r: { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined,
) {
  if (!r || (!r.limits && !r.requests)) return undefined;
  const str = (rec: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, String(v)]));
  const out: { limits?: Record<string, string>; requests?: Record<string, string> } = {};
  if (r.limits) out.limits = str(r.limits);
  if (r.requests) out.requests = str(r.requests);
  return out;
}
