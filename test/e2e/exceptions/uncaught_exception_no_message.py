# An uncaught exception raised without a message prints just its name.
print("about to raise")
raise IndexError
