# re: the Match object: group/groups/groupdict, start/end/span, lastindex/lastgroup, indexing, repr, attributes, errors
import re

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?(;)?", "  size=42 x")
print(m, bool(m), type(m).__name__)
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, 2, "key", 0))
print(m[0], m[1], m["key"], m[3])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("key"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
print(m.expand(r"\g<val>:\1 [\3] \g<0>"))
err(lambda: m.group(4))
err(lambda: m.group("nope"))
err(lambda: m.group(-1))
err(lambda: m.group(1.0))
err(lambda: m.start(9))
err(lambda: m["x"])
err(lambda: m.span("y"))
print(m.group(True), m[False])
for p, s in [(r"(a)(b)?", "a"), (r"(a)|(b)", "b"), (r"(?P<x>a(?P<y>b))", "ab"),
             (r"(a(b))", "ab"), (r"(?P<x>a)(b)", "ab"), (r"(a)(?P<y>b)", "ab"),
             (r"(x)?", "x"), (r"(x)*y", "y"), (r"(?:(a)|b)+", "ab")]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup, m.groups(), m.span(1))
m = re.compile(r"\d+").search("ab123cd", 1, 4)
print(m, m.pos, m.endpos, m.span())
m = re.compile(r"\d*").match("ab123", -4, 10)
print(m, m.pos, m.endpos)
print(repr(re.match(r".*", "x" * 100)))
print(repr(re.match(r".*", "it's")), repr(re.match(r".*", 'say "hi" it\'s')), repr(re.match(r".*", "tab\there")))
print(repr(re.match(r".*", "")), repr(re.match(r"\w+", "héllo")))
ms = list(re.finditer(r"\d", "a1b2"))
print([(x.group(), x.span()) for x in ms], ms[0].re is ms[1].re)
print(re.match(r"(a)(b)(c)", "abc").group(3, 2, 1))
print(re.fullmatch(r"(\w+)@(\w+)", "me@host").groups(), re.fullmatch(r"\w+", "me@host"))
