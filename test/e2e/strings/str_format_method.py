# str.format: automatic/manual numbering, keywords, indexing, attributes.
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="hi"))
print("{0[1]} {0[0]} {1[key]} {2.real} {2.imag}".format(["x", "y"], {"key": "v"}, 3 + 4j))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{0:{1}}|".format("w", 5), "{:{}.{}f}".format(3.14159, 8, 2))
print("{{}} {{{}}}".format("braces"), "{!r} {!s} {!a}".format("é", "é", "é"))
class P:
    def __init__(self):
        self.x = 1
        self.items = [10, 20]
print("{p.x} {p.items[1]}".format(p=P()))
print("{0}{0}{0}".format("ab"), "{a}{b}{a}".format(a=1, b=2), "{}".format(None))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{0[5]}", ([1],)), ("{:d}", ("s",)), ("}", ()), ("{", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{:,}".format(1234567), "{:%}".format(0.25), "{:e}".format(12345.678), format(255, "#x"))
