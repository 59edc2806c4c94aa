# re: flag constants, combining flags, inline (?imsxa) flags, scoped (?i:...), VERBOSE, Pattern.flags and repr
import re

print(int(re.I), re.IGNORECASE == re.I, int(re.I | re.M | re.S), int(re.X), int(re.A), int(re.U), int(re.L), int(re.NOFLAG))
print(int(re.MULTILINE | re.DOTALL) & re.DOTALL != 0)
for p, f in [("a", 0), ("a", re.I), ("a", re.I | re.M), ("(?i)a", 0), ("(?ms)a", re.X),
             ("(?a)\\w", 0), ("a", re.A | re.I), ("(?u)a", 0), ("(?i:a)b", 0), ("a", 1024)]:
    c = re.compile(p, f)
    print(repr(p), c.flags, c)
print(re.findall(r"(?i)abc", "ABC aBc abc"))
print(re.findall(r"a(?i:b)c", "abc aBc abC"))
print(re.findall(r"(?i)a(?-i:b)c", "AbC ABC"))
print(re.findall(r"(?s:.)(.)", "\n\n\nx"))
print(re.findall(r"(?m:^x)|^y", "y\nx\ny"))
print(re.findall(r"(?x) a  b  # comment\n c", "abc a b c"))
print(re.findall(r"(?x)[ ]a\ b\#", " a b# x"))
print(re.findall(r"(?x)a{1, 2}", "a{1,2}"))
print(re.findall(r"(?x)(?# c) a | b", "ab"))
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # the key
    \s* = \s*          # equals sign
    (?P<value>\d+)     # a number
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("a = 1, bb=22 ,c_c =  333")])
print(re.search(r"(?a)\w+", "héllo").group(), re.search(r"\w+", "héllo", re.ASCII).group())
print(re.search(r"(?a:\w+)\w+", "héllo").group())
for p, f in [("(?L)a", 0), ("a", re.L), ("(?a)(?u)a", 0), ("a", re.A | re.U), ("(?u)a", re.A),
             ("a(?i)b", 0), ("(?i", 0), ("(?z)", 0), ("(?i-i:a)", 0), ("(?-a:a)", 0), ("(?au)", 0),
             ("(?-)", 0), ("(?i-z:a)", 0), ("(?-i)", 0), ("(?:a)(?x) b", 0), ("((?i)a)", 0)]:
    try:
        re.compile(p, f)
        print(repr(p), "ok")
    except (re.error, ValueError) as e:
        print(repr(p), type(e).__name__, e)
print(re.compile("(?x) (?i) a b").flags, re.compile("(?x) (?i) a b").fullmatch("AB"))
