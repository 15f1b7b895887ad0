"""A long-lived worker that runs conformance cases sent over its stdin.

Protocol: length-prefixed pickles. The parent sends a ``Case`` and its
``CpuProgram`` (compiled by the parent); the worker JIT-compiles and runs it and
answers with an ``Outcome``. If the compiled code of a case crashes the
worker, the parent sees the pipe close, records the crash and starts a new
worker, so interpreter start-up is paid once per crash, not once per case.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from typing import Any, BinaryIO


def send(stream: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def receive(stream: BinaryIO) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    (size,) = struct.unpack("<Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def serve(opt_level: int) -> int:
    from mlc.benchmarks.onnx_conformance.check import execute_case

    # Keep the protocol stream apart from anything the compiled code or libraries print.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    while True:
        try:
            case, program = receive(inp)
        except EOFError:
            return 0
        send(out, execute_case(case, program, opt_level))


if __name__ == "__main__":
    sys.exit(serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
