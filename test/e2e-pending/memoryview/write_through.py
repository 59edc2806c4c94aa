# A memoryview on a bytearray writes through to the underlying buffer.
ba = bytearray(b"hello world")
m = memoryview(ba)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(ba, m.readonly)
part = m[6:]
part[0] = ord("w")
print(ba, bytes(part))
try:
    m[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append(33)
except BufferError as e:
    print("BufferError:", e)
m.release()
part.release()
ba.append(33)
print(ba)
