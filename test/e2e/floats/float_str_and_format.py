# str() of floats, concatenation and default print formatting.
vals = [0.0, 1.0, -1.5, 1e16, 1e-5, 123456.789, 1e300, 3.0e-10, 2.5e15, 0.1]
for v in vals:
    print("v=" + str(v) + " r=" + repr(v))
print(str(1/3) + "|" + str(-2/3))
print(str(float(2**60)), str(float(-(2**70))))
print(str(1e15 + 0.3), str(1e16 + 4), str(99999999999999999.0))
print(str(0.000123), str(0.0000123), str(123e-20))
