# str.maketrans in its three forms and str.translate.
t1 = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t1))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L", ord("o"): None}), "é".translate({0xe9: "e"}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
