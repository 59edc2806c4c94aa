# statistics error messages: StatisticsError for bad sizes, TypeError for bad data.
import statistics as st

def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__)
for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
             "mode", "harmonic_mean", "geometric_mean", "variance", "pvariance",
             "stdev", "pstdev"]:
    attempt(name, getattr(st, name), [])
for name in ["variance", "stdev"]:
    attempt(name + "[1]", getattr(st, name), [1])

attempt("mean str", st.mean, ["a"])
attempt("mean mixed", st.mean, [1, "a"])
attempt("mean none", st.mean, [None])
attempt("variance str", st.variance, ["a", "b"])
attempt("fmean str", st.fmean, ["a"])
attempt("fmean w", st.fmean, [1, 2], [1])
attempt("fmean w0", st.fmean, [1, 2], [0, 0])
attempt("fmean w-", st.fmean, [1, 2], [1, -1])
attempt("median str", st.median, ["a", "c"])
attempt("mode list", st.mode, [[1]])
attempt("harmonic neg", st.harmonic_mean, [-1])
attempt("harmonic neg2", st.harmonic_mean, [1, -1])
attempt("harmonic str", st.harmonic_mean, ["a"])
attempt("harmonic w", st.harmonic_mean, [1, 2], [1])
attempt("harmonic w0", st.harmonic_mean, [1, 2], [0, 0])
attempt("harmonic w-", st.harmonic_mean, [1, 2], [1, -1])
attempt("geometric 0", st.geometric_mean, [0, 1])
attempt("geometric -", st.geometric_mean, [-1])
attempt("grouped str", st.median_grouped, ["a", "b"])
attempt("grouped none", st.median_grouped, [None, None])
attempt("quantiles 1", st.quantiles, [1])
attempt("quantiles n0", st.quantiles, [1, 2], n=0)
attempt("quantiles method", st.quantiles, [1, 2], method="x")
attempt("covariance len", st.covariance, [1, 2, 3], [1, 2])
attempt("covariance 1", st.covariance, [1], [1])
attempt("correlation const", st.correlation, [1, 2, 3], [1, 1, 1])
attempt("correlation 1", st.correlation, [1], [2])
attempt("correlation len", st.correlation, [1, 2], [1])
# CPython 3.11 has no exact form of an infinite variance's square root
attempt("stdev inf", st.stdev, [1, float("inf")])
attempt("pstdev nan", st.pstdev, [1, float("nan")])
try:
    st.mean([])
except ValueError as e:
    print("caught as ValueError:", e)

# uncaught: the traceback names statistics.StatisticsError
st.median([])
