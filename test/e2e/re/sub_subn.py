# re: sub/subn with templates (\1, \g<1>, \g<name>, escapes), callables, count, and empty-match rules
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"), re.subn("", "-", ""))
print(re.sub("a|", "-", "aba"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"(?=b)", "^", "abcb"))
print(re.sub(r"a*", "<\\g<0>>", "baaac"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"(\d)(x)?", r"[\1\2]", "1x 2"))
print(re.sub(r"a", r"\n\t\\\a\b\f\v\r", "a") == "\n\t\\\a\b\f\v\r")
print(repr(re.sub(r"a", r"\0-\012-\08-\177", "a")))
print(repr(re.sub(r"a", r"\&\-\ \"", "a")))
print(re.sub(r"(a)", r"\g<01>\g<1>", "a"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub(r"\w+", lambda m: m.group().upper() if len(m.group()) > 2 else None, "to be or not"))
print(re.sub(r"[aeiou]", "*", "education", count=3), re.sub(r"[aeiou]", "*", "education", 0))
print(re.sub("a", "b", "aaa", -1), re.subn("a", "b", "aaa", 2))
print(re.subn(r"\s+", " ", "  many   spaces\there \n "))
print(re.sub("(?i)python", "Python", "PYTHON python PyThOn"))
print(re.sub(r"(\w+)@(\w+)\.(\w+)", r"\1 at \2 dot \3", "me@example.com, you@test.org"))
print(re.sub("x", "\\\\", "axb"), re.sub("x", "$1", "axb"), re.sub("x", "\\g<0>\\g<0>", "axb"))
p = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print(p.sub(r"\g<val>=\g<key>", "a=1, b=2"), p.subn(lambda m: m["key"], "a=1, b=2"))
calls = []
def repl(m):
    calls.append(m.span())
    return "#"
print(re.sub(r"o", repl, "foo boo"), calls)
for bad in [lambda m: 5, 7, lambda m: b"x"]:
    try:
        print(re.sub("a", bad, "xa"))
    except TypeError as e:
        print("TypeError", e)
print(re.sub("a", "b", "") == "", re.sub("^", "> ", "line"), re.sub("$", "!", "end"))
print(re.sub(r"(?m)^(\s*)", r"\1# ", "a\n  b\nc"))
