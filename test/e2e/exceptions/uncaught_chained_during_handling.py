# Uncaught implicit chaining: the traceback shows both exceptions joined by
# "During handling of the above exception, another exception occurred:".
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}["fallback-" + s]
print("parsing 12:", parse("12"))
print("parsing xx:", parse("xx"))
