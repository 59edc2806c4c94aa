# dataclasses program: nested configuration objects with defaults, factories, overrides and validation
from dataclasses import dataclass, field, fields, asdict, replace
from typing import List, Optional


@dataclass
class Database:
    host: str = 'localhost'
    port: int = 5432
    user: str = 'app'
    password: Optional[str] = field(default=None, repr=False)


@dataclass
class Logging:
    level: str = 'INFO'
    handlers: List[str] = field(default_factory=lambda: ['console'])

    def __post_init__(self):
        if self.level not in ('DEBUG', 'INFO', 'WARNING', 'ERROR'):
            raise ValueError('bad log level %r' % self.level)


@dataclass
class Config:
    name: str
    debug: bool = False
    db: Database = field(default_factory=Database)
    log: Logging = field(default_factory=Logging)
    plugins: List[str] = field(default_factory=list)


def from_dict(cls, data):
    # Build a dataclass from plain data, recursing into dataclass fields.
    kwargs = {}
    for f in fields(cls):
        if f.name in data:
            value = data[f.name]
            sub = getattr(f.default_factory, '__dataclass_fields__', None)
            if sub is not None and isinstance(value, dict):
                value = from_dict(f.default_factory, value)
            kwargs[f.name] = value
    return cls(**kwargs)


base = Config('svc')
print(base)
other = Config('svc')
other.log.handlers.append('file')
print(base.log.handlers, other.log.handlers, base == other)
raw = {'name': 'prod', 'db': {'host': 'db1', 'password': 's3cret'},
       'log': {'level': 'WARNING'}, 'plugins': ['auth']}
prod = from_dict(Config, raw)
print(prod)
print(prod.db.password, asdict(prod)['db'])
dev = replace(prod, debug=True, db=replace(prod.db, host='localhost'))
print(dev.debug, dev.db, dev.plugins is prod.plugins)
for bad in ({'name': 'x', 'log': {'level': 'LOUD'}}, {'name': 'x', 'port': 1}):
    try:
        print(from_dict(Config, bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Config()
except TypeError as e:
    print(type(e).__name__, e)
diff = {k: v for k, v in asdict(prod).items() if asdict(base).get(k) != v}
print(diff)
