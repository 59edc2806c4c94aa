class Thing:
    pass
count: int = 0
name: "Thing"
