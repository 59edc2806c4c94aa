# statistics averages: mean, fmean, median family, mode, multimode, harmonic/geometric means.
import statistics as st

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

# mean is exact: int data stays int when the mean is integral
for data in [[1, 2, 3], [1, 2], [1, 2.5], [True, False, True], range(10), [10**30, 1],
             [0.1, 0.2, 0.3], [1e308, 1e308], [5e-324, 0], [-1.5, 2, 3**40],
             [1, float("inf")], [float("inf"), float("-inf")], [2.0, 2.0]]:
    show("mean", st.mean, data)
show("mean-iter", st.mean, iter([1, 2, 3, 4]))
show("mean-gen", st.mean, (x * x for x in range(5)))

show("fmean", st.fmean, [1, 2])
show("fmean", st.fmean, [0.1, 0.2, 0.3])
show("fmean", st.fmean, iter([3.5, 1, 2]))
show("fmean-w", st.fmean, [1, 2], [1, 3])
show("fmean-w", st.fmean, iter([85, 92, 83]), iter([0.2, 0.5, 0.3]))

for data in [[3, 1, 2], [1, 2], [4, 1, 3, 2], [1.5, 2.5], ["b", "a", "c"], [5]]:
    show("median", st.median, data)
    show("  low", st.median_low, data)
    show("  high", st.median_high, data)
show("median-gen", st.median, (x % 7 for x in range(20)))

show("grouped", st.median_grouped, [1, 2, 2, 3])
show("grouped", st.median_grouped, [1, 3, 3, 5, 7], 2)
show("grouped", st.median_grouped, [52, 52, 53, 54])
show("grouped", st.median_grouped, [1.5, 2.5, 2.5])
show("grouped", st.median_grouped, [5])

show("mode", st.mode, [1, 1, 2, 2])
show("mode", st.mode, "aabbbc")
show("mode", st.mode, [1, 1.0, True, 2, 2])
show("mode", st.mode, ["red", "blue", "blue", "red", "green", "red"])
show("multimode", st.multimode, "aabbc")
show("multimode", st.multimode, [3, 1, 2])
show("multimode", st.multimode, [])

show("harmonic", st.harmonic_mean, [1, 2])
show("harmonic", st.harmonic_mean, [40, 60], [2, 1])
show("harmonic", st.harmonic_mean, [2.5, 3])
show("harmonic", st.harmonic_mean, [2, 2])
show("harmonic", st.harmonic_mean, [1, 2, 4], [3, 2, 1])
show("harmonic", st.harmonic_mean, [5])
show("harmonic", st.harmonic_mean, [1, 0])
show("geometric", st.geometric_mean, [2, 8])
print("geometric %.12g" % st.geometric_mean([54, 24, 36]))
