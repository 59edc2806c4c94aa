# printf-style % formatting of integers.
n = 42
m = -42
print("%d|%i|%u" % (n, n, n))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d]" % (n, n, n, n, n, n, n))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (m, m, m, m, m))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%x %#x %o %#o" % (-255, -255, -8, -8))
print("[%8x] [%-8X] [%08x] [%#08x] [%#-8o]" % (48879, 48879, 48879, 48879, 64))
print("%d" % 2**100)
print("%x" % 2**100, "%o" % -(2**70))
print("%d %d" % (True, False))
print("%d" % 3.99, "%d" % -3.99, "%x" % 255)
print("%3d%%" % 50)
print("%.3d|%.0d|%5.3d|%-6.4d|" % (7, 0, 7, -7))
print("%*d|%-*d|" % (6, 12, 6, 12))
print("%c%c%c" % (72, 105, 33))
print("%s and %r" % (n, m))
print("%d apples" % 5)
w = 4
for i in range(1, 4):
    print("%*d squared = %0*d" % (w, i, w, i * i))
