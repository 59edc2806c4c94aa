# re: regular expressions (adder's standard library, written for adder;
# behaves as CPython 3.11's re for str patterns; bytes patterns are not
# supported). A recursive-descent parser builds a small tree, which is
# compiled into a flat instruction list run by a backtracking matcher with
# an explicit stack, so long subjects need no deep native recursion.

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern",
           "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

NOFLAG = 0
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
ASCII = A = 256

_MAXREPEAT = 4294967295
_MAXSIZE = 9223372036854775807
_FLAGNAMES = ((IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
              (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"),
              (VERBOSE, "re.VERBOSE"), (ASCII, "re.ASCII"))
_INLINE = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
           "x": VERBOSE, "a": ASCII, "u": UNICODE}


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno,
                                                   self.colno)
        Exception.__init__(self, msg)


# ---- characters -----------------------------------------------------------

# Lowercase letters that re treats as equal although str.lower() keeps
# them apart (they share an uppercase letter).
_CASE_GROUPS = ("i\u0131", "s\u017f", "\xb5\u03bc", "\u0345\u03b9\u1fbe",
                "\u03b2\u03d0", "\u03b5\u03f5", "\u03b8\u03d1", "\u03ba\u03f0",
                "\u03c0\u03d6", "\u03c1\u03f1", "\u03c2\u03c3", "\u03c6\u03d5",
                "\u0432\u1c80", "\u0434\u1c81", "\u043e\u1c82", "\u0441\u1c83",
                "\u0442\u1c84\u1c85", "\u044a\u1c86", "\u0463\u1c87",
                "\ua64b\u1c88", "\u1e61\u1e9b", "\u0390\u1fd3", "\u03b0\u1fe3",
                "\ufb05\ufb06")
# (x, lower(x)) pairs where lower(x).upper() is not x, so that the
# characters lowering to a letter cannot all be found through upper().
_IRREG = ("\u0130i\u01c5\u01c6\u01c8\u01c9\u01cb\u01cc\u01f2\u01f3\u03f4\u03b8"
          "\u1e9e\xdf\u1f88\u1f80\u1f89\u1f81\u1f8a\u1f82\u1f8b\u1f83\u1f8c"
          "\u1f84\u1f8d\u1f85\u1f8e\u1f86\u1f8f\u1f87\u1f98\u1f90\u1f99\u1f91"
          "\u1f9a\u1f92\u1f9b\u1f93\u1f9c\u1f94\u1f9d\u1f95\u1f9e\u1f96\u1f9f"
          "\u1f97\u1fa8\u1fa0\u1fa9\u1fa1\u1faa\u1fa2\u1fab\u1fa3\u1fac\u1fa4"
          "\u1fad\u1fa5\u1fae\u1fa6\u1faf\u1fa7\u1fbc\u1fb3\u1fcc\u1fc3\u1ffc"
          "\u1ff3\u2126\u03c9\u212ak\u212b\xe5")
_group_of = None
_uppers_of = None
_equiv_cache = {}


def _lower1(c):
    # The simple (one-character) lowercase mapping that re uses.
    lo = c.lower()
    return lo[0] if len(lo) != 1 else lo


def _equiv(c, ascii):
    # Every character equal to c when case is ignored, as one string.
    if ascii:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            return c.lower() + c.upper()
        return c
    r = _equiv_cache.get(c)
    if r is not None:
        return r
    global _group_of, _uppers_of
    if _group_of is None:
        _group_of = {}
        for g in _CASE_GROUPS:
            for ch in g:
                _group_of[ch] = g
        _uppers_of = {}
        for k in range(0, len(_IRREG), 2):
            lo = _IRREG[k + 1]
            _uppers_of[lo] = _uppers_of.get(lo, "") + _IRREG[k]
    r = c
    for m in _group_of.get(_lower1(c), _lower1(c)):
        for x in m + m.upper() + _uppers_of.get(m, ""):
            if x not in r and _lower1(x) == m:
                r += x
    _equiv_cache[c] = r
    return r


# Category codes: bits 0-1 pick digit/word/space, 4 negates, 8 means ASCII.
def _cat(k, c):
    t = k & 3
    if k & 8 and c > "\x7f":
        r = False
    elif t == 0:
        r = c.isdecimal()
    elif t == 1:
        r = c.isalnum() or c == "_"
    else:
        r = c.isspace() if not k & 8 else c in " \t\n\r\x0b\x0c"
    return r != (k & 4 != 0)


class _Set:
    # A character class: single characters, ranges and categories.
    def __init__(self):
        self.chars = ""
        self.ranges = []
        self.cats = []
        self.neg = False
        self.icase = 0       # 0: exact, 1: Unicode case folding, 2: ASCII


def _set_raw(st, c):
    if c in st.chars:
        return True
    for r in st.ranges:
        if r[0] <= c <= r[1]:
            return True
    for k in st.cats:
        if _cat(k, c):
            return True
    return False


def _set_has(st, c):
    r = _set_raw(st, c)
    if not r and st.icase:
        for x in _equiv(c, st.icase == 2):
            if _set_raw(st, x):
                r = True
                break
    return r != st.neg


# ---- parser ---------------------------------------------------------------

# Tree nodes are tuples whose first item is one of these.
_N_LIT, _N_ANY, _N_SET, _N_CAT, _N_AT, _N_GROUP, _N_SEQ, _N_ALT, _N_REP, \
    _N_REF, _N_LOOK, _N_ATOMIC, _N_COND = range(13)

# Assertion kinds.
_AT_BEG, _AT_BEG_LINE, _AT_END, _AT_END_LINE, _AT_END_STR, _AT_BOUND, \
    _AT_NONBOUND = range(7)

_WHITESPACE = " \t\n\r\x0b\x0c"
_DIGITS = "0123456789"
_OCT = "01234567"
_HEX = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SIMPLE_ESC = {"a": "\x07", "f": "\x0c", "n": "\n", "r": "\r", "t": "\t",
               "v": "\x0b", "\\": "\\"}
_INF = _MAXREPEAT


class _Restart(Exception):
    # (?x) at the start: the pattern is parsed again in verbose mode.
    pass


