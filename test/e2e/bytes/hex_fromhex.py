# bytes.hex (with separators) and bytes.fromhex.
b = bytes([0, 1, 127, 128, 255, 16])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytearray(b"\xde\xad").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD be ef 00"), bytearray.fromhex("0a0b"))
print(bytes.fromhex(""), bytes.fromhex(b.hex()) == b)
for bad in ["abc", "zz", "0 1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int.from_bytes(bytes.fromhex("0100"), "big"), int.from_bytes(bytes.fromhex("0100"), "little"))
