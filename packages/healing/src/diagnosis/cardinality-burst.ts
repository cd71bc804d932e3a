/**
 * A cardinality burst, read from an alert: the series or streams a metrics or log store holds in
 * memory multiplied against a recent count (`loki_ingester_memory_streams 3.1M (190k on
 * 2026-02-10)`, `series 1.42M (21k yesterday)`, `head_series 11.8M (06:00: 2.9M)`), or most of them
 * churning (`churn 61% of active series`). A label that took unbounded values (a request or trace id)
 * grows them faster than any bounded raise: the label is what to fix, and a bigger limit only holds
 * the next hour's series. Growth of a few times with the fleet (`3.91M (2.64M last week)`) is the
 * workload's and keeps the raise. Word and character scans of the alert's clauses, no regex.
 */
import { type Clause, clausesOf, has } from './alert-clauses.ts';
import type { EvidenceView } from './evidence-view.ts';
import { decimalBefore, decimalEnd, isDigitCode, isLetterCode, thousandsSeparator } from './text-scan.ts';

/** Words that name what a metrics or log store keeps in memory per distinct label set. */
const SERIES_WORDS: readonly string[] = ['series', 'streams', 'cardinality'];
/** How many times its recent count the store must hold for a burst: beyond what raises reach. */
const BURST = 4;
/** A share of series churning (created and gone) that says a label takes unbounded values. */
const CHURN_SHARE = 50;

const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * The counts a clause gives (`3.1M`, `190k`, `21,000`), scaled; a count fused to letters or a dash
 * (`loki-ingester-2`, `v2`), a port (`telegraf-statsd:9273`) or a time or date (`06:00`,
 * `2026-02-10`) is none.
 */
function countsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length && out.length < 12; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    const before = text.charAt(i - 1);
    let end = decimalEnd(text, i);
    while (thousandsSeparator(text, end)) end = decimalEnd(text, end + 1);
    const after = text.charAt(end);
    const fused =
      (i > 0 &&
        (isLetterCode(text.charCodeAt(i - 1)) || before === '-' || before === '.' || before === ':')) ||
      after === ':' ||
      after === '-';
    const unit = after.toLowerCase();
    const next = text.charCodeAt(end + 1);
    const scaled = SCALE[unit] !== undefined && !isLetterCode(next);
    const value = Number(text.slice(i, end).replaceAll(',', ''));
    if (!fused && Number.isFinite(value) && (scaled || !isLetterCode(text.charCodeAt(end)))) {
      out.push(value * (scaled ? (SCALE[unit] as number) : 1));
    }
    i = end;
  }
  return out;
}

/** `streams 3.1M (190k on 2026-02-10)`: the first count of the clause against the next clause's. */
function multipliedAgainstRecent(clause: Clause, next: Clause | undefined): boolean {
  const now = countsOf(clause.text).find((n) => n >= 1000);
  const before = next ? countsOf(next.text)[0] : undefined;
  return now !== undefined && before !== undefined && before > 0 && now / before >= BURST;
}

/** `churn 61% of active series`: most series created and gone again. */
function mostlyChurning(clause: Clause): boolean {
  const at = clause.text.indexOf('churn');
  if (at < 0) return false;
  const percent = clause.text.indexOf('%', at);
  if (percent < 0) return false;
  return (decimalBefore(clause.text, percent) ?? 0) >= CHURN_SHARE;
}

/** The alert whose words say the series or streams exploded, or undefined. */
export function alertSaysCardinalityBurst(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  for (const alert of view.alerts) {
    const clauses = clausesOf(alert);
    const burst = clauses.some(
      (c, i) => has(c, SERIES_WORDS) && (multipliedAgainstRecent(c, clauses[i + 1]) || mostlyChurning(c)),
    );
    if (burst) return alert.slice(0, 300);
  }
  return undefined;
}
