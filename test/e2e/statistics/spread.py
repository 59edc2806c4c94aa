# statistics variance, pvariance, stdev, pstdev: exact sums, correct rounding, xbar/mu.
import statistics as st

def show(label, f, *args):
    try:
        r = f(*args)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

datasets = [[1, 2, 3, 4], [1, 2, 3, 5], [1.5, 2.5, 3.5], [2, 2, 2], [True, False, True],
            [0.1, 0.2, 0.3], [10**20, 1, 5], [1e308, -1e308], [5e-324, 0],
            [1, 2.5, 3, 4.25, 10], [-7, 7], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
            [1, float("inf")], [1, float("nan")], range(100)]
for data in datasets:
    print(list(data)[:8])
    show("  variance", st.variance, data)
    show("  pvariance", st.pvariance, data)
    show("  stdev", st.stdev, data)
    show("  pstdev", st.pstdev, data)

# with a known mean
show("variance xbar", st.variance, [1, 2, 3], 2)
show("variance xbar", st.variance, [1, 2, 3], 2.5)
show("pvariance mu", st.pvariance, [1, 2, 3], 2)
show("pvariance mu", st.pvariance, [1, 2, 3, 4], 2.5)
show("stdev xbar", st.stdev, [1, 2, 3], 2)
show("pstdev mu", st.pstdev, [1.5, 2.5], 2)
show("pvariance single", st.pvariance, [7])
show("pstdev single", st.pstdev, [2])
show("variance gen", st.variance, (x / 4 for x in range(9)))
show("stdev iter", st.stdev, iter([3, 1, 4, 1, 5, 9, 2, 6]))

# stdev is the correctly rounded square root of the exact variance
for n in range(2, 14):
    data = [i * i for i in range(n)]
    print(n, st.stdev(data), st.pstdev(data), st.variance(data))
