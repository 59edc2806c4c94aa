def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def squares(k):
    out = []
    for i in range(k):
        out.append(i * i)
    return out

print("fib", fib(20))
print("squares", squares(5))
try:
    print(1 // (len(squares(0))))
except ZeroDivisionError as e:
    print("caught", e)
