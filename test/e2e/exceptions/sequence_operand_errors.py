# TypeError messages when + or * meet a sequence and an unsupported operand:
# concatenation names the sequence type, repetition names the other operand.
def attempt(k):
    if k == 0:
        return "a" + 1
    if k == 1:
        return "a" + 1.5
    if k == 2:
        return "a" + b"x"
    if k == 3:
        return [1] + (1,)
    if k == 4:
        return (1,) + [1]
    if k == 5:
        return b"a" + 1
    if k == 6:
        return "a" * "b"
    if k == 7:
        return [1] * None
    if k == 8:
        return (1,) * 2.0
    if k == 9:
        return None * "a"
    if k == 10:
        return 2.5 * "a"
    if k == 11:
        return "a" * [1]
    if k == 12:
        return [1] * "a"
    if k == 13:
        return b"a" * "x"
    if k == 14:
        return 1 + "a"
    if k == 15:
        s = "x"
        s += 1
        return s
    if k == 16:
        l = [1]
        l *= 1.5
        return l
    return "a" * True + "b" * 2
for k in range(18):
    try:
        print(k, attempt(k))
    except TypeError as e:
        print(k, "TypeError:", e)
