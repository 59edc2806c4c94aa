# Inventory management with dataclasses, sorting keys, defaultdict grouping and f-string tables.
from dataclasses import dataclass, field
from collections import defaultdict
from typing import List, Optional

@dataclass
class Item:
    name: str
    category: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> float:
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

class Inventory:
    def __init__(self):
        self.items: dict = {}

    def add(self, item: Item) -> None:
        if item.name in self.items:
            raise ValueError(f"duplicate item {item.name!r}")
        self.items[item.name] = item

    def remove(self, name: str, qty: int) -> int:
        it = self.items.get(name)
        if it is None:
            raise KeyError(name)
        if qty > it.qty:
            raise ValueError(f"only {it.qty} of {name} left, asked {qty}")
        it.qty -= qty
        return it.qty

    def by_category(self):
        groups = defaultdict(list)
        for it in self.items.values():
            groups[it.category].append(it)
        return groups

    def find(self, tag: str) -> Optional[Item]:
        for it in self.items.values():
            if tag in it.tags:
                return it
        return None

inv = Inventory()
inv.add(Item("apple", "fruit", 0.5, 100, ["red", "sweet"]))
inv.add(Item("banana", "fruit", 0.25, 150))
inv.add(Item("hammer", "tools", 12.99, 5, ["heavy"]))
inv.add(Item("nails", "tools", 0.02, 1000))
inv.add(Item("milk", "dairy", 1.49, 20, ["cold"]))
print(inv.items["apple"])
print(repr(inv.items["banana"]))
try:
    inv.add(Item("milk", "dairy", 1.0))
except ValueError as e:
    print("error:", e)
try:
    inv.remove("bread", 1)
except KeyError as e:
    print("missing:", e)
try:
    inv.remove("hammer", 10)
except ValueError as e:
    print("error:", e)
print("left:", inv.remove("nails", 250))

for cat, items in sorted(inv.by_category().items()):
    total = sum(i.value() for i in items)
    print(f"{cat:<8}|{len(items):>3}|{total:>10.2f}")
    for i in sorted(items, key=lambda x: (-x.value(), x.name)):
        print(f"  {i.name:10s} {i.qty:5d} @ {i.price:7.3f} = {i.value():9.2f}")

print(inv.find("cold"))
print(inv.find("blue"))
print(Item("x", "y", 1.0) == Item("x", "y", 1.0))
print(Item("x", "y", 1.0) == Item("x", "y", 2.0))

versions = [Version(1, 2, 3), Version(1, 0), Version(2), Version(1, 2), Version(0, 9, 9)]
versions.sort()
print([str(v) for v in versions])
print(max(versions), min(versions))
print(Version(1, 2) < Version(1, 2, 1), Version(3) >= Version(2, 9, 9))
print(sorted(versions, reverse=True)[0])
expensive = [i.name for i in inv.items.values() if i.price > 1]
print(expensive)
print({i.name: round(i.value(), 2) for i in inv.items.values()})
