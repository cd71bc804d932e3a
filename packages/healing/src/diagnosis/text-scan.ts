/**
 * Character scans the diagnosis uses on untrusted text instead of regexes: bounded, one pass, ASCII
 * only (a digit is `0`–`9`, a letter `A`–`Z` or `a`–`z`).
 */

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where a run of digits starting at `from` ends, reading at most `max` of them. */
export function digitsEnd(text: string, from = 0, max = Number.POSITIVE_INFINITY): number {
  let end = from;
  while (end < text.length && end - from < max && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** Where a run of digits and dots (`926.`, `12.8`) starting at `from` ends. */
export function decimalEnd(text: string, from = 0): number {
  let end = from;
  while (end < text.length && (isDigitCode(text.charCodeAt(end)) || text[end] === '.')) end++;
  return end;
}

/** Where the digits and dots that end right before `end` begin (`end` when there are none). */
export function decimalStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && (isDigitCode(text.charCodeAt(from - 1)) || text[from - 1] === '.')) from--;
  return from;
}

/** The number of digits and dots written right before `at` (`42` of `42%`), or undefined. */
export function decimalBefore(text: string, at: number): number | undefined {
  const from = decimalStart(text, at);
  return from < at && decimalEnd(text, from) === at ? Number(text.slice(from, at)) : undefined;
}

/** A character of a `key=value` or `"key":` field name: letters, digits, `_`, `.` and `-`. */
export const isFieldKeyCode = (c: number): boolean =>
  isDigitCode(c) || isLetterCode(c) || c === 95 || c === 46 || c === 45;

/** A comma between a digit and three digits that end a number (`48,210`, `2,940/s`), not `4,5`. */
export function thousandsSeparator(text: string, at: number): boolean {
  return (
    at > 0 &&
    isDigitCode(text.charCodeAt(at - 1)) &&
    digitsEnd(text, at + 1, 4) === at + 4 &&
    !isDigitCode(text.charCodeAt(at + 4))
  );
}
