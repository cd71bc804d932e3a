import type { ClusterReader } from '@sre-agent/kube';

/** Characters of a question that are read; the rest is ignored. */
export const MAX_QUESTION_CHARS = 2000;
const MAX_TOKENS = 400;

const isNameChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '.';

/**
 * The words of a question that could be Kubernetes names or `namespace/name` pairs, lower-cased,
 * in order, without trailing dots ("is cart ok?" → cart, ok). One pass over at most
 * {@link MAX_QUESTION_CHARS} characters, no regex: linear on any chat text.
 */
export function nameTokens(question: string): string[] {
  const text = question.slice(0, MAX_QUESTION_CHARS).toLowerCase();
  const tokens: string[] = [];
  let current = '';
  const flush = () => {
    let start = 0;
    let end = current.length;
    const edge = (c: string | undefined) => c === '.' || c === '/';
    while (end > start && edge(current[end - 1])) end--;
    while (start < end && edge(current[start])) start++;
    if (end > start && tokens.length < MAX_TOKENS) tokens.push(current.slice(start, end));
    current = '';
  };
  for (const c of text) {
    if (isNameChar(c) || c === '/') current += c;
    else flush();
  }
  flush();
  return tokens;
}

export type NamedWorkload = { namespace: string; name: string; kind: string };

/**
 * The workloads a question names: `namespace/name` pairs, or bare names of Deployments,
 * StatefulSets and DaemonSets (every namespace but the denylisted ones). A bare name in several
 * namespaces is narrowed by a namespace the question also names. At most `limit`, in question order.
 */
export async function findNamedWorkloads(
  reader: ClusterReader,
  question: string,
  denyNamespaces: readonly string[],
  limit = 3,
): Promise<NamedWorkload[]> {
  const tokens = nameTokens(question);
  if (tokens.length === 0) return [];
  const [deployments, statefulSets, daemonSets] = await Promise.all([
    reader.listDeployments(),
    reader.listStatefulSets(),
    reader.listDaemonSets(),
  ]);
  const byName = new Map<string, NamedWorkload[]>();
  const byPath = new Map<string, NamedWorkload>();
  const add = (kind: string, items: { metadata?: { name?: string; namespace?: string } }[]) => {
    for (const o of items) {
      const name = o.metadata?.name;
      const namespace = o.metadata?.namespace;
      if (!name || !namespace || denyNamespaces.includes(namespace)) continue;
      const w = { namespace, name, kind };
      byPath.set(`${namespace}/${name}`, w);
      const same = byName.get(name) ?? [];
      same.push(w);
      byName.set(name, same);
    }
  };
  add('Deployment', deployments);
  add('StatefulSet', statefulSets);
  add('DaemonSet', daemonSets);
  const namespaces = new Set(tokens);
  const found: NamedWorkload[] = [];
  const seen = new Set<string>();
  const take = (w: NamedWorkload) => {
    const key = `${w.namespace}/${w.name}`;
    if (seen.has(key) || found.length >= limit) return;
    seen.add(key);
    found.push(w);
  };
  for (const token of tokens) {
    const pair = byPath.get(token);
    if (pair) {
      take(pair);
      continue;
    }
    const same = byName.get(token.slice(token.lastIndexOf('/') + 1)) ?? [];
    const narrowed = same.filter((w) => namespaces.has(w.namespace));
    for (const w of narrowed.length ? narrowed : same) take(w);
  }
  return found;
}
