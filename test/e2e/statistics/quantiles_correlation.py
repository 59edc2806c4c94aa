# statistics quantiles (exclusive/inclusive), covariance and correlation.
import statistics as st

print(st.quantiles([1, 2, 3, 4, 5]))
print(st.quantiles([1, 2, 3, 4, 5], method="inclusive"))
print(st.quantiles(range(1, 11), n=10))
print(st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.quantiles([1.5, 2.5, 10], n=3))
print(st.quantiles([1, 2], n=1), st.quantiles([3, 1], n=2), st.quantiles(iter([1, 5, 2, 8]), n=5))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119,
        99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87]
print([round(q, 1) for q in st.quantiles(data, n=10)])
print(st.quantiles(data, n=4), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([0.1, 0.7, 0.3, 0.9, 0.5], n=8))
print(st.quantiles([-5, 5], n=6))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, x), st.covariance(y, x))
print(st.correlation(x, y), st.correlation(x, x), st.correlation(x, [-v for v in x]))
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, z), st.correlation(x, z))
a = [0.5, 1.25, 2.0, 3.5, 4.0]
b = [10.0, 9.5, 7.25, 6.0, 5.5]
print(st.covariance(a, b), st.correlation(a, b))
