// RUN: mlc-opt %s --split-input-file --access-report=remarks --verify-diagnostics -o /dev/null
// GPU-mapped IR: a gpu.launch, then the same kernel outlined (sizes from gpu.launch_func).
// blockDim.x = 8: a warp spans 4 rows of 8 threads. The row-major load reads 4 rows of one
// 32-byte sector each (ideal); the column-major store writes 8 columns of 4 consecutive
// elements: 8 sectors.

func.func @copy(%A: memref<64x64xf32>, %B: memref<64x64xf32>) {
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  // expected-remark@+1 {{kernel @copy (gpu block 8x16x1 grid 8x16x1): 6 sectors/request (ideal 4; ld 4, st 8), 128.0 KiB moved}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c8, %gy = %c16, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c8, %sy = %c16, %sz = %c1) {
    %i0 = arith.muli %by, %c16 : index
    %i = arith.addi %i0, %ty : index
    %j0 = arith.muli %bx, %c8 : index
    %j = arith.addi %j0, %tx : index
    // expected-remark@+1 {{load %arg0: 4 sectors/request (ideal 4, exact); strides: threadIdx.x=1, threadIdx.y=64, blockIdx.x=8, blockIdx.y=1024}}
    %v = memref.load %A[%i, %j] : memref<64x64xf32>
    // expected-remark@+1 {{store %arg1: 8 sectors/request (ideal 4, exact); strides: threadIdx.x=64, threadIdx.y=1, blockIdx.x=512, blockIdx.y=16; stride 64 elements along threadIdx.x}}
    memref.store %v, %B[%j, %i] : memref<64x64xf32>
    gpu.terminator
  }
  return
}

// -----

module attributes {gpu.container_module} {
  func.func @host(%A: memref<64x64xf32>, %B: memref<64x64xf32>) {
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    gpu.launch_func @kernels::@copy blocks in (%c8, %c16, %c1) threads in (%c8, %c16, %c1) args(%c16 : index, %A : memref<64x64xf32>, %B : memref<64x64xf32>)
    return
  }
  gpu.module @kernels {
    // expected-remark@+1 {{kernel @kernels::@copy (gpu block 8x16x1 grid 8x16x1): 6 sectors/request (ideal 4; ld 4, st 8)}}
    gpu.func @copy(%rows: index, %A: memref<64x64xf32>, %B: memref<64x64xf32>) kernel {
      %tx = gpu.thread_id x
      %ty = gpu.thread_id y
      %bx = gpu.block_id x
      %by = gpu.block_id y
      %w = gpu.block_dim x
      %i0 = arith.muli %by, %rows : index
      %i = arith.addi %i0, %ty : index
      %j0 = arith.muli %bx, %w : index
      %j = arith.addi %j0, %tx : index
      // expected-remark@+1 {{load %arg1: 4 sectors/request (ideal 4, exact); strides: threadIdx.x=1, threadIdx.y=64, blockIdx.x=8, blockIdx.y=1024}}
      %v = memref.load %A[%i, %j] : memref<64x64xf32>
      // expected-remark@+1 {{store %arg2: 8 sectors/request (ideal 4, exact)}}
      memref.store %v, %B[%j, %i] : memref<64x64xf32>
      gpu.return
    }
  }
}
