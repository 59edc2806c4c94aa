# Assignment expressions (:=) in conditions, loops and calls.
data = [5, 2, 9, 1, 7]
if (n := len(data)) > 3:
    print("long list of", n)
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
print(item)
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()) > 1:
    total += top
print(total, top, stack)
print((y := 10) + y, y)
def f(x):
    return (z := x * 2) + z
print(f(4))
text = "key=value"
if (i := text.find("=")) != -1:
    print(text[:i], text[i + 1:])
values = [(v, sq) for v in range(5) if (sq := v * v) % 2 == 0]
print(values, sq)