class _Parser:
    # Parser state. The parser itself is the _p_* functions: plain
    # functions compile to much less code than methods under adder.
    def __init__(self, p, flags):
        self.p = p
        self.n = len(p)
        self.i = 0
        self.flags = flags          # global flags, grown by (?...)
        self.ngroups = 1            # groups opened so far, plus group 0
        self.names = {}
        self.open = []
        self.lookbehind = -1        # first group number inside a lookbehind
        self.condrefs = {}          # conditional group number -> position
        self.bodies = {}            # group number -> its tree
        self.code = []              # the compiled program
        self.nloops = 0


def _p_err(ps, msg, pos, used=0):
    # CPython reads a backslash and the character after it as one token,
    # and fails on a lone trailing backslash as soon as it reaches it,
    # before noticing other errors.
    n = ps.n
    if ps.i + used >= n - 1 and n - len(ps.p.rstrip("\\")) & 1:
        return error("bad escape (end of pattern)", ps.p, n - 1)
    return error(msg, ps.p, pos)


def _p_tok(ps):
    # The token at ps.i, consumed.
    i = ps.i
    if i < ps.n and ps.p[i] == "\\":
        ps.i = i + 2
        return ps.p[i:i + 2]
    ps.i = i + 1
    return ps.p[i:i + 1]


def _p_upto(ps, j, stop):
    # Skips tokens from j up to the character stop; returns its index,
    # or -1 at the end.
    p = ps.p
    while j < ps.n:
        c = p[j]
        if c == stop:
            return j
        j += 1
        if c == "\\":
            if j >= ps.n:
                raise error("bad escape (end of pattern)", p, j - 1)
            j += 1
    return -1


def _p_peek(ps):
    return ps.p[ps.i] if ps.i < ps.n else ""


def _p_parse(ps):
    node = _p_alt(ps, ps.flags, 0)
    if ps.i < ps.n:
        raise _p_err(ps, "unbalanced parenthesis", ps.i)
    for g in ps.condrefs:
        if g >= ps.ngroups:
            raise _p_err(ps, "invalid group reference %d" % g,
                         ps.condrefs[g])
    return node


def _p_alt(ps, fl, depth):
    branches = [_p_seq(ps, fl, depth, depth == 0)]
    while ps.i < ps.n and ps.p[ps.i] == "|":
        ps.i += 1
        # Global flags seen in the first branch apply to the others.
        branches.append(_p_seq(ps, ps.flags if depth == 0 else fl,
                               depth, False))
    if len(branches) == 1:
        return branches[0]
    # Alternatives of single characters make one class, as in CPython,
    # which runs much faster inside repeats.
    st = _Set()
    for x in branches:
        if x[0] == _N_LIT:
            st.chars += x[1]
        elif x[0] == _N_CAT:
            st.cats.append(x[1])
        elif x[0] == _N_SET and not x[1].neg and not x[1].icase:
            st.chars += x[1].chars
            st.ranges += x[1].ranges
            st.cats += x[1].cats
        else:
            return (_N_ALT, branches)
    return (_N_SET, st)


def _p_skip_verbose(ps):
    p = ps.p
    while ps.i < ps.n:
        c = p[ps.i]
        if c in _WHITESPACE:
            ps.i += 1
        elif c == "#":
            j = _p_upto(ps, ps.i, "\n")
            ps.i = ps.n if j < 0 else j + 1
        else:
            break


def _p_seq(ps, fl, depth, first):
    items = []
    p = ps.p
    while True:
        if fl & VERBOSE:
            _p_skip_verbose(ps)
        if ps.i >= ps.n:
            break
        c = p[ps.i]
        if c == "|" or c == ")" and depth:
            break
        if c == ")":
            raise _p_err(ps, "unbalanced parenthesis", ps.i)
        start = ps.i
        if c in "*+?" or c == "{" and _p_brace(ps):
            _p_repeat(ps, items, start)
            continue
        ps.i += 1
        if c == "(":
            node = _p_group(ps, fl, depth, first and not items, start)
            if node is None:
                continue
            if isinstance(node, int):
                fl = node
                continue
        elif c == "[":
            node = _p_charset(ps, fl, start)
        elif c == ".":
            node = (_N_ANY, fl & DOTALL != 0)
        elif c == "^":
            node = (_N_AT, _AT_BEG_LINE if fl & MULTILINE else _AT_BEG, 0)
        elif c == "$":
            node = (_N_AT, _AT_END_LINE if fl & MULTILINE else _AT_END, 0)
        elif c == "\\":
            node = _p_escape(ps, fl, start)
        else:
            node = _p_lit(ps, c, fl)
        items.append(node)
    if len(items) == 1:
        return items[0]
    return (_N_SEQ, items)


def _p_lit(ps, c, fl):
    if fl & IGNORECASE:
        eq = _equiv(c, fl & ASCII != 0)
        if len(eq) > 1:
            return (_N_LIT, eq, True)
    return (_N_LIT, c, False)


def _p_brace(ps):
    # Whether a valid {m,n} quantifier starts here; sets ps.rep.
    p = ps.p
    j = ps.i + 1
    k = j
    while k < ps.n and p[k] in _DIGITS:
        k += 1
    lo = p[j:k]
    hi = lo
    if k < ps.n and p[k] == ",":
        m = k + 1
        k = m
        while k < ps.n and p[k] in _DIGITS:
            k += 1
        hi = p[m:k]
    elif not lo:
        return False
    if k >= ps.n or p[k] != "}":
        return False
    mn = int(lo) if lo else 0
    mx = int(hi) if hi else _INF
    if mn >= _MAXREPEAT or hi and mx >= _MAXREPEAT:
        raise OverflowError("the repetition number is too large")
    if mx < mn:
        raise _p_err(ps, "min repeat greater than max repeat", j)
    ps.rep = (mn, mx, k + 1)
    return True


def _p_repeat(ps, items, start):
    p = ps.p
    c = p[start]
    if c == "{":
        mn, mx, ps.i = ps.rep
    else:
        ps.i += 1
        mn = 1 if c == "+" else 0
        mx = 1 if c == "?" else _INF
    if not items or items[-1][0] == _N_AT:
        raise _p_err(ps, "nothing to repeat", start)
    item = items[-1]
    if item[0] == _N_REP:
        raise _p_err(ps, "multiple repeat", start)
    mode = 0
    if ps.i < ps.n:
        if p[ps.i] == "?":
            mode = 1
            ps.i += 1
        elif p[ps.i] == "+":
            mode = 2
            ps.i += 1
    items[-1] = (_N_REP, mn, mx, mode, item)


