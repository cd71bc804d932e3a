import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Manifest, ManifestFile } from './rbac-manifests.ts';

/** Lists of scalars in flow style (`verbs: [get, patch]`), as people write RBAC by hand. */
function flowScalarLists(doc: Document): void {
  visit(doc, {
    Seq(_key, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
}

/** RBAC rules carry the actions that need them; rendered as a comment above the rule, not a field. */
function commentNeededBy(doc: Document): void {
  const rules = doc.get('rules');
  if (!isSeq(rules)) return;
  for (const rule of rules.items) {
    if (!isMap(rule)) continue;
    const neededBy = rule.get('neededBy');
    if (!isSeq(neededBy)) continue;
    rule.delete('neededBy');
    rule.commentBefore = ` needed by: ${neededBy.items.map((item) => String(isScalar(item) ? item.value : item)).join(', ')}`;
  }
}

function renderDoc(manifest: Manifest): string {
  const doc = new Document(manifest);
  commentNeededBy(doc);
  flowScalarLists(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A manifest file's text: the header as comment lines, then its objects separated by `---`. */
export function renderManifestFile(file: ManifestFile): string {
  const header = file.header
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
  return `${header}\n${file.docs.map(renderDoc).join('---\n')}`;
}
