# re: the Pattern object: attributes, repr, equality, pos/endpos arguments, keyword arguments, the compile cache
import re

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

p = re.compile(r"(?P<num>\d+)(?:\.(\d+))?")
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p.groupindex), type(p).__name__)
print(p, repr(re.compile("it's \"q\"\n")), repr(re.compile("x" * 300))[-12:])
print(p.match("3.14 2"), p.fullmatch("3.14"), p.fullmatch("3.14 "), p.search("pi=3.14"))
print(p.findall("1.5 and 22 and 3.25"), p.split("a1b2.5c"), p.sub("#", "a1b2.5c"), p.subn("#", "a1b2.5c", 1))
print(p.search("abc 12 34", 5), p.search("abc 12 34", 0, 5), p.match("abc 12", 4), p.match("abc 12", 4, 5))
print(p.search("12", -5), p.search("12", 1, 99), p.search("12", 3), p.findall("1 2 3 4", 2, 5))
print(p.search(string="x 7", pos=1, endpos=3), p.match(string="7", pos=0))
print([m.span() for m in p.finditer("1 22 333", 1, 6)], p.fullmatch("x12y", 1, 3))
print(p.sub(repl="N", string="1 2", count=1), p.split(string="a1b2c", maxsplit=1))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(hash(re.compile("ab")) == hash(re.compile("ab")), re.compile("x") == "x")
print(re.compile("abc") is re.compile("abc"), re.compile(p) is p, re.compile("abc", re.I) is re.compile("abc", re.I))
print(len({re.compile("a"), re.compile("a"), re.compile("b")}))
re.purge()
print(re.compile("abc").pattern)
gi = p.groupindex
try:
    gi["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(gi["num"], "num" in gi, list(gi), len(gi), dict(gi), gi == {"num": 1})
err(lambda: re.compile(p, re.I))
err(lambda: re.compile(42))
err(lambda: re.compile(None))
err(lambda: p.match(42))
err(lambda: p.search(None))
err(lambda: p.findall(b"12"))
err(lambda: p.sub("x", 5))
err(lambda: re.match("a", ["a"]))
print(isinstance(p, re.Pattern), isinstance(p.match("1"), re.Match), re.Pattern.__name__, re.Match.__name__)
print(re.match("a", "a", 0), re.search("A", "a", flags=re.I), re.fullmatch(pattern="a", string="a"))