def _p_name(ps, term):
    # Reads a name up to term; returns (name, position).
    p = ps.p
    start = ps.i
    j = _p_upto(ps, start, term)
    if j < 0:
        if start >= ps.n:
            raise _p_err(ps, "missing group name", start)
        raise _p_err(ps, "missing %s, unterminated name" % term, start)
    name = p[start:j]
    if not name:
        raise _p_err(ps, "missing group name", start, 1)
    ps.i = j + 1
    return name, start


def _p_check_lookbehind(ps, g):
    if ps.lookbehind >= 0:
        if g >= ps.ngroups or g in ps.open:
            raise _p_err(ps, "cannot refer to an open group", ps.i)
        if g >= ps.lookbehind:
            raise _p_err(ps, "cannot refer to group defined in the same "
                         "lookbehind subpattern", ps.i)


def _p_capture(ps, fl, depth, start, name):
    g = ps.ngroups
    if name is not None:
        ps.names[name] = g
    ps.ngroups += 1
    ps.open.append(g)
    body = _p_close(ps, fl, depth, start)
    ps.open.remove(g)
    ps.bodies[g] = body
    return (_N_GROUP, g, body)


def _p_group(ps, fl, depth, first, start):
    # Called after "("; returns a node, None (a comment) or an int
    # (the flags after a global flag group).
    p = ps.p
    if _p_peek(ps) != "?":
        return _p_capture(ps, fl, depth, start, None)
    ps.i += 1
    if ps.i >= ps.n:
        raise _p_err(ps, "unexpected end of pattern", ps.i)
    c = _p_tok(ps)
    if c == ":":
        return _p_close(ps, fl, depth, start)
    if c == "P":
        if ps.i >= ps.n:
            raise _p_err(ps, "unexpected end of pattern", ps.i)
        c = _p_tok(ps)
        if c == "<":
            name, pos = _p_name(ps, ">")
            if not name.isidentifier():
                raise _p_err(ps, "bad character in group name %r" % name,
                             pos)
            if name in ps.names:
                raise _p_err(ps, "redefinition of group name %r as group %d; "
                             "was group %d" % (name, ps.ngroups,
                                               ps.names[name]), pos)
            return _p_capture(ps, fl, depth, start, name)
        if c == "=":
            name, pos = _p_name(ps, ")")
            if not name.isidentifier():
                raise _p_err(ps, "bad character in group name %r" % name,
                             pos)
            g = ps.names.get(name)
            if g is None:
                raise _p_err(ps, "unknown group name %r" % name, pos)
            if g in ps.open:
                raise _p_err(ps, "cannot refer to an open group", pos)
            _p_check_lookbehind(ps, g)
            return (_N_REF, g, fl)
        raise _p_err(ps, "unknown extension ?P" + c, start + 1)
    if c == "#":
        j = _p_upto(ps, ps.i, ")")
        if j < 0:
            raise _p_err(ps, "missing ), unterminated comment", start)
        ps.i = j + 1
        return None
    if c == "=" or c == "!":
        return (_N_LOOK, False, c == "!", _p_close(ps, fl, depth, start))
    if c == "<":
        if ps.i >= ps.n:
            raise _p_err(ps, "unexpected end of pattern", ps.i)
        c = _p_tok(ps)
        if c != "=" and c != "!":
            raise _p_err(ps, "unknown extension ?<" + c, start + 1)
        outer = ps.lookbehind
        if outer < 0:
            ps.lookbehind = ps.ngroups
        body = _p_close(ps, fl, depth, start)
        ps.lookbehind = outer
        return (_N_LOOK, True, c == "!", body)
    if c == ">":
        return (_N_ATOMIC, _p_close(ps, fl, depth, start))
    if c == "(":
        name, pos = _p_name(ps, ")")
        if name.isidentifier():
            g = ps.names.get(name)
            if g is None:
                raise _p_err(ps, "unknown group name %r" % name, pos)
        else:
            if not (name.isdecimal() and name.isascii()):
                raise _p_err(ps, "bad character in group name %r" % name,
                             pos)
            g = int(name)
            if not g:
                raise _p_err(ps, "bad group number", pos)
            if g not in ps.condrefs:
                ps.condrefs[g] = pos
        _p_check_lookbehind(ps, g)
        yes = _p_seq(ps, fl, depth + 1, False)
        no = None
        if _p_peek(ps) == "|":
            ps.i += 1
            no = _p_seq(ps, fl, depth + 1, False)
            if _p_peek(ps) == "|":
                raise _p_err(ps, "conditional backref with more than two "
                             "branches", ps.i)
        if _p_peek(ps) != ")":
            raise _p_err(ps, "missing ), unterminated subpattern", start)
        ps.i += 1
        return (_N_COND, g, yes, no)
    if c in _INLINE or c == "-":
        ps.i -= 1
        return _p_inline(ps, fl, depth, first, start)
    raise _p_err(ps, "unknown extension ?" + c, start + 1)


def _p_close(ps, fl, depth, start):
    node = _p_alt(ps, fl, depth + 1)
    if ps.i >= ps.n:
        raise _p_err(ps, "missing ), unterminated subpattern", start)
    ps.i += 1
    return node


def _p_flagset(ps, on):
    # Reads flag letters; returns their bits.
    p = ps.p
    f = 0
    while ps.i < ps.n:
        c = p[ps.i]
        b = _INLINE.get(c)
        if b is None:
            if c.isalpha():
                raise _p_err(ps, "unknown flag", ps.i, 1)
            break
        ps.i += 1
        if not on and b & (ASCII | UNICODE | LOCALE):
            raise _p_err(ps, "bad inline flags: cannot turn off flags 'a', "
                         "'u' and 'L'", ps.i)
        if c == "L":
            raise _p_err(ps, "bad inline flags: cannot use 'L' flag with a "
                         "str pattern", ps.i)
        f |= b
        if f & ASCII and f & UNICODE:
            raise _p_err(ps, "bad inline flags: flags 'a', 'u' and 'L' are "
                         "incompatible", ps.i)
    return f


