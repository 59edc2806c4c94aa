# Every augmented assignment operator on ints.
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 5
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xF0
print(x)
x |= 0x0F
print(x)
x ^= 0xAA
print(x)
x = -7
x //= 2
print(x)
x = -7
x %= 3
print(x)
x = 2**62
x += 2**62
print(x)
x -= 2**62
print(x)
x *= x
print(x)
x //= 2**100
print(x)
y = 1.5
y += 2
print(y)
y /= 4
print(y)
y -= 1
print(y)
z = 7
z /= 2
print(z)
lst = [1, 2, 3]
lst[1] += 40
lst[-1] *= 7
print(lst)
