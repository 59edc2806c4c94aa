# Program: word and letter statistics of a text with Counter.
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            out.append(w)
    return out


ws = words(TEXT)
freq = Counter(ws)
print('words:', len(ws), 'distinct:', len(freq))
for word, n in freq.most_common(5):
    print('%-8s %3d %s' % (word, n, '#' * n))
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print('top letters:', ''.join(ch for ch, _ in letters.most_common(6)))
print('vowels:', sum(letters[v] for v in 'aeiou'), 'z:', letters['z'])

first, second = TEXT.split('epoch', 1)
a, b = Counter(words(first)), Counter(words(second))
print('only first half:', sorted((a - b).elements())[:8])
print('both halves:', sorted((a & b).keys()))
print('combined == whole:', a + b == freq, (a | b) <= freq)
lengths = Counter(len(w) for w in ws)
print('by length:', sorted(lengths.items()))
print('hapax:', sorted(w for w, n in freq.items() if n == 1))
stop = Counter({'it': 100, 'was': 100, 'the': 100, 'of': 100})
print('content words:', (freq - stop).most_common(3))
