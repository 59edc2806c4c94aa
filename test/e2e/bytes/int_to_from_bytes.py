# int.to_bytes / int.from_bytes with both byte orders and signedness.
for n in [0, 1, 255, 256, 65535, 2**32 - 1, 2**63, 12345678901234567890]:
    print(n, n.to_bytes(16, "big").hex(), n.to_bytes(16, "little").hex()[:12])
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 0], "big"), int.from_bytes(bytearray(b"\x01\x02\x03"), "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (5).to_bytes())
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print((2**100).bit_length(), (255).bit_length(), (-255).bit_length(), (0).bit_length())
