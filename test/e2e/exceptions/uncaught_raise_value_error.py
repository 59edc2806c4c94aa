# An explicitly raised, uncaught ValueError with a custom message.
def parse_percent(v):
    if v < 0 or v > 100:
        raise ValueError("percentage out of range: " + str(v))
    return v / 100
print(parse_percent(50))
print(parse_percent(100))
print(parse_percent(101))
