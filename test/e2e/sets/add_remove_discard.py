# add, remove (KeyError), discard (silent), pop and clear.
s = set()
s.add(3)
s.add(3)
s.add(1)
s.add("x")
s.add((1, 2))
print(len(s), 3 in s, "x" in s, (1, 2) in s, 2 in s)
s.remove(3)
s.discard(1)
s.discard(12345)
print(sorted(s, key=repr))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove((9, 9))
except KeyError as e:
    print("KeyError:", e)
single = {42}
print(single.pop(), single)
try:
    single.pop()
except KeyError as e:
    print("KeyError:", e)
t = {1, 2, 3}
t.clear()
print(t, len(t))
try:
    t.add([1])
except TypeError as e:
    print("TypeError:", e)
u = set(range(100))
popped = set()
while u:
    popped.add(u.pop())
print(len(popped), min(popped), max(popped))
