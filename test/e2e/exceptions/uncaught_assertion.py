# A failing assert with a message, uncaught.
def mean(xs):
    assert xs, "mean() of empty sequence"
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]))
print(mean([]))
