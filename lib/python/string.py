# string: character-class constants, capwords and Template (adder's standard
# library, written for adder; behaves as CPython 3.11's string module).
# Template is implemented with a hand-written scanner because adder has no
# `re`, so subclasses can change `delimiter` but not `idpattern`/`pattern`.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s with sep, capitalize each word and join them with sep
    (a single space when sep is None)."""
    return (sep or " ").join([w.capitalize() for w in s.split(sep)])


_IDSTART = "_" + ascii_letters
_NOMAP = {}  # marks "no mapping given" (None is a mapping error)
_IDCHARS = _IDSTART + digits


def _ident_end(s, i):
    # End of the ASCII identifier starting at i, or i if there is none.
    n = len(s)
    if i < n and s[i] in _IDSTART:
        i += 1
        while i < n and s[i] in _IDCHARS:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name) for each placeholder, kind being
        # "escaped", "named", "braced" or "invalid"; [start, end) is the
        # matched text.
        s = self.template
        d = self.delimiter
        dl = len(d)
        i = s.find(d)
        while i >= 0:
            j = i + dl
            if s.startswith(d, j):
                yield "escaped", i, j + dl, None
                i = s.find(d, j + dl)
                continue
            k = _ident_end(s, j)
            if k > j:
                yield "named", i, k, s[j:k]
                i = s.find(d, k)
                continue
            if s.startswith("{", j):
                k = _ident_end(s, j + 1)
                if k > j + 1 and s.startswith("}", k):
                    yield "braced", i, k + 1, s[j + 1:k]
                    i = s.find(d, k + 1)
                    continue
            yield "invalid", i, j, None
            i = s.find(d, j)

    def _invalid(self, end):
        lines = self.template[:end].splitlines(True)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (len(lines), len(lines[-1])))

    def _render(self, mapping, kws, safe):
        out = []
        pos = 0
        s = self.template
        for kind, start, end, name in self._scan():
            out.append(s[pos:start])
            pos = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(_lookup(mapping, kws, name)))
                except KeyError:
                    if not safe:
                        raise
                    out.append(s[start:end])
        out.append(s[pos:])
        return "".join(out)

    def substitute(self, mapping=_NOMAP, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NOMAP, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _lookup(mapping, kws, name):
    # Keyword arguments take precedence over the mapping, as with CPython's
    # ChainMap(kws, mapping); a miss in both raises KeyError(name).
    if mapping is _NOMAP:
        return kws[name]
    if not kws:
        return mapping[name]
    try:
        return kws[name]
    except KeyError:
        pass
    try:
        return mapping[name]
    except KeyError:
        pass
    raise KeyError(name)
