# Exceptions crossing function boundaries inside loops with break/continue.
def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            v = int(it)
            if v < 0:
                raise ValueError(f"negative: {v}")
        except ValueError as e:
            bad.append(str(e))
            continue
        except TypeError as e:
            bad.append("type: " + str(e))
            break
        else:
            good.append(v)
    return good, bad
print(parse_all(["1", "-2", "x", "4"]))
print(parse_all(["5", None, "6"]))
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            print("  attempt", i, "failed:", e)
    raise RuntimeError(f"gave up after {attempts} attempts")
def flaky(i):
    if i < 2:
        raise RuntimeError(f"flake {i}")
    return f"ok on {i}"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print("final:", e, "| context:", e.__context__)
