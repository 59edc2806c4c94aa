# re: re.error messages and positions for malformed patterns (parentheses, repeats, classes, escapes, groups)
import re

patterns = [
    "(", "a(b", "(?:a", "abc)", "a)b(", "*", "a|*", "(*)", "^*", r"\b+", "a**", "a*?*", "a{1}{2}",
    "a??+", "{1}", "a{2,1}", "a{4294967296}", "[a", "[", "[^]", "[]", "[a-", "[z-a]", r"[\d-z]",
    r"[a-\w]", r"\q", r"\z", "\\", "a\\", r"[\q]", r"[\A]", r"[\8]", r"\x4", r"\xg1",
    r"\u12", r"\U0011ffff", r"\777", r"[\400]", r"\8", r"(a)\2", r"(a(?<=\1))", r"(a\1)",
    "(?P<1a>x)", "(?P<>x)", "(?P<a>x)(?P<a>y)", "(?P<a", "(?P=x)", "(?P=)", "(?P=a!)",
    "(?P<a>(?P=a))", "(?Px)", "(?P", "(?", "(?<", "(?<x)", "(?z)", "(?#abc", "(?#(?#))",
    "(?(1)a|b|c)", "(?(x)a)", "(?(1", "(?()a)", "(?(0)a)", "(?(-1)a)", "(?(2)a)()", "(?(1)a",
    r"(?<=(?P<x>a)(?P=x))", r"(?<=(a)\1)", "(?<=a*)", "(?<=a|bc)", "a\n(\n", "a\nb\n  )x",
    "(?x)a#(\n)", "+\\", "(?P<a>\\", "(?\\g<", r"\N", r"\N{", r"\N{x", r"a{1,2}+?", "(?i",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(p), "OverflowError", e)
