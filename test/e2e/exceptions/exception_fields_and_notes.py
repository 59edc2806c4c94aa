# OSError's errno subclasses and fields, the Unicode errors' fields and messages, keyword fields, add_note.
tests = [lambda: b"\xff".decode("utf-8"), lambda: b"ab\xe9\xff".decode("ascii"),
         lambda: "h\xe9llo".encode("ascii"), lambda: "\u20ac\u20ac".encode("latin-1"),
         lambda: "\U0001F600".encode("ascii"), lambda: b"\xe2\x82".decode("utf-8"),
         lambda: "a\ud800b".encode("utf-8"), lambda: b"\x00\xd8".decode("utf-16-le")]
for t in tests:
    try:
        t()
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason, repr(e.object), e.args)
e = UnicodeDecodeError("utf-8", b"abc", 1, 3, "bad")
print(e, repr(e))
e = UnicodeTranslateError("abc", 0, 1, "nope")
print(e, e.encoding)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print(e)
for args in [(2, "No such file"), (2, "No such file", "a.txt"), (13, "Denied", "a", None, "b"), ("a", 2), (99, "x"), (1,), (11, "again")]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e), e.errno, e.strerror, e.filename, e.filename2, e.args)
print(IOError is OSError, EnvironmentError.__name__)
e = NameError("m", name="x"); print(e.name, e)
e = AttributeError("m", name="x", obj=3); print(e.name, e.obj)
try:
    ValueError("x", foo=1)
except TypeError as e:
    print(e)
e = ValueError("base")
e.add_note("n1"); e.add_note("n2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
print(e.with_traceback(None) is e, e.__class__.__name__)
try:
    raise KeyError("k")
except KeyError as k:
    print(type(k.__traceback__).__name__, k.__traceback__ is not None)
print(str(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration().value)
print(repr(ConnectionResetError("x")), issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
