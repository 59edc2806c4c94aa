# Exceptions propagate outward through nested try blocks and calls.
def level3(x):
    return 10 // x
def level2(x):
    try:
        return level3(x)
    except IndexError:
        print("level2: not an IndexError handler match")
        return -1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -2
print(level1(5))
print(level1(0))
try:
    try:
        [][0]
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled inside")
        int("bad")
except ValueError as e:
    print("new exception from handler:", e)
try:
    try:
        int("bad")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("propagated:", e)
count = 0
for i in range(-3, 4):
    try:
        try:
            v = 12 // i
        except ZeroDivisionError:
            v = None
        if v is None:
            raise ValueError("zero at " + str(i))
        count += v
    except ValueError as e:
        print(e)
print("count", count)
