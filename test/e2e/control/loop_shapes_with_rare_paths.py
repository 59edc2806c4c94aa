# Loops of many shapes, each with a rare case part-way (a bigint, an
# exception caught inside or outside the loop, a list changing kind or
# size, break/continue/else, while loops): the compiler runs such loops as
# copies whose rare cases continue in the general loop, and every value
# must come out as CPython computes it.


def while_with_break(limit):
    i = 0
    acc = 1
    while True:
        acc = acc * 3 + i
        i += 1
        if acc > limit:
            break
    return i, acc


def continue_and_else(xs):
    total = 0.0
    for i in range(len(xs)):
        if xs[i] < 0.0:
            continue
        total += xs[i]
    else:
        total += 0.5
    return total


def catch_inside(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            out.append(None)
    return out


def catch_outside(values):
    done = 0
    try:
        for v in values:
            done += 100 // v
    except ZeroDivisionError:
        return "stopped at", done
    return "finished", done


def shrink_while_iterating(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if x == 3:
            xs.pop()
    return seen, xs


def floats_then_ints(n):
    xs = [0.5] * n
    for i in range(n):
        if i == n // 2:
            xs[i] = i
        else:
            xs[i] = xs[i] * 2.0 + i
    return xs


def nested_counts(grid):
    rows = 0
    cells = 0
    for row in grid:
        rows += 1
        for j in range(len(row)):
            cells += row[j]
            if cells > 2 ** 62:
                cells -= 2 ** 63
    return rows, cells


def bools_then_objects(n):
    flags = [True] * n
    for i in range(0, n, 3):
        flags[i] = False
    flags[n - 1] = "end"
    count = 0
    for i in range(n):
        if flags[i]:
            count += 1
    return count, flags[-3:]


def closure_in_loop(n):
    fs = []
    total = 0
    for i in range(n):
        fs.append(lambda k=i: k * k)
        total += fs[i]()
    return total, [f() for f in fs[-3:]]


def main():
    print(while_with_break(10 ** 6), while_with_break(10 ** 30))
    print(continue_and_else([1.0, -2.0, 3.5, -0.0, 4.0]))
    print(catch_inside([5, 0, -3, 0, 7]))
    print(catch_outside([1, 2, 4]), catch_outside([1, 2, 0, 4]))
    print(shrink_while_iterating([1, 2, 3, 4, 5, 6]))
    print(floats_then_ints(7))
    print(nested_counts([[1, 2], [3, 2 ** 61, 2 ** 61], [2 ** 62, 5]]))
    print(bools_then_objects(10))
    print(closure_in_loop(6))


main()
