# Every flavour of division by zero and its exact message.
def attempt(k):
    try:
        if k == 0:
            r = 1 / 0
        elif k == 1:
            r = 1 // 0
        elif k == 2:
            r = 1 % 0
        elif k == 3:
            r = divmod(1, 0)
        elif k == 4:
            r = 1.0 / 0
        elif k == 5:
            r = 1.0 // 0.0
        elif k == 6:
            r = 1.0 % 0.0
        elif k == 7:
            r = divmod(1.0, 0)
        elif k == 8:
            r = 0 ** -1
        elif k == 9:
            r = 0.0 ** -1
        elif k == 10:
            r = 2**100 // 0
        elif k == 11:
            r = 2**100 % 0
        elif k == 12:
            r = (2**100) / 0
        elif k == 13:
            x = 5
            x //= 0
            r = x
        elif k == 14:
            r = 1 / False
        else:
            r = pow(0, -2)
        print(k, "no error", r)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError:", e)
for k in range(16):
    attempt(k)
