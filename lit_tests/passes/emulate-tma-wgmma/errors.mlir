// RUN: mlc-opt %s --split-input-file --emulate-tma-wgmma --verify-diagnostics -o /dev/null
// The emulation needs what hopper-gemm records: the kernel's dynamic shared-memory size.

// expected-error@+1 {{emulate-tma-wgmma: a kernel with sm_90 ops has no mlc.tensorized record of its shared memory}}
func.func private @no_record() attributes {mlc.kernel = "linalg.matmul"} {
  %s = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
  return
}
