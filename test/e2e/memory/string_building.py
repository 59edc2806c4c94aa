# skip-targets: mps2-an385 (needs several MB of RAM)
# skip-gc-stress: 100,000 live strings, each collection marks them all
# Building large strings by join and by repeated +=.
parts = [str(i) for i in range(100000)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:], s.count(","))
acc = ""
for i in range(50000):
    acc += chr(ord("a") + i % 26)
print(len(acc), acc[:30], acc.count("z"))
big = "xyz" * 300000
print(len(big), big.find("zx", 500000), big[-4:])
lines = "\n".join(f"line {i}: {'#' * (i % 40)}" for i in range(20000))
print(len(lines), len(lines.splitlines()), lines.splitlines()[12345])
