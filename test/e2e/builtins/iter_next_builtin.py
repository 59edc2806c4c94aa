# iter() and next() on builtin containers.
for it in [iter([1, 2]), iter((3,)), iter("ab"), iter({"k": 1}), iter(range(2)), iter(b"\x01")]:
    print(iter(it) is it, list(it))
it = iter({5})
print(next(it), next(it, "no more"))
d = {"a": 1, "b": 2}
ki = iter(d.items())
print(next(ki), next(ki))
print(next(iter([]), "default"), next(iter(""), None))
it = iter([1, 2, 3])
print(iter(it) is it, sum(it), sum(it))
