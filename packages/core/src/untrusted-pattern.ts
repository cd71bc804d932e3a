/**
 * A regex that runs on untrusted text (logs, events, alert fields, findings), listed where it is
 * defined so that a test and a benchmark can run every one of them on adversarial input.
 */
export type UntrustedPattern = {
  /** `<module>/<rule>`, e.g. `redact/key-value`. */
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * The longest input its call site hands it (a per-line cap), in characters; absent when the
   * pattern may see a whole, unbounded text.
   */
  readonly maxInput?: number;
};

/** Names a list of regexes `<prefix>/<index>` (for tables of regexes that carry no names of their own). */
export function untrustedPatterns(
  prefix: string,
  patterns: readonly RegExp[],
  maxInput?: number,
): UntrustedPattern[] {
  return patterns.map((pattern, i) => ({
    name: `${prefix}/${i}`,
    pattern,
    ...(maxInput !== undefined ? { maxInput } : {}),
  }));
}
