# Private names (__spam) are mangled to _Class__spam inside class bodies.
class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __check(self, amount):
        return 0 < amount <= self.__balance

    def withdraw(self, amount):
        if not self.__check(amount):
            return False
        self.__balance -= amount
        return True

    def report(self):
        def inner(__x):
            return f"{self.__owner}: {__x}"
        return inner(self.__balance)

    class __Ledger:
        pass

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 50)
print(a.withdraw(20), a.withdraw(100), a.report(), Account.count())
print(sorted(k for k in vars(a)), hasattr(a, "__balance"), a._Account__balance)
print(Account._Account__check.__name__, Account._Account__check.__qualname__)
print(Account._Account__Ledger.__name__, Account._Account__Ledger.__qualname__)
print("__dunder__ kept:", "__init__" in Account.__dict__, "_Account__count" in Account.__dict__)


class _Private:
    def __secret(self):
        return "secret"

    def reveal(self):
        return self.__secret()


print(_Private().reveal(), hasattr(_Private, "_Private__secret"))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