def _p_inline(ps, fl, depth, first, start):
    p = ps.p
    on = _p_flagset(ps, True)
    off = 0
    c = _p_peek(ps)
    if c == ")":
        ps.i += 1
        if not first:
            raise _p_err(ps, "global flags not at the start of the "
                         "expression", start)
        if on & VERBOSE and not ps.flags & VERBOSE:
            ps.flags |= on
            raise _Restart()
        ps.flags |= on
        return fl | on
    if c == "-":
        ps.i += 1
        if ps.i >= ps.n or p[ps.i] not in _INLINE:
            if ps.i < ps.n and p[ps.i].isalpha():
                raise _p_err(ps, "unknown flag", ps.i, 1)
            raise _p_err(ps, "missing flag", ps.i, 1)
        off = _p_flagset(ps, False)
        if on & off:
            raise _p_err(ps, "bad inline flags: flag turned on and off",
                         ps.i)
        if _p_peek(ps) != ":":
            raise _p_err(ps, "missing :", ps.i, 1)
    elif c != ":":
        raise _p_err(ps, "missing -, : or )", ps.i, 1)
    ps.i += 1
    sub = (fl | on) & ~off
    if on & ASCII:
        sub &= ~UNICODE
    elif on & UNICODE:
        sub &= ~ASCII
    return _p_close(ps, sub, depth, start)


def _p_hexesc(ps, start, ndig):
    p = ps.p
    k = start + 2
    j = k
    while j < ps.n and j < k + ndig and p[j] in _HEX:
        j += 1
    if j - k != ndig:
        raise _p_err(ps, "incomplete escape %s" % p[start:j], start)
    ps.i = j
    v = int(p[k:j], 16)
    if v > 0x10FFFF:
        raise _p_err(ps, "bad escape %s" % p[start:j], start)
    return chr(v)


def _p_octal(ps, start):
    # Up to three octal digits after the backslash at start.
    p = ps.p
    k = start + 1
    j = k
    while j < ps.n and j < k + 3 and p[j] in _OCT:
        j += 1
    v = int(p[k:j], 8)
    if v > 0o377:
        raise _p_err(ps, "octal escape value %s outside of range 0-0o377"
                     % p[start:j], start)
    ps.i = j
    return chr(v)


def _p_common_escape(ps, c, start):
    # Escapes valid both in and out of classes: a character or "".
    if c in _SIMPLE_ESC:
        return _SIMPLE_ESC[c]
    if c == "x":
        return _p_hexesc(ps, start, 2)
    if c == "u":
        return _p_hexesc(ps, start, 4)
    if c == "U":
        return _p_hexesc(ps, start, 8)
    if c == "N":
        # Character names need a Unicode name table adder lacks.
        p = ps.p
        k = start + 2
        if k >= ps.n or p[k] != "{":
            raise _p_err(ps, "missing {", k)
        j = p.find("}", k + 1)
        if j == k + 1 or j < 0 and k + 1 >= ps.n:
            raise _p_err(ps, "missing character name", k + 1)
        if j < 0:
            raise _p_err(ps, "missing }, unterminated name", k + 1)
        raise _p_err(ps, "\\N{...} escapes are not supported by adder yet",
                     start)
    return ""


def _p_category(ps, c, fl):
    k = "dws".find(c.lower()) if c in "dDwWsS" else -1
    if k >= 0:
        if c.isupper():
            k |= 4
        if fl & ASCII:
            k |= 8
    return k


def _p_escape(ps, fl, start):
    p = ps.p
    if ps.i >= ps.n:
        raise _p_err(ps, "bad escape (end of pattern)", start)
    c = p[ps.i]
    ps.i += 1
    k = _p_category(ps, c, fl)
    if k >= 0:
        return (_N_CAT, k)
    if c == "A":
        return (_N_AT, _AT_BEG, 0)
    if c == "Z":
        return (_N_AT, _AT_END_STR, 0)
    if c == "b" or c == "B":
        return (_N_AT, (_AT_BOUND if c == "b" else _AT_NONBOUND),
                fl & ASCII != 0)
    if c == "0":
        return _p_lit(ps, _p_octal(ps, start), fl)
    if c in _DIGITS:
        j = ps.i
        if j < ps.n and p[j] in _DIGITS:
            if (c in _OCT and p[j] in _OCT and j + 1 < ps.n
                    and p[j + 1] in _OCT):
                return _p_lit(ps, _p_octal(ps, start), fl)
            j += 1
        g = int(p[start + 1:j])
        ps.i = j
        if g >= ps.ngroups:
            raise _p_err(ps, "invalid group reference %d" % g, start + 1)
        if g in ps.open:
            raise _p_err(ps, "cannot refer to an open group", start)
        _p_check_lookbehind(ps, g)
        return (_N_REF, g, fl)
    r = _p_common_escape(ps, c, start)
    if r:
        return _p_lit(ps, r, fl)
    if c in _ASCII_LETTERS:
        raise _p_err(ps, "bad escape \\" + c, start)
    return _p_lit(ps, c, fl)


def _p_class_item(ps, fl):
    # One class member: a character, or an int category code.
    p = ps.p
    start = ps.i
    c = p[start]
    ps.i += 1
    if c != "\\":
        return c
    if ps.i >= ps.n:
        raise _p_err(ps, "bad escape (end of pattern)", start)
    c = p[ps.i]
    ps.i += 1
    k = _p_category(ps, c, fl)
    if k >= 0:
        return k
    if c == "b":
        return "\x08"
    if c in _OCT:
        return _p_octal(ps, start)
    r = _p_common_escape(ps, c, start)
    if r:
        return r
    if c in _ASCII_LETTERS or c in _DIGITS:
        raise _p_err(ps, "bad escape \\" + c, start)
    return c


