# wordfreq: word-frequency count over a generated text.
#
# The text is built in the program from a fixed list of syllables with a
# linear congruential generator (no files, no random module), so it is the
# same on every run and every machine. Measures str work and dicts: string
# concatenation and join, split, strip, lower, dict lookups and updates
# with str keys, then a sort of (word, count) pairs by a key function.
# Prints the corpus size, the number of distinct words and the top 20.

SYLLABLES = [
    "ka", "lo", "mi", "nu", "ser", "ta", "ven", "do", "ri", "pa",
    "gel", "os", "tin", "ba", "que", "fa", "lu", "mor", "en", "zi",
    "har", "wen", "di", "co", "spa", "tre", "ul", "yo", "gra", "ne",
]

COMMON = [
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it",
    "as", "was", "with", "be", "by", "on", "not", "he", "this", "are",
]


class Lcg:
    """The ANSI C rand() recurrence; returns 15-bit values."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) & 0x7FFF


def skewed(rng, n):
    """An index in [0, n) with small indices far more likely (roughly Zipf)."""
    a = rng.next() % n
    b = rng.next() % n
    return a * b // n


def make_word(rng):
    if rng.next() % 3 == 0:
        return COMMON[skewed(rng, len(COMMON))]
    word = SYLLABLES[skewed(rng, len(SYLLABLES))]
    for k in range(rng.next() % 3):
        word += SYLLABLES[skewed(rng, len(SYLLABLES))]
    return word


def make_text(n_words, seed):
    rng = Lcg(seed)
    lines = []
    line = []
    for i in range(n_words):
        word = make_word(rng)
        r = rng.next()
        if r % 11 == 0:
            word = word.capitalize()
        elif r % 37 == 0:
            word = word.upper()
        if r % 13 == 0:
            word += ","
        elif r % 23 == 0:
            word += "."
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(".,").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    n_words = 1500000
    text = make_text(n_words, 2024)
    counts = count_words(text)
    total = 0
    for word in counts:
        total += counts[word]
    print(f"characters = {len(text)}")
    print(f"words = {total}")
    print(f"distinct = {len(counts)}")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, n in ranked[:20]:
        print(f"{word:>12} {n:8d} {100.0 * n / total:6.2f}%")


if __name__ == "__main__":
    main()
