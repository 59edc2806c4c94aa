# A bare re-raise from a handler deep in the call stack, uncaught at top.
def level3():
    return [1, 2, 3][10]
def level2():
    try:
        return level3()
    except IndexError:
        print("level2 saw the IndexError, re-raising")
        raise
def level1():
    try:
        return level2()
    finally:
        print("level1 finally")
level1()
