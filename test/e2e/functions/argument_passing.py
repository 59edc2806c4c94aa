# Arguments are passed by object reference: rebinding vs mutation.
def rebind(x):
    x = 99
    return x
def mutate(lst):
    lst.append(4)
    lst[0] = -1
def replace(lst):
    lst = [0]
    return lst
a = 5
print(rebind(a), a)
data = [1, 2, 3]
mutate(data)
print(data)
print(replace(data), data)
def swap_ends(lst):
    if len(lst) > 1:
        t = lst[0]
        lst[0] = lst[-1]
        lst[-1] = t
x = [1.5, 2.5, 3.5]
swap_ends(x)
print(x)
y = x
y.append(9)
print(x, y, x == y)
def count_calls(n, log):
    log.append(n)
    if n > 0:
        count_calls(n - 1, log)
calls = []
count_calls(4, calls)
print(calls)
def ret_param(v):
    return v
print(ret_param(2**100) == 2**100, ret_param(None), ret_param(-0.0))
