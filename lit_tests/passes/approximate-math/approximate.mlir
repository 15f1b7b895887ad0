// RUN: mlc-opt %s --split-input-file --approximate-math | FileCheck %s
// RUN: mlc-opt %s --split-input-file '--approximate-math=ops=exp fma=false sigmoid=false' \
// RUN:   | FileCheck %s --check-prefix=EXP
// f32 exp/log/tanh/erf (scalars and vectors) become branch-free arith: no math.exp/log/tanh/erf
// is left, and none is called; f64 is left to libm.

// CHECK-LABEL: func.func @exp_vector
// CHECK-SAME: (%[[X:.*]]: vector<16xf32>)
// CHECK-NOT: math.exp
// CHECK: %[[HI:.*]] = arith.minnumf %[[X]], %{{.*}} : vector<16xf32>
// CHECK: %[[C:.*]] = arith.maxnumf %[[HI]], %{{.*}} : vector<16xf32>
// CHECK: %[[K:.*]] = math.roundeven %{{.*}} : vector<16xf32>
// CHECK: math.fma %[[K]], %{{.*}}, %[[C]] : vector<16xf32>
// CHECK: arith.fptosi %[[K]] : vector<16xf32> to vector<16xi32>
// CHECK: arith.shrsi
// CHECK: arith.shli
// CHECK: arith.bitcast %{{.*}} : vector<16xi32> to vector<16xf32>
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : vector<16xf32>
// CHECK: %[[R:.*]] = arith.select %[[NAN]], %[[X]], %{{.*}} : vector<16xi1>, vector<16xf32>
// CHECK: return %[[R]]
// EXP-LABEL: func.func @exp_vector
// EXP-NOT: math.fma
// EXP-NOT: math.exp
// EXP: return
func.func @exp_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %y = math.exp %x : vector<16xf32>
  return %y : vector<16xf32>
}

// -----

// CHECK-LABEL: func.func @scalars
// CHECK-NOT: math.log
// CHECK-NOT: math.tanh
// CHECK-NOT: math.erf
// CHECK: math.copysign
// CHECK: return
// EXP-LABEL: func.func @scalars
// EXP: math.log
// EXP: math.tanh
// EXP: math.erf
func.func @scalars(%x: f32) -> (f32, f32, f32) {
  %l = math.log %x : f32
  %t = math.tanh %x : f32
  %e = math.erf %x : f32
  return %l, %t, %e : f32, f32, f32
}

// -----

// Inside a linalg.generic body, on tensors.
// CHECK-LABEL: func.func @in_generic
// CHECK: linalg.generic
// CHECK-NOT: math.tanh
// CHECK: arith.divf
// CHECK: linalg.yield
func.func @in_generic(%x: tensor<8xf32>) -> tensor<8xf32> {
  %o = tensor.empty() : tensor<8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
      iterator_types = ["parallel"]} ins(%x : tensor<8xf32>) outs(%o : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %t = math.tanh %a : f32
    linalg.yield %t : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

// 1 / (1 + exp(-x)) becomes select(x >= 0, 1, t) / (1 + t) with t = exp(-|x|).
// CHECK-LABEL: func.func @sigmoid
// CHECK-SAME: (%[[X:.*]]: vector<8xf32>)
// CHECK-NOT: arith.negf
// CHECK: %[[A:.*]] = math.absf %[[X]] : vector<8xf32>
// CHECK: %[[N:.*]] = arith.subf %{{.*}}, %[[A]] : vector<8xf32>
// CHECK: %[[POS:.*]] = arith.cmpf oge, %[[X]], %{{.*}} : vector<8xf32>
// CHECK: %[[NUM:.*]] = arith.select %[[POS]], %{{.*}}, %[[T:.*]] : vector<8xi1>, vector<8xf32>
// CHECK: %[[DEN:.*]] = arith.addf %[[T]], %{{.*}} : vector<8xf32>
// CHECK: %[[R:.*]] = arith.divf %[[NUM]], %[[DEN]] : vector<8xf32>
// CHECK: return %[[R]]
// EXP-LABEL: func.func @sigmoid
// EXP: arith.negf
// EXP-NOT: math.exp
// EXP: arith.divf
func.func @sigmoid(%x: vector<8xf32>) -> vector<8xf32> {
  %one = arith.constant dense<1.0> : vector<8xf32>
  %n = arith.negf %x : vector<8xf32>
  %e = math.exp %n : vector<8xf32>
  %d = arith.addf %one, %e : vector<8xf32>
  %s = arith.divf %one, %d : vector<8xf32>
  return %s : vector<8xf32>
}

// -----

// CHECK-LABEL: func.func @f64_left_alone
// CHECK: math.exp %{{.*}} : f64
// CHECK: math.tanh %{{.*}} : vector<4xf64>
func.func @f64_left_alone(%x: f64, %v: vector<4xf64>) -> (f64, vector<4xf64>) {
  %e = math.exp %x : f64
  %t = math.tanh %v : vector<4xf64>
  return %e, %t : f64, vector<4xf64>
}
