# bisect: binary search and insertion into sorted sequences (adder's
# standard library, written for adder; behaves as CPython 3.11's bisect).

__all__ = ["bisect_left", "bisect_right", "insort_left", "insort_right",
           "bisect", "insort"]


def _bounds(a, lo, hi):
    # CPython's C implementation converts lo like an index, accepts None
    # or -1 for "up to len(a)", and rejects a negative lo.
    if type(lo) is not int:
        try:
            lo = lo.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(lo).__name__) from None
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    else:
        if type(hi) is not int:
            try:
                hi = hi.__index__()
            except AttributeError:
                raise TypeError("argument should be integer or None, not '%s'"
                                % type(hi).__name__) from None
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
