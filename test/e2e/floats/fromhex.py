# float.fromhex and float.hex: exact round trips, rounding of long inputs
# half to even, subnormals, infinities, whitespace and errors.
values = [0.0, -0.0, 1.0, -2.5, 0.1, 1e-310, 5e-324, 1.7976931348623157e308,
          2.0 ** -1022, 3.141592653589793, 1e22, -123456.789]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v, str(back) == str(v))

for text in ["0x1.8p1", "1.8p1", "0X1P-2", "  0x.8p0\n", "-0x1p-1074",
             "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
             "0x1.fffffffffffff8p1023".replace("8p1023", "7p1023"),
             "0x1.00000000000008p0", "0x1.00000000000018p0",
             "0x1.000000000000080001p0", "0x10000000000000000000p-80",
             "0x0.000000000000000000001p0", "1.", ".8", "ff", "inf",
             "-Infinity", "nan", "+0x1p+3", "0x1p0000000000000000000010",
             "0x1p-99999999999999999999", "0x0p99999999999"]:
    print(repr(text), float.fromhex(text))

for bad in ["", "0x", "0x.p1", "1p", "1p+", "0x1.2.3", "0x1q", "- 1",
            "0xg", "infx", "1_0"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for big in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "-0x1p99999"]:
    try:
        float.fromhex(big)
    except OverflowError as e:
        print(big, "OverflowError:", e)

try:
    float.fromhex(3)
except TypeError as e:
    print("TypeError:", e)


class Celsius(float):
    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)


c = Celsius.fromhex("0x1.4p4")
print(c, type(c).__name__)
