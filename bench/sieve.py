# sieve: the sieve of Eratosthenes over a list of bools.
#
# Measures list stores with a stride (range with a step), list loads in a
# counting loop, and the allocation of a large list, repeated. Each round
# sieves up to a slightly different limit so no round repeats another's
# work exactly.
#
# The same algorithm, inputs and output live in sieve.c.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    count = 0
    for i in range(limit + 1):
        if is_prime[i]:
            count += 1
    return count


def main():
    limit = 2000000
    rounds = 60
    total = 0
    for r in range(rounds):
        count = sieve(limit - r * 1000)
        total += count
        if r % 10 == 0:
            print(f"primes up to {limit - r * 1000}: {count}")
    print(f"total = {total}")


if __name__ == "__main__":
    main()
