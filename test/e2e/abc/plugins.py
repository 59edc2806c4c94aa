# abc (user program): a plugin registry with abstract base classes, properties and template methods
from abc import ABC, abstractmethod

class Exporter(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Exporter.registry[cls.__name__] = cls

    @property
    @abstractmethod
    def extension(self):
        ...

    @abstractmethod
    def render_row(self, row):
        ...

    def header(self, cols):
        return None

    def export(self, cols, rows):
        out = []
        h = self.header(cols)
        if h is not None:
            out.append(h)
        out.extend(self.render_row(r) for r in rows)
        return "\n".join(out)

class CSV(Exporter):
    extension = "csv"
    def header(self, cols):
        return ",".join(cols)
    def render_row(self, row):
        return ",".join(str(v) for v in row)

class Markdown(Exporter):
    extension = "md"
    def header(self, cols):
        return "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols)
    def render_row(self, row):
        return "| " + " | ".join(str(v) for v in row) + " |"

class Half(Exporter):
    def render_row(self, row):
        return str(row)

cols = ["name", "qty"]
rows = [("apple", 3), ("pear", 5)]
concrete = {c.extension: c for c in Exporter.registry.values() if not c.__abstractmethods__}
print(sorted(Exporter.registry), sorted(concrete))
for ext in sorted(concrete):
    print("==", ext)
    print(concrete[ext]().export(cols, rows))
try:
    Half()
except TypeError as e:
    print(e)
try:
    Exporter()
except TypeError as e:
    print(e)
