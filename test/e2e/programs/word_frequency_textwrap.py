# Text processing without re: tokenizing, Counter, textwrap, string module, str methods.
from collections import Counter
import textwrap
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""

def tokenize(text):
    words = []
    cur = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur.append(ch.lower())
        else:
            if cur:
                words.append("".join(cur))
                cur = []
    if cur:
        words.append("".join(cur))
    return words

words = tokenize(TEXT)
print(len(words), "words")
c = Counter(words)
print(c.most_common(8))
print(len(c), "distinct")
print(sorted(w for w, n in c.items() if n == 2))
lengths = Counter(len(w) for w in words)
for L in sorted(lengths):
    print(f"{L:2d} {'#' * lengths[L]}")
print(textwrap.fill(" ".join(words[:40]), width=50))
print(textwrap.wrap(TEXT.split("\n")[0], 20))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("    x = 1\n      y = 2\n    z"))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[:3])
print(max(sentences, key=len))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
print(TEXT.count("it was"), TEXT.find("Heaven"), TEXT.rfind("was"), TEXT.index("age"))
print(string.ascii_lowercase, string.digits, string.punctuation)
table = str.maketrans("aeiou", "AEIOU", ",.")
print(TEXT[:80].translate(table))
print(" ".join(w.capitalize() for w in words[:10]))
print("-".join(reversed(words[:6])))
print(TEXT.splitlines()[2].title())
print("best".center(20, "*"), "|", "x".ljust(5, "."), "|", "y".rjust(5, "."))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("  hi  ".strip(), "xxhixx".strip("x"), "hello".startswith(("he", "x")), "file.py".endswith(".py"))
print("Hello World".swapcase(), "abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4))
print(string.capwords("hello   big world"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(5))
print(sum(letters.values()), letters["z"], letters["q"])
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aaz"), c2 - Counter("aaaaab"), c2 & Counter("aab"), c2 | Counter("zzz"))
print(list(c2.elements())[:8])
