/**
 * What keeps a model-written PromQL query inside `policy.denyNamespaces`. The tool shows only
 * samples whose `namespace` label is present and allowed; these words and matchers are refused
 * because they could move a denylisted namespace's data under another label set: rewriting labels
 * (`label_replace`, `label_join`, `count_values` makes a label of a value), dropping `namespace`
 * while keeping the others (`without`), joining values across namespaces (`group_left`,
 * `group_right`, `scalar`, the `and` / `unless` filters), or naming the namespace by a pattern.
 */
const CROSSING = new Set([
  'label_replace',
  'label_join',
  'count_values',
  'without',
  'group_left',
  'group_right',
  'scalar',
  'and',
  'unless',
]);

/**
 * The labels that name a series' namespace: `exported_namespace` is the object's own namespace
 * when the scrape did not honour the exporter's labels (kube-state-metrics' `namespace` then names
 * the exporter's namespace).
 */
export const NAMESPACE_LABELS: readonly string[] = ['namespace', 'exported_namespace'];

type Token = { kind: 'word' | 'string' | 'regex-match' | 'other'; text: string };

const isWordStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
const isWordChar = (c: string) => isWordStart(c) || (c >= '0' && c <= '9');

/** PromQL's tokens as far as the guard needs them: words (lower-cased), strings, `=~`/`!~`. Linear. */
function tokens(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '#') {
      // A comment runs to the end of the line.
      while (i < query.length && query.charAt(i) !== '\n') i++;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < query.length && query.charAt(j) !== c) j += c !== '`' && query.charAt(j) === '\\' ? 2 : 1;
      out.push({ kind: 'string', text: query.slice(i, j + 1) });
      i = j + 1;
    } else if (isWordStart(c)) {
      let j = i + 1;
      while (j < query.length && isWordChar(query.charAt(j))) j++;
      out.push({ kind: 'word', text: query.slice(i, j).toLowerCase() });
      i = j;
    } else if ((c === '=' || c === '!') && query.charAt(i + 1) === '~') {
      out.push({ kind: 'regex-match', text: `${c}~` });
      i += 2;
    } else {
      out.push({ kind: 'other', text: c });
      i++;
    }
  }
  return out;
}

/**
 * Why `query` may carry a series out of its namespace (so it is refused while
 * `policy.denyNamespaces` is set), or undefined.
 */
export function crossNamespaceUse(query: string): string | undefined {
  const found = tokens(query);
  for (const [i, token] of found.entries()) {
    if (token.kind === 'word' && CROSSING.has(token.text)) {
      return `the query uses "${token.text}", which can carry series out of their namespace; with policy.denyNamespaces set, query without it (aggregate with sum by (namespace, ...))`;
    }
    const label = found[i - 1];
    if (
      token.kind === 'regex-match' &&
      label &&
      (label.kind === 'string' || (label.kind === 'word' && NAMESPACE_LABELS.includes(label.text)))
    ) {
      return 'the query matches namespace with a regular expression; with policy.denyNamespaces set, name each namespace with namespace="..."';
    }
  }
  return undefined;
}
