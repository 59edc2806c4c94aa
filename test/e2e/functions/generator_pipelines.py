# Composing generator functions into a processing pipeline.
def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip():
            yield l.strip()
def parse(lines):
    for l in lines:
        name, _, value = l.partition(":")
        yield name.strip(), float(value)
def running_total(pairs):
    total = 0.0
    for name, v in pairs:
        total += v
        yield name, v, total
text = """
apples: 3.5
pears: 1.25

plums: 4
"""
for row in running_total(parse(non_empty(read_lines(text)))):
    print(row)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def window(it, k):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
