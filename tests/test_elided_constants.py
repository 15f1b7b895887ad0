"""Large constants held out of MLIR text while it is parsed and printed (``elided_constants``)."""

from __future__ import annotations

import numpy as np

from mlc.compiler.context import make_context
from mlc.compiler.frontends import elided_constants as ec


def _module(big: np.ndarray, small: np.ndarray) -> str:
    def hexed(a: np.ndarray) -> str:
        return "0x" + a.tobytes().hex().upper()

    return f"""module {{
  func.func @f() -> (tensor<{big.size}xf32>, tensor<{small.size}xf32>, tensor<{big.size}xf32>) {{
    %big = arith.constant dense<"{hexed(big)}"> : tensor<{big.size}xf32>
    %small = arith.constant dense<"{hexed(small)}"> : tensor<{small.size}xf32>
    %again = arith.constant dense<"{hexed(big[::-1].copy())}"> : tensor<{big.size}xf32>
    return %big, %small, %again : tensor<{big.size}xf32>, tensor<{small.size}xf32>, tensor<{big.size}xf32>
  }}
}}
"""


def _printed(text: str) -> str:
    from mlir import ir

    with make_context():
        return ir.Module.parse(text).operation.get_asm(large_elements_limit=None)


def test_a_parse_and_print_without_the_literals_gives_the_same_module():
    rng = np.random.default_rng(0)
    big, small = rng.standard_normal(1024).astype(np.float32), rng.standard_normal(4).astype(np.float32)
    text = _module(big, small)
    code, held = ec.elide(text)
    assert len(held) == 2 and len(code) < len(text) // 10
    assert code.count("dense_resource<") == 2 and code.count('dense<"0x') == 1  # the small one stays
    assert ec.restore(_printed(code), held) == _printed(text)


def test_text_without_large_literals_is_left_as_it_is():
    text = _module(np.ones(4, np.float32), np.zeros(2, np.float32))
    assert ec.elide(text) == (text, [])
