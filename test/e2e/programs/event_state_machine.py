# A generator-based state machine parsing a stream of events.
def vending_machine():
    credit = 0
    dispensed = []
    while True:
        event = yield credit
        if event is None:
            return dispensed
        kind, value = event
        if kind == "coin":
            if value not in (5, 10, 25, 100):
                print(f"  rejected coin {value}")
                continue
            credit += value
        elif kind == "select":
            name, price = value
            if credit >= price:
                credit -= price
                dispensed.append(name)
                print(f"  dispensed {name}, change left {credit}")
            else:
                print(f"  need {price - credit} more for {name}")
        elif kind == "refund":
            print(f"  refunding {credit}")
            credit = 0
        else:
            raise ValueError(f"unknown event {kind!r}")
vm = vending_machine()
next(vm)
events = [("coin", 25), ("coin", 3), ("select", ("gum", 50)), ("coin", 100), ("select", ("gum", 50)),
          ("select", ("chips", 75)), ("coin", 10), ("refund", None), ("select", ("water", 5))]
for ev in events:
    print(ev, "->", vm.send(ev))
try:
    vm.send(None)
except StopIteration as stop:
    print("dispensed:", stop.value)
vm2 = vending_machine()
next(vm2)
try:
    vm2.send(("kick", 1))
except ValueError as e:
    print("ValueError:", e)
