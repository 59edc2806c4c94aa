# A Q15 fixed-point IIR low-pass filter and a FIR moving sum, using only
# ints with arithmetic shifts (which floor for negatives).
Q = 15
ONE = 1 << Q
def to_q(x):
    return int(round(x * ONE))
def from_q(v):
    return v / ONE
def sat16(v):
    if v > 32767:
        return 32767
    if v < -32768:
        return -32768
    return v
alpha = to_q(0.125)
print("alpha q15:", alpha)
samples = []
phase = 0
for i in range(64):
    tri = phase - 16
    if phase >= 16:
        tri = 48 - phase
    step = 0
    if i >= 32:
        step = 20000
    samples.append(sat16(tri * 1500 - 12000 + step))
    phase = (phase + 1) % 32
state = 0
outs = []
for s in samples:
    state = state + ((alpha * (s - state)) >> Q)
    outs.append(state)
print(len(samples), len(outs))
for i in range(0, 64, 4):
    print(i, samples[i], outs[i], "%.5f" % from_q(outs[i]))
taps = [1, 3, 5, 7, 5, 3, 1]
fir = []
for i in range(len(samples)):
    acc = 0
    for k in range(len(taps)):
        j = i - k
        if j >= 0:
            acc += taps[k] * samples[j]
    fir.append(acc >> 5)
print(fir[0], fir[10], fir[31], fir[40], fir[-1])
neg = -12345
print(neg >> 1, neg >> 4, neg // 16, (neg * alpha) >> Q, (neg * alpha) // ONE)
x = to_q(0.7071)
y = (x * x) >> Q
print(x, y, from_q(y))
