# Execution order through try / except / else / finally.
def run(divisor):
    print("start", divisor)
    try:
        r = 10 // divisor
        print("computed", r)
    except ZeroDivisionError:
        print("except branch")
    else:
        print("else branch")
    finally:
        print("finally branch")
    print("end", divisor)
run(2)
run(0)
def only_finally(x):
    try:
        return 100 // x
    finally:
        print("cleanup for", x)
print(only_finally(7))
try:
    only_finally(0)
except ZeroDivisionError as e:
    print("caught after finally:", e)
def multiple(k):
    try:
        if k == 0:
            [][1]
        elif k == 1:
            int("q")
        elif k == 2:
            1 / 0
        elif k == 3:
            1 + None
    except IndexError as e:
        print("IndexError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("no exception for", k)
    finally:
        print("finally", k)
for k in range(5):
    multiple(k)
def no_as():
    try:
        [1, 2][5]
    except IndexError:
        print("caught without binding")
no_as()
def tuple_except(k):
    try:
        if k:
            1 / 0
        else:
            [][0]
    except (IndexError, ZeroDivisionError) as e:
        print("tuple clause caught:", e)
tuple_except(0)
tuple_except(1)
