# Only the first matching handler runs; Exception catches all of these.
def classify(k):
    try:
        if k == 0:
            raise ValueError("v")
        if k == 1:
            raise TypeError("t")
        if k == 2:
            raise ZeroDivisionError("z")
        if k == 3:
            raise IndexError("i")
        if k == 4:
            raise OverflowError("o")
        return "none"
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except LookupError:
        return "LookupError handler"
    except Exception as e:
        return "Exception handler: " + str(e)
for k in range(6):
    print(k, classify(k))
try:
    1 / 0
except Exception as e:
    print("generic:", e)
try:
    [][0]
except (ValueError, IndexError) as e:
    print("tuple:", e)
