# os.path: CPython 3.11's posixpath for what needs no file system (adder's
# standard library, written for adder). Paths are str or bytes; the
# functions that ask the file system (exists, isfile, getsize, abspath,
# realpath, expanduser...) are not provided.

__all__ = ["basename", "commonpath", "commonprefix", "dirname", "isabs",
           "join", "normcase", "normpath", "relpath", "split", "splitdrive",
           "splitext", "curdir", "pardir", "sep", "altsep", "extsep",
           "pathsep", "defpath", "devnull"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _fspath(p, name):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("%s() argument must be str, bytes, or os.PathLike "
                        "object, not '%s'" % (name, type(p).__name__))
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, "
                        "not %s" % (type(p).__name__, type(r).__name__))
    return r


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_not_mixed(paths):
    has_str = has_bytes = False
    for p in paths:
        if isinstance(p, str):
            has_str = True
        elif isinstance(p, bytes):
            has_bytes = True
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    return _fspath(s, "normcase")


def isabs(s):
    s = _fspath(s, "isabs")
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a, "join")
    s = _sep(a)
    path = a
    parts = [_fspath(b, "join") for b in p]
    _check_not_mixed([a] + parts)
    for b in parts:
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = _fspath(p, "split")
    s = _sep(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _fspath(p, "splitext")
    if isinstance(p, bytes):
        s, dot = b"/", b"."
    else:
        s, dot = "/", "."
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots (".bashrc", "..x") is part of the name.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p, "splitdrive")
    return p[:0], p


def basename(p):
    p = _fspath(p, "basename")
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p, "dirname")
    s = _sep(p)
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def normpath(path):
    path = _fspath(path, "normpath")
    if isinstance(path, bytes):
        s, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        s, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes (implementation-defined).
    initial = 0
    if path.startswith(s):
        initial = 2 if path.startswith(s * 2) and \
            not path.startswith(s * 3) else 1
    kept = []
    for comp in path.split(s):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not kept) or \
                (kept and kept[-1] == dotdot):
            kept.append(comp)
        elif kept:
            kept.pop()
    result = s * initial + s.join(kept)
    return result or dot


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(_fspath(p, "commonprefix") for p in m)
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(_fspath(p, "commonpath") for p in paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _check_not_mixed(paths)
    if isinstance(paths[0], bytes):
        s, dot = b"/", b"."
    else:
        s, dot = "/", "."
    split_paths = [p.split(s) for p in paths]
    absolute = set(p[:1] == s for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in parts if c and c != dot]
                   for parts in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = s if paths[0][:1] == s else s[:0]
    return prefix + s.join(common)


def relpath(path, start):
    # start is required: without a file system there is no current
    # directory to default to.
    path = _fspath(path, "relpath")
    start = _fspath(start, "relpath")
    if not path:
        raise ValueError("no path specified")
    _check_not_mixed((path, start))
    if isinstance(path, bytes):
        s, dot, dotdot = b"/", b".", b".."
    else:
        s, dot, dotdot = "/", ".", ".."
    if isabs(path) != isabs(start):
        raise ValueError("relpath() of a relative and an absolute path "
                         "needs the current directory")
    start_list = [x for x in normpath(start).split(s) if x and x != dot]
    path_list = [x for x in normpath(path).split(s) if x and x != dot]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return s.join(rel_list)
