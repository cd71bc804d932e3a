/** Cuts `text` to at most `max` characters (code points kept whole), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
