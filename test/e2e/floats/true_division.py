# True division of floats: signs, tiny and huge results, zero division.
print(1.0 / 3.0, -1.0 / 3.0, 1.0 / -3.0, -1.0 / -3.0)
print(0.0 / 1.0, -0.0 / 1.0, 0.0 / -1.0, 1.0 / 1e308, 1.0 / 1e-308)
print(1e-308 / 1e10, 1e-320 / 2, 1e200 / 1e-200)
print(22.0 / 7.0, 1.0 / 49.0 * 49.0, 7.0 / 0.1)
print(2.0 ** -1074 * 2, 3 / 1e-320, 2**1074 / 2**1075)
def div(a, b):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
div(1.0, 0.0)
div(1.0, -0.0)
div(0.0, 0.0)
div(1, 0.0)
div(1.0, 0)
div(10**400, 0.0)
x = 100.0
x /= 8
print(x)
x /= -1e-300
print(x)
