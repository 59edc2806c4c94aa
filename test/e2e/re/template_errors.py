# re: replacement-template errors (bad escapes, bad/unknown group references) in sub and Match.expand
import re

m = re.match(r"(?P<name>x)(y)?", "xz")
templates = [r"\1", r"\2", r"\g<0>", r"\g<name>", r"\q", r"\g", r"\g<", r"\g<1",
             r"\g<b>", r"\g<3>", r"\3", r"\10", r"\g<-1>", r"\g<1a>", r"\g<>", "\\",
             r"\x41", r"\u0041", r"\N{DIGIT ONE}", r"\777", r"\400", r"\376", r"ok\z",
             "x\\q\\", r"\g<a\>b>", "\\g<1>\\", r"\A", r"\Z", r"\8"]
for t in templates:
    try:
        print(repr(t), repr(m.expand(t)))
    except re.error as e:
        print(repr(t), "error:", e, "|", e.msg, e.pos, e.pattern == t)
    except IndexError as e:
        print(repr(t), "IndexError:", e)
for args in [("a", r"\1", "a"), ("(a)", r"\2", "a"), ("(a)", r"\g<x>", "a"), ("a", "\\", "a"),
             ("(a)", r"\g<1>\j", "a"), ("a", r"\g<1>", "b")]:
    try:
        print(args, repr(re.sub(*args)))
    except (re.error, IndexError) as e:
        print(args, type(e).__name__, e)
print(repr(re.sub("(a)|b", r"[\1]", "ab")), repr(re.sub("(?P<a>a)|b", r"<\g<a>>", "ba")))
