#!/usr/bin/env python3
"""Writes the number differential cases: operations and CPython's answers.

NumbersTest.cpp replays every line against the runtime's int, bool, float,
complex, math and formatting code and requires the same repr() of the
result, or the same exception type and message. The seed is fixed, so a
failure names a line that reproduces. Usage: gen_number_cases.py OUTPUT

Line format: OP ARG... EXPECTED, space separated.
  ARG:      i<decimal> int | f<16 hex digits> float (IEEE bits) | T | F |
            N (None) | s<hex of UTF-8> str | c<bits>,<bits> complex |
            t<count> (the next count ARGs form a tuple) |
            d<count> (the next 2*count ARGs are key, value pairs of a dict)
  EXPECTED: r<hex of repr(result)> | e<hex of "Type: message">
  OP:       add sub mul truediv floordiv mod pow lshift rshift and or xor
            lt le eq ne gt ge divmod pow3 neg pos invert abs hash repr str
            bool int float complex intbase round round2 format strmod
            math.<name>
"""

import math
import random
import struct
import sys

sys.set_int_max_str_digits(0)


def fbits(x):
    return format(struct.unpack("<Q", struct.pack("<d", x))[0], "016x")


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex()


def enc(v):
    if v is True:
        return ["T"]
    if v is False:
        return ["F"]
    if v is None:
        return ["N"]
    if isinstance(v, int):
        return ["i%d" % v]
    if isinstance(v, float):
        return ["f" + fbits(v)]
    if isinstance(v, complex):
        return ["c%s,%s" % (fbits(v.real), fbits(v.imag))]
    if isinstance(v, str):
        return ["s" + hx(v)]
    if isinstance(v, tuple):
        out = ["t%d" % len(v)]
        for x in v:
            out += enc(x)
        return out
    if isinstance(v, dict):
        out = ["d%d" % len(v)]
        for k, x in v.items():
            out += enc(k) + enc(x)
        return out
    raise TypeError(type(v))


class Gen:
    def __init__(self, seed=1234):
        self.r = random.Random(seed)
        self.lines = []

    def case(self, op, args, fn):
        try:
            res = fn()
            exp = "r" + hx(repr(res))
        except (ArithmeticError, ValueError, TypeError, KeyError) as e:
            exp = "e" + hx("%s: %s" % (type(e).__name__, e))
        toks = []
        for a in args:
            toks += enc(a)
        self.lines.append(" ".join([op] + toks + [exp]))


SMALL_INTS = [0, 1, -1, 2, 3, -3, 7, -7, 10, 100, -100, 255, 1000, 65536,
              2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**53, 2**53 + 1,
              2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63,
              2**64 + 5, -(2**64), 10**20, -10**30, 3**100, -(7**80),
              2**1000 - 1, 12345678901234567890123]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -1.5, 0.1, 2.5, 3.0, -7.25, 1e16,
          2.0**53, 123456.789, 1e22, 4.35, 1e300, -1e-300, 5e-324, 1e308,
          float("inf"), float("-inf"), float("nan"), 1/3, -2.0**63, 2.0**64,
          0.3, 1.7976931348623157e308, 9.5, 10.5, -0.5]
BOOLS = [True, False]
COMPLEX = [1j, 1 + 2j, -0j, complex(0, -0.0), complex(-1.5, 2), 3 + 0j,
           complex(float("inf"), 1), complex(1e300, 1e300), 0j]


def binary_ops(g):
    r = g.r
    ints = SMALL_INTS + [r.randint(-2**70, 2**70) for _ in range(10)] + \
        [r.randint(-1000, 1000) for _ in range(10)]
    values = ints + FLOATS + BOOLS
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b, "truediv": lambda a, b: a / b,
        "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
        "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
        "and": lambda a, b: a & b, "or": lambda a, b: a | b,
        "xor": lambda a, b: a ^ b, "lt": lambda a, b: a < b,
        "le": lambda a, b: a <= b, "eq": lambda a, b: a == b,
        "ne": lambda a, b: a != b, "gt": lambda a, b: a > b,
        "ge": lambda a, b: a >= b, "divmod": divmod,
        "pow": lambda a, b: a ** b,
    }
    for a in values:
        for b in values:
            for name, fn in ops.items():
                if name == "pow" and isinstance(b, int) and not isinstance(
                        b, bool) and abs(b) > 300 and isinstance(a, int) \
                        and abs(a) > 1:
                    continue
                if name == "lshift" and isinstance(b, int) and b > 5000:
                    continue
                if name in ("mul",) and isinstance(a, int) and isinstance(
                        b, int) and abs(a) > 2**200 and abs(b) > 2**200:
                    pass
                g.case(name, [a, b], lambda: fn(a, b))
    # complex arithmetic with numbers
    for a in COMPLEX + [2, 0.5, -1.5, 0]:
        for b in COMPLEX + [2, 0.5, -3, 0, 1.5]:
            for name in ("add", "sub", "mul", "truediv", "pow", "eq", "ne"):
                if not isinstance(a, complex) and not isinstance(b, complex):
                    continue
                g.case(name, [a, b], lambda: ops[name](a, b))
    # pow with a modulus
    for _ in range(400):
        a = r.choice(ints + [r.randint(-50, 50)])
        b = r.choice([r.randint(-5, 50), r.randint(0, 2**80), 0, 1, -1])
        m = r.choice([r.randint(-100, 100), r.randint(1, 2**90), 0, 1, -1])
        g.case("pow3", [a, b, m], lambda: pow(a, b, m))
    for a, b, m in [(2, 3, 1.0), (2.0, 3, 4), (3, -1, 7), (2, -1, 4)]:
        g.case("pow3", [a, b, m], lambda: pow(a, b, m))


