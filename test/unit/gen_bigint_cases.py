#!/usr/bin/env python3
"""Writes the bigint differential cases: operands and CPython's answers.

BigIntTest.cpp replays every line against runtime/bigint and requires the
same result, bit for bit. The seed is fixed, so a failure names a line that
reproduces. Usage: gen_bigint_cases.py OUTPUT [--seed N]

Line format (space separated; integers are signed lowercase hex, floats
are the 16 hex digits of their IEEE bits, "!Name" is an error status):
    add A B R | sub A B R | mul A B R | sqr A R
    divmod A B Q R | divmod A B !ZeroDivision
    truediv A B BITS | truediv A B !Status
    pow A E R | powmod A E M R | powmod A E M !Status
    lshift A N R | rshift A N R | and A B R | or A B R | xor A B R
    invert A R | neg A R | abs A R | cmp A B C
    bitlen A N | bitcount A N | int64 A V | int64 A !
    float A BITS | float A !FloatOverflow | fromfloat BITS R
    cmpfloat A BITS C | hash A H | gcd A B R | isqrt A R
    str A BASE TEXT | parse BASE HEXBYTES R | parse BASE HEXBYTES !Status
"""

import math
import random
import struct
import sys

sys.set_int_max_str_digits(0)


def h(v):
    return ("-" if v < 0 else "") + format(abs(v), "x")


def fbits(x):
    return format(struct.unpack("<Q", struct.pack("<d", x))[0], "016x")


