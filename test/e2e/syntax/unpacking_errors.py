# Exact error messages for mismatched unpacking.
def attempt(k):
    try:
        if k == 0:
            a, b = [1, 2, 3]
        elif k == 1:
            a, b, c = [1, 2]
        elif k == 2:
            a, b = 5
        elif k == 3:
            a, *b, c, d = [1, 2]
        elif k == 4:
            a, b = "x"
        elif k == 5:
            a, b = {"k": 1}
        elif k == 6:
            a, b = iter(range(10))
        else:
            a, = []
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for k in range(8):
    attempt(k)
