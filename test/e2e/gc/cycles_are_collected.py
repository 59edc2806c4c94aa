# Reference cycles become garbage and are collected; live data survives.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
keep = []
for i in range(2000):
    a = Node("a" + str(i))
    b = Node("b" + str(i))
    a.other = b
    b.other = a
    if i % 500 == 0:
        keep.append(a)
del a, b
gc.collect()
print([n.name for n in keep], [n.other.name for n in keep], keep[0].other.other is keep[0])
big = []
for round_ in range(5):
    lst = [[j] for j in range(10000)]
    lst.append(lst)
    big.append(len(lst))
    del lst
    gc.collect()
print(big)