def unary_ops(g):
    values = SMALL_INTS + FLOATS + BOOLS + COMPLEX
    for v in values:
        g.case("neg", [v], lambda: -v)
        g.case("pos", [v], lambda: +v)
        g.case("invert", [v], lambda: ~v)
        g.case("abs", [v], lambda: abs(v))
        if not (isinstance(v, float) and v != v) and not (
                isinstance(v, complex) and (v != v)):
            g.case("hash", [v], lambda: hash(v))
        g.case("repr", [v], lambda: v)
        g.case("str", [v], lambda: str(v))
        g.case("bool", [v], lambda: bool(v))
        if not isinstance(v, complex):
            g.case("int", [v], lambda: int(v))
            g.case("float", [v], lambda: float(v))
            g.case("round", [v], lambda: round(v))
    r = g.r
    for _ in range(1500):
        x = r.choice([r.uniform(-1e6, 1e6), r.uniform(-10, 10),
                      r.random() * 10 ** r.randint(-20, 20),
                      round(r.uniform(-100, 100), r.randint(0, 4)),
                      r.randint(-10**6, 10**6) + 0.5, r.choice(FLOATS)])
        n = r.choice([None, r.randint(-5, 12), r.randint(-400, 400)])
        g.case("round2", [x, n], lambda: round(x, n))
        g.case("repr", [x], lambda: x)
        g.case("hash", [x], lambda: hash(x)) if x == x else None
    for _ in range(300):
        i = r.choice(SMALL_INTS + [r.randint(-10**12, 10**12)])
        n = r.choice([None, r.randint(-25, 3), 0])
        g.case("round2", [i, n], lambda: round(i, n))
    for x in FLOATS:
        for n in (None, 0, 1, 2, -1, -2, 400, -400):
            g.case("round2", [x, n], lambda: round(x, n))


def parse_cases(g):
    strs = ["0", "12", "-12", "+7", " 42 ", "1_000", "1__0", "_1", "1_",
            "0x1f", "0X1F", "0o17", "0b101", "0b", "0x", "00", "007", "0_0",
            "١٢", "\u0663", "12\u00a0", "", " ", "x", "1e5", "1.5", "inf",
            "nan", "-inf", "  -1.5e-3  ", "1_0.5", "1._5", ".5", "5.", "1e",
            "infinity", "-Infinity", "NaN", "+nan", "1e500", "-1e-500",
            "0x1p3", "9" * 30, "-" + "7" * 25, "z", "Z", "zz", "1 2",
            "\t\n12\x0c", "0_7", "1e1_0", "1_e10", "3.14_15", "٣.٥"]
    for s in strs:
        g.case("float", [s], lambda: float(s))
        g.case("int", [s], lambda: int(s))
        for base in (0, 2, 8, 10, 16, 36, 1, 37, -1):
            g.case("intbase", [s, base], lambda: int(s, base))
    for v in [1.5, True, None]:
        g.case("intbase", [v, 10], lambda: int(v, 10))
    for s in ["1+2j", "-1.5-2.5j", "j", "-j", "+j", "1j", "(1+2j)", " ( 3 ) ",
              "1e3j", "inf+nanj", "1+", "x", "", "1 + 2j", "2J", "1-j",
              "nan", "(1", "1_0j"]:
        g.case("complex", [s], lambda: complex(s))
    for a, b in [(1, 2), (1.5, -0.0), (1j, 2), (1j, 1j), (0, -0.0),
                 (-0.0, 0), (2, 1j), ("1", 2), (1, "2")]:
        g.case("complex", [a, b], lambda: complex(a, b))


