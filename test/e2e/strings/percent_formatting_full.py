# printf-style formatting with every conversion and dict-based keys.
print("%s|%r|%a|%c|%c|%%" % ("é", "é", "é", "x", 0x20ac))
print("%(name)s is %(age)d years, %(age)x in hex" % {"name": "Ann", "age": 42})
print("%(a)s %(a)r" % {"a": "q"}, "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2])
print("%-10s|%10s|%.2s|%*s|%-*s|" % ("ab", "cd", "efgh", 5, "x", 5, "y"))
print("%5.1f|%-8.3e|%+g|%#o|%#x|%i|%u" % (3.14159, 1234.5, 0.00001, 8, 255, 7, 9))
print("%d%%" % 50, "%s" % None, "%r" % None, "%.3r" % "abcdef")
def bad(fmt, val):
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
bad("%(x)s", {"y": 1})
bad("%(x)s %s", {"x": 1})
bad("%s %s", ("a",))
bad("%s", ("a", "b"))
bad("%d", "3")
bad("%c", "ab")
bad("%y", 1)
bad("%(x", {"x": 1})
bad("% ", 1)
