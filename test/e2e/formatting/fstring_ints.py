# f-strings and format specs for ints.
x = 42
n = -42
print(f"{x}|{n}|{x:d}|{n:d}")
print(f"[{x:5}] [{x:<5}] [{x:^5}] [{x:>5}] [{x:*^7}] [{x:-<6}] [{x:0>6}]")
print(f"[{n:5}] [{n:<5}] [{n:^6}] [{n:=6}] [{n:06}] [{n:06d}] [{x:=+6}]")
print(f"[{x:+}] [{x: }] [{x:-}] [{n:+}] [{n: }] [{0:+}]")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#X} {x:#o} {x:#b}")
print(f"{n:x} {n:#x} {n:b} {n:#010b} {n:#o}")
print(f"{1234567:,} {1234567:_} {-1234567:,} {123:,} {0:,} {1000:,d}")
print(f"{2**64:,} {2**64:_d} {0xFFFFFFFF:_x} {0b101010101:_b} {-(2**40):_o}")
print(f"[{1234567:15,}] [{1234567:<15,}] [{1234567:015,}] [{-1234:010,}]")
print(f"{255:08b} {255:#010b} {5:03} {-5:03} {5:+03}")
print(f"{2**100}")
print(f"{-(2**100):,}")
print(f"{x:c}{x + 1:c}" + f"{65:c}")
print(f"{True} {True:d} {False:5} {True:>5}")
print(f"{x:%} {x:.1e} {x:f} {x:g}")
w = 8
print(f"[{x:{w}}] [{x:>{w}d}] [{x:0{w}b}] [{n:^{w}}]")
for i in range(1, 6):
    print(f"{i:2d} {i * i:4d} {i ** 3:6,d} {2 ** i:#06x}")
