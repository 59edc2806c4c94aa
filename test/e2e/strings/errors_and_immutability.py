# Error messages specific to strings.
s = "abc"
def attempt(k):
    try:
        if k == 0:
            s[0] = "x"
        elif k == 1:
            del s[0]
        elif k == 2:
            s[5]
        elif k == 3:
            s.append("d")
        elif k == 4:
            s + 1
        elif k == 5:
            int(s)
        elif k == 6:
            s.index("z")
        elif k == 7:
            s["1"]
        elif k == 8:
            float("1.2.3")
        elif k == 9:
            "{0}".format()
        elif k == 10:
            s.nosuchmethod()
        else:
            "a".encode("nonexistent-codec")
    except Exception as e:
        print(type(e).__name__ + ":", e)
for k in range(12):
    attempt(k)