def _p_charset(ps, fl, start):
    p = ps.p
    st = _Set()
    if _p_peek(ps) == "^":
        st.neg = True
        ps.i += 1
    chars = []
    begin = ps.i
    while True:
        if ps.i >= ps.n:
            raise _p_err(ps, "unterminated character set", start)
        if p[ps.i] == "]" and ps.i != begin:
            ps.i += 1
            break
        ipos = ps.i
        a = _p_class_item(ps, fl)
        if _p_peek(ps) == "-":
            ps.i += 1
            if ps.i >= ps.n:
                raise _p_err(ps, "unterminated character set", start)
            if p[ps.i] == "]":
                ps.i += 1
                if type(a) is int:
                    st.cats.append(a)
                else:
                    chars.append(a)
                chars.append("-")
                break
            jpos = ps.i
            b = _p_class_item(ps, fl)
            if type(a) is int or type(b) is int or a > b:
                raise _p_err(ps, "bad character range %s-%s" % (
                    p[ipos:jpos - 1], p[jpos:ps.i]), ipos)
            st.ranges.append((a, b))
        elif type(a) is int:
            st.cats.append(a)
        else:
            chars.append(a)
    st.chars = "".join(chars)
    if fl & IGNORECASE:
        st.icase = 2 if fl & ASCII else 1
    if (not st.neg and not st.ranges and not st.cats
            and len(st.chars) == 1):
        return _p_lit(ps, st.chars, fl)
    return (_N_SET, st)


def _p_width(ps, node):
    # (min, max) number of characters a node matches, max capped.
    t = node[0]
    if t == _N_LIT or t == _N_ANY or t == _N_SET or t == _N_CAT:
        return (1, 1)
    if t == _N_GROUP:
        return _p_width(ps, node[2])
    if t == _N_ATOMIC:
        return _p_width(ps, node[1])
    if t == _N_SEQ:
        lo = hi = 0
        for x in node[1]:
            w = _p_width(ps, x)
            lo += w[0]
            hi += w[1]
        return (min(lo, _INF), min(hi, _INF))
    if t == _N_ALT:
        lo = _INF
        hi = 0
        for x in node[1]:
            w = _p_width(ps, x)
            lo = min(lo, w[0])
            hi = max(hi, w[1])
        return (lo, hi)
    if t == _N_REP:
        w = _p_width(ps, node[4])
        return (min(w[0] * node[1], _INF), min(w[1] * node[2], _INF))
    if t == _N_REF:
        return _p_width(ps, ps.bodies[node[1]])
    if t == _N_COND:
        a = _p_width(ps, node[2])
        b = _p_width(ps, node[3]) if node[3] is not None else (0, 0)
        return (min(a[0], b[0]), max(a[1], b[1]))
    return (0, 0)


# ---- compiler -------------------------------------------------------------

# Instructions are tuples of six: an opcode and its arguments.
_SUCCEED, _CHAR, _CHARI, _ANY, _ANYALL, _SET, _CAT, _SPLIT, _JMP, _SAVE, \
    _AT, _REF, _REP1, _RINIT, _RLOOP, _LOOK, _ATOMIC, _COND, _PREP = range(19)


def _single(node):
    # The (op, arg) test of a one-character node, or None.
    t = node[0]
    if t == _N_LIT:
        return (_CHARI if node[2] else _CHAR, node[1])
    if t == _N_ANY:
        return (_ANYALL if node[1] else _ANY, 0)
    if t == _N_SET or t == _N_CAT:
        return (_SET if t == _N_SET else _CAT, node[1])
    return None


def _ins(code, op, a=0, b=0, c=0, d=0, e=0):
    # Appends an instruction; returns its index. Jump targets are patched
    # later, so instructions are lists until compilation ends.
    code.append([op, a, b, c, d, e])
    return len(code) - 1


def _emit(ps, node):
    code = ps.code
    t = node[0]
    one = _single(node)
    if one is not None:
        _ins(code, one[0], one[1])
    elif t == _N_SEQ:
        for x in node[1]:
            _emit(ps, x)
    elif t == _N_GROUP:
        _ins(code, _SAVE, 2 * node[1])
        _emit(ps, node[2])
        _ins(code, _SAVE, 2 * node[1] + 1)
    elif t == _N_AT:
        _ins(code, _AT, node[1] + (8 if node[2] else 0))
    elif t == _N_ALT:
        # SPLIT to the next branch; each branch but the last jumps to the
        # end.
        jumps = []
        for x in node[1][:-1]:
            at = _ins(code, _SPLIT)
            _emit(ps, x)
            jumps.append(_ins(code, _JMP))
            code[at][1] = len(code)
        _emit(ps, node[1][-1])
        for j in jumps:
            code[j][1] = len(code)
    elif t == _N_REP:
        mn = node[1]
        mx = node[2]
        mode = node[3]
        item = node[4]
        one = _single(item)
        at = len(code)
        if mx == 0:
            # Nothing to run, but lookbehinds inside are still checked.
            _emit(ps, item)
            del code[at:]
        elif mn == 1 and mx == 1 and (mode != 2 or one is not None):
            _emit(ps, item)
        elif one is not None:
            if mode == 2:
                # Possessive: an atomic group around the greedy repeat.
                _ins(code, _ATOMIC, at + 3)
            _ins(code, _REP1, mn, mx, mode == 1, one[0], one[1])
            if mode == 2:
                _ins(code, _SUCCEED)
        elif mode == 2:
            # CPython makes each iteration atomic and never backtracks
            # into the repeat.
            _ins(code, _PREP, mn, mx)
            _emit(ps, item)
            code[at][3] = _ins(code, _SUCCEED) + 1
        else:
            k = 2 * ps.nloops
            ps.nloops += 1
            _ins(code, _RINIT, k)
            _ins(code, _RLOOP, k, mn, mx, mode)
            _emit(ps, item)
            code[at + 1][5] = _ins(code, _JMP, at + 1) + 1
    elif t == _N_REF:
        fl = node[2]
        mode = 0
        if fl & IGNORECASE:
            mode = 2 if fl & ASCII else 1
        _ins(code, _REF, 2 * node[1], mode)
    elif t == _N_LOOK:
        w = 0
        if node[1]:
            # Checked after parsing, as CPython does.
            w = _p_width(ps, node[3])
            if w[0] != w[1]:
                raise error("look-behind requires fixed-width pattern")
            w = w[0]
        at = _ins(code, _LOOK, node[1], node[2], w)
        _emit(ps, node[3])
        code[at][4] = _ins(code, _SUCCEED) + 1
    elif t == _N_ATOMIC:
        at = _ins(code, _ATOMIC)
        _emit(ps, node[1])
        code[at][1] = _ins(code, _SUCCEED) + 1
    elif t == _N_COND:
        at = _ins(code, _COND, 2 * node[1])
        _emit(ps, node[2])
        if node[3] is not None:
            j = _ins(code, _JMP)
            code[at][2] = len(code)
            _emit(ps, node[3])
            code[j][1] = len(code)
        else:
            code[at][2] = len(code)


