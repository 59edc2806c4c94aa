# Comprehension filters combining conditions, calls and nested ternaries.
def classify(n):
    return "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)
print([classify(n) for n in range(1, 16)])
print([n for n in range(50) if n > 1 and all(n % d for d in range(2, n))])
print([w for w in "Level Noon Spam racecar Eggs".split() if (lw := w.lower()) == lw[::-1]])
print([x for x in range(-5, 6) if not x or x > 3])
print([(a, b) for a in range(4) for b in range(4) if a < b if (a + b) % 2])
print([c for c in "a1b2c3" if c.isdigit()], [int(c) for c in "a1b2c3" if c.isdigit()])
