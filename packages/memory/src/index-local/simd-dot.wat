;; Batched dot products over a row-major Float32 matrix with 128-bit SIMD (four lanes per
;; instruction). Compiled by `npm run build:wasm` (wabt) into simd-dot.wasm.ts; a test checks that
;; the checked-in bytes are what this source compiles to.
;;
;; scores(m, rows, dim, q, out): out[row] = Σ_j m[row][j] * q[j] for row in [0, rows).
;; Pointers are byte offsets into the exported memory; dim is a multiple of 16 (16 floats per step).
(module
  (memory $memory 1)
  (export "scores" (func $scores))
  (export "memory" (memory $memory))

  (func $scores (param $m i32) (param $rows i32) (param $dim i32) (param $q i32) (param $out i32)
    (local $row i32)  ;; current row
    (local $mp i32)   ;; read pointer in the row
    (local $qp i32)   ;; read pointer in the query
    (local $end i32)  ;; end of the row: m + dim * 4
    ;; four independent accumulators, so that consecutive multiply-adds do not wait on each other
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)

    block $done
      loop $each_row
        ;; if row >= rows: done
        local.get $row
        local.get $rows
        i32.ge_u
        br_if $done

        v128.const i32x4 0 0 0 0
        local.set $acc0
        v128.const i32x4 0 0 0 0
        local.set $acc1
        v128.const i32x4 0 0 0 0
        local.set $acc2
        v128.const i32x4 0 0 0 0
        local.set $acc3
        local.get $m
        local.set $mp
        local.get $q
        local.set $qp
        ;; end = m + dim * 4
        local.get $m
        local.get $dim
        i32.const 2
        i32.shl
        i32.add
        local.set $end

        block $row_done
          loop $each_step
            ;; if mp >= end: row done
            local.get $mp
            local.get $end
            i32.ge_u
            br_if $row_done

            ;; acc[k] += load(mp + 16k) * load(qp + 16k), k = 0..3: 16 floats per step
            local.get $acc0
            local.get $mp
            v128.load
            local.get $qp
            v128.load
            f32x4.mul
            f32x4.add
            local.set $acc0
            local.get $acc1
            local.get $mp
            v128.load offset=16
            local.get $qp
            v128.load offset=16
            f32x4.mul
            f32x4.add
            local.set $acc1
            local.get $acc2
            local.get $mp
            v128.load offset=32
            local.get $qp
            v128.load offset=32
            f32x4.mul
            f32x4.add
            local.set $acc2
            local.get $acc3
            local.get $mp
            v128.load offset=48
            local.get $qp
            v128.load offset=48
            f32x4.mul
            f32x4.add
            local.set $acc3

            ;; mp += 64; qp += 64
            local.get $mp
            i32.const 64
            i32.add
            local.set $mp
            local.get $qp
            i32.const 64
            i32.add
            local.set $qp
            br $each_step
          end
        end

        ;; acc0 = acc0 + acc1 + acc2 + acc3; out[row] = sum of its four lanes
        local.get $acc0
        local.get $acc1
        f32x4.add
        local.get $acc2
        f32x4.add
        local.get $acc3
        f32x4.add
        local.set $acc0
        local.get $out
        local.get $acc0
        f32x4.extract_lane 0
        local.get $acc0
        f32x4.extract_lane 1
        f32.add
        local.get $acc0
        f32x4.extract_lane 2
        f32.add
        local.get $acc0
        f32x4.extract_lane 3
        f32.add
        f32.store

        ;; out += 4; the next row starts where this one ended; row += 1
        local.get $out
        i32.const 4
        i32.add
        local.set $out
        local.get $end
        local.set $m
        local.get $row
        i32.const 1
        i32.add
        local.set $row
        br $each_row
      end
    end))