# ---- matcher --------------------------------------------------------------

# Backtracking stack entries are tuples (kind, a, b, c).
_BT_BRANCH, _BT_MARK, _BT_CNT, _BT_REP1G, _BT_REP1L, _BT_LAZY, \
    _BT_LOOP = range(7)


def _one(op, a, c):
    if op == _CHAR:
        return c == a
    if op == _CHARI:
        return c in a
    if op == _SET:
        return _set_has(a, c)
    if op == _CAT:
        return _cat(a, c)
    if op == _ANY:
        return c != "\n"
    return True


def _scan(op, a, s, i, lim):
    # The end of the run of characters from i (below lim) passing a test.
    if op == _ANYALL:
        return lim
    if op == _ANY:
        j = s.find("\n", i, lim)
        return lim if j < 0 else j
    if op == _CHAR:
        while i < lim and s[i] == a:
            i += 1
    elif op == _CAT:
        while i < lim and _cat(a, s[i]):
            i += 1
    elif op == _SET:
        while i < lim and _set_has(a, s[i]):
            i += 1
    else:
        while i < lim and s[i] in a:
            i += 1
    return i


def _at(k, s, pos, end):
    t = k & 7
    if t == _AT_BEG:
        return pos == 0
    if t == _AT_BEG_LINE:
        return pos == 0 or s[pos - 1] == "\n"
    if t == _AT_END:
        return pos == end or pos == end - 1 and s[pos] == "\n"
    if t == _AT_END_LINE:
        return pos == end or pos < end and s[pos] == "\n"
    if t == _AT_END_STR:
        return pos == end
    if end == 0:
        # As in CPython, \b and \B never match an empty subject.
        return False
    w = 9 if k & 8 else 1
    a = pos > 0 and _cat(w, s[pos - 1])
    b = pos < end and _cat(w, s[pos])
    return (a != b) == (t == _AT_BOUND)


def _ref_match(s, a, b, pos, mode):
    # Whether the text s[a:b] of a group appears again at pos.
    if mode == 0:
        return s.startswith(s[a:b], pos)
    while a < b:
        x = s[a]
        y = s[pos]
        if x != y:
            if mode == 2:
                if not (x.isascii() and y.isascii()
                        and x.lower() == y.lower()):
                    return False
            elif _lower1(x) != _lower1(y):
                return False
        a += 1
        pos += 1
    return True


def _keep(stack, marks, saved):
    # After an atomic part matched: its captures stay, until backtracking
    # goes back past it.
    for k in range(len(marks)):
        if marks[k] != saved[k]:
            stack.append((_BT_MARK, k, saved[k], saved[-1]))


def _sub_run(code, s, pos, end, marks, pc, cnt, stack):
    # Runs an atomic part (lookaround, atomic group) from pc; returns where
    # it ended or -1. With no stack, captures are left to the caller.
    saved = marks[:]
    r = -1
    if pos >= 0:
        r = _run(code, s, pos, end, marks, pc, cnt, False, -1)
    if r >= 0 and stack is not None:
        _keep(stack, marks, saved)
    return r


def _run(code, s, pos, end, marks, pc, cnt, full, reject):
    # Runs code from pc at pos; returns the end of the match or -1.
    # marks holds the group slots (and lastindex last) and is restored on
    # failure. full and reject constrain where the final match may end.
    stack = []
    while True:
        op, a, b, c, d, e = code[pc]
        pc += 1
        if op == _CHAR:
            if pos < end and s[pos] == a:
                pos += 1
                continue
        elif op == _REP1:
            # a..b characters passing test (d, e); c: lazy.
            if pos + a <= end:
                lim = end if end - pos < b else pos + b
                if c:
                    j = _scan(d, e, s, pos, pos + a)
                    if j == pos + a:
                        if j < lim:
                            stack.append((_BT_REP1L, pc - 1, j, lim))
                        pos = j
                        continue
                else:
                    j = _scan(d, e, s, pos, lim)
                    if j == pos + a:
                        pos = j
                        continue
                    if j > pos + a:
                        # Try the longest run first: the entry is taken
                        # at once by the backtracking below.
                        stack.append((_BT_REP1G, pc - 1, j + 1, pos + a))
        elif op <= _CAT:
            if op == _SUCCEED:
                if pos != reject and (not full or pos == end):
                    return pos
            elif pos < end and _one(op, a, s[pos]):
                pos += 1
                continue
        elif op == _SAVE:
            # Closing a group also sets lastindex, kept in the last slot.
            stack.append((_BT_MARK, a, marks[a], marks[-1]))
            marks[a] = pos
            if a & 1:
                marks[-1] = a >> 1
            continue
        elif op == _SPLIT:
            stack.append((_BT_BRANCH, a, pos, 0))
            continue
        elif op == _JMP:
            pc = a
            continue
        elif op == _RLOOP:
            # A repeat of a complex item, b..c times; d: lazy; e: the exit.
            # cnt[a] counts iterations, cnt[a + 1] is where the current
            # one started.
            k = cnt[a]
            if k < b:
                stack.append((_BT_CNT, a, k, cnt[a + 1]))
                cnt[a] = k + 1
                continue
            if k < c and pos != cnt[a + 1]:
                if d:
                    stack.append((_BT_LAZY, pc - 1, pos, 0))
                    pc = e
                    continue
                stack.append((_BT_LOOP, pc - 1, pos, cnt[a + 1]))
                cnt[a] = k + 1
                cnt[a + 1] = pos
                continue
            pc = e
            continue
        elif op == _RINIT:
            stack.append((_BT_CNT, a, cnt[a], cnt[a + 1]))
            cnt[a] = 0
            cnt[a + 1] = -1
            continue
        elif op == _AT:
            if _at(a, s, pos, end):
                continue
        elif op == _REF:
            k = marks[a + 1]
            a = marks[a]
            if (a >= 0 and k >= a and pos + k - a <= end
                    and _ref_match(s, a, k, pos, b)):
                pos += k - a
                continue
        elif op == _LOOK:
            # a: behind, b: negative, c: width, d: where to go next.
            if b:
                saved = marks[:]
                if _sub_run(code, s, pos - c if a else pos, end, marks, pc,
                            cnt, None) < 0:
                    pc = d
                    continue
                marks[:] = saved
            elif _sub_run(code, s, pos - c if a else pos, end, marks, pc,
                          cnt, stack) >= 0:
                pc = d
                continue
        elif op == _ATOMIC:
            k = _sub_run(code, s, pos, end, marks, pc, cnt, stack)
            if k >= 0:
                pos = k
                pc = a
                continue
        elif op == _PREP:
            # a..b atomic iterations; c: where to go next.
            saved = marks[:]
            k = 0
            last = -1
            while k < b:
                if k >= a:
                    # Stop after an iteration that matched nothing.
                    if pos == last:
                        break
                    last = pos
                e = _run(code, s, pos, end, marks, pc, cnt, False, -1)
                if e < 0:
                    break
                pos = e
                k += 1
            if k >= a:
                _keep(stack, marks, saved)
                pc = c
                continue
            marks[:] = saved
        elif op == _COND:
            if marks[a] < 0 or marks[a + 1] < 0:
                pc = b
            continue
        # Failure: backtrack to the newest alternative.
        while True:
            if not stack:
                return -1
            k, a, b, c = stack.pop()
            if k == _BT_MARK:
                marks[a] = b
                marks[-1] = c
            elif k == _BT_BRANCH:
                pc = a
                pos = b
                break
            elif k == _BT_CNT:
                cnt[a] = b
                cnt[a + 1] = c
            elif k == _BT_LOOP:
                # Leave the greedy repeat at a instead of iterating from b;
                # c is where its previous iteration started.
                d = code[a]
                k = d[1]
                cnt[k] -= 1
                cnt[k + 1] = c
                pc = d[5]
                pos = b
                break
            elif k == _BT_LAZY:
                # One more iteration of the lazy repeat at a, from b.
                k = code[a][1]
                stack.append((_BT_CNT, k, cnt[k], cnt[k + 1]))
                cnt[k] += 1
                cnt[k + 1] = b
                pos = b
                pc = a + 1
                break
            else:
                # A single-character repeat at a, which last stopped at b;
                # c bounds where it may stop. Stop only where a literal
                # after it can match.
                nxt = code[a + 1]
                nxt = nxt[1] if nxt[0] == _CHAR else None
                if k == _BT_REP1G:
                    b -= 1
                    if nxt is not None:
                        b = s.rfind(nxt, c, min(b + 1, end))
                    if b >= c:
                        if b > c:
                            stack.append((k, a, b, c))
                        pos = b
                        pc = a + 1
                        break
                else:
                    d = code[a]
                    e = d[5]
                    d = d[4]
                    while b < c and _one(d, e, s[b]):
                        b += 1
                        if nxt is None or b < end and s[b] == nxt:
                            if b < c:
                                stack.append((k, a, b, c))
                            pos = b
                            pc = a + 1
                            c = -1
                            break
                    if c < 0:
                        break


