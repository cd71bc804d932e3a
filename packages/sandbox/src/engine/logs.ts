export type LogLine = { time: number; text: string };

/** One run of a container: what it wrote, and the periodic lines it writes while running. */
export type ContainerInstance = {
  startedAt: number;
  finishedAt?: number;
  lines: LogLine[];
  /** Lines repeated every `everyMs` from `from` until the instance ends (or `until`). */
  repeats: { from: number; until?: number; everyMs: number; lines: string[] }[];
};

const MAX_STORED_LINES = 5_000;
const MAX_SYNTHESIZED_LINES = 2_000;

export function newInstance(startedAt: number): ContainerInstance {
  return { startedAt, lines: [], repeats: [] };
}

export function appendLines(instance: ContainerInstance, time: number, lines: readonly string[]): void {
  for (const [i, text] of lines.entries()) instance.lines.push({ time: time + i, text });
  if (instance.lines.length > MAX_STORED_LINES)
    instance.lines.splice(0, instance.lines.length - MAX_STORED_LINES);
}

/**
 * The full log of an instance up to `now`: the stored lines merged with the periodic ones,
 * synthesized on read so that a quiet cluster costs nothing per tick.
 */
export function renderInstance(
  instance: ContainerInstance,
  now: number,
  render: (text: string, time: number) => string,
): LogLine[] {
  const end = Math.min(now, instance.finishedAt ?? now);
  const synthesized: LogLine[] = [];
  for (const repeat of instance.repeats) {
    const until = Math.min(end, repeat.until ?? end);
    if (until < repeat.from || repeat.lines.length === 0) continue;
    const count = Math.floor((until - repeat.from) / repeat.everyMs);
    const first = Math.max(1, count - Math.ceil(MAX_SYNTHESIZED_LINES / repeat.lines.length));
    for (let k = first; k <= count; k++) {
      const t = repeat.from + k * repeat.everyMs;
      for (const [i, text] of repeat.lines.entries())
        synthesized.push({ time: t + i, text: render(text, t + i) });
    }
  }
  const stored = instance.lines.filter((l) => l.time <= end);
  if (synthesized.length === 0) return stored;
  return [...stored, ...synthesized].sort((a, b) => a.time - b.time);
}
