# loops: nested integer loops.
#
# Measures plain int arithmetic in a tight loop: a multiply, a modulo by a
# constant, an add, a compare, and on about one iteration in eight a rolling hash
# whose value depends on every earlier step, so no compiler can replace the
# loop by a closed form. A final count-down loop exercises range() with a
# negative step.
#
# The same algorithm, inputs and output live in loops.c.


def nested(n):
    total = 0
    h = 1
    for i in range(n):
        for j in range(n):
            t = (i * j) % 7
            total += t
            if t == 3:
                h = (h * 31 + j) % 1000003
    print(f"total = {total}")
    print(f"hash = {h}")


def countdown(n):
    acc = 0
    for k in range(n - 1, -1, -3):
        acc = (acc * 7 + k) % 999983
    print(f"countdown = {acc}")


def main():
    n = 12000
    nested(n)
    countdown(n * 1000)


if __name__ == "__main__":
    main()
