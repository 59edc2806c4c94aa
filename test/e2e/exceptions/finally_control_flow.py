# finally runs on return, break and continue, and can override a return.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"
print(swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
log = []
def count_down(n):
    while n > 0:
        try:
            if n == 2:
                return n
        finally:
            log.append(n)
        n -= 1
    return 0
print(count_down(5), log)
def value_after_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_after_finally())
