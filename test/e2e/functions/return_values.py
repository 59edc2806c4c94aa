# Implicit None returns, early returns, returns from inside loops.
def nothing():
    x = 1
def bare():
    return
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None
def multi_exit(v):
    while True:
        if v > 100:
            return v
        v *= 3
print(nothing(), bare(), early(-1), early(0), early(10), early(2), early(1000))
print(multi_exit(1), multi_exit(200), multi_exit(-1 + 2))
def returns_list():
    return [1, 2.5, None]
r = returns_list()
print(r, r[1])
def returns_from_try():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(returns_from_try())
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print(sign(-2.5), sign(0.0), sign(2**80), sign(-0.0))
