# bytes() constructor forms and their errors.
print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"), bytes("é", "utf-8"))
print(bytes(bytearray(b"ba")), bytes((x for x in [72, 105])), bytes(memoryview(b"mv")))
def attempt(*args):
    try:
        print(bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attempt([256])
attempt([-1])
attempt("text")
attempt(-1)
attempt(1.5)
attempt(["a"])
try:
    bytes("x", "no-such-codec")
except LookupError as e:
    print("LookupError:", e)
