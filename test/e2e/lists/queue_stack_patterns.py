# Using lists as stacks and queues; rotating; in-place algorithms.
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if tok == "+" else a * b if tok == "*" else a - b)
print(stack)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
r = [1, 2, 3, 4, 5]
for i in range(2):
    r.append(r.pop(0))
print(r)
r.insert(0, r.pop())
print(r)
data = [4, 1, 3, 9, 7]
i, j = 0, len(data) - 1
while i < j:
    data[i], data[j] = data[j], data[i]
    i += 1
    j -= 1
print(data)
josephus = list(range(1, 42))
idx = 0
out = []
while josephus:
    idx = (idx + 2) % len(josephus)
    out.append(josephus.pop(idx))
print(out[-3:], len(out))
