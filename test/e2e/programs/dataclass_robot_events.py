# Simulation with dataclasses: frozen, __post_init__, asdict/astuple/replace, field(repr=False), ordering, events.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import heapq
import random

@dataclass(frozen=True)
class Pos:
    x: int
    y: int
    def moved(self, dx, dy):
        return Pos(self.x + dx, self.y + dy)
    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

@dataclass
class Robot:
    name: str
    pos: Pos
    battery: float = 100.0
    log: list = field(default_factory=list, repr=False)
    moves: int = field(default=0, compare=False)
    def __post_init__(self):
        if not self.name:
            raise ValueError("robot needs a name")
        self.name = self.name.title()
    def step(self, dx, dy):
        cost = 1.5 * (abs(dx) + abs(dy))
        if cost > self.battery:
            self.log.append(f"stuck at {self.pos}")
            return False
        self.battery -= cost
        self.pos = self.pos.moved(dx, dy)
        self.moves += 1
        return True

@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: str = field(compare=False)

r = Robot("robo one", Pos(0, 0))
print(r)
for d in [(1, 0), (0, 2), (-3, 1), (5, 5)]:
    r.step(*d)
print(r, r.moves)
print(asdict(r))
print(astuple(Pos(1, 2)), replace(r, name="clone").name, [f.name for f in fields(Robot)])
p = Pos(3, 4)
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Pos(3, 4)), {p, Pos(3, 4), Pos(4, 3)} == {Pos(3, 4), Pos(4, 3)}, p.manhattan(Pos(0, 0)))
try:
    Robot("", Pos(0, 0))
except ValueError as e:
    print("ValueError", e)
print(Robot("a", Pos(0, 0)) == Robot("A", Pos(0, 0), moves=5), Robot("a", p) == Robot("a", p, 50.0))

random.seed(42)
q = []
seq = 0
for i in range(6):
    t = round(random.uniform(0, 10), 3)
    heapq.heappush(q, Event(t, seq, f"spawn-{i}"))
    seq += 1
clock = 0.0
handled = []
while q and len(handled) < 12:
    ev = heapq.heappop(q)
    clock = ev.time
    handled.append((round(clock, 3), ev.action))
    if ev.action.startswith("spawn") and random.random() < 0.5:
        heapq.heappush(q, Event(clock + 2.5, seq, ev.action.replace("spawn", "child")))
        seq += 1
for h in handled:
    print(h)
print(len(q), Event(1.0, 2, "a") < Event(1.0, 3, "b"), Event(2, 0, "x") == Event(2, 0, "y"))
@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"deposit must be positive, got {amt}")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
accts = [Account("ann"), Account("bob", 50)]
accts[0].deposit(100).withdraw(30).deposit(5)
for op, amt in [("withdraw", 500), ("deposit", -5), ("deposit", 20)]:
    try:
        getattr(accts[1], op)(amt)
    except ValueError as e:
        print("rejected:", e)
print(accts)
print(sorted(accts, key=lambda a: a.balance)[0].owner, sum(a.balance for a in accts))
