# repr of sets with one element (multi-element order is unspecified),
# and error messages.
print({1}, {"a"}, {(1, 2)}, set(), frozenset(), frozenset({"x"}))
print(str({None}), repr({3.5}))
try:
    s = {1}
    s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1} - [1]
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset().remove(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {1} < 5
except TypeError as e:
    print("TypeError:", e)
