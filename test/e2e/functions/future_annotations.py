# from __future__ import annotations: annotations are strings, never evaluated.
"""Docstring first."""
from __future__ import annotations
from __future__ import division, generator_stop


def f(x: int | None = None, *args: Undefined, y: "str" = "a") -> list[int]:
    return [x or 0]


print(f(3), f.__annotations__)


class Node:
    def link(self, other: Node) -> Node:
        return other


print(Node.link.__annotations__)


def g(x: "it's\x01\u00e9", y: 'q"') -> "\\":
    pass


print(g.__annotations__)
