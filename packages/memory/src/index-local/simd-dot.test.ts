import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileWat } from '../../scripts/build-wasm.ts';
import { createDotKernel } from './simd-dot.ts';
import { SIMD_DOT_WASM } from './simd-dot.wasm.ts';

const WAT = fileURLToPath(new URL('./simd-dot.wat', import.meta.url));

describe('createDotKernel', () => {
  it('scores every row with SIMD exactly as the plain JavaScript kernel does', () => {
    const dim = 32;
    const simd = createDotKernel(dim);
    const plain = createDotKernel(dim, { simd: false });
    expect(simd.simd).toBe(true);
    expect(plain.simd).toBe(false);
    const count = 2000; // forces the storage to grow past its first reservation
    simd.reserve(count);
    plain.reserve(count);
    const [a, b] = [simd.rows(), plain.rows()];
    for (let i = 0; i < count * dim; i++) {
      const v = Math.sin(i * 0.37);
      a[i] = v;
      b[i] = v;
    }
    const query = Float32Array.from({ length: dim }, (_, j) => Math.cos(j));
    const fast = [...simd.scoreAll(query, count)];
    const slow = [...plain.scoreAll(query, count)];
    for (const [row, score] of fast.entries()) expect(score).toBeCloseTo(slow[row] as number, 4);
    const expected = Array.from(
      { length: dim },
      (_, j) => Math.sin((7 * dim + j) * 0.37) * Math.cos(j),
    ).reduce((x, y) => x + y);
    expect(fast[7]).toBeCloseTo(expected, 4);
  });

  it('keeps rows written before the storage grew', () => {
    const kernel = createDotKernel(16);
    kernel.rows().fill(0.5, 0, 16);
    kernel.reserve(50_000);
    expect(kernel.scoreAll(new Float32Array(16).fill(1), 1)[0]).toBeCloseTo(8, 5);
  });

  it('rejects a dimension the SIMD loop cannot step through', () => {
    expect(() => createDotKernel(20)).toThrow(/multiple of 16/);
  });
});

describe('simd-dot.wasm.ts', () => {
  it('holds exactly what wabt compiles simd-dot.wat to (after editing the .wat: npm run build:wasm)', async () => {
    const compiled = await compileWat(WAT);

    expect(Buffer.from(SIMD_DOT_WASM, 'base64').toString('hex')).toBe(Buffer.from(compiled).toString('hex'));
  });
});
