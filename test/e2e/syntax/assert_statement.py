# assert raises AssertionError (with the optional message) when false.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError: [" + str(e) + "]", e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("4")
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert True, msg()
print(calls)
try:
    assert False, (1, 2)
except AssertionError as e:
    print(e.args)
