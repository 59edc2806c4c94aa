# contextlib + string (user program): an indented report writer built on contextmanager, ExitStack and Template
from contextlib import contextmanager, ExitStack, suppress
from string import Template

class Report:
    def __init__(self):
        self.lines = []
        self.depth = 0
    def line(self, text):
        self.lines.append("  " * self.depth + text)
    @contextmanager
    def section(self, title):
        self.line(title + ":")
        self.depth += 1
        try:
            yield self
        except ValueError as e:
            self.line("! error: %s" % e)
        finally:
            self.depth -= 1
            self.line("end " + title)

row = Template("$name scored ${score} points ($pct%)")
data = [("ann", 45, 50), ("bob", 30, 50), ("cid", "?", 50)]
r = Report()
with r.section("results"):
    for name, score, total in data:
        with r.section(name):
            pct = int(score) * 100 // total
            r.line(row.substitute(name=name, score=score, pct=pct))
    with r.section("summary") as s:
        s.line(Template("$n players, best: $best").safe_substitute(n=len(data)))
print("\n".join(r.lines))

# closing several resources in reverse order, even when one fails
class Conn:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
        print("open", name)
    def close(self):
        print("close", self.name)
        if self.fail:
            raise OSError("cannot close " + self.name)
with suppress(OSError):
    with ExitStack() as stack:
        conns = [Conn(n, fail=(n == "db")) for n in ("db", "cache", "queue")]
        for c in conns:
            stack.callback(c.close)
        print("working with", [c.name for c in conns])
print("done")
