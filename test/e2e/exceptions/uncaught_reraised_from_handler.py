# An exception raised inside an except block escapes the program.
# Only the last stderr line is compared: the new exception.
try:
    [][0]
except IndexError:
    print("handling IndexError")
    raise ValueError("raised while handling")
