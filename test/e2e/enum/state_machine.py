# enum (user program): a traffic-light / order-processing state machine driven by Enum states and events
from enum import Enum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def final(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Event(Enum):
    PAY = 'pay'
    SHIP = 'ship'
    DELIVER = 'deliver'
    CANCEL = 'cancel'


TRANSITIONS = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [self.state]

    def handle(self, event):
        if self.state.final:
            raise InvalidTransition('order %d is %s' % (self.oid, self.state.name.lower()))
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition('cannot %s in state %s' % (event.value, self.state))
        self.state = TRANSITIONS[key]
        self.history.append(self.state)


scripts = {
    1: 'pay ship deliver',
    2: 'pay cancel',
    3: 'ship',
    4: 'cancel pay',
    5: 'pay ship refund',
}
totals = {s: 0 for s in State}
for oid, script in scripts.items():
    order = Order(oid)
    for word in script.split():
        try:
            order.handle(Event(word))
        except ValueError as e:
            print('  bad event:', e)
            break
        except InvalidTransition as e:
            print('  rejected:', e)
            break
    totals[order.state] += 1
    print(oid, ' -> '.join(s.name for s in order.history), '| final:', order.state.final)

for state, n in totals.items():
    print('%-10s %d' % (state.name, n))
print({s.name: s.value for s in State})
reachable = {State.NEW}
changed = True
while changed:
    changed = False
    for (src, ev), dst in TRANSITIONS.items():
        if src in reachable and dst not in reachable:
            reachable.add(dst)
            changed = True
print(sorted(s.name for s in reachable), len(reachable) == len(State))
