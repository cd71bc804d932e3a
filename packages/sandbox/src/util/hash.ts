const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a, the hash Kubernetes uses for `pod-template-hash`. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Kubernetes' `rand.SafeEncodeString`: maps each character onto an alphabet without vowels
 * (so that names never spell words), as used for `pod-template-hash` values.
 */
export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

/** The `pod-template-hash` of a pod template, given its canonical JSON. */
export function templateHash(canonicalTemplate: string, collisionCount = 0): string {
  return safeEncode(String(fnv32a(`${canonicalTemplate}#${collisionCount}`)));
}

export { SAFE_ALPHABET };
