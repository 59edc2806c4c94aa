# format() delegates to __format__ with the given spec.
print(format(3.14159, ".2f"), format(255, "x"), format("s", ">5"), format(1234567, ","), format(0.25, "%"))
print(format(12), format(1.5), format(None), format([1]), format(True), format(True, "d"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(123456)
print(format(m), format(m, "short"), format(m, ",.1f"), f"{m:short}", "{:,.0f}".format(m))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
