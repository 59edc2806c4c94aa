# Calendar arithmetic with integer formulas (Zeller, leap years, day counts).
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    dm = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if m == 2 and is_leap(y):
        return 29
    return dm[m - 1]
def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday (Zeller's congruence, shifted)
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def day_number(y, m, d):
    n = d
    for mm in range(1, m):
        n += days_in_month(y, mm)
    for yy in range(1, y):
        n += 365
        if is_leap(yy):
            n += 1
    return n
def day_name(w):
    if w == 0:
        return "Mon"
    elif w == 1:
        return "Tue"
    elif w == 2:
        return "Wed"
    elif w == 3:
        return "Thu"
    elif w == 4:
        return "Fri"
    elif w == 5:
        return "Sat"
    return "Sun"
for date in [[2000, 1, 1], [1969, 7, 20], [2024, 2, 29], [1900, 3, 1], [2038, 1, 19], [1, 1, 1]]:
    print(date, day_name(weekday(date[0], date[1], date[2])), day_number(date[0], date[1], date[2]))
leaps = 0
for y in range(1600, 2401):
    if is_leap(y):
        leaps += 1
print("leap years 1600..2400:", leaps)
print("days 1970-01-01 .. 2000-01-01:", day_number(2000, 1, 1) - day_number(1970, 1, 1))
fridays13 = 0
for y in range(2000, 2031):
    for m in range(1, 13):
        if weekday(y, m, 13) == 4:
            fridays13 += 1
print("Friday 13ths 2000-2030:", fridays13)
