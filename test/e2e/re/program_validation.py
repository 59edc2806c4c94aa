# re program: validating and normalizing user input (emails, phones, dates, identifiers, config lines, slugs)
import re

EMAIL = re.compile(r"(?i)^[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}$")
PHONE = re.compile(r"^\s*(?:\+?(\d{1,3})[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})\s*$")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])$")
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

for e in ["john.doe@example.com", "Bad@Address", "x@y.co", "a b@c.com", "UPPER@EXAMPLE.ORG", "@none.com"]:
    print("email", repr(e), bool(EMAIL.match(e)))
for p in ["555-123-4567", "(555) 123 4567", "+1 555.123.4567", "12345", " +44 (020) 555 1234 "]:
    m = PHONE.match(p)
    print("phone", repr(p), "%s (%s) %s-%s" % ((m.group(1) or "1",) + m.groups()[1:]) if m else "invalid")
for d in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-1-5", "2024-04-31"]:
    m = DATE.match(d)
    print("date", d, m.groupdict() if m else None)
for s in ["valid_name", "2bad", "ok2", "has-dash", "_private"]:
    print("ident", s, IDENT.fullmatch(s) is not None)

def snake(name):
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", s).lower()
print([snake(n) for n in ["camelCase", "HTTPServerError", "getXMLHttpRequest", "already_snake", "ID"]])

def slugify(text):
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[-\s]+", "-", text).strip("-")
print([slugify(t) for t in ["Hello, World!", "  Multiple   spaces -- here ", "Ünïcode Títle 2024"]])

def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()
print(repr(squeeze("  lots \t of\n\n whitespace   ")))

CONFIG = """
# comment line
name = adder
  threads=4
path = /usr/local/bin   ; trailing comment
empty =
bad line here
flag = yes
"""
LINE = re.compile(r"^\s*(?P<key>\w+)\s*=\s*(?P<val>[^;#\n]*?)\s*(?:[;#].*)?$")
cfg = {}
for n, line in enumerate(CONFIG.splitlines(), 1):
    if not line.strip() or re.match(r"\s*#", line):
        continue
    m = LINE.match(line)
    if m:
        cfg[m["key"]] = m["val"]
    else:
        print("line %d: cannot parse %r" % (n, line))
print(cfg)
print(re.findall(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b", "Totals: 1,234.50 and 12 and 1,000,000 but not 1234,5"))
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567 and 89 and 1000"))
