# statistics results equal CPython's bit for bit on generated int and float data.
import statistics as st

seed = 987654321
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11

def value(kind):
    r = rnd()
    if kind == 0:
        return r % 1000 - 500
    if kind == 1:
        return (r % 100000) / 97.0
    if kind == 2:
        return (r / 2**53) * 2.0 ** (r % 60 - 30)
    if kind == 3:
        return r % 10**25
    return (r % 2000 - 1000) * 0.1

for t in range(120):
    kind = t % 6
    n = 2 + t % 13
    data = [value(rnd() % 5 if kind == 5 else kind) for _ in range(n)]
    print(t, st.mean(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
    print("  ", st.fmean(data), st.median(data), st.median_grouped(data),
          st.quantiles(data, n=1 + t % 7), st.quantiles(data, n=1 + t % 5, method="inclusive"))
    pos = [abs(x) + 1 for x in data]
    print("  ", st.harmonic_mean(pos), st.harmonic_mean(pos, [abs(x) % 7 + 1 for x in data]),
          st.variance(data, data[0]), st.pstdev(data, data[0]))
    ys = data[1:] + data[:1]
    print("  ", st.covariance(data, ys), st.correlation(data, ys))
