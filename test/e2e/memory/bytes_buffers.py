# skip-targets: mps2-an385 (needs several MB of RAM)
# Large bytes/bytearray buffers: fill, slice, count, join.
buf = bytearray(2 * 10**6)
for i in range(0, len(buf), 1000):
    buf[i] = i % 251
print(len(buf), sum(buf), buf.count(0), buf[1000], buf[-1000])
view = memoryview(buf)[::1000]
print(len(view), sum(view))
blob = bytes(range(256)) * 4000
print(len(blob), blob.count(b"\xff"), blob[123456], blob.find(b"\x10\x11\x12", 700000))
chunks = [blob[i:i + 4096] for i in range(0, len(blob), 4096)]
print(len(chunks), len(b"".join(chunks)) == len(blob))
