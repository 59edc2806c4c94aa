# Sign options, the '#' alternate form and the '0' flag.
for v in [0, 7, -7, 0.0, -0.0, 2.5, -2.5, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), f"{v:+}|{v:-}|{v: }|{v:08}|{v:+08}|{v: 08}|{v:z}" if isinstance(v, float) else f"{v:+}|{v:-}|{v: }|{v:08}|{v:+08}|{v: 08}")
for v in [0, 10, -10, 255]:
    print(f"{v:#b}|{v:#o}|{v:#x}|{v:#X}|{v:#010x}|{v:#_b}|{v:+#x}")
for v in [1.0, 0.5, 100.0, 1e-7]:
    print(f"{v:#.0f}|{v:#.0e}|{v:#g}|{v:#.3g}|{v:.0f}|{v:g}")
print(f"{-0.0:z.2f}|{-0.001:z.1f}|{0.001:z.1f}|{-0.0:+z}")
