# dataclasses program: a small warehouse inventory with stock moves, reports and restock orders
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List


@dataclass
class Product:
    sku: str
    name: str
    price: float
    reorder_level: int = 5


@dataclass
class Move:
    sku: str
    qty: int
    note: str = ''


@dataclass
class Warehouse:
    name: str
    products: Dict[str, Product] = field(default_factory=dict)
    stock: Dict[str, int] = field(default_factory=dict)
    moves: List[Move] = field(default_factory=list, repr=False)

    def add_product(self, p, qty=0):
        self.products[p.sku] = p
        self.stock[p.sku] = qty

    def move(self, sku, qty, note=''):
        if sku not in self.products:
            raise KeyError(sku)
        if self.stock[sku] + qty < 0:
            raise ValueError('not enough %s: have %d, need %d'
                             % (sku, self.stock[sku], -qty))
        self.stock[sku] += qty
        self.moves.append(Move(sku, qty, note))

    def value(self):
        return round(sum(self.products[s].price * q
                         for s, q in self.stock.items()), 2)

    def low_stock(self):
        return [p for p in self.products.values()
                if self.stock[p.sku] <= p.reorder_level]


w = Warehouse('north')
w.add_product(Product('B-1', 'bolt', 0.15, 100), 250)
w.add_product(Product('N-2', 'nut', 0.05), 40)
w.add_product(Product('W-3', 'washer', 0.02, 20), 10)
w.move('B-1', -180, 'order 17')
w.move('N-2', -38, 'order 17')
w.move('W-3', 500, 'delivery')
for sku, qty, note in [('B-1', -100, 'order 18'), ('X-9', 1, ''), ('N-2', 5, 'return')]:
    try:
        w.move(sku, qty, note)
    except (KeyError, ValueError) as e:
        print('rejected:', type(e).__name__, e)
print(w)
print('value', w.value())
for p in w.low_stock():
    print('restock', p.name, 'to', p.reorder_level * 2, 'have', w.stock[p.sku])
print([asdict(m) for m in w.moves])
cheaper = replace(w.products['B-1'], price=0.12)
print(cheaper, cheaper == w.products['B-1'])
out = [m for m in w.moves if m.qty < 0]
print(sum(-m.qty for m in out), Move('N-2', 5, 'return') in w.moves)
report = asdict(w)
print(sorted(report), report['products']['W-3'])
