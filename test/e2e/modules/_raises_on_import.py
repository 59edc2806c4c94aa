print("_raises_on_import starting")
x = 1 / 0
