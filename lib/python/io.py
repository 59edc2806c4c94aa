# io: in-memory text and byte streams, StringIO and BytesIO (adder's
# standard library, written for adder; behaves as CPython 3.11's io for
# what it provides). There are no files: open() is not supported.

__all__ = ["StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    # The contents are one str or bytes value and a position in it; writes
    # past the end pad with zeros (or NULs), as CPython's buffers do.
    # CPython's StringIO and BytesIO word this differently.
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial):
        self._data = initial
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *excinfo):
        self.close()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        return self._data

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        data = self._data
        if self._pos > len(data):
            data = data + self._pad(self._pos - len(data))
        self._data = data[:self._pos] + s + data[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        data = self._data
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        start = min(self._pos, len(data))
        self._pos = max(self._pos, end)
        return data[start:end]

    def readline(self, size=-1):
        self._check_open()
        data = self._data
        start = min(self._pos, len(data))
        end = data.find(self._newline, start)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return data[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._data)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._data = self._data[:size]
        return size


class StringIO(_MemoryStream):
    _newline = "\n"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        _MemoryStream.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)

    def _pad(self, n):
        return "\0" * n


class BytesIO(_MemoryStream):
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, b):
        self._check_type(b)
        return _MemoryStream.write(self, bytes(b))

    def _pad(self, n):
        return bytes(n)
