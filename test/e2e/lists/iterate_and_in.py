# Iterating over lists and membership tests with `in` / `not in`.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
total = 0
for v in data:
    total += v
print("total", total)
print(1 in data, 7 in data, 7 not in data, 5 not in data)
print(1.0 in data, 4.0 in [4], 2**64 in [2**64], 0 in [], None in [None])
print(True in [1], False in [0, 1], 0.0 in [-0.0])
uniq = []
for v in data:
    if v not in uniq:
        uniq.append(v)
print(uniq)
count5 = 0
for v in data:
    if v == 5:
        count5 += 1
print("fives", count5)
positions = []
for i in range(len(data)):
    if data[i] == 1:
        positions.append(i)
print(positions)
floats = [0.1, 0.2, 0.30000000000000004]
print(0.1 + 0.2 in floats, 0.3 in floats)
seen = []
for x in [[1, 2], [3], [1, 2]]:
    if x in seen:
        print("dup", x)
    else:
        seen.append(x)
print(seen)
grown = [1]
for v in grown:
    if v < 5:
        grown.append(v + 1)
print(grown)
