# A tokenizer and recursive-descent parser/evaluator for arithmetic.
class ParseError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%^()":
            tokens.append(("op", c))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if val not in self.env:
                raise ParseError(f"unknown variable {val}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected token {val!r}")
def evaluate(src, env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    p.take("end")
    return v
env = {"x": 3, "y": 0.5, "big": 2**64}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 % 3 + 10 / 4", "x * y - 1", "big * big",
            "1 / 0", "2 +", "(1 + 2", "3 $ 4", "z + 1", "1.5 * 4", "((((x))))^x", "10 - 3 - 2"]:
    try:
        print(f"{src:>14} = {evaluate(src, env)!r}")
    except ParseError as e:
        print(f"{src:>14} ! parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{src:>14} ! {type(e).__name__}: {e}")
