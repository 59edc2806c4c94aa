# An uncaught user-defined exception prints its class name and str().
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
balance = 100
for cost in [30, 50, 40]:
    if cost > balance:
        raise InsufficientFunds(cost, balance)
    balance -= cost
    print("paid", cost, "left", balance)
