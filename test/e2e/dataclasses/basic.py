# dataclasses: generated __init__/__repr__/__eq__, ordering and frozen (stdlib module dataclasses).
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
q = Point(1, 0)
print(p, p == q, p.tags is not q.tags, Point(2, 3).x)
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
cards = sorted([Card(10, "h"), Card(2, "s"), Card(10, "c")])
print(cards, hash(Card(1, "x")) == hash(Card(1, "x")))
try:
    cards[0].rank = 5
except Exception as e:
    print(type(e).__name__ + ":", e)
