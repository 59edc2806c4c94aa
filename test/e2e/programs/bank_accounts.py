# A small banking simulation: classes, custom exceptions, dicts, formatting.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
class UnknownAccount(BankError, KeyError):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self.balance:,.2f}>"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0.0):
        acc = Account(owner, initial)
        self.accounts[acc.id] = acc
        return acc.id
    def get(self, acc_id):
        try:
            return self.accounts[acc_id]
        except KeyError:
            raise UnknownAccount(acc_id) from None
    def transfer(self, src, dst, amount):
        if amount <= 0:
            raise ValueError("transfer amount must be positive")
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        b.deposit(amount)
bank = Bank()
alice = bank.open("alice", 100.0)
bob = bank.open("bob")
carol = bank.open("carol", 2500.5)
ops = [(alice, bob, 30), (bob, carol, 50), (carol, alice, 1000.25), (alice, 9999, 1), (bob, alice, -5), (carol, bob, 0.75)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok   {src}->{dst} {amt}")
    except InsufficientFunds as e:
        print("fail", e)
    except UnknownAccount as e:
        print("fail unknown account", e, isinstance(e, KeyError))
    except ValueError as e:
        print("fail", e)
for acc in bank.accounts.values():
    print(acc, acc.history)
total = sum(a.balance for a in bank.accounts.values())
print(f"total {total:,.2f}", round(total, 2) == 2600.5)
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner)
