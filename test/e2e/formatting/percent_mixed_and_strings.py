# % formatting with %s/%r of all core types and assorted mixes.
print("%s" % "hello", "%r" % "hello", "%s" % 'it\'s', "%r" % "it's")
print("%s|%s|%s|%s" % (None, True, 1.0, -7))
print("%r|%r|%r|%r" % (None, False, 1e-7, 2**70))
print("[%10s] [%-10s] [%.3s] [%10.2s]" % ("right", "left", "truncate", "ab"))
print("%s" % [1, 2.5, -3])
print("%s=%d (%.1f%%)" % ("score", 87, 87.25))
print("%%d literal and %d value" % 9)
print("%s" % "")
name = "adder"
ver = 3
print("%s v%d.%02d" % (name, ver, 7))
print("%5s|%-5s|%5s" % (1, 2.5, None))
print("%-8s%8.3f" % ("pi", 3.14159))
print("%-8s%8.3f" % ("e", 2.71828))
print("%-8s%8.3f" % ("phi", 1.61803))
def fmt_err(f, v):
    try:
        print(f % v)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
fmt_err("%d", "x")
fmt_err("%d %d", 1)
fmt_err("%d", (1, 2))
fmt_err("%f", "1.5")
fmt_err("%z", 1)
fmt_err("%x", 1.5)
fmt_err("%c", 1114112)
fmt_err("%c", -1)
fmt_err("%c", 1.5)
