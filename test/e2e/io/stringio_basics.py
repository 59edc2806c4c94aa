# io.StringIO and io.BytesIO: write, read, readline, seek, getvalue, iteration.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(3)
s.write("P")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nbb\nccc")
print([line for line in t], t.read())
t.seek(0)
print(t.readlines(), t.readable(), t.writable(), t.seekable())
print(t.truncate(3), repr(t.getvalue()))
with io.StringIO("x") as u:
    print(u.read(), u.closed)
print(u.closed)
for bad in (lambda: u.read(), lambda: io.StringIO().write(5),
            lambda: io.StringIO(b"x"), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(1), b.read(), b.write(b"Z"), b.getvalue())
try:
    b.write("str")
except TypeError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
