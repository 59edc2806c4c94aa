# Iterating strings, enumerate, reversed, membership and counting chars.
s = "héllo wörld"
vowels = 0
for ch in s:
    if ch in "aeiouéö":
        vowels += 1
print(vowels)
print([(i, c) for i, c in enumerate("abc")], "".join(reversed(s)), list(reversed("ab")))
print(sorted(set(s) - {" "}), s.count("l"), max(s), min(s.replace(" ", "")))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
freq = {}
for c in "abracadabra":
    freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
