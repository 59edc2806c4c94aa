# re program: a tokenizer built from named groups (lastgroup, finditer) feeding a small expression evaluator
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("OP", r"\*\*|[-+*/%()=,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|\#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKENS))

def tokenize(code):
    line = 1
    start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - start
        if kind == "NUMBER":
            value = float(value) if re.search(r"[.eE]", value) else int(value)
        elif kind == "STRING":
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        elif kind == "NEWLINE":
            start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError("unexpected %r on line %d col %d" % (value, line, col))
        yield kind, value, line, col

def evaluate(tokens, env):
    pos = 0
    def peek():
        return tokens[pos][1] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, value, _, _ = take()
        if value == "(":
            v = expr()
            take()
            return v
        if value == "-":
            return -atom()
        if kind == "NAME":
            return env[value]
        return value
    def power():
        v = atom()
        if peek() == "**":
            take()
            return v ** power()
        return v
    def term():
        v = power()
        while peek() in ("*", "/", "%"):
            op = take()[1]
            r = power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr()

program = '''x = 3 # a comment
y = 2 ** 3 ** 2 / 64
msg = "say \\"hi\\""
z = (x + 1.5e1) * -y % 7
'''
env = {}
for stmt in program.strip().split("\n"):
    toks = list(tokenize(stmt))
    print([(k, v) for k, v, _, _ in toks])
    name, rest = toks[0][1], toks[2:]
    env[name] = evaluate(rest, env)
print(env)
try:
    list(tokenize("a = 1\nb = 2 $ 3"))
except SyntaxError as e:
    print("SyntaxError:", e)
print([m.lastgroup for m in MASTER.finditer('f(1, "x") ** 2')])
print(MASTER.groups, sorted(MASTER.groupindex.items(), key=lambda kv: kv[1])[:3])
