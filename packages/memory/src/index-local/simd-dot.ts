/**
 * Batched dot products over a contiguous row-major Float32 matrix, in a tiny WebAssembly module
 * using 128-bit SIMD (four lanes per instruction): `simd-dot.wat` is its source, compiled by wabt
 * (`npm run build:wasm`) into `simd-dot.wasm.ts`. A plain JavaScript loop does 100k × 256 in
 * ~45 ms on these machines; this does it in a few milliseconds. An exact scan that scores every row
 * is what the local index needs (its metadata filter runs on the scores); usearch's exact search
 * was measured slower for that (issue 15), so the kernel stays.
 */
import { SIMD_DOT_WASM } from './simd-dot.wasm.ts';

const wasmBytes = (): Uint8Array => Uint8Array.from(Buffer.from(SIMD_DOT_WASM, 'base64'));

/** A growable Float32 matrix with a SIMD "score every row against a query" operation. */
export type DotKernel = {
  /** Row-major storage for `capacity` rows of `dim` floats; re-read after `reserve`. */
  rows(): Float32Array;
  /** Ensures room for `capacity` rows. */
  reserve(capacity: number): void;
  /** Writes `query · row` for rows `[0, count)` into the returned view (valid until the next call). */
  scoreAll(query: Float32Array, count: number): Float32Array;
  readonly simd: boolean;
};

const PAGE = 65_536;

// The WebAssembly API as used here (the project's lib settings carry no DOM or WebAssembly types).
type WasmMemory = { readonly buffer: ArrayBuffer; grow(pages: number): number };
type WasmExports = {
  memory: WasmMemory;
  scores: (m: number, rows: number, dim: number, q: number, out: number) => void;
};
type WasmApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

export function createDotKernel(dim: number, options: { simd?: boolean } = {}): DotKernel {
  if (dim % 16 !== 0) throw new Error(`dimension ${dim} is not a multiple of 16`);
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  let exports: WasmExports | undefined;
  if (api && options.simd !== false) {
    try {
      exports = new api.Instance(new api.Module(wasmBytes()), {}).exports as WasmExports;
    } catch {
      exports = undefined; // no SIMD support: fall back to plain JavaScript
    }
  }
  return exports ? wasmKernel(exports, dim) : jsKernel(dim);
}

function wasmKernel(exports: WasmExports, dim: number): DotKernel {
  const { memory, scores } = exports;
  const queryOffset = 0;
  const matrixOffset = Math.ceil((dim * 4) / PAGE) * PAGE;
  let capacity = 0;
  const scoresOffset = () => matrixOffset + capacity * dim * 4;
  const ensureBytes = (bytes: number) => {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
  };
  const kernel: DotKernel = {
    simd: true,
    rows: () => new Float32Array(memory.buffer, matrixOffset, capacity * dim),
    reserve(wanted) {
      if (wanted <= capacity) return;
      ensureBytes(matrixOffset + wanted * dim * 4 + wanted * 4);
      capacity = wanted;
    },
    scoreAll(query, count) {
      if (count > capacity) throw new Error('count exceeds capacity');
      new Float32Array(memory.buffer, queryOffset, dim).set(query);
      scores(matrixOffset, count, dim, queryOffset, scoresOffset());
      return new Float32Array(memory.buffer, scoresOffset(), count);
    },
  };
  kernel.reserve(1024);
  return kernel;
}

function jsKernel(dim: number): DotKernel {
  let matrix = new Float32Array(1024 * dim);
  let out = new Float32Array(1024);
  return {
    simd: false,
    rows: () => matrix,
    reserve(wanted) {
      if (wanted * dim <= matrix.length) return;
      const next = new Float32Array(wanted * dim);
      next.set(matrix);
      matrix = next;
      out = new Float32Array(wanted);
    },
    scoreAll(query, count) {
      for (let row = 0, off = 0; row < count; row++, off += dim) {
        let s = 0;
        for (let j = 0; j < dim; j++) s += (matrix[off + j] as number) * (query[j] as number);
        out[row] = s;
      }
      return out.subarray(0, count);
    },
  };
}
