# bisect (user program): a leaderboard kept sorted with insort(key=), rank lookups and range queries
import bisect

class Leaderboard:
    def __init__(self):
        self.entries = []          # (-score, name), best first
    def submit(self, name, score):
        bisect.insort(self.entries, (-score, name))
    def rank(self, score):
        # 1-based rank a new score would get (ties share the best rank)
        return bisect.bisect_left(self.entries, (-score,)) + 1
    def top(self, n):
        return [(name, -s) for s, name in self.entries[:n]]
    def between(self, low, high):
        i = bisect.bisect_left(self.entries, (-high,))
        j = bisect.bisect_right(self.entries, (-low, "\U0010ffff"))
        return [name for _, name in self.entries[i:j]]

lb = Leaderboard()
for name, score in [("ann", 120), ("bob", 95), ("cid", 120), ("dee", 80), ("eve", 101), ("fay", 95)]:
    lb.submit(name, score)
print(lb.top(3))
print([lb.rank(s) for s in (130, 120, 100, 95, 10)])
print(lb.between(90, 110), lb.between(200, 300))

# time-series lookups with key=
events = [(0.5, "boot"), (1.25, "login"), (3.0, "open"), (3.0, "read"), (7.75, "close")]
times = lambda e: e[0]
def events_between(t0, t1):
    i = bisect.bisect_left(events, t0, key=times)
    j = bisect.bisect_right(events, t1, key=times)
    return [name for _, name in events[i:j]]
print(events_between(1, 3), events_between(3.5, 7), events_between(0, 100))
def state_at(t):
    i = bisect.bisect_right(events, t, key=times)
    return events[i - 1][1] if i else "off"
print([state_at(t) for t in (0, 0.5, 2, 3, 5, 8)])
bisect.insort(events, (2.0, "idle"), key=times)
bisect.insort_left(events, (3.0, "seek"), key=times)
print(events)

# a sorted multiset of word lengths
words = "the quick brown fox jumps over the lazy dog again and again".split()
lengths = []
for w in words:
    bisect.insort(lengths, len(w))
print(lengths, bisect.bisect(lengths, 4) - bisect.bisect_left(lengths, 4))