def format_cases(g):
    r = g.r
    fills = ["", "", "", "x", "*", "0", "é", " "]
    aligns = ["", "", "<", ">", "=", "^"]
    signs = ["", "", "+", "-", " "]
    widths = ["", "", "", "1", "5", "12", "20", "0"]
    groups = ["", "", "", ",", "_"]
    precs = ["", "", "", ".0", ".1", ".3", ".10", ".17", ".25"]
    types = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F",
             "g", "G", "%", "s", "r"]
    ints = SMALL_INTS + [r.randint(-10**9, 10**9) for _ in range(20)] + \
        [r.randint(-2**100, 2**100) for _ in range(5)] + [65, 0x10ffff,
                                                          0x110000, 233]
    floats = FLOATS + [r.uniform(-1e9, 1e9) for _ in range(20)] + \
        [r.random() * 10 ** r.randint(-30, 30) for _ in range(20)] + \
        [-0.0001, 0.00001, 1234567.0, 0.999999, 9.9999995]
    strs = ["", "a", "abc", "héllo", "日本語", "x" * 30]
    for _ in range(20000):
        fill = r.choice(fills)
        align = r.choice(aligns)
        if fill and not align:
            align = r.choice(aligns[2:])
        spec = fill + align + r.choice(signs) + r.choice(["", "", "z"]) + \
            r.choice(["", "", "#"]) + r.choice(["", "", "0"]) + \
            r.choice(widths) + r.choice(groups) + r.choice(precs) + \
            r.choice(types)
        kind = r.random()
        v = r.choice(ints) if kind < 0.4 else r.choice(floats) if kind < 0.8 \
            else r.choice(strs) if kind < 0.95 else r.choice(BOOLS)
        g.case("format", [v, spec], lambda: format(v, spec))
    for v, spec in [(1, "abc"), (1.5, "abc"), ("a", "abc"), (1, "\x01"),
                    (1, ",\x01"), (1, "1" * 30), (1, "."), (1, "_,"),
                    (1, ",_"), (1, "\x80"), (1234, "010,"), (12345, "_x"),
                    (-12345, "#012_x"), (1, "00"), (1.0, "#"), (1.0, ".3"),
                    (True, ""), (True, "d"), (1j, ""), ("a", "="),
                    (1.5, "_n"), (1, "_n"), (1, ",n"), (255, "#X"),
                    (65, "^5c"), (-1, "c"), (2**70, "c"), (10**400, "e"),
                    ("a", "010"), ("ab", "^010"), (1.5, "010.1%"),
                    (1e200, ".400f"), (5e-324, ".800e"), (1.5, "z"),
                    (-0.0, "z"), (-0.0001, "z.2f"), (1, "é^9"),
                    (10**30, ",d"), (-(10**30), "_b"), (2**64, "#o")]:
        g.case("format", [v, spec], lambda: format(v, spec))


def strmod_cases(g):
    r = g.r
    convs = "diouxXeEfFgGcrsa"
    values = [0, 1, -1, 42, -42, 255, 10**20, -(2**70), 0.0, -0.0, 1.5, -2.5,
              1e100, 1e-7, float("inf"), float("nan"), True, "x", "héllo",
              65, 0x1F600]
    for _ in range(6000):
        flags = "".join(r.sample("-+ #0", r.randint(0, 2)))
        width = r.choice(["", "", "3", "8", "*"])
        prec = r.choice(["", "", ".0", ".2", ".5", ".*"])
        conv = r.choice(convs)
        fmt = r.choice(["", "<", "a "]) + "%" + flags + width + prec + conv + \
            r.choice(["", ">", " b"])
        args = []
        if width == "*":
            args.append(r.choice([5, -5, 0, 12]))
        if prec == ".*":
            args.append(r.choice([0, 3, -1]))
        args.append(r.choice(values))
        a = tuple(args) if len(args) > 1 or r.random() < 0.5 else args[0]
        g.case("strmod", [fmt, a], lambda: fmt % a)
    extra = [("%d %d", (1,)), ("%d", (1, 2)), ("%s %(a)s", {"a": 1}),
             ("%(a)s-%(b)05d", {"a": "x", "b": 42}), ("%(a)d", 1),
             ("%", ()), ("%5%", (1,)), ("%5%", ()), ("%%", ()),
             ("%(a", {"a": 1}), ("%z", (1,)), ("%z", ()), ("abc", 5),
             ("abc", ()), ("%s", (1,)), ("%s", ((1, 2),)), ("%c", "ab"),
             ("%c", 1114112), ("%c", 1.5), ("%x", 1.5), ("%d", 1.5),
             ("%i", "1"), ("%f", "x"), ("%*d", ("x", 1)), ("%.*d", ("x", 1)),
             ("%ld", 5), ("%-5c|", "a"), ("%05s", "a"), ("%#.5o", 8),
             ("%+#010X", 255), ("%.0e", 1.5), ("%#.0f", 1), ("%F", 1e300),
             ("%a", "é"), ("%r", "é"), ("%d", 1j), ("%(a)%", {"a": 1}),
             ("%\x80", 1), ("%s %s", "ab"), ("%.3s|%-6.2s|", ("abcdef", "xyz")),
             ("%(x)s", {"y": 1})]
    for fmt, a in extra:
        g.case("strmod", [fmt, a], lambda: fmt % a)


