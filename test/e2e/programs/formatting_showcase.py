# String formatting: f-strings, format specs, % formatting, str.format, float repr, alignment tables.
rows = [("Widget", 3, 4.5), ("Gadget", 12, 19.999), ("Thingamajig", 100, 0.1), ("X", 0, -3.14159)]
print(f"{'Name':<12}|{'Qty':^5}|{'Price':>9}")
print("-" * 28)
for name, q, p in rows:
    print(f"{name:<12}|{q:^5}|{p:>9.2f}")
for v in (0, 1, -1, 255, 65535, 10**12, -7):
    print(f"{v:d} {v:5d} {v:+d} {v:x} {v:X} {v:o} {v:b} {v:#x} {v:#o} {v:#b} {v:,} {v:_} {v:08d} {v:e}")
for f in (0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 123456789.123, 1e22, 2.5e-300, float("inf"), float("nan")):
    print(f"{f} {f!r} {f:.3f} {f:10.4e} {f:g} {f:.3g} {f:%} {f:+.1f} {f:12,.2f}")
for f in (0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 123e-20, 5e-324, 1.7976931348623157e308):
    print(repr(f), str(f), round(f, 3))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234.5678, -2), round(7, -1))
print("%s is %d years and %.2f%% done" % ("Bob", 42, 99.5))
print("%5s|%-5s|%05d|%x|%o|%e|%g|%r|%c" % ("ab", "cd", 42, 255, 8, 12345.678, 0.00001234, "q", 65))
print("%(name)s=%(val)03d" % {"name": "k", "val": 7})
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{0[0]} {0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'nest':>{w}}|")
print(f"{1+2=}", f"{'x'*3!r}", f"{{literal}}", f"{ 42 :>4}")
print(f"{1_000_000:,}", f"{0.5:.0%}", f"{12:#06x}", f"{-12:=+8}", f"{255:08b}")
print(format(1234.5, ",.1f"), format(42, "^10"), format("s", "x>4"), format(3, ""))
print(str(1e100), str(-0.0), 1e-5, 0.0001, 123456789012345678.0, 1.0e16 + 1)
print(int("42"), int("-0x1f", 16), int("777", 8), int("1010", 2), int(" 12 "), float(" 2.5 "), float("1e3"))
print(hex(255), oct(8), bin(5), hex(-1), chr(9731), ord("A"), ascii("naïve"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"), repr("\x00\x7f\u00e9"))
print(str(b"bytes\x00\xff"), repr(bytearray(b"ab")))
print(divmod(17, 5), divmod(-17, 5), -17 // 5, -17 % 5, 17 % -5, 2 ** -1, 2 ** 100, 7 / 2, -7 // 2.0)
print(f"{'left':<{p+5}}!", "%-*d!" % (6, 3), "%.*f" % (2, 3.14159))
for n in (0, 5, 21, 1000000):
    print(f"{n} item{'s' if n != 1 else ''}", f"{n / 7:.4f}", f"{n:>10,d}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{1: 2}} {set()} {frozenset()}")
print("%s %s %s" % (True, None, [1.5]), "%d" % True, "%.1f" % 2)
