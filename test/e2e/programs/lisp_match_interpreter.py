# A small Lisp-like interpreter using structural pattern matching, recursion, closures and environments.
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name}")
        return self.outer.find(name)

def parse(src):
    tokens = src.replace("(", " ( ").replace(")", " ) ").split()
    def read(pos):
        tok = tokens[pos]
        if tok == "(":
            lst = []
            pos += 1
            while tokens[pos] != ")":
                x, pos = read(pos)
                lst.append(x)
            return lst, pos + 1
        if tok == ")":
            raise SyntaxError("unexpected )")
        try:
            return int(tok), pos + 1
        except ValueError:
            try:
                return float(tok), pos + 1
            except ValueError:
                return tok, pos + 1
    expr, _ = read(0)
    return expr

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda {' '.join(self.params)}>"

def global_env():
    import operator as op
    env = Env()
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt,
                ">": op.gt, "=": op.eq, "list": lambda *a: list(a), "car": lambda x: x[0],
                "cdr": lambda x: x[1:], "len": len, "abs": abs, "max": max})
    return env

def evaluate(x, env):
    match x:
        case str(name):
            return env.find(name)[name]
        case int() | float():
            return x
        case ["quote", e]:
            return e
        case ["if", test, conseq, alt]:
            return evaluate(conseq if evaluate(test, env) else alt, env)
        case ["define", str(name), e]:
            env[name] = evaluate(e, env)
            return None
        case ["lambda", [*params], body]:
            return Lambda(params, body, env)
        case ["begin", *exprs]:
            val = None
            for e in exprs:
                val = evaluate(e, env)
            return val
        case [op, *args]:
            f = evaluate(op, env)
            return f(*[evaluate(a, env) for a in args])
        case _:
            raise SyntaxError(f"cannot evaluate {x!r}")

env = global_env()
programs = [
    "(+ 1 2)", "(* 2.5 4)", "(define sq (lambda (x) (* x x)))", "(sq 12)",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)", "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
    "(list 1 2 (+ 1 2))", "(car (quote (a b c)))", "(cdr (quote (a b c)))",
    "(begin (define x 5) (define y 7) (* x y))",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 10) 5)",
    "(max 3 9 2)", "(/ 7 2)", "sq", "(undefined 1)", "(1 2)",
]
for p in programs:
    try:
        print(p, "=>", evaluate(parse(p), env))
    except NameError as e:
        print(p, "NameError:", e)
    except TypeError as e:
        print(p, "TypeError:", e)

def describe(v):
    match v:
        case None:
            return "none"
        case True | False:
            return f"bool {v}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as n:
            return f"number {n}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, *rest] if rest:
            return f"list head {x} rest {rest}"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} others={others}"
        case {}:
            return "dict"
        case _:
            return "other"

for v in (None, True, 0, -4, 3.5, 7, "", "abc", (1, 2), [1], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"a": 1}, {1, 2}):
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for pt in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2)):
    match pt:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on y axis", y)
        case Point(x=x, y=0):
            print("on x axis", x)
        case Point(x, y) if x == y:
            print("diagonal", x)
