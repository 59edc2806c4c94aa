# Which builtin values have __bool__ and __len__: containers answer truth through __len__.
for v in ("s", [1], (1,), {1: 2}, {1}, frozenset(), b"x", bytearray(), range(3), 1, 1.5, None, True, 2j):
    print(type(v).__name__, hasattr(v, "__bool__"), hasattr(v, "__len__"))
