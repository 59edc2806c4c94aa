# Repeated float accumulation is deterministic: naive vs Kahan summation.
naive = 0.0
comp_sum = 0.0
c = 0.0
for i in range(1, 10001):
    x = 1.0 / i
    naive += x
    y = x - c
    t = comp_sum + y
    c = (t - comp_sum) - y
    comp_sum = t
print(naive)
print(comp_sum)
print(naive == comp_sum)
s = 0.0
for i in range(1000):
    s += 0.001
print(s)
p = 1.0
for i in range(50):
    p *= 1.1
print(p)
for i in range(50):
    p /= 1.1
print(p)
alt = 0.0
sign = 1.0
for k in range(100000):
    alt += sign / (2 * k + 1)
    sign = -sign
print(alt * 4)
g = 1.0
for i in range(30):
    g = 1.0 + 1.0 / g
print(g)
