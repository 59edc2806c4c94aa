# Typical dict algorithms: word frequency, grouping, inversion.
text = """the quick brown fox jumps over the lazy dog the fox
was quick and the dog was lazy"""
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
by_len = {}
for w in sorted(freq):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {}
for w, c in freq.items():
    inv.setdefault(c, []).append(w)
print({c: sorted(ws) for c, ws in sorted(inv.items())})
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6], sum(letters.values()))
nested = {}
for i in range(12):
    nested.setdefault(i % 3, {}).setdefault(i % 2, []).append(i)
print(nested)
