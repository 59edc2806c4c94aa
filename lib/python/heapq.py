# heapq: binary min-heaps stored in plain lists (adder's standard library,
# written for adder; behaves as CPython 3.11's heapq, including the exact
# layout of the list after every operation).
#
# heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; only `<` is used.
# Removal moves the hole at the top all the way down to a leaf along the
# smaller children and then sifts the displaced item back up (Floyd's
# variant): CPython does the same, so the lists are identical.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check(heap, name, one):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (name, " 1" if one else "", type(heap).__name__))


def _up(heap, top, pos):
    # Move heap[pos] toward the root, stopping at index top.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos):
    # Sink the hole at pos to a leaf, then let its item rise to its place.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush", True)
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _down(heap, 0)
        return first
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, "heapreplace", True)
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _down(heap, 0)
    return first


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item."""
    _check(heap, "heappushpop", True)
    if heap and heap[0] < item:
        first = heap[0]
        heap[0] = item
        _down(heap, 0)
        return first
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check(x, "heapify", False)
    i = len(x) // 2 - 1
    while i >= 0:
        _down(x, i)
        i -= 1


def _best(n, iterable, key, largest):
    it = iter(iterable)
    if n <= 0:
        return []
    # best holds the winners so far in result order; a new item goes after
    # its equals, which keeps the result stable like sorted(). keys
    # parallels it. Only `<` is used, as in CPython.
    best = []
    keys = best if key is None else []
    for item in it:
        k = item if key is None else key(item)
        full = len(best) >= n
        if full and not (keys[-1] < k if largest else k < keys[-1]):
            continue
        lo = 0
        hi = len(keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if keys[mid] < k if largest else k < keys[mid]:
                hi = mid
            else:
                lo = mid + 1
        if key is not None:
            keys.insert(lo, k)
        best.insert(lo, item)
        if full:
            best.pop()
            if key is not None:
                keys.pop()
    return best


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _best(n, iterable, key, True)


def _first(a, b, reverse):
    # Entries are [key, order, value, next]; equal keys keep the order of
    # the input iterables, as in CPython.
    if a[0] == b[0]:
        return a[1] < b[1]
    if reverse:
        return b[0] < a[0]
    return a[0] < b[0]


def _merge_down(h, pos, reverse):
    end = len(h)
    while True:
        child = 2 * pos + 1
        if child >= end:
            return
        if child + 1 < end and _first(h[child + 1], h[child], reverse):
            child += 1
        if not _first(h[child], h[pos], reverse):
            return
        h[pos], h[child] = h[child], h[pos]
        pos = child


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each
    of the input streams is already sorted (smallest to largest).
    """
    h = []
    order = 0
    for iterable in iterables:
        nxt = iter(iterable).__next__
        try:
            value = nxt()
        except StopIteration:
            pass
        else:
            h.append([value if key is None else key(value), order, value, nxt])
        order += 1
    i = len(h) // 2 - 1
    while i >= 0:
        _merge_down(h, i, reverse)
        i -= 1
    while h:
        entry = h[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            last = h.pop()
            if h:
                h[0] = last
                _merge_down(h, 0, reverse)
        else:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            _merge_down(h, 0, reverse)
