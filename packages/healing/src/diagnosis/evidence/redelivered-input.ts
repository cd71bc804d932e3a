/**
 * The unit of work the killed instance took last had been delivered or attempted many times before
 * (`job conv_7f3a91c2 received (delivery 8)`, `ApproximateReceiveCount=6`, `x-delivery-count: 5`,
 * `attempt 7 of 10 for message 81f2`): a poison input that kills whichever consumer takes it, a
 * bigger limit or not, while the queue behind it waits. Its count is read from the last lines of
 * the killed instance; connection attempts are not work. Character scans of bounded lines, no regex.
 */
import { digitsEnd } from '../text-scan.ts';

const LAST_LINES = 30;
const MAX_LINE = 1024;
/** Deliveries from this count on say the input came back after killing a consumer before. */
const MIN_DELIVERIES = 3;

/** Words after which a count of deliveries or attempts stands (separators are skipped). */
const COUNT_WORDS = [
  'delivery',
  'deliveries',
  'redelivery',
  'redeliveries',
  'delivery_count',
  'deliverycount',
  'delivery-count',
  'receivecount',
  'approximatereceivecount',
  'receive_count',
  'attempt',
  'attempts',
  'attempt_number',
] as const;
/** Words that name the unit of work the count belongs to. */
const WORK_WORDS = [
  'job',
  'message',
  'msg',
  'task',
  'document',
  'file',
  'event',
  'record',
  'payload',
  'item',
] as const;
/** Words that make the attempts about a connection or a request, not the input. */
const NOT_INPUT = [
  'connect',
  'reconnect',
  'connection',
  'dial',
  'handshake',
  'login',
  'lock',
  'leader',
  'lease',
] as const;

export type RedeliveredInput = { deliveries: number; line: string };

/** The count of deliveries or attempts a line gives its unit of work, or undefined. */
export function deliveryCountIn(line: string): number | undefined {
  const lower = (line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line).toLowerCase();
  if (!WORK_WORDS.some((w) => lower.includes(w)) || NOT_INPUT.some((w) => lower.includes(w)))
    return undefined;
  let found: number | undefined;
  for (const word of COUNT_WORDS) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const before = lower.charCodeAt(at - 1);
      if (at > 0 && ((before >= 97 && before <= 122) || before === 95)) continue;
      let from = at + word.length;
      const after = lower.charCodeAt(from);
      if ((after >= 97 && after <= 122) || after === 95) continue;
      // `delivery 8`, `deliveryCount=8`, `x-delivery-count: 8`, `"attempt":8`, `attempt #8`.
      while (from < lower.length && from - at - word.length < 3 && ' =:"#'.includes(lower.charAt(from)))
        from++;
      const end = digitsEnd(lower, from, 4);
      if (end === from) continue;
      const count = Number(lower.slice(from, end));
      if (found === undefined || count > found) found = count;
    }
  }
  return found;
}

/** The last lines' unit of work delivered at least three times, or undefined. */
export function redeliveredInput(lines: readonly string[]): RedeliveredInput | undefined {
  const last = lines.slice(-LAST_LINES);
  for (let i = last.length - 1; i >= 0; i--) {
    const line = last[i] ?? '';
    const deliveries = deliveryCountIn(line);
    if (deliveries !== undefined && deliveries >= MIN_DELIVERIES) {
      return { deliveries, line: line.length > 300 ? line.slice(0, 300) : line };
    }
  }
  return undefined;
}
