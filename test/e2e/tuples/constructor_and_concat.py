# tuple() constructor and tuple concatenation/repetition.
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple(x * 2 for x in (1, 2)))
t = (1, 2)
print(tuple(t) is t, t + (), () + t, t * 1, t * 0, t * -1)
try:
    t + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(1)
except TypeError as e:
    print("TypeError:", e)
print(tuple(reversed(t)), tuple(sorted((3, 1, 2))), tuple(enumerate("ab")))
acc = ()
for i in range(5):
    acc += (i,)
print(acc, len(acc), sum(acc))
print(repr((1,)), str(("a", 'b"c')), repr(((),)))
