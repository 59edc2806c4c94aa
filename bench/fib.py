# fib: recursive Fibonacci.
#
# Measures the cost of a call: argument passing, an int compare, two
# recursive calls and an int add, about 330 million times. Nothing else
# happens, so this is the benchmark where call overhead (boxing, frame
# setup, exception checks on return) shows most plainly.
#
# The same algorithm, inputs and output live in fib.c.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 40
    print(f"fib({n}) = {fib(n)}")


if __name__ == "__main__":
    main()
