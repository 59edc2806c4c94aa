# Local-vs-global resolution is decided at compile time.
x = 10
def reads_global():
    return x
def assigns_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
def deleted_global():
    global x
    del x
print(reads_global(), assigns_later())
deleted_global()
try:
    reads_global()
except NameError as e:
    print("NameError:", e)
def undefined():
    return totally_undefined_name
try:
    undefined()
except NameError as e:
    print("NameError:", e, "| name:", e.name)
def nested():
    y = 1
    def inner():
        print(y)
        y = 2
    try:
        inner()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
nested()
def free_var_deleted():
    z = 1
    def get():
        return z
    del z
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
free_var_deleted()
