# printf-style % formatting of floats: f, e, g, width, precision, flags.
x = 3.14159265
print("%f|%.2f|%.0f|%10.3f|%-10.3f|%010.3f|%+.1f|% .1f" % (x, x, x, x, x, x, x, x))
print("%e|%.2e|%E|%.0e|%12.4e|%-12.4e|%+e" % (x, x, x, x, x, x, x))
print("%g|%.3g|%G|%.10g|%10.4g|%#g|%#.3g" % (x, x, x, x, x, x, x))
y = 1234567.891
print("%f|%e|%g|%.2g|%.9g|%G" % (y, y, y, y, y, y))
z = 0.000012345
print("%f|%e|%g|%.3g|%#.3g|%.12f" % (z, z, z, z, z, z))
print("%f %e %g" % (-0.0, -0.0, -0.0))
print("%f %e %g %F %E %G" % (float("inf"), float("-inf"), float("nan"), float("inf"), float("nan"), float("-inf")))
print("[%8.2f] [%-8.2f] [%08.2f] [%+08.2f]" % (-1.5, -1.5, -1.5, 1.5))
print("%.2f %.2f %.2f %.2f" % (0.125, 0.375, 2.675, 1.005))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%.1f" % 1e22, "%.3e" % 1e22, "%g" % 1e22, "%g" % 1e-5, "%g" % 1e-4, "%g" % 123456, "%g" % 1234567)
print("%.20f" % 0.1)
print("%.15g %.16g %.17g" % (0.1, 0.1, 0.1))
print("%f" % 5, "%e" % 5, "%g" % 5, "%.3f" % 2**60)
print("%s %r %s" % (0.1 + 0.2, 0.1 + 0.2, 1e16))
print("%5.1f%%" % 99.44)
print("%.50f" % (1 / 3))
print("%f" % 1e300)
