# A class's operator method returning NotImplemented hands the operation
# to the other operand's type: a builtin sequence repeats by __index__, a
# number's own slot gets its turn, and with no taker the TypeError names
# both types. Methods are called once each.
calls = []


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __mul__(self, other):
        calls.append(("mul", type(other).__name__))
        if isinstance(other, Count):
            return Count(self.n * other.n)
        return NotImplemented

    def __add__(self, other):
        calls.append(("add", type(other).__name__))
        return NotImplemented

    def __sub__(self, other):
        calls.append(("sub", type(other).__name__))
        if isinstance(other, int):
            return self.n - other
        return NotImplemented


print(Count(2) * [1, 2], Count(3) * "ab", Count(2) * (0,))
print((Count(2) * Count(5)).n)
print(Count(9) - 4)
for expr in (lambda: Count(1) + 1, lambda: Count(1) + Count(2),
             lambda: Count(1) * 2.5, lambda: Count(1) - "x"):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
print(calls)
