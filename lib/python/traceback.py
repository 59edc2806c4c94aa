# traceback: printing and formatting exceptions (adder's standard library,
# written for adder; behaves as CPython 3.11's traceback for what it
# provides).
#
# The text is the runtime's own report of an uncaught exception (module
# _traceback), so it reads exactly as adder prints one: no caret lines
# (docs/Compatibility.md, Known differences). Provided: print_exc,
# format_exc, print_exception, format_exception, format_exception_only.
# Absent: the stack and frame APIs (print_stack, extract_tb, walk_tb,
# StackSummary, TracebackException, ...), and limit= (NotImplementedError).

import sys
import _traceback

__all__ = ["format_exc", "format_exception", "format_exception_only",
           "print_exc", "print_exception"]

_sentinel = object()


def _exception(exc, value):
    # The 3.10+ form passes the exception alone; the older form passes
    # (type, value, tb), where value is the exception.
    if value is not _sentinel:
        return value
    return exc


def _check_limit(limit):
    if limit is not None:
        raise NotImplementedError("traceback limit= is not supported by adder")


def _split(text):
    # CPython's items: the header, one per frame (its File line and source
    # line), each chaining message with its blank lines, the last line.
    items = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and items and items[-1].startswith("  File"):
            items[-1] += line
        elif (line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n"
              and lines[i + 1].startswith(("The above", "During handling"))):
            items.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            items.append(line)
        i += 1
    return items


def _text(exc, chain):
    if exc is None:
        return "NoneType: None\n"
    return _traceback.format(exc, chain)


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line(s): "Type: message" and any notes."""
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format_only(exc).splitlines(True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The report of an exception as a list of strings, each ending in a
    newline, which joined read as the interpreter prints it."""
    _check_limit(limit)
    return _split(_text(_exception(exc, value), chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints the report of an exception to file (default sys.stderr)."""
    _check_limit(limit)
    if file is None:
        file = sys.stderr
    file.write(_text(_exception(exc, value), chain))


def format_exc(limit=None, chain=True):
    """format_exception of the exception being handled, as one string."""
    _check_limit(limit)
    return _text(sys.exception(), chain)


def print_exc(limit=None, file=None, chain=True):
    """print_exception of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
