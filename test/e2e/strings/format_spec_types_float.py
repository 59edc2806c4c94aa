# Float presentation types e E f F g G n % and default, with precision.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e22, 1.0e-300, 2.5e15]
for v in vals:
    print(f"{v:e}|{v:.2E}|{v:f}|{v:.1F}|{v:g}|{v:.3G}|{v:n}|{v:.1%}|{v:.4}|{v}")
for p in range(0, 18, 3):
    print(p, f"{0.1:.{p}f}", f"{2/3:.{p}e}", f"{2/3:.{p}g}", f"{12345.6789:.{p}g}")
print(f"{float('inf'):e}|{float('-inf'):F}|{float('nan'):G}|{float('nan'):%}")
print(f"{1.5:.0f} {2.5:.0f} {0.5:.0%} {0.125:.2f} {1e16:.0f} {123.456:.0e}")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
