FACTOR = 1
def scale(v):
    return v * FACTOR
