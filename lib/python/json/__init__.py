# json: adder's JSON encoder and the dumps/loads API. Output, parsed values
# and error messages follow CPython 3.11's json (its C accelerated paths).

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

# the parser lives in json.decoder, where CPython also has it
from .decoder import JSONDecoder, JSONDecodeError

_INF = float('inf')

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
            '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ascii_only):
    if '"' not in s and '\\' not in s and (s.isascii() and s.isprintable()
                                           if ascii_only else s.isprintable()):
        return '"' + s + '"'
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ascii_only and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return self._encode(o, True)

    def _encode(self, o, one_shot):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # CPython's C encoder (one-shot, no indent) names no value in the
        # NaN error; its Python encoder does.
        self._nan_detail = not one_shot or indent is not None
        self._indent_str = indent
        self._markers = {} if self.check_circular else None
        parts = []
        self._emit(o, parts, 0)
        return ''.join(parts)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            msg = 'Out of range float values are not JSON compliant'
            if self._nan_detail:
                msg += ': ' + repr(o)
            raise ValueError(msg)
        return text

    def _enter(self, o):
        markers = self._markers
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _emit(self, o, parts, level):
        if isinstance(o, str):
            parts.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            parts.append('null')
        elif o is True:
            parts.append('true')
        elif o is False:
            parts.append('false')
        elif isinstance(o, int):
            # bools were handled above (adder's int.__repr__ misses them)
            parts.append(repr(o))
        elif isinstance(o, float):
            parts.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                parts.append('[]')
                return
            self._enter(o)
            sep = self.item_separator
            indent = self._indent_str
            parts.append('[')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep += nl
                parts.append(nl)
            first = True
            for v in o:
                if not first:
                    parts.append(sep)
                first = False
                self._emit(v, parts, level)
            if indent is not None:
                parts.append('\n' + indent * (level - 1))
            parts.append(']')
            if self._markers is not None:
                del self._markers[id(o)]
        elif isinstance(o, dict):
            if not o:
                parts.append('{}')
                return
            self._enter(o)
            sep = self.item_separator
            indent = self._indent_str
            parts.append('{')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep += nl
                parts.append(nl)
            items = sorted(o.items()) if self.sort_keys else o.items()
            first = True
            for k, v in items:
                if isinstance(k, str):
                    pass
                elif isinstance(k, float):
                    k = self._float(k)
                elif k is True:
                    k = 'true'
                elif k is False:
                    k = 'false'
                elif k is None:
                    k = 'null'
                elif isinstance(k, int):
                    k = repr(k)
                elif self.skipkeys:
                    continue
                else:
                    raise TypeError('keys must be str, int, float, bool or None, not '
                                    + k.__class__.__name__)
                if not first:
                    parts.append(sep)
                first = False
                parts.append(_encode_str(k, self.ensure_ascii))
                parts.append(self.key_separator)
                self._emit(v, parts, level)
            if indent is not None:
                parts.append('\n' + indent * (level - 1))
            parts.append('}')
            if self._markers is not None:
                del self._markers[id(o)]
        else:
            self._enter(o)
            self._emit(self.default(o), parts, level)
            if self._markers is not None:
                del self._markers[id(o)]


# dumps/dump/loads/load take no **kw (extra arguments for a custom cls;
# loads/load know strict=):
# adder's compiler aborts on module.func() calls of functions with **kw.

def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False):
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default,
                         sort_keys).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False):
    # One write of the whole text (CPython writes it in chunks).
    fp.write(_make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                           allow_nan, indent, separators, default,
                           sort_keys)._encode(obj, False))


def _decode_bytes(b):
    # json.detect_encoding's rules: a BOM, else the pattern of zero bytes
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        enc = 'utf-32'
    elif b.startswith((b'\xfe\xff', b'\xff\xfe')):
        enc = 'utf-16'
    elif b.startswith(b'\xef\xbb\xbf'):
        # adder has no utf-8-sig codec
        b = b[3:]
        enc = 'utf-8'
    elif len(b) >= 4 and not b[0]:
        enc = 'utf-16-be' if b[1] else 'utf-32-be'
    elif len(b) >= 4 and not b[1]:
        enc = 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2 and not b[0]:
        enc = 'utf-16-be'
    elif len(b) == 2 and not b[1]:
        enc = 'utf-16-le'
    else:
        enc = 'utf-8'
    return b.decode(enc, 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=None):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _decode_bytes(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + s.__class__.__name__)
    if cls is None:
        cls = JSONDecoder
    # like CPython, pass on only the hooks that were given
    kw = {}
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    if strict is not None:
        kw['strict'] = strict
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, strict=None):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, strict=strict)
