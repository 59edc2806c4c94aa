# Subclassing int, str, list and dict.
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, o):
        return Meters(float(self) + float(o))
m = Meters(1.5) + Meters(2)
print(m, repr(m), type(m).__name__, isinstance(m, float), m * 2, type(m * 2).__name__)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__, Even(5) == 4)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", type(u + "x").__name__, len(u), u[1:], isinstance(u, str))
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s[:1]).__name__, s == [1, 2, 3])
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] += 1
c = Counter()
for w in "abcab":
    c.add(w)
print(c, c["zz"], type(c).__name__, len(c))
