# sys.stdin.read() returns everything; word statistics over it.
import sys
text = sys.stdin.read()
words = text.split()
print(len(text.splitlines()), len(words), sorted(set(w.lower().strip(".,") for w in words))[:5])
print(max(words, key=len))
