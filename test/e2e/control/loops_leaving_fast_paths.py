# Loops whose rare cases happen part-way: an int outgrowing the machine
# word, a NaN stored into a list of floats, an index past the end or from
# the end, a list growing, an error caught around the loop. Each loop must
# go on exactly where the rare case struck, with every value computed so
# far, and start fast again the next time it runs.


def sum_squares(n, start):
    s = start
    for i in range(n):
        s += i * i
    return s


def scale_into(out, xs, k):
    for i in range(len(xs)):
        out[i] = xs[i] * k
    return out


def running_total(xs):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i]
        xs[i] = total
    return total


def mark_multiples(flags, step):
    count = 0
    for m in range(0, len(flags), step):
        flags[m] = False
        count += 1
    return count


def read_from_end(xs, n):
    s = 0.0
    for i in range(1, n + 1):
        s += xs[-i]
    return s


def grow(xs, n):
    for i in range(n):
        xs.append(xs[i] + 0.5)
    return len(xs)


def inverse_sum(xs):
    s = 0.0
    for i in range(len(xs)):
        s += 1.0 / xs[i]
    return s


def nested(rows, cols, big_at):
    grid_total = 0
    for r in range(rows):
        acc = 0
        for c in range(cols):
            acc += c
            if r == big_at and c == 2:
                acc += 2 ** 70
        grid_total += acc
    return grid_total


def pairwise(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        xi = xs[i]
        for j in range(i + 1, len(xs)):
            d = xi - xs[j]
            ys[j] += d
            total += d * d
        ys[i] -= xi
    return total


def main():
    # Near 2**62 the sum leaves machine ints in the middle of the loop.
    print(sum_squares(10, 0))
    print(sum_squares(10, 2 ** 62 - 100))
    print(sum_squares(10, -(2 ** 62) + 5))
    print(sum_squares(10, 0))

    xs = [1.0, 2.0, 3.0, 4.0]
    print(scale_into([0.0] * 4, xs, 2.0))
    print(scale_into([0.0] * 4, xs, float("inf")))
    print(scale_into([0.0] * 4, [1.0, 0.0, 2.0, -0.0], float("inf")))
    out = scale_into([0.0] * 4, [1.0, float("nan"), 3.0, 4.0], 3.0)
    print(out, out[1] != out[1])

    ys = [0.5, 1.5, float("inf"), 2.0, float("-inf"), 1.0]
    print(running_total(ys), ys)
    zs = [0.25] * 6
    print(running_total(zs), zs)

    flags = [True] * 10
    print(mark_multiples(flags, 3), flags)
    print(mark_multiples(flags, 1), flags)

    vals = [1.0, 2.0, 4.0, 8.0]
    print(read_from_end(vals, 4))
    try:
        read_from_end(vals, 5)
    except IndexError as e:
        print("IndexError:", e)

    g = [1.0]
    print(grow(g, 20), g[-1], sum(g))

    print(inverse_sum([1.0, 2.0, 4.0]))
    try:
        inverse_sum([1.0, 2.0, 0.0, 4.0])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(inverse_sum([4.0, 4.0]))

    ys = [0.0] * 4
    print(pairwise([1.0, 2.0, 4.0, 8.0], ys), ys)
    # inf - inf is a NaN: the inner loop stores it in the middle of the
    # second outer iteration, and the lists' later loops run generally.
    ys = [0.0] * 5
    print(pairwise([1.0, float("inf"), 2.0, float("inf"), 3.0], ys), ys)
    ys = [0.5] * 3
    print(pairwise([3.0, 2.0, 1.0], ys), ys)

    print(nested(3, 4, -1))
    print(nested(3, 4, 1))
    print(nested(3, 4, 2))


main()
