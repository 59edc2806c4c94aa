# Bank ledger OOP: inheritance, class/static methods, custom exceptions, __str__/__repr__, transfers, interest, statements.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.tx = []
    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]
    @staticmethod
    def fmt(x):
        return f"{x:,.2f}"
    def deposit(self, amt, memo="deposit"):
        if amt <= 0:
            raise ValueError("amount must be positive")
        self.balance += amt
        self.tx.append((memo, amt))
    def withdraw(self, amt, memo="withdraw"):
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.tx.append((memo, -amt))
    def month_end(self):
        pass
    def statement(self):
        lines = [f"== {self} =="]
        run = 0.0
        for memo, amt in self.tx:
            run += amt
            lines.append(f"{memo:<14}{amt:>+12.2f}{run:>12.2f}")
        return "\n".join(lines)
    def __str__(self):
        return f"{type(self).__name__}#{self.id} {self.owner} {self.fmt(self.balance)}"
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"

class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest:
            self.deposit(interest, "interest")

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt, memo="withdraw"):
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.tx.append((memo, -amt))
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.tx.append(("overdraft fee", -15))

class Bank:
    def __init__(self):
        self.accounts = {}
    def add(self, acct):
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amt):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amt, f"to {dst}")
        b.deposit(amt, f"from {src}")
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
s = bank.add(Savings("ann", 5000.0))
c = bank.add(Checking("bob", 200.0))
extra = [bank.add(a) for a in Account.open_many("cy", "di")]
s.deposit(1234.56)
c.withdraw(250)
bank.transfer(s.id, c.id, 300)
bank.transfer(s.id, extra[0].id, 99.99)
for args in [(c.id, s.id, 1000), (extra[1].id, s.id, 1), (s.id, 9999, 5)]:
    try:
        bank.transfer(*args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, f"short {e.shortfall:.2f}")
    except KeyError as e:
        print("KeyError:", e)
try:
    s.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
c.withdraw(400)
c.month_end()
for a in bank.accounts.values():
    print(a)
    print(a.statement())
print(repr(s), [repr(a) for a in extra])
print(f"total {Account.fmt(bank.total())}", sorted(bank.accounts), isinstance(c, Account))
print(max(bank.accounts.values(), key=lambda a: a.balance).owner, Savings.rate, s.rate)
