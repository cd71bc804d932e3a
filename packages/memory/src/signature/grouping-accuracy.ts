/**
 * Grouping accuracy (GA), the standard measure of log template mining (Zhu et al., ICSE-SEIP 2019):
 * a line counts as correct when the set of lines its predicted group holds is exactly the set of
 * lines that share its ground-truth event.
 */
export function groupingAccuracy(predicted: readonly (string | number)[], truth: readonly string[]): number {
  if (predicted.length !== truth.length) throw new Error('predicted and truth differ in length');
  if (truth.length === 0) return 1;
  const byPredicted = new Map<string | number, number[]>();
  predicted.forEach((p, i) => {
    const group = byPredicted.get(p);
    if (group) group.push(i);
    else byPredicted.set(p, [i]);
  });
  const truthSize = new Map<string, number>();
  for (const t of truth) truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
  let correct = 0;
  for (const members of byPredicted.values()) {
    const first = truth[members[0] as number] as string;
    if (members.every((i) => truth[i] === first) && truthSize.get(first) === members.length) {
      correct += members.length;
    }
  }
  return correct / truth.length;
}
