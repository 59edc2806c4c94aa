# re: re.escape, re.error objects (attributes, subclassing, raising), purge, module functions with flags, type errors
import re

print(re.escape("a.b*c+d?e^f$g|h(i)j[k]l{m}n\\o"))
print(re.escape("hello world\t\n-#&~ é_1:/,'\""))
print(re.escape(""), re.escape("\x00\x7f\u2028"))
s = "1+1=2? (yes) [ok] $5.00"
print(re.fullmatch(re.escape(s), s) is not None, re.findall(re.escape("+"), "a+b+c"))
for x in (5, None):
    try:
        re.escape(x)
    except TypeError as e:
        print("TypeError", e)
e = re.error("custom message")
print(e, repr(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("bad thing", "ab\ncd", 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("bad thing", "abcd", 2)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    raise re.error("raised by hand")
except re.error as exc:
    print("caught:", exc)
try:
    re.compile("(")
except Exception as exc:
    print(type(exc).__name__, isinstance(exc, re.error), exc.pattern, exc.pos)
class MyError(re.error):
    pass
try:
    raise MyError("sub", "pat", 1)
except re.error as exc:
    print(type(exc).__name__, exc, exc.pos)
re.purge()
print(re.search("b", "abc").span(), re.match("b", "abc"), re.fullmatch("abc", "abc").span())
print(re.findall("a", "AaA", re.I), re.split("a", "1A2a3", flags=re.I), re.sub("a", "-", "AaA", flags=re.I))
print(re.subn("a", "-", "AaA", 1, re.I), list(m.span() for m in re.finditer("a", "AaA", re.I)))
for bad in [lambda: re.compile("a", re.L), lambda: re.compile("a", re.A | re.U),
            lambda: re.search(r"\d", 123), lambda: re.sub("a", "b", None)]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
