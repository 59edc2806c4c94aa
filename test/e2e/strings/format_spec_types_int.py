# Integer presentation types b c d o x X n and None, with grouping.
for v in [0, 5, 65, 255, -255, 1234567, 2**40, -(2**70)]:
    print(f"{v:b}|{v:d}|{v:o}|{v:x}|{v:X}|{v:n}|{v}|{v:_x}|{v:,d}")
print(f"{65:c}{0x263A:c}{0x1F600:c}", f"[{97:5c}]", f"[{True:d}]", f"[{False:x}]")
for spec in ["c", ",c", "s", ".2d"]:
    try:
        print(format(65, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(format(10, "e"), format(10, "f"), format(10, "g"), format(10, "%"), format(10, ""))
