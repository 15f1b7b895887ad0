// mlc_ptr: what raising LLVM IR needs and upstream MLIR lacks.
//
// "mlc_ptr.to_memref"(%p) : (!llvm.ptr) -> memref<T>
//   A rank-0 memref whose aligned (and allocated) pointer is %p, offset 0: a
//   view of the memory at %p with element type T. Raised .ll kernels keep their
//   C signature (pointer arguments) and build their arrays on it with the
//   upstream memref.reinterpret_cast (offset, sizes and strides from the
//   address arithmetic). The `lower-ptr-views` pass lowers it to the LLVM
//   memref descriptor; it reads and writes nothing by itself.
irdl.dialect @mlc_ptr {
  irdl.operation @to_memref {
    %ptr = irdl.is !llvm.ptr
    %view = irdl.base "!builtin.memref"
    irdl.operands(ptr: %ptr)
    irdl.results(view: %view)
  }
}
