# A user program: text and signal processing with itertools recipes.
from itertools import (groupby, islice, tee, chain, zip_longest, cycle, count,
                       accumulate, takewhile, filterfalse, pairwise, starmap, repeat)


def rle_encode(s):
    return ''.join('%d%s' % (len(list(g)), k) for k, g in groupby(s))


def rle_decode(s):
    out = []
    digits = ''
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ''
    return ''.join(out)


def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = tuple(islice(it, n))
        if not chunk:
            return
        yield chunk


def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        next(islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*its)


def roundrobin(*iterables):
    pending = [iter(it) for it in iterables]
    while pending:
        alive = []
        for it in pending:
            for x in it:
                yield x
                alive.append(it)
                break
        pending = alive


def unique_everseen(iterable):
    seen = set()
    for x in filterfalse(seen.__contains__, iterable):
        seen.add(x)
        yield x


def grouper(iterable, n, fill=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fill)


text = 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'
enc = rle_encode(text)
print(enc, rle_decode(enc) == text)
print(list(batched(range(10), 3)))
readings = [3, 5, 4, 8, 10, 9, 12, 11]
print([sum(w) / len(w) for w in sliding_window(readings, 3)])
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')))
print([''.join(g) for g in grouper('ABCDEFG', 3, 'x')])
print([b - a for a, b in pairwise(readings)])
print(list(accumulate(readings, max)))
print(list(takewhile(lambda x: x < 100, (n * n for n in count(1)))))
lights = cycle(['green', 'yellow', 'red'])
print([next(lights) for _ in range(5)])
print(list(starmap(lambda name, score: '%s:%d' % (name, score), zip(['ann', 'bob'], [90, 85]))))
print(list(chain.from_iterable(repeat('ab', 3))))
# word frequencies sorted, then grouped by count
words = 'a b a c b a d e d a'.split()
freq = sorted(((w, words.count(w)) for w in set(words)), key=lambda p: (-p[1], p[0]))
for n, grp in groupby(freq, key=lambda p: p[1]):
    print(n, [w for w, _ in grp])
