# bytes() asks __bytes__ and complex() asks __complex__, __float__ and __index__.
class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return bytes([len(self.payload)]) + self.payload
print(bytes(Packet(b"abc")), int.from_bytes(Packet(b"\x01"), "big"))
print(bytearray(b"q"), bytes(3), bytes([1, 2]))

class Impedance:
    def __complex__(self):
        return complex(50, -3)
class Ratio:
    def __float__(self):
        return 0.5
class Count:
    def __index__(self):
        return 4
print(complex(Impedance()), complex(Ratio()), complex(Count()))
print(complex(Ratio(), Count()), complex(Impedance(), 1), complex(2, Ratio()))

class NotBytes:
    def __bytes__(self):
        return "text"
class NotComplex:
    def __complex__(self):
        return 3
class Raises:
    def __bytes__(self):
        raise ValueError("no bytes today")
    def __complex__(self):
        raise KeyError("no complex")
for make, arg in [(bytes, NotBytes()), (complex, NotComplex()),
                  (bytes, Raises()), (complex, Raises()),
                  (complex, object()), (bytes, object())]:
    try:
        print(make(arg))
    except Exception as e:
        print(type(e).__name__, e)
try:
    complex(1, Impedance())
except TypeError as e:
    print(e)
