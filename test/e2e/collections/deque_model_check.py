# deque against a list model: thousands of pseudo-random operations at both ends.
from collections import deque

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def check(maxlen, steps):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(steps):
        op = rand(11)
        v = rand(1000)
        if op == 0:
            d.append(v)
            model.append(v)
        elif op == 1:
            d.appendleft(v)
            model.insert(0, v)
        elif op in (2, 3):
            if model:
                assert d.pop() == model.pop()
        elif op in (4, 5):
            if model:
                assert d.popleft() == model.pop(0)
        elif op == 6:
            n = rand(9) - 4
            d.rotate(n)
            if model:
                n %= len(model)
                model[:] = model[len(model) - n:] + model[:len(model) - n]
        elif op == 7 and model:
            i = rand(len(model))
            assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
            d[i] = v
            model[i] = v
        elif op == 8:
            items = [rand(50) for _ in range(rand(4))]
            d.extend(items)
            model.extend(items)
        elif op == 9:
            items = [rand(50) for _ in range(rand(4))]
            d.extendleft(items)
            model[:0] = items[::-1]
        elif op == 10 and model and maxlen is None:
            i = rand(len(model) + 1)
            d.insert(i, v)
            model.insert(i, v)
        if maxlen is not None and len(model) > maxlen:
            # the model drops from the side opposite to the last addition
            if op in (1, 9):
                del model[maxlen:]
            else:
                del model[:len(model) - maxlen]
        assert len(d) == len(model), (step, op)
    assert list(d) == model
    assert list(reversed(d)) == model[::-1]
    return len(model), sum(model)


print(check(None, 3000))
print(check(5, 2000))
print(check(1, 500))
q = deque()
total = 0
for i in range(20000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1])
