# finally blocks run while an uncaught exception propagates.
def work():
    try:
        print("working")
        int("not a number")
    finally:
        print("cleanup in work()")
try:
    work()
finally:
    print("cleanup at top level")
print("unreachable")