def math_cases(g):
    r = g.r
    one = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin",
           "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
           "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc",
           "isnan", "isinf", "isfinite", "degrees", "radians", "frexp",
           "modf", "factorial", "isqrt", "erf", "erfc", "exp2", "cbrt", "ulp"]
    args = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 1e-10, 1e300, 710.0,
            -745.0, float("inf"), float("-inf"), float("nan"), 0, 1, 5, -3,
            20, 2**1000, -(2**70), 3**500, True, 1.5, 100]
    for f in one:
        fn = getattr(math, f)
        for a in args:
            if f == "factorial" and isinstance(a, int) and a > 1000:
                continue
            g.case("math." + f, [a], lambda: fn(a))
        for _ in range(30):
            a = r.choice([r.uniform(-2, 2), r.uniform(-1000, 1000),
                          r.random() * 10 ** r.randint(-300, 300)])
            g.case("math." + f, [a], lambda: fn(a)) if f not in (
                "factorial", "isqrt") else None
    two = ["pow", "atan2", "copysign", "fmod", "log", "ldexp", "gcd", "lcm",
           "comb", "perm", "hypot", "isclose", "nextafter"]
    args2 = [0.0, -0.0, 1.0, -1.0, 2.5, 3.0, -2.0, 0.5, 1e308, float("inf"),
             float("-inf"), float("nan"), 0, 2, -3, 10, 12, 2**70, 1.5]
    for f in two:
        fn = getattr(math, f)
        for a in args2:
            for b in args2:
                if f in ("comb", "perm") and isinstance(a, int) and a > 1000:
                    continue
                if f == "ldexp" and isinstance(b, int) and b > 5000:
                    pass
                g.case("math." + f, [a, b], lambda: fn(a, b))
    for _ in range(300):
        n = r.randint(0, 60)
        k = r.randint(-1, 65)
        g.case("math.comb", [n, k], lambda: math.comb(n, k))
        g.case("math.perm", [n, k], lambda: math.perm(n, k))
        xs = tuple(r.choice([r.uniform(-1e3, 1e3), r.uniform(-1, 1),
                             r.random() * 10 ** r.randint(-200, 200)])
                   for _ in range(r.randint(0, 5)))
        g.case("math.hypot", list(xs), lambda: math.hypot(*xs))
        g.case("math.fsum", [xs], lambda: math.fsum(xs))
        g.case("math.prod", [xs], lambda: math.prod(xs))
        ints = tuple(r.randint(-10**6, 10**6) for _ in range(r.randint(0, 4)))
        g.case("math.gcd", list(ints), lambda: math.gcd(*ints))
        g.case("math.lcm", list(ints), lambda: math.lcm(*ints))
        p = tuple(r.uniform(-100, 100) for _ in range(3))
        q = tuple(r.uniform(-100, 100) for _ in range(3))
        g.case("math.dist", [p, q], lambda: math.dist(p, q))
    for xs in [(1e308, 1e308), (float("inf"), float("-inf")), (1e-16, 1, 1e16),
               (0.1,) * 10, (1, 1e100, 1, -1e100), (float("nan"), 1.0),
               (float("inf"), 1.0), ()]:
        g.case("math.fsum", [xs], lambda: math.fsum(xs))
    for a in [2**1000, 10**400, 3**1000 + 1, 2**1024, 2**1023 * 3]:
        for f in ("log", "log2", "log10"):
            g.case("math." + f, [a], lambda: getattr(math, f)(a))
        g.case("math.log", [a, 7], lambda: math.log(a, 7))
    g.case("math.log", [1, 1], lambda: math.log(1, 1))
    g.case("math.factorial", [1.5], lambda: math.factorial(1.5))
    g.case("math.factorial", [-1], lambda: math.factorial(-1))
    g.case("math.factorial", [300], lambda: math.factorial(300))


def main():
    out = sys.argv[1]
    g = Gen()
    binary_ops(g)
    unary_ops(g)
    parse_cases(g)
    format_cases(g)
    strmod_cases(g)
    math_cases(g)
    with open(out, "w") as f:
        f.write("\n".join(g.lines) + "\n")


if __name__ == "__main__":
    main()
