# f-string conversions and nested replacement fields.
v = "café"
n = 3.14159
w, p = 10, 3
print(f"{v!r}|{v!s}|{v!a}|{n!r}|{n!s:>8}|{v!r:^12}|")
print(f"[{n:{w}.{p}f}]", f"[{n:{'<' if w > 5 else '>'}{w}}]", f"[{v:{'*'}^{w}}]")
items = {"a": 1, "b": [10, 20]}
print(f"{items['a']} {items['b'][1]} {len(items)} {', '.join(items)}")
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{n:.2f}':>8}|")
print(f"{(lambda x: x * 2)(21)}")
x = 5
print(f"{x:{x}}|{x:0{x}}|{'%d' % x}|{x!r:>{x}}")
print(f"{{x}} {{{x}}} {{{{x}}}}")