def bits_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.out = []

    def emit(self, *fields):
        self.out.append(" ".join(str(f) for f in fields))

    # -- operands -----------------------------------------------------------

    def size(self, top=2000):
        r = self.r
        c = r.random()
        if c < 0.25:
            return r.randint(0, 70)
        if c < 0.45 and top >= 32:
            k = r.randint(1, top // 32)
            return max(0, min(top, 32 * k + r.randint(-2, 2)))
        if c < 0.7:
            return r.randint(0, min(top, 600))
        return r.randint(0, top)

    def magnitude(self, bits):
        r = self.r
        if bits == 0:
            return 0
        style = r.random()
        if style < 0.45:
            v = r.getrandbits(bits)
        elif style < 0.6:
            v = 0  # sparse
            for _ in range(r.randint(1, 6)):
                v |= 1 << r.randrange(bits)
        elif style < 0.8:
            v, pos = 0, 0  # runs of ones and zeros: carries and borrows
            while pos < bits:
                n = r.randint(1, 80)
                if r.random() < 0.5:
                    v |= ((1 << n) - 1) << pos
                pos += n
            v &= (1 << bits) - 1
        elif style < 0.9:
            v = (1 << bits) - 1
            if r.random() < 0.5:
                v -= r.getrandbits(min(bits, 8))
        else:
            v = (1 << (bits - 1)) + r.randint(-3, 3)
        return abs(v) | (1 << (bits - 1))

    def special(self):
        r = self.r
        k = r.choice([0, 1, 2, 31, 32, 33, 52, 53, 54, 63, 64, 65, 95, 96,
                      127, 128, 129, 1023, 1024, 1025, 1280])
        return r.choice([0, 1, 2, 3, 7, 10, (1 << k), (1 << k) - 1,
                         (1 << k) + 1, 10 ** r.randint(0, 40),
                         0xFFFFFFFF << r.choice([0, 32, 64])])

    def int(self, top=2000, signed=True):
        r = self.r
        if r.random() < 0.15:
            v = self.special()
        else:
            v = self.magnitude(self.size(top))
        if signed and r.random() < 0.5:
            v = -v
        return v

    def nonzero(self, top=2000):
        v = 0
        while v == 0:
            v = self.int(top)
        return v

    # -- cases --------------------------------------------------------------

    def arithmetic(self, n):
        for _ in range(n):
            a, b = self.int(), self.int()
            if self.r.random() < 0.1:
                b = a if self.r.random() < 0.5 else -a
            self.emit("add", h(a), h(b), h(a + b))
            self.emit("sub", h(a), h(b), h(a - b))
            self.emit("mul", h(a), h(b), h(a * b))
            self.emit("cmp", h(a), h(b), h((a > b) - (a < b)))
            self.emit("and", h(a), h(b), h(a & b))
            self.emit("or", h(a), h(b), h(a | b))
            self.emit("xor", h(a), h(b), h(a ^ b))
            self.emit("invert", h(a), h(~a))
            self.emit("neg", h(a), h(-a))
            self.emit("abs", h(a), h(abs(a)))
            self.emit("bitlen", h(a), h(a.bit_length()))
            self.emit("bitcount", h(a), h(bin(a).count("1")))
            self.emit("hash", h(a), h(hash(a)))

    def big_mul(self, n):
        # Sizes across the Karatsuba threshold, balanced and not, squares.
        r = self.r
        for _ in range(n):
            la = r.choice([r.randint(1000, 4000), r.randint(4000, 40000)])
            lb = r.choice([la, r.randint(1000, la), r.randint(32, 3000)])
            a = self.magnitude(la) * r.choice([1, -1])
            b = self.magnitude(lb) * r.choice([1, -1])
            self.emit("mul", h(a), h(b), h(a * b))
            self.emit("sqr", h(a), h(a * a))

    def division(self, n):
        r = self.r
        for _ in range(n):
            a, b = self.int(), self.int()
            c = r.random()
            if c < 0.3:
                # Divisors whose top limbs stress the quotient estimate.
                lb = r.randint(2, 20)
                limbs = [r.choice([0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
                                   r.getrandbits(32)]) for _ in range(lb)]
                limbs[-1] = r.choice([1, 0x80000000, 0xFFFFFFFF, 0x80000001,
                                      r.getrandbits(32) | 1])
                b = sum(x << (32 * i) for i, x in enumerate(limbs))
                q = self.magnitude(r.randint(1, 800))
                a = b * q + r.choice([0, 1, b - 1, r.randrange(b)])
                a, b = a * r.choice([1, -1]), b * r.choice([1, -1])
            elif c < 0.4:
                b = 0
            elif c < 0.5:
                b = r.choice([1, -1, 2, 3, 10, 0xFFFFFFFF, 0x80000000,
                              1 << 32])
            if b == 0:
                self.emit("divmod", h(a), h(b), "!ZeroDivision")
                self.emit("truediv", h(a), h(b), "!ZeroTrueDivision")
                continue
            q, m = divmod(a, b)
            self.emit("divmod", h(a), h(b), h(q), h(m))
            self.truediv(a, b)

    def truediv(self, a, b):
        try:
            self.emit("truediv", h(a), h(b), fbits(a / b))
        except OverflowError:
            self.emit("truediv", h(a), h(b), "!DivisionOverflow")

    def true_division_edges(self, n):
        r = self.r
        for _ in range(n):
            c = r.random()
            b = self.nonzero()
            if c < 0.3:
                # Near the overflow threshold.
                a = b << r.randint(1015, 1030)
                a += r.choice([0, 1, -1,
                               r.getrandbits(max(1, b.bit_length()))])
            elif c < 0.6:
                # Subnormal and underflowing quotients.
                a = self.nonzero(200)
                b = (a << r.randint(1000, 1090)) + r.randint(-5, 5) or 1
            elif c < 0.85:
                # Exact ties and their neighbours at 54 bits.
                m = r.getrandbits(54) | (1 << 53) | 1
                k = r.randint(-60, 60)
                a = m * abs(b)
                a = a << k if k >= 0 else a
                b = b if k >= 0 else b << -k
                a += r.choice([0, 0, 1, -1])
            else:
                a = self.int()
            self.truediv(a, b)
        for a, b in [(1, 1 << 1074), (1, 1 << 1075), (3, 1 << 1076),
                     (1, (1 << 1075) - 1), (1, 3), (-1, 3), (0, -5),
                     ((1 << 1024) - (1 << 970), 1),
                     ((1 << 1024) - (1 << 971), 1),
                     ((1 << 1024) - (1 << 970) - 1, 1), (1 << 2000, 1 << 976),
                     (7, -2), (10**400, 10**100), (-(10**400), 3 * 10**92)]:
            self.truediv(a, b)

    def powers(self, n):
        r = self.r
        for _ in range(n):
            a = self.int(200)
            e = r.randint(0, 40) if abs(a) > 3 else r.randint(0, 300)
            if a.bit_length() < 10 and r.random() < 0.3:
                e = r.randint(100, 3000)
            self.emit("pow", h(a), h(e), h(a ** e))
        for a, e in [(0, 0), (0, 5), (1, 10**30), (-1, 10**30 + 1), (2, 200),
                     (3, 5000), (-7, 777), (0xFFFFFFFF, 100)]:
            self.emit("pow", h(a), h(e), h(a ** e))

    def powmods(self, n):
        r = self.r
        for _ in range(n):
            m = self.int(r.choice([64, 300, 2000]))
            a = self.int(r.choice([64, 2000]))
            e = self.int(r.choice([16, 64, 300]))
            if r.random() < 0.2:
                m = r.choice([1, -1, 2, 3, -3, 0, 97, 0xFFFFFFFB])
            if r.random() < 0.15:
                e = r.choice([0, -1, 1, -2])
            try:
                res = h(pow(a, e, m))
            except ValueError as ex:
                res = ("!ModulusZero" if "cannot be 0" in str(ex)
                       else "!NotInvertible")
            self.emit("powmod", h(a), h(e), h(m), res)
        for a, e, m in [(3, -1, 7), (2, -1, 4), (0, -1, 1), (5, 0, -7),
                        (-3, 5, 7), (3, 5, -7), (2, 10**20, 10**9 + 7),
                        (0, 0, 5), (38, -1, 97)]:
            try:
                res = h(pow(a, e, m))
            except ValueError:
                res = "!NotInvertible"
            self.emit("powmod", h(a), h(e), h(m), res)

    def shifts(self, n):
        r = self.r
        for _ in range(n):
            a = self.int()
            k = r.choice([r.randint(0, 100), 32 * r.randint(0, 70),
                          r.randint(0, 2100)])
            self.emit("lshift", h(a), h(k), h(a << k))
            self.emit("rshift", h(a), h(k), h(a >> k))

    def conversions(self, n):
        r = self.r
        for _ in range(n):
            a = self.int()
            c = r.random()
            if c < 0.3:
                a = r.choice([1, -1]) * ((1 << 63) + r.randint(-3, 3))
            elif c < 0.4:
                a = r.choice([1, -1]) * ((1 << 64) + r.randint(-3, 3))
            fits = -(1 << 63) <= a < (1 << 63)
            self.emit("int64", h(a), h(a) if fits else "!")
        for _ in range(n):
            c = r.random()
            if c < 0.4:
                a = self.int(1100)
            elif c < 0.7:
                # Ties at 53 bits and their neighbours.
                a = (r.getrandbits(53) | (1 << 53)) * 2 + 1
                a <<= r.randint(0, 1000)
                a = a * r.choice([1, -1]) + r.choice([0, 0, 1, -1])
            else:
                a = (1 << 1024) - (1 << 970)
                a += r.randint(-(1 << 969), 1 << 969)
                a *= r.choice([1, -1])
            try:
                self.emit("float", h(a), fbits(float(a)))
            except OverflowError:
                self.emit("float", h(a), "!FloatOverflow")
        for _ in range(n):
            while True:
                b = r.getrandbits(64)
                if (b >> 52) & 0x7FF != 0x7FF:
                    break
            if r.random() < 0.5:
                b = (b & ~(0x7FF << 52)) | (r.randint(1000, 1100) << 52)
            x = bits_float(b)
            self.emit("fromfloat", format(b, "016x"), h(int(x)))
        for _ in range(n):
            a = self.int(1100)
            c = r.random()
            if c < 0.6 and abs(a) < (1 << 1023):
                x = float(a)
                x = r.choice([x, x, math.nextafter(x, math.inf),
                              math.nextafter(x, -math.inf), x + 0.5])
            elif c < 0.8:
                x = bits_float(r.getrandbits(63) | (r.getrandbits(1) << 63))
                if math.isnan(x):
                    x = math.inf
            else:
                x = r.choice([0.0, -0.0, 0.5, -0.5, math.inf, -math.inf, 1e308,
                              -1e-300, float(1 << 64)])
            self.emit("cmpfloat", h(a), fbits(x), h((a > x) - (a < x)))

    def hashes(self, n):
        r = self.r
        p = (1 << 61) - 1
        for v in [0, 1, -1, -2, p, -p, p - 1, -(p - 1), p + 1, -(p + 1),
                  1 << 61, -(1 << 61), 1 << 100, -(1 << 100), 2 * p - 1,
                  -(2 * p + 1),
                  (1 << 64) - 1, 1 << 62]:
            self.emit("hash", h(v), h(hash(v)))
        for _ in range(n):
            v = self.int() * r.choice([1, p, p - 1])
            self.emit("hash", h(v), h(hash(v)))

    def number_theory(self, n):
        r = self.r
        for _ in range(n):
            a, b = self.int(), self.int()
            if r.random() < 0.4:
                g = self.int(600)
                a, b = a * g, b * g
            self.emit("gcd", h(a), h(b), h(math.gcd(a, b)))
            s = abs(self.int())
            c = r.random()
            if c < 0.3:
                s = s * s + r.choice([0, -1, 1]) if s else 0
            self.emit("isqrt", h(s), h(math.isqrt(s)))

    def big_number_theory(self, n):
        # Lehmer's many passes and isqrt's doubling steps need sizes well
        # beyond the common cases.
        r = self.r
        for _ in range(n):
            g = self.magnitude(r.randint(1, 6000))
            a = self.magnitude(r.randint(3000, 20000)) * g
            b = self.magnitude(r.randint(100, 20000)) * g
            if r.random() < 0.2:
                b = a + r.choice([1, -1, g])
            self.emit("gcd", h(a), h(b), h(math.gcd(a, b)))
            s = self.magnitude(r.randint(3000, 30000))
            if r.random() < 0.5:
                s = s * s + r.choice([0, -1, 1, 2 * s])
            self.emit("isqrt", h(s), h(math.isqrt(s)))

    def strings(self, n):
        r = self.r
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"

        def to_base(v, base):
            if v == 0:
                return "0"
            neg, v, out = v < 0, abs(v), []
            if base == 10:
                return str(-v if neg else v)
            while v:
                v, d = divmod(v, base)
                out.append(digits[d])
            return ("-" if neg else "") + "".join(reversed(out))

        for _ in range(n):
            a = self.int()
            base = r.choice([2, 8, 10, 10, 10, 16, r.randint(2, 36)])
            self.emit("str", h(a), base, to_base(a, base))

        def literal(v, base):
            text = to_base(abs(v), base if base else 10)
            if r.random() < 0.3 and len(text) > 1:
                out = text[0]
                for ch in text[1:]:
                    out += ("_" if r.random() < 0.2 else "") + ch
                text = out
            prefix = ""
            if base in (0, 2, 8, 16) and r.random() < 0.7:
                b = base or r.choice([2, 8, 16])
                text = to_base(abs(v), b)
                prefix = {2: "0b", 8: "0o", 16: "0x"}[b]
                if r.random() < 0.3:
                    prefix = prefix.upper()
                if r.random() < 0.2:
                    prefix += "_"
            if r.random() < 0.2:
                text = text.upper()
            sign = "-" if v < 0 else r.choice(["", "", "+"])
            ws = lambda: r.choice(["", "", " ", "\t", "\n ", "\x0b", "\x1c"])
            return ws() + sign + prefix + text + ws()

        mutations = [
            lambda s: s + "_", lambda s: "_" + s,
            lambda s: s.replace("_", "__"),
            lambda s: s[:len(s) // 2] + "__" + s[len(s) // 2:],
            lambda s: s + "g", lambda s: s + "!", lambda s: s + " 1",
            lambda s: "", lambda s: " ", lambda s: "-", lambda s: "+-1",
            lambda s: "- 1", lambda s: "0x", lambda s: "0x_", lambda s: "0b2",
            lambda s: "012", lambda s: "00", lambda s: "0_0", lambda s: "0_",
            lambda s: "0" * 5 + "7", lambda s: "1\x00", lambda s: "0o17",
            lambda s: "0B1_01", lambda s: "0x__f", lambda s: "_0x1",
        ]
        for _ in range(n):
            v = self.int(r.choice([64, 600, 2000]))
            base = r.choice([0, 0, 2, 8, 10, 10, 16, r.randint(2, 36)])
            s = literal(v, base)
            if r.random() < 0.25:
                s = r.choice(mutations)(s)
            if r.random() < 0.02:
                base = r.choice([1, 37, 100])
            try:
                res = h(int(s, base))
            except ValueError as ex:
                res = ("!InvalidBase" if "base must be" in str(ex)
                       else "!InvalidLiteral")
            self.emit("parse", base, s.encode().hex() or "-", res)


def main():
    out = sys.argv[1]
    seed = 20240611
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    g = Gen(seed)
    g.arithmetic(1500)
    g.big_mul(60)
    g.division(1500)
    g.true_division_edges(1200)
    g.powers(300)
    g.powmods(400)
    g.shifts(800)
    g.conversions(800)
    g.hashes(300)
    g.number_theory(600)
    g.big_number_theory(30)
    g.strings(800)
    with open(out, "w") as f:
        f.write("\n".join(g.out) + "\n")


if __name__ == "__main__":
    main()
