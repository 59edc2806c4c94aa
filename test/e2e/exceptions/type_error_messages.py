# TypeError messages of unsupported operations on core types.
def attempt(k):
    try:
        if k == 0:
            r = 1 + "a"
        elif k == 1:
            r = "a" + 1
        elif k == 2:
            r = 1.5 - "b"
        elif k == 3:
            r = 1 < "a"
        elif k == 4:
            r = "a" >= 2.5
        elif k == 5:
            r = [1] + 1
        elif k == 6:
            r = None + 1
        elif k == 7:
            r = -"x"
        elif k == 8:
            r = ~1.5
        elif k == 9:
            r = len(5)
        elif k == 10:
            x = 5
            r = x[0]
        elif k == 11:
            x = None
            r = x()
        elif k == 12:
            r = 1.5 & 1
        elif k == 13:
            r = 1 << 2.0
        elif k == 14:
            r = "a" * 1.5
        elif k == 15:
            r = [1] * 2.0
        elif k == 16:
            r = int([1])
        elif k == 17:
            r = float(None)
        elif k == 18:
            r = abs("s")
        elif k == 19:
            r = None < None
        elif k == 20:
            r = "%d" % "x"
        elif k == 21:
            r = 2 ** "2"
        elif k == 22:
            r = 5 % None
        elif k == 23:
            r = 7 // [2]
        elif k == 24:
            r = divmod(1, "2")
        elif k == 25:
            r = pow(2, 3.0, 5)
        elif k == 26:
            r = round("1.5")
        elif k == 27:
            x = 5
            x += "s"
            r = x
        elif k == 28:
            r = range(3)[1.0]
        elif k == 29:
            r = hex(1.0)
        else:
            r = "a" - "b"
        print(k, "no error", r)
    except TypeError as e:
        print(k, "TypeError:", e)
for k in range(31):
    attempt(k)
