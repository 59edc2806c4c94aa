# User program: 16-bit audio-style processing (gain, clipping, filtering) with arrays.
from array import array
import struct

RATE = 800
wave = array("h")
for n in range(RATE):
    # Triangle wave plus a little deterministic "noise".
    phase = n % 40
    tri = (phase if phase < 20 else 40 - phase) * 1500 - 15000
    wave.append(tri + ((n * 7919) % 101) - 50)
print(len(wave), wave[:6], min(wave), max(wave))


def gain(samples, factor):
    out = array("h")
    clipped = 0
    for s in samples:
        v = int(s * factor)
        if v > 32767 or v < -32768:
            clipped += 1
            v = 32767 if v > 0 else -32768
        out.append(v)
    return out, clipped


loud, clipped = gain(wave, 2.5)
print("clipped", clipped, loud[10:14])
try:
    loud.append(40000)
except OverflowError as e:
    print("OverflowError:", e)

# 5-tap moving average in floating point, then back to 16 bit.
taps = 5
acc = array("d", [0.0]) * taps
smooth = array("h")
for n, s in enumerate(loud):
    acc[n % taps] = s
    smooth.append(round(sum(acc) / taps))
print(smooth[100:106], sum(smooth) // len(smooth))

# A WAV-like blob: header plus little-endian sample data, then parsed back.
data = smooth.tobytes()
blob = struct.pack("<4sIHH", b"DATA", len(data), 1, 16) + data
tag, size, channels, bits = struct.unpack("<4sIHH", blob[:12])
back = array("h")
back.frombytes(blob[12:12 + size])
print(tag, size, channels, bits, back == smooth, back[-3:])
peaks = array("i", [n for n in range(1, len(back) - 1)
                    if back[n - 1] < back[n] >= back[n + 1]])
print(len(peaks), peaks[:5])
