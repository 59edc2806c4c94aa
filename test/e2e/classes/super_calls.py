# super() in methods, classmethods, and with explicit arguments.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def hello(self):
        return "Leaf>" + super().hello()
    def skip(self):
        return super(Mid, self).hello()
x = Leaf()
print(x.log, x.hello(), x.skip(), Leaf.create())
print(super(Leaf, x).hello(), super(Mid, Leaf).create())
class NoInit(Base):
    pass
print(NoInit().log)
