# divmod, pow and round with ints, floats and custom types.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(2**100, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), type(pow(-8, 1 / 3)).__name__, pow(3, 4, 5), pow(7, -1, 11))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234, -2), round(5.5, None), round(10 ** 20 + 0.5))
class R:
    def __round__(self, n=None):
        return f"rounded to {n}"
print(round(R()), round(R(), 3))
class D:
    def __divmod__(self, o):
        return ("custom", o)
    def __rdivmod__(self, o):
        return ("reflected", o)
print(divmod(D(), 1), divmod(1, D()))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
