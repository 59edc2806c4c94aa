# Only the first matching handler runs; later handlers are skipped.
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
    except ZeroDivisionError as e:
        return "ZeroDivisionError handler: " + str(e)
    except ValueError as e:
        return "ValueError handler: " + str(e)
    except (IndexError, TypeError) as e:
        return "Index/Type handler: " + str(e)
    except OverflowError as e:
        return "OverflowError handler: " + str(e)
    except ValueError:
        return "unreachable second ValueError handler"
for k in range(6):
    print(k, classify(k))
def unmatched():
    try:
        try:
            [][0]
        except ValueError:
            print("not me")
        except ZeroDivisionError:
            print("nor me")
    except IndexError as e:
        print("outer handler got it:", e)
unmatched()
