# Class attributes are shared until shadowed by instance attributes.
class Config:
    level = 1
    tags = []
    def bump(self):
        self.level += 1
c1 = Config()
c2 = Config()
c1.bump()
print(c1.level, c2.level, Config.level, "level" in c1.__dict__, "level" in c2.__dict__)
Config.level = 10
print(c1.level, c2.level)
c1.tags.append("shared")
print(c2.tags, Config.tags is c1.tags)
c2.tags = ["own"]
print(c1.tags, c2.tags, Config.tags)
del c1.level
print(c1.level)
Config.new_attr = "added later"
print(c2.new_attr, hasattr(c1, "new_attr"))
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
