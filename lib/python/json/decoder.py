# json.decoder: the JSON parser behind json.loads, with CPython's error
# messages and positions (those of its C scanner).

__all__ = ['JSONDecoder', 'JSONDecodeError']

_INF = float('inf')

_UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _NoValue(Exception):
    # raised where a value was expected; becomes "Expecting value"
    def __init__(self, pos):
        self.pos = pos


_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", s, e.pos) from None

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, start):
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            k = j
            while j < n and '0' <= s[j] <= '9':
                j += 1
            if j > k:
                i = j
                is_float = True
        if is_float:
            return self.parse_float(s[start:i]), i
        return self.parse_int(s[start:i]), i

    def _hex4(self, s, u):
        # u is the index of the 'u'; one more character must follow the digits
        if u + 5 >= len(s):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, u)
        h = s[u + 1:u + 5]
        for c in h:
            if c not in _HEX:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, u)
        return int(h, 16)

    def _string(self, s, i):
        begin = i - 1
        n = len(s)
        strict = self.strict
        chunks = []
        start = i
        while True:
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                break
            if c == '\\':
                if start < i:
                    chunks.append(s[start:i])
                i += 1
                if i >= n:
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                c = s[i]
                if c != 'u':
                    e = _UNESCAPES.get(c)
                    if e is None:
                        raise JSONDecodeError("Invalid \\escape", s, i - 1)
                    chunks.append(e)
                    i += 1
                else:
                    cp = self._hex4(s, i)
                    i += 5
                    if 0xd800 <= cp <= 0xdbff and s.startswith('\\u', i):
                        lo = self._hex4(s, i + 1)
                        if 0xdc00 <= lo <= 0xdfff:
                            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)
                            i += 6
                    chunks.append(chr(cp))
                start = i
            elif c < ' ' and strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            else:
                i += 1
        if not chunks:
            return s[start:i], i + 1
        chunks.append(s[start:i])
        return ''.join(chunks), i + 1

    def _object(self, s, i):
        pairs = []
        n = len(s)
        i = _skip_ws(s, i)
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = self._string(s, i + 1)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self._value(s, _skip_ws(s, i + 1))
                pairs.append((key, value))
                i = _skip_ws(s, i)
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, i

    def _array(self, s, i):
        values = []
        n = len(s)
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)
