# Module-level state through the global statement.
counter = 0
total = 0.0
history = []
def bump(n=1):
    global counter
    counter += n
    return counter
def add(x):
    global total
    total = total + x
    history.append(x)
print(bump(), bump(), bump(10), counter)
for v in [1.5, 2.25, -0.75]:
    add(v)
print(total, history)
def read_only():
    return counter * 2
print(read_only())
def create_new_global():
    global created
    created = "made inside function"
create_new_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def shadow_then_global():
    global x
    x = "rebound"
print(x)
shadow_then_global()
print(x)
def swap_globals():
    global counter, total
    tmp = counter
    counter = total
    total = tmp
swap_globals()
print(counter, total)
