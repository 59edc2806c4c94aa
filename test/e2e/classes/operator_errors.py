# TypeError messages mention user class names.
class A:
    pass
class B:
    pass
a, b = A(), B()
def attempt(k):
    try:
        if k == 0:
            a + b
        elif k == 1:
            a < b
        elif k == 2:
            -a
        elif k == 3:
            len(a)
        elif k == 4:
            a[0]
        elif k == 5:
            a[0] = 1
        elif k == 6:
            a()
        elif k == 7:
            iter(a)
        elif k == 8:
            1 - a
        elif k == 9:
            a * 2.5
        elif k == 10:
            abs(a)
        elif k == 11:
            hash([a])
        else:
            del a[0]
    except TypeError as e:
        print(k, "TypeError:", e)
for k in range(13):
    attempt(k)