# ---- patterns and matches -------------------------------------------------


def _check_str(s):
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like "
                            "object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(s).__name__)


def _bounds(s, pos, endpos):
    n = len(s)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class _GroupIndex(dict):
    # Pattern.groupindex: a mapping shown as CPython shows its read-only
    # mappingproxy, refusing item assignment and deletion.
    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def __setitem__(self, k, v):
        raise TypeError("'mappingproxy' object does not support item "
                        "assignment")

    def __delitem__(self, k):
        raise TypeError("'mappingproxy' object does not support item "
                        "deletion")


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        while True:
            ps = _Parser(pattern, flags)
            try:
                node = _p_parse(ps)
            except _Restart:
                flags = ps.flags
                continue
            break
        fl = ps.flags
        if fl & ASCII and fl & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not fl & ASCII:
            fl |= UNICODE
        _emit(ps, node)
        _ins(ps.code, _SUCCEED)
        code = [tuple(x) for x in ps.code]
        self.pattern = pattern
        self.flags = fl
        self.groups = ps.ngroups - 1
        gi = _GroupIndex()
        for k in ps.names:
            dict.__setitem__(gi, k, ps.names[k])
        self.groupindex = gi
        self._names = ps.names       # groupindex's dict methods can change it
        self._code = code
        self._nloops = ps.nloops
        # What a match must start with, to skip hopeless positions.
        pc = 0
        while code[pc][0] == _SAVE:
            pc += 1
        q = pc
        prefix = ""
        while code[q][0] == _CHAR or code[q][0] == _SAVE:
            if code[q][0] == _CHAR:
                prefix += code[q][1]
            q += 1
        self._prefix = prefix
        self._fop = 0
        self._farg = None
        op, a, b, c, d, e = code[pc]
        if op == _CHARI or op == _SET or op == _CAT:
            self._fop = op
            self._farg = a
        elif op == _REP1 and a > 0 and d != _ANYALL:
            self._fop = d
            self._farg = e
        self._anchored = op == _AT and a == _AT_BEG

    def _exec(self, s, pos, end, mode, must):
        # mode: 0 match, 1 fullmatch, 2 search. must: no empty match at pos.
        code = self._code
        marks = [-1] * (2 * self.groups + 3)
        cnt = [0] * (2 * self._nloops)
        reject = pos if must else -1
        start = pos
        if mode != 2:
            r = _run(code, s, pos, end, marks, 0, cnt, mode == 1, reject)
        else:
            prefix = self._prefix
            fop = self._fop
            farg = self._farg
            r = -1
            while start <= end:
                if prefix:
                    start = s.find(prefix, start, end)
                    if start < 0:
                        break
                elif fop:
                    while start < end and not _one(fop, farg, s[start]):
                        start += 1
                    if start >= end:
                        break
                r = _run(code, s, start, end, marks, 0, cnt, False, reject)
                if r >= 0 or self._anchored:
                    break
                start += 1
        if r < 0:
            return None
        marks[0] = start
        marks[1] = r
        return Match(self, s, pos, end, marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._exec(string, pos, endpos, 0, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._exec(string, pos, endpos, 1, False)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._exec(string, pos, endpos, 2, False)

    def _iter(self, s, pos, end):
        # Successive matches; an empty match may not start where the
        # previous empty match was.
        must = False
        while pos <= end:
            m = self._exec(s, pos, end, 2, must)
            if m is None:
                return
            yield m
            a = m._marks[0]
            pos = m._marks[1]
            must = a == pos

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _bounds(string, pos, endpos)
        out = []
        ng = self.groups
        for m in self._iter(string, pos, endpos):
            if ng == 0:
                out.append(m.group())
            elif ng == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def split(self, string, maxsplit=0):
        _check_str(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, len(string)):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m._marks[0]])
            out.extend(m.groups())
            last = m._marks[1]
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_str(string)
        fn = None
        tpl = None
        if isinstance(repl, str):
            tpl = _template(self, repl)
        elif callable(repl):
            fn = repl
        elif isinstance(repl, (bytes, bytearray)):
            tpl = [repl]
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s "
                            "found" % type(repl).__name__)
        pieces = []
        last = 0
        n = 0
        if count >= 0:
            for m in self._iter(string, 0, len(string)):
                if count and n >= count:
                    break
                a = m._marks[0]
                if a > last:
                    pieces.append(string[last:a])
                if fn is not None:
                    r = fn(m)
                    if r is not None:
                        pieces.append(r)
                elif len(tpl) == 1 and type(tpl[0]) is not int:
                    pieces.append(tpl[0])
                else:
                    pieces.append(_expand(m, tpl))
                last = m._marks[1]
                n += 1
        if last < len(string):
            pieces.append(string[last:])
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        names = []
        fl = self.flags & ~UNICODE
        for bit, name in _FLAGNAMES:
            if fl & bit:
                names.append(name)
                fl &= ~bit
        if fl:
            names.append(hex(fl))
        p = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (p, "|".join(names))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _template(pat, t):
    # Parses a replacement template into str pieces and int group numbers.
    n = len(t)
    # As in patterns, a lone trailing backslash hides later errors.
    lone = n - len(t.rstrip("\\")) & 1
    out = []
    lit = []
    i = 0
    while True:
        j = t.find("\\", i)
        if j < 0:
            lit.append(t[i:])
            break
        lit.append(t[i:j])
        i = j + 2
        if i > n:
            raise error("bad escape (end of pattern)", t, j)
        c = t[i - 1]
        g = -1
        msg = None
        pos = i
        if c == "g" and (i >= n or t[i] != "<"):
            msg = "missing <"
        elif c == "g":
            k = i + 1
            while k < n and t[k] != ">":
                k += 2 if t[k] == "\\" else 1
            name = t[i + 1:k]
            pos = i + 1
            if not name:
                msg = "missing group name"
            elif k >= n:
                msg = "missing >, unterminated name"
            elif name.isidentifier():
                g = pat._names.get(name, -1)
                if g < 0:
                    msg = ""
            else:
                try:
                    g = int(name)
                except ValueError:
                    g = -1
                if g < 0:
                    msg = "bad character in group name %r" % name
                elif g > pat.groups:
                    msg = "invalid group reference %d" % g
            i = k + 1
        elif c in _DIGITS:
            k = i
            if c == "0":
                while k < n and k < i + 2 and t[k] in _OCT:
                    k += 1
            elif c in _OCT and k + 1 < n and t[k] in _OCT and \
                    t[k + 1] in _OCT:
                k += 2
            if c == "0" or k > i:
                # An octal escape: \0 and up to two more digits, or three.
                v = int(t[i - 1:k], 8)
                if v > 0o377:
                    msg = "octal escape value %s outside of range 0-0o377" \
                        % t[j:k]
                    pos = j
                else:
                    lit.append(chr(v))
            else:
                if k < n and t[k] in _DIGITS:
                    k += 1
                g = int(t[i - 1:k])
                if g > pat.groups:
                    msg = "invalid group reference %d" % g
                    pos = j + 1
            i = k
        elif c in "abfnrtv\\":
            lit.append(_SIMPLE_ESC[c] if c != "b" else "\x08")
        elif c in _ASCII_LETTERS:
            msg = "bad escape \\" + c
            pos = j
        else:
            lit.append("\\" + c)
        if msg is not None:
            if lone and i >= n - 1:
                raise error("bad escape (end of pattern)", t, n - 1)
            if not msg:
                raise IndexError("unknown group name %r" % name)
            raise error(msg, t, pos)
        if g >= 0:
            out.append("".join(lit))
            lit = []
            out.append(g)
    out.append("".join(lit))
    return out


