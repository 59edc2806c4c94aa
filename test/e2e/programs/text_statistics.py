# Text processing: word frequencies, line stats, a formatted report.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out
ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print(f"{len(ws)} words, {len(freq)} distinct, {len(TEXT.splitlines())} lines")
print(f"{'word':<12}{'count':>6}{'share':>8}")
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}{c:>6}{c / len(ws):>8.1%}")
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, ",".join(sorted(lengths[n])))
for i, line in enumerate(TEXT.splitlines(), 1):
    print(f"{i:2}: {len(line):3} chars, {len(line.split()):2} words, longest={max(line.split(), key=len)!r}")
caps = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"))
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, TEXT[:12].upper().center(20, "~"), TEXT[-8:].rjust(12, "."))
