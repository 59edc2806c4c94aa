# String slicing with steps and out-of-range bounds.
s = "abcdefghij"
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-3:], s[:-3], s[3:3], s[5:1], s[100:], s[-100:2])
u = "ñandú😀日本"
print(u[::-1], u[1:4], u[-3:], u[::2], len(u[2:]))
print(s[slice(2, 8, 3)], s[slice(None, None, -4)], "x"[5:], ""[::-1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
