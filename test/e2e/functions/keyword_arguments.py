# Keyword arguments in any order, mixed with positional ones.
def describe(a, b, c=3, d=4):
    print("a=" + str(a), "b=" + str(b), "c=" + str(c), "d=" + str(d))
describe(1, 2)
describe(1, 2, 30)
describe(1, 2, d=40)
describe(b=20, a=10)
describe(1, d=44, b=22)
describe(d=1, c=2, b=3, a=4)
describe(1, 2, 3, 4)
def area(width, height):
    return width * height
print(area(height=3, width=4.5), area(2, height=8))
def check(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
def missing_one():
    describe(1)
def missing_two():
    describe()
def unexpected():
    describe(1, 2, e=5)
def duplicate():
    describe(1, 2, a=3)
def too_many():
    describe(1, 2, 3, 4, 5)
def too_many_no_defaults():
    area(1, 2, 3)
def missing_kw():
    area(height=2)
check(missing_one)
check(missing_two)
check(unexpected)
check(duplicate)
check(too_many)
check(too_many_no_defaults)
check(missing_kw)
def no_params():
    return "ok"
def call_no_params_with_arg():
    no_params(1)
check(call_no_params_with_arg)
print(no_params())
