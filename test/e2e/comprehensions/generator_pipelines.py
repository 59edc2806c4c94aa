# Chained generator expressions evaluate lazily, element by element.
trace = []
def src(n):
    for i in range(n):
        trace.append("src" + str(i))
        yield i
evens = (x for x in src(6) if x % 2 == 0)
squares = (x * x for x in evens)
labels = (f"<{x}>" for x in squares)
print(trace)
print(next(labels), trace)
print(list(labels), trace)
lines = ["# comment", "a=1", "", "b = 2", "  # indented comment", "c=3"]
pairs = (line.split("=") for line in lines if line.strip() and not line.strip().startswith("#"))
cfg = {k.strip(): int(v) for k, v in pairs}
print(cfg)
g = (i for i in range(3))
print(iter(g) is g, list(zip(g, g)))
