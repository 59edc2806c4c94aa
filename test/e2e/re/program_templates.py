# re program: a small template engine ({{ var|filter }}, {% for %}, {% if %}) and markdown-to-HTML via sub with functions
import re

VAR = re.compile(r"\{\{\s*(?P<name>[\w.]+)\s*(?:\|\s*(?P<filter>\w+))?\s*\}\}")
BLOCK = re.compile(r"\{%\s*(?P<kind>for|if)\s+(?P<arg>[^%]*?)\s*%\}(?P<body>.*?)\{%\s*end(?P=kind)\s*%\}", re.S)
FILTERS = {"upper": str.upper, "title": str.title, "len": lambda v: str(len(v))}

def lookup(ctx, dotted):
    value = ctx
    for part in dotted.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value

def render(text, ctx):
    def block(m):
        kind, arg, body = m.group("kind", "arg", "body")
        if kind == "if":
            return render(body, ctx) if lookup(ctx, arg) else ""
        var, seq = re.fullmatch(r"(\w+)\s+in\s+([\w.]+)", arg).groups()
        return "".join(render(body, dict(ctx, **{var: item})) for item in lookup(ctx, seq))
    def var(m):
        value = lookup(ctx, m.group("name"))
        f = m.group("filter")
        return FILTERS[f](str(value)) if f else str(value)
    return VAR.sub(var, BLOCK.sub(block, text))

page = """Hello {{ user.name | title }}!
{% if user.admin %}[admin]{% endif %}You have {{ count }} items:
{% for item in items %}- {{item.title|upper}} ({{ item.qty }})
{% endfor %}Bye."""
ctx = {"user": {"name": "ada lovelace", "admin": True}, "count": 2,
       "items": [{"title": "pen", "qty": 3}, {"title": "ink", "qty": 1}]}
print(render(page, ctx))
ctx["user"]["admin"] = False
print(render(page, ctx).splitlines()[1])

MD = [
    (re.compile(r"^(#{1,6})\s+(.*)$", re.M), lambda m: "<h%d>%s</h%d>" % (len(m.group(1)), m.group(2), len(m.group(1)))),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<i>\1</i>"),
    (re.compile(r"`([^`]+)`"), lambda m: "<code>%s</code>" % m.group(1).replace("<", "&lt;")),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
    (re.compile(r"^[-*]\s+(.*)$", re.M), r"<li>\1</li>"),
]
doc = """# Title
Some **bold** and *italic* text with `a<b` code.
## Links
- see [the docs](https://example.com/docs)
* and **more** *here*"""
for pat, repl in MD:
    doc, n = pat.subn(repl, doc)
    print(n, end=" ")
print()
print(doc)
counts = {}
def count_words(m):
    w = m.group().lower()
    counts[w] = counts.get(w, 0) + 1
    return w
print(re.sub(r"[A-Za-z]+", count_words, "The cat and THE hat and the bat"))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
