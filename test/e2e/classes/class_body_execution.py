# A class body runs once, top to bottom, at definition time.
print("before class")
class Table:
    print("executing class body")
    rows = []
    for i in range(3):
        rows.append(i * i)
    del i
    total = sum(rows)
    if total > 3:
        size = "big"
    else:
        size = "small"
    def method(self):
        return self.size
print("after class", Table.rows, Table.total, Table.size, Table().method(), hasattr(Table, "i"))
def make_class(n):
    class Inner:
        value = n
        def get(self):
            return self.value * 2
    return Inner
C5 = make_class(5)
C7 = make_class(7)
print(C5().get(), C7().get(), C5 is C7, C5.__qualname__)
class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
        self.id = Counted.instances
objs = [Counted() for _ in range(4)]
print(Counted.instances, [o.id for o in objs])
