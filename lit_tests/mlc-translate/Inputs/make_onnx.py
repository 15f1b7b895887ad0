"""Write small ONNX models for the mlc-translate lit tests: ``make_onnx.py NAME OUT.onnx``."""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def conv_relu() -> onnx.ModelProto:
    w = numpy_helper.from_array(np.linspace(-1, 1, 4 * 3 * 3 * 3, dtype=np.float32).reshape(4, 3, 3, 3), "w")
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv0", pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["y"], name="relu0"),
    ]
    graph = helper.make_graph(
        nodes,
        "conv_relu",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4, 8, 8])],
        [w],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def matmul_softmax() -> onnx.ModelProto:
    nodes = [
        helper.make_node("MatMul", ["a", "b"], ["m"], name="mm"),
        helper.make_node("Softmax", ["m"], ["y"], name="sm", axis=-1),
    ]
    graph = helper.make_graph(
        nodes,
        "matmul_softmax",
        [
            helper.make_tensor_value_info("a", TensorProto.FLOAT, [4, 8]),
            helper.make_tensor_value_info("b", TensorProto.FLOAT, [8, 16]),
        ],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 16])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def bool_where() -> onnx.ModelProto:
    nodes = [
        helper.make_node("Greater", ["a", "b"], ["gt"], name="gt"),
        helper.make_node("Where", ["gt", "a", "b"], ["mx"], name="where"),
    ]
    graph = helper.make_graph(
        nodes,
        "bool_where",
        [
            helper.make_tensor_value_info("a", TensorProto.FLOAT, [5]),
            helper.make_tensor_value_info("b", TensorProto.FLOAT, [5]),
        ],
        [helper.make_tensor_value_info("mx", TensorProto.FLOAT, [5]), helper.make_tensor_value_info("gt", TensorProto.BOOL, [5])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def custom_op() -> onnx.ModelProto:
    nodes = [helper.make_node("Frobnicate", ["x"], ["y"], name="frob_1", domain="com.example")]
    graph = helper.make_graph(
        nodes,
        "custom_op",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])],
    )
    return helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.example", 3)]
    )


def uint16_add() -> onnx.ModelProto:
    nodes = [helper.make_node("Add", ["a", "b"], ["y"], name="add16")]
    graph = helper.make_graph(
        nodes,
        "uint16_add",
        [
            helper.make_tensor_value_info("a", TensorProto.UINT16, [3]),
            helper.make_tensor_value_info("b", TensorProto.UINT16, [3]),
        ],
        [helper.make_tensor_value_info("y", TensorProto.UINT16, [3])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def string_cast() -> onnx.ModelProto:
    nodes = [helper.make_node("Cast", ["x"], ["y"], name="to_str", to=TensorProto.STRING)]
    graph = helper.make_graph(
        nodes,
        "string_cast",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3])],
        [helper.make_tensor_value_info("y", TensorProto.STRING, [3])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])


MODELS = {f.__name__: f for f in (conv_relu, matmul_softmax, bool_where, custom_op, uint16_add, string_cast)}

if __name__ == "__main__":
    onnx.save(MODELS[sys.argv[1]](), sys.argv[2])