def _expand(m, tpl):
    parts = []
    for x in tpl:
        if type(x) is int:
            v = m.group(x)
            if v is not None:
                parts.append(v)
        else:
            parts.append(x)
    return "".join(parts)


class Match:
    """The result of a successful match."""

    def __init__(self, pat, string, pos, endpos, marks):
        self.re = pat
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        li = marks[-1]
        self.lastindex = li if li >= 0 else None

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is not None:
            gi = self.re._names
            for k in gi:
                if gi[k] == li:
                    return k
        return None

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            k = self.re._names.get(g)
            if k is not None:
                return k
        raise IndexError("no such group")

    def _get(self, g, default):
        k = 2 * self._index(g)
        a = self._marks[k]
        b = self._marks[k + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0, None)
        if len(args) == 1:
            return self._get(args[0], None)
        return tuple([self._get(g, None) for g in args])

    def __getitem__(self, g):
        return self._get(g, None)

    def groups(self, default=None):
        return tuple([self._get(g, default)
                      for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for k in self.re._names:
            d[k] = self._get(k, default)
        return d

    def span(self, group=0):
        k = 2 * self._index(group)
        a = self._marks[k]
        b = self._marks[k + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def expand(self, template):
        return _expand(self, _template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self.group())[:50])


# ---- module functions -----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled "
                             "pattern")
        return pattern
    key = (pattern, flags)
    p = _cache.get(key) if isinstance(pattern, str) else None
    if p is None:
        if not isinstance(pattern, str):
            if isinstance(pattern, (bytes, bytearray, memoryview)):
                raise TypeError("bytes patterns are not supported by adder "
                                "yet")
            raise TypeError("first argument must be string or compiled "
                            "pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            for k in _cache:
                del _cache[k]
                break
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping occurrences of the pattern."
    return _compile(pattern, flags).subn(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, but also return the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()
    _equiv_cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, (bytes, bytearray)):
        raise TypeError("bytes patterns are not supported by adder yet")
    if not isinstance(pattern, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(pattern).__name__)
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append("\\")
        out.append(c)
    return "".join(out)
