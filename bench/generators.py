# generators: a lazy pipeline of generator functions and expressions.
#
# produce -> keep (filter) -> scale (generator expression) -> window_sums
# -> consume, plus zip of two pipelines, yield from, and sum/max over
# generator expressions. Each value passes through four or five suspended
# frames, so this measures generator resumption (frame save/restore), the
# iterator protocol, and StopIteration handling at the end of each stage.
# Values come from a linear congruential generator; the output is a handful
# of sums.


def produce(n, seed):
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        yield (state >> 16) % 1000


def keep(values, modulus):
    for v in values:
        if v % modulus != 0:
            yield v


def scale(values, k):
    return (v * k + 1 for v in values)


def window_sums(values, size):
    """Sum of each run of `size` consecutive values, via a ring buffer."""
    ring = [0] * size
    total = 0
    seen = 0
    for v in values:
        slot = seen % size
        total += v - ring[slot]
        ring[slot] = v
        seen += 1
        if seen >= size:
            yield total


def chain(first, second):
    yield from first
    yield from second


def take(values, n):
    if n <= 0:
        return
    for v in values:
        yield v
        n -= 1
        if n == 0:
            return


def consume(values):
    count = 0
    total = 0
    biggest = 0
    for v in values:
        count += 1
        total += v
        if v > biggest:
            biggest = v
    return count, total, biggest


def main():
    n = 600000
    rounds = 6
    for r in range(rounds):
        seed = 17 + r
        pipeline = window_sums(scale(keep(produce(n, seed), 3), 7), 16)
        count, total, biggest = consume(pipeline)
        print(f"round {r}: windows = {count}, sum = {total}, max = {biggest}")

        pairs = zip(produce(n // 2, seed), keep(produce(n, seed + 100), 2))
        dot = sum(a * b for a, b in pairs)
        print(f"round {r}: dot = {dot}")

        both = chain(take(produce(n, seed), n // 3),
                     scale(produce(n // 3, seed + 1), 2))
        weighted = sum(x * (x % 7) for x in both)
        evens = sum(1 for x in take(produce(n, seed + 2), n // 2) if x % 2 == 0)
        widest = max(w for w in window_sums(produce(n // 4, seed + 3), 64))
        print(f"round {r}: weighted = {weighted}, evens = {evens}, "
              f"widest = {widest}")


if __name__ == "__main__":
    main()
