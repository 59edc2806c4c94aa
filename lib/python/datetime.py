# datetime: dates, times, datetimes, timedeltas and fixed-offset time
# zones (adder's standard library, written for adder; behaves as CPython
# 3.11's datetime on Linux, glibc's strftime conversions and flags
# included).
# adder's time module has no localtime(), so the local time zone is taken
# to be UTC by now(), today(), fromtimestamp(), astimezone() (of a naive
# datetime, or with no argument) and strftime('%s'); strptime's %Z
# accepts 'UTC' and 'GMT'. For the same reason there is no
# datetime.timestamp(). Also missing: timetuple()/utctimetuple() (no
# time.struct_time), datetime_CAPI and strftime field widths ('%10A'
# raises ValueError). __reduce__ gives constructor arguments where
# CPython's gives a bytes state. IsoCalendarDate is no tuple subclass
# (adder cannot subclass tuple) but indexes, unpacks and compares like
# one. A directive repeated in a strptime format raises ValueError
# (CPython: re.error), and calls with too many or unknown arguments raise
# adder's TypeError wording rather than CPython's.

import time as _time
from math import modf as _modf

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_MISSING = object()

# days before month m of a non-leap year, at index m (13: the whole year)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')
_US_PER_DAY = 86400000000
_MAX_ORDINAL = 3652059          # 9999-12-31
_EPOCH_ORDINAL = 719163         # 1970-01-01


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2:
        return 29 if _is_leap(y) else 28
    return _DBM[m + 1] - _DBM[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(y, m, d):
    n = _days_before_year(y) + _DBM[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord_to_ymd(n):
    # whole 400-, 100-, 4- and 1-year cycles before the day, then months
    c400, r = divmod(n - 1, 146097)
    c100, r = divmod(r, 36524)
    c4, r = divmod(r, 1461)
    c1, r = divmod(r, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return y - 1, 12, 31        # the last day of a leap cycle
    leap = 1 if c1 == 3 and (c4 != 24 or c100 == 3) else 0
    doy = r + 1
    m = doy // 32 + 1               # never past the true month
    while m < 12 and doy > _DBM[m + 1] + (leap if m >= 2 else 0):
        m += 1
    return y, m, doy - _DBM[m] - (leap if m > 2 else 0)


def _iso_week1_monday(y):
    # ISO week 1 is the week holding January 4th
    jan4 = _ymd_to_ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_to_ord(y, w, d):
    # None when week or day is out of range for the ISO year
    if w < 1 or w > 52:
        first = (_ymd_to_ord(y, 1, 1) + 6) % 7
        if not (w == 53 and (first == 3 or (first == 2 and _is_leap(y)))):
            return None
    if d < 1 or d > 7:
        return None
    return _iso_week1_monday(y) + (w - 1) * 7 + d - 1


def _iso_calendar(n):
    # (ISO year, week, weekday) of ordinal n
    y = _ord_to_ymd(n)[0]
    start = _iso_week1_monday(y)
    if n < start:
        y -= 1
        start = _iso_week1_monday(y)
    else:
        following = _iso_week1_monday(y + 1)
        if n >= following:
            y += 1
            start = following
    return y, (n - start) // 7 + 1, (n - start) % 7 + 1


def _tname(x):
    # CPython's C types are named with their module in error messages
    t = type(x)
    if t.__module__ == __name__:
        return 'datetime.' + t.__name__
    return t.__name__


def _op_fail(sym, a, b, other):
    # Raised here so the message names CPython's types; an operand of a
    # user class keeps its chance to handle the operation itself.
    if type(other).__module__ != 'builtins' and \
            type(other).__module__ != __name__:
        return NotImplemented
    if sym == '*' and isinstance(other, (str, list, tuple, bytes,
                                         bytearray)):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % (_tname(a) if other is b else _tname(b)))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (sym, _tname(a), _tname(b)))


def _rop_fail(sym, a, b):
    # the reflected method runs after the left operand gave up
    if sym == '*' and isinstance(a, (str, list, tuple, bytes, bytearray)):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % _tname(b))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (sym, _tname(a), _tname(b)))


def _cmp_fail(sym, a, b):
    # as _op_fail; no other class of this module accepts the comparison
    if type(b).__module__ != 'builtins' and type(b).__module__ != __name__:
        return NotImplemented
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (sym, _tname(a), _tname(b)))


def _comparison(sym):
    # A rich comparison method (sym '' is ==) over the class's
    # _key(other, sym): the two values to compare, or None when other is
    # of no comparable type. One function serves every class.
    def method(self, other):
        k = self._key(other, sym)
        if k is None:
            return _cmp_fail(sym, self, other) if sym else NotImplemented
        a, b = k
        if sym == '<':
            return a < b
        if sym == '<=':
            return a <= b
        if sym == '>':
            return a > b
        if sym == '>=':
            return a >= b
        return a == b
    return method


def _reflected(sym):
    # a reflected operator method that only has CPython's error to give
    def method(self, other):
        return _rop_fail(sym, other, self)
    return method


def _as_int(v):
    # what CPython's "i" argument conversion accepts
    if type(v) is not int:
        if isinstance(v, int):
            v = int(v)
        elif isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an "
                            "integer")
        else:
            index = getattr(type(v), '__index__', None)
            if index is None:
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(v).__name__)
            v = index(v)
    if v > 2147483647 or v < -2147483648:
        if v > 9223372036854775807 or v < -9223372036854775808:
            raise OverflowError('Python int too large to convert to C long')
        if v > 0:
            raise OverflowError('signed integer is greater than maximum')
        raise OverflowError('signed integer is less than minimum')
    return v


def _missing(year, month):
    # the first of date's and datetime's required arguments not given
    name, pos = ('year', 1) if year is _MISSING else \
        (('month', 2) if month is _MISSING else ('day', 3))
    raise TypeError("function missing required argument '%s' (pos %d)"
                    % (name, pos))


def _argtype(x):
    # how CPython's argument errors name the type of x
    return 'None' if x is None else type(x).__name__


def _format(obj, fmt):
    # __format__ of date, datetime and time
    if not isinstance(fmt, str):
        raise TypeError('__format__() argument 1 must be str, not %s'
                        % _argtype(fmt))
    if fmt == '':
        return str(obj)
    return obj.strftime(fmt)


def _check_date(y, m, d):
    if y < 1 or y > 9999:
        raise ValueError('year %d is out of range' % y)
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _days_in_month(y, m):
        raise ValueError('day is out of range for month')


def _check_time(h, mi, s, us, fold):
    if h < 0 or h > 23:
        raise ValueError('hour must be in 0..23')
    if mi < 0 or mi > 59:
        raise ValueError('minute must be in 0..59')
    if s < 0 or s > 59:
        raise ValueError('second must be in 0..59')
    if us < 0 or us > 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


########################################################### timedelta

_TD_UNITS = ('microseconds', 1, 'milliseconds', 1000, 'seconds', 1000000,
             'minutes', 60000000, 'hours', 3600000000, 'days', 86400000000,
             'weeks', 604800000000)
_TD_MIN = -999999999 * _US_PER_DAY
_TD_MAX = 1000000000 * _US_PER_DAY - 1


def _round_half_away(x):
    f = float(int(x // 1))
    r = x - f
    if r > 0.5 or (r == 0.5 and x > 0):
        return f + 1.0
    return f


def _td_total(values):
    # Exact total microseconds; the fractional microseconds of float
    # arguments are summed apart and rounded once, half to even.
    total = 0
    leftover = 0.0
    for i in range(7):
        v = values[i]
        factor = _TD_UNITS[2 * i + 1]
        if isinstance(v, int):
            total += int(v) * factor
        elif isinstance(v, float):
            frac, whole = _modf(v)
            total += int(whole) * factor
            if frac != 0.0:
                frac, whole = _modf(frac * factor)
                total += int(whole)
                leftover += frac
        else:
            raise TypeError('unsupported type for timedelta %s component: %s'
                            % (_TD_UNITS[2 * i], type(v).__name__))
    if leftover != 0.0:
        w = _round_half_away(leftover)
        if abs(w - leftover) == 0.5:
            odd = total & 1
            w = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
        total += int(w)
    return total


def _td_overflow(us):
    d = us // _US_PER_DAY
    if d > 2147483647 or d < -2147483648:
        raise OverflowError('Python int too large to convert to C int')
    raise OverflowError('days=%d; must have magnitude <= 999999999' % d)


def _td(us):
    # the timedelta of us microseconds
    if us < _TD_MIN or us > _TD_MAX:
        _td_overflow(us)
    self = object.__new__(timedelta)
    self._us = us
    return self


def _divide_nearest(a, b):
    # a / b rounded to the nearest int, ties to even
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


def _td_scale(td, k, divide):
    # td * k or td / k for an int or float k; None for other types
    if isinstance(k, int):
        if divide:
            return _td(_divide_nearest(td._us, int(k)))
        return _td(td._us * int(k))
    if isinstance(k, float):
        n, d = k.as_integer_ratio()
        if divide:
            return _td(_divide_nearest(td._us * d, n))
        return _td(_divide_nearest(td._us * n, d))
    return None


class timedelta(object):
    # _us: the whole duration in microseconds
    __slots__ = ('_us',)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        us = _td_total((microseconds, milliseconds, seconds, minutes, hours,
                        days, weeks))
        if us < _TD_MIN or us > _TD_MAX:
            _td_overflow(us)
        self = object.__new__(cls)
        self._us = us
        return self

    @property
    def days(self):
        return self._us // 86400000000

    @property
    def seconds(self):
        return self._us // 1000000 % 86400

    @property
    def microseconds(self):
        return self._us % 1000000

    def total_seconds(self):
        return self._us / 1000000

    def __repr__(self):
        d, s = divmod(self._us, 86400000000)
        s, us = divmod(s, 1000000)
        parts = []
        if d:
            parts.append('days=%d' % d)
        if s:
            parts.append('seconds=%d' % s)
        if us:
            parts.append('microseconds=%d' % us)
        return '%s(%s)' % (_tname(self), ', '.join(parts) or '0')

    def __str__(self):
        d, s = divmod(self._us, 86400000000)
        s, us = divmod(s, 1000000)
        mm, ss = divmod(s, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if d:
            s = '%d day%s, %s' % (d, '' if d == 1 or d == -1 else 's', s)
        if us:
            s += '.%06d' % us
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        if isinstance(other, date):
            return NotImplemented
        return _op_fail('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us + self._us)
        return _rop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        return _op_fail('-', self, other, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        return _rop_fail('-', other, self)

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        r = _td_scale(self, other, False)
        return _op_fail('*', self, other, other) if r is None else r

    def __rmul__(self, other):
        r = _td_scale(self, other, False)
        return _rop_fail('*', other, self) if r is None else r

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        r = _td_scale(self, other, True)
        return _op_fail('/', self, other, other) if r is None else r

    __rtruediv__ = _reflected('/')

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _td(self._us // int(other))
        return _op_fail('//', self, other, other)

    __rfloordiv__ = _reflected('//')

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us % other._us)
        return _op_fail('%', self, other, other)

    __rmod__ = _reflected('%')

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return _op_fail('divmod()', self, other, other)

    __rdivmod__ = _reflected('divmod()')

    def _key(self, other, sym):
        if isinstance(other, timedelta):
            return self._us, other._us
        return None

    __eq__ = _comparison('')
    __lt__ = _comparison('<')
    __le__ = _comparison('<=')
    __gt__ = _comparison('>')
    __ge__ = _comparison('>=')

    def __hash__(self):
        return hash(self._us)

    def __reduce__(self):
        return type(self), (0, 0, self._us)

    def __bool__(self):
        return self._us != 0


timedelta.min = _td(_TD_MIN)
timedelta.max = _td(_TD_MAX)
timedelta.resolution = _td(1)


################################################################ date

def _new_date(cls, y, m, d, n):
    # n: the ordinal of y-m-d
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._ord = n
        return self
    return cls(y, m, d)


def _date_from_ord(cls, n):
    if n < 1 or n > _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord_to_ymd(n)
    return _new_date(cls, y, m, d, n)


def _split_timestamp(t):
    # (seconds, microseconds) of a timestamp, microseconds rounded half to
    # even as CPython does
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _modf(t)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
        return secs, us
    if not isinstance(t, int):
        index = getattr(type(t), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        t = index(t)
    if t >= 9223372036854775808 or t < -9223372036854775808:
        raise OverflowError('timestamp out of range for platform time_t')
    return int(t), 0


def _utc_us(t):
    # microseconds since 0001-01-01 of a POSIX timestamp
    secs, us = _split_timestamp(t)
    n = secs // 86400 + _EPOCH_ORDINAL
    if n < 1 or n > _MAX_ORDINAL:
        y = _ord_to_ymd(n)[0]
        if y - 1900 > 2147483647 or y - 1900 < -2147483648:
            # glibc's gmtime() cannot hold the year in its struct tm
            raise OSError(75, 'Value too large for defined data type')
        if y > 2147483647:
            y -= 4294967296         # CPython adds 1900 in a C int
        raise ValueError('year %d is out of range' % y)
    return (secs + _EPOCH_ORDINAL * 86400) * 1000000 + us


def _now_us():
    # like CPython, the clock's nanoseconds rounded down to microseconds
    return _time.time_ns() // 1000 + _EPOCH_ORDINAL * _US_PER_DAY


class date(object):
    # _ord: the proleptic Gregorian ordinal (0001-01-01 is 1)
    __slots__ = ('_year', '_month', '_day', '_ord')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if year is _MISSING or month is _MISSING or day is _MISSING:
            _missing(year, month)
        year = _as_int(year)
        month = _as_int(month)
        day = _as_int(day)
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._ord = _ymd_to_ord(year, month, day)
        return self

    @classmethod
    def today(cls):
        return _date_from_ord(cls, _now_us() // _US_PER_DAY)

    @classmethod
    def fromtimestamp(cls, t):
        return _date_from_ord(cls, _utc_us(t) // _US_PER_DAY)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(n)[0])
        return _date_from_ord(cls, n)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = None
        if len(s) == 7 or len(s) == 8 or len(s) == 10:
            ymd = _parse_iso_date(s, len(s))
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if year < 1 or year > 9999:
            raise ValueError('Year is out of range: %d' % year)
        if _iso_to_ord(year, week, 1) is None:
            raise ValueError('Invalid week: %d' % week)
        n = _iso_to_ord(year, week, day)
        if n is None:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return self._ord

    def weekday(self):
        return (self._ord + 6) % 7

    def isoweekday(self):
        return (self._ord + 6) % 7 + 1

    def isocalendar(self):
        y, w, d = _iso_calendar(self._ord)
        return IsoCalendarDate(y, w, d)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tname(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        return _ctime(self)

    def strftime(self, format):
        return _strftime(format, self, None)

    def __format__(self, fmt):
        return _format(self, fmt)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), self._ord +
                                  other._us // _US_PER_DAY)
        return _op_fail('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), self._ord +
                                  other._us // _US_PER_DAY)
        return _rop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), self._ord -
                                  other._us // _US_PER_DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self._ord - other._ord) * _US_PER_DAY)
        return _op_fail('-', self, other, other)

    __rsub__ = _reflected('-')

    def _key(self, other, sym):
        # a datetime orders against no plain date
        if isinstance(other, date):
            if not isinstance(other, datetime):
                return self._ord, other._ord
            if sym:
                raise TypeError("can't compare %s to %s"
                                % (_tname(other), _tname(self)))
        return None

    __eq__ = _comparison('')
    __lt__ = _comparison('<')
    __le__ = _comparison('<=')
    __gt__ = _comparison('>')
    __ge__ = _comparison('>=')

    def __hash__(self):
        return hash(self._ord)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


date.min = _new_date(date, 1, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31, _MAX_ORDINAL)
date.resolution = _td(_US_PER_DAY)


class IsoCalendarDate(object):
    # CPython's is a tuple subclass; this one behaves like the tuple
    __slots__ = ('_t',)

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' \
            % self._t

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def count(self, x):
        return self._t.count(x)

    def index(self, x):
        return self._t.index(x)

    def _tuple(self, other):
        if isinstance(other, IsoCalendarDate):
            return other._t
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._t == o

    def __lt__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._t < o

    def __le__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._t <= o

    def __gt__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._t > o

    def __ge__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._t >= o

    def __hash__(self):
        return hash(self._t)


############################################################## tzinfo

def _offset_us(off, what):
    # the offset a tzinfo method returned, in microseconds (None stays)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not '
                        "'%s'" % (what, type(off).__name__))
    if off._us <= -_US_PER_DAY or off._us >= _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return off._us


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _format_offset(us, sep):
    # '+HH:MM', with ':SS' and '.ffffff' only when needed
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    ss, us = divmod(us, 1000000)
    mm, ss = divmod(ss, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


class tzinfo(object):
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError(
            'a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        # from UTC to standard local time, then add the DST of that time
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _offset_us(self.utcoffset(dt), 'utcoffset')
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _offset_us(self.dst(dt), 'dst')
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        if off != dst:
            dt = _dt_from_us(type(dt), dt._us + off - dst, self)
            dst = _offset_us(self.dst(dt), 'dst')
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        if dst:
            return _dt_from_us(type(dt), dt._us + dst, self)
        return dt


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' "
                            "(pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be '
                            'datetime.timedelta, not %s'
                            % _argtype(offset))
        if name is _MISSING:
            if offset._us == 0 and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _argtype(name))
        if offset._us <= -_US_PER_DAY or offset._us >= _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24),'
                             ' not %r.' % offset)
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance '
                            'or None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset._us:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset._us, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return _dt_from_us(type(dt), dt._us + self._offset._us, self)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tname(self), self._offset)
        return '%s(%r, %r)' % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset._us == other._offset._us
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return type(self), (self._offset,)
        return type(self), (self._offset, self._name)


_UTC = None
_UTC = timezone(_td(0))
timezone.utc = _UTC
timezone.min = timezone(_td(-86340000000))
timezone.max = timezone(_td(86340000000))
UTC = _UTC


################################################################ time

def _clock_iso(h, mi, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, mi)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, mi, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, mi, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, mi, s, us)
    raise ValueError('Unknown timespec value')


def _clock_repr(t):
    # the clock fields of a time or datetime repr
    if t._microsecond:
        return '%d, %d, %d, %d' % (t._hour, t._minute, t._second,
                                   t._microsecond)
    if t._second:
        return '%d, %d, %d' % (t._hour, t._minute, t._second)
    return '%d, %d' % (t._hour, t._minute)


def _new_time(h, mi, s, us, tz, fold):
    self = object.__new__(time)
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


# The time fields of time and datetime (which is not a time subclass).
_HOUR = property(lambda self: self._hour)
_MINUTE = property(lambda self: self._minute)
_SECOND = property(lambda self: self._second)
_MICROSECOND = property(lambda self: self._microsecond)
_TZINFO = property(lambda self: self._tzinfo)
_FOLD = property(lambda self: self._fold)


# utcoffset(), dst() and tzname() of a time or datetime t, whose tzinfo is
# asked about `at`: None for a time, the datetime itself for a datetime.
def _day_us(t):
    # microseconds since midnight of a time's clock fields
    return ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + \
        t._microsecond


def _tz_offset(t, at):
    if t._tzinfo is None:
        return None
    return _offset_us(t._tzinfo.utcoffset(at), 'utcoffset')


def _tz_utcoffset(t, at):
    off = _tz_offset(t, at)
    return None if off is None else _td(off)


def _tz_dst(t, at):
    if t._tzinfo is None:
        return None
    off = _offset_us(t._tzinfo.dst(at), 'dst')
    return None if off is None else _td(off)


def _tz_name(t, at):
    if t._tzinfo is None:
        return None
    return _check_tzname(t._tzinfo.tzname(at))


class time(object):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _parse_iso_time(s, 1 if s[:1] == 'T' else 0)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(r[0], r[1], r[2], r[3], r[4])

    hour = _HOUR
    minute = _MINUTE
    second = _SECOND
    microsecond = _MICROSECOND
    tzinfo = _TZINFO
    fold = _FOLD

    def _off(self):
        return _tz_offset(self, None)

    def utcoffset(self):
        return _tz_utcoffset(self, None)

    def dst(self):
        return _tz_dst(self, None)

    def tzname(self):
        return _tz_name(self, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        s = _clock_iso(self._hour, self._minute, self._second,
                       self._microsecond, timespec)
        off = self._off()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        s = '%s(%s' % (_tname(self), _clock_repr(self))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, format):
        return _strftime(format, self, self)

    def __format__(self, fmt):
        return _format(self, fmt)

    def _key(self, other, sym):
        # (self's, other's) microseconds of the day, moved to UTC when
        # aware; None if other is no time
        if not isinstance(other, time):
            return None
        a = _day_us(self)
        b = _day_us(other)
        if self._tzinfo is not other._tzinfo:
            off1 = self._off()
            off2 = other._off()
            if (off1 is None) != (off2 is None):
                if not sym:
                    return 0, 1     # unequal
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
            if off1 is not None:
                a -= off1
                b -= off2
        return a, b

    __eq__ = _comparison('')
    __lt__ = _comparison('<')
    __le__ = _comparison('<=')
    __gt__ = _comparison('>')
    __ge__ = _comparison('>=')

    def __hash__(self):
        us = _day_us(self)
        off = self._off()
        return hash(us if off is None else us - off)

    def __bool__(self):
        return True

    # time has no arithmetic; these give CPython's messages for it
    def __add__(self, other):
        return _op_fail('+', self, other, other)

    def __sub__(self, other):
        return _op_fail('-', self, other, other)

    def __reduce__(self):
        return _rebuild, (type(self), (self._hour, self._minute, self._second,
                                       self._microsecond, self._tzinfo),
                          self._fold)


time.min = _new_time(0, 0, 0, 0, None, 0)
time.max = _new_time(23, 59, 59, 999999, None, 0)
time.resolution = _td(1)


############################################################ datetime

def _dt_from_us(cls, us, tz, fold=0):
    # the datetime us microseconds after 0001-01-01T00:00 (ordinal 0)
    n, r = divmod(us, _US_PER_DAY)
    if n < 1 or n > _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord_to_ymd(n)
    s, micro = divmod(r, 1000000)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    if cls is not datetime:
        return cls(y, m, d, h, mi, s, micro, tz, fold=fold)
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._ord = n
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = micro
    self._tzinfo = tz
    self._fold = fold
    self._us = us
    return self


def _local_zone():
    # the local time zone is taken to be UTC (see the header comment)
    return timezone(_td(0), 'UTC')


def _from_utc(cls, us, tz):
    if tz is None:
        return _dt_from_us(cls, us, None)
    return tz.fromutc(_dt_from_us(cls, us, tz))


class datetime(date):
    # _us: microseconds since 0001-01-01T00:00 of the fields
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_us')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0,
                minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if year is _MISSING or month is _MISSING or day is _MISSING:
            _missing(year, month)
        year = _as_int(year)
        month = _as_int(month)
        day = _as_int(day)
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._ord = n = _ymd_to_ord(year, month, day)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._us = (((n * 24 + hour) * 60 + minute) * 60 + second) * \
            1000000 + microsecond
        return self

    @classmethod
    def today(cls):
        return _dt_from_us(cls, _now_us(), None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return _from_utc(cls, _now_us(), tz)

    @classmethod
    def utcnow(cls):
        return _dt_from_us(cls, _now_us(), None)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return _from_utc(cls, _utc_us(t), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return _dt_from_us(cls, _utc_us(t), None)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d._year, d._month, d._day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % _argtype(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour,
                   time._minute, time._second, time._microsecond, tzinfo,
                   fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        sep = _iso_separator(s)
        ymd = _parse_iso_date(s, sep)
        t = (0, 0, 0, 0, None)
        if ymd is not None and len(s) > sep:
            t = _parse_iso_time(s, sep + 1)
        if ymd is None or t is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], t[4])

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % _argtype(date_string))
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s'
                            % _argtype(format))
        return _strptime(cls, date_string, format)

    hour = _HOUR
    minute = _MINUTE
    second = _SECOND
    microsecond = _MICROSECOND
    tzinfo = _TZINFO
    fold = _FOLD

    def date(self):
        return _new_date(date, self._year, self._month, self._day, self._ord)

    def time(self):
        return _new_time(self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _new_time(self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def _off(self):
        return _tz_offset(self, self)

    def utcoffset(self):
        return _tz_utcoffset(self, self)

    def dst(self):
        return _tz_dst(self, self)

    def tzname(self):
        return _tz_name(self, self)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is not None and self._tzinfo is tz:
            return self
        off = self._off()
        # a naive datetime is local time, taken to be UTC
        utc = self._us - (0 if off is None else off)
        if tz is None:
            tz = _local_zone()
        return tz.fromutc(_dt_from_us(type(self), utc, tz))

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % _argtype(sep))
        s = '%04d-%02d-%02d%s%s' % (
            self._year, self._month, self._day, sep,
            _clock_iso(self._hour, self._minute, self._second,
                       self._microsecond, timespec))
        off = self._off()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%s(%d, %d, %d, %s' % (_tname(self), self._year, self._month,
                                   self._day, _clock_repr(self))
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return s + ')'

    def ctime(self):
        return _ctime(self)

    def strftime(self, format):
        return _strftime(format, self, self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us + other._us,
                               self._tzinfo)
        return _op_fail('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us + other._us,
                               self._tzinfo)
        return _rop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us - other._us,
                               self._tzinfo)
        if isinstance(other, datetime):
            k = self._key(other, '-')
            return _td(k[0] - k[1])
        return _op_fail('-', self, other, other)

    __rsub__ = _reflected('-')

    def _key(self, other, sym):
        # (self's, other's) microseconds, moved to UTC when aware; None if
        # other is no datetime
        if not isinstance(other, datetime):
            if sym and isinstance(other, date):
                raise TypeError("can't compare %s to %s"
                                % (_tname(self), _tname(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return self._us, other._us
        off1 = self._off()
        off2 = other._off()
        if (off1 is None) != (off2 is None):
            if not sym:
                return 0, 1         # unequal
            if sym == '-':
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if off1 is None:
            return self._us, other._us
        # PEP 495: a time in a fold or gap is unequal to any time in
        # another zone
        if not sym and (_flip_fold(self)._off() != off1 or
                        _flip_fold(other)._off() != off2):
            return 0, 1
        return self._us - off1, other._us - off2

    __eq__ = _comparison('')
    __lt__ = _comparison('<')
    __le__ = _comparison('<=')
    __gt__ = _comparison('>')
    __ge__ = _comparison('>=')

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t._off()
        return hash(t._us if off is None else t._us - off)

    def __reduce__(self):
        return _rebuild, (type(self), (self._year, self._month, self._day,
                                       self._hour, self._minute, self._second,
                                       self._microsecond, self._tzinfo),
                          self._fold)


def _rebuild(cls, args, fold):
    # what __reduce__ of time and datetime gives copy (and pickle) to call
    return cls(*args, fold=fold)


def _flip_fold(dt):
    return _dt_from_us(type(dt), dt._us, dt._tzinfo, 1 - dt._fold)


_date_class = date
_time_class = time
datetime.min = _dt_from_us(datetime, _US_PER_DAY, None)
datetime.max = _dt_from_us(datetime, (_MAX_ORDINAL + 1) * _US_PER_DAY - 1,
                           None)
datetime.resolution = _td(1)


########################################################### isoformat

def _digits(s, i, n):
    # the int of the n ASCII digits at s[i:], or -1
    if i + n > len(s):
        return -1
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if c < '0' or c > '9':
            return -1
        v = v * 10 + ord(c) - 48
    return v


def _char(s, i):
    # s[i], or '\0' past the end (CPython reads a NUL-terminated buffer)
    return s[i] if i < len(s) else '\0'


def _iso_separator(s):
    # where the date part of an ISO datetime string ends: 'YYYY-MM-DD',
    # 'YYYYMMDD', 'YYYY-Www', 'YYYYWww', 'YYYY-Www-D' or 'YYYYWwwD'
    n = len(s)
    if n == 7:
        return 7
    if _char(s, 4) == '-':
        if _char(s, 5) != 'W':
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == '-':
            if n == 9:
                return -1
            if n > 10 and '0' <= s[10] <= '9':
                return 8        # 'YYYY-Www-HH': a '-' separator
            return 10
        return 8
    if _char(s, 4) == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, n):
    # (y, m, d) of the ISO date in s[:n] (n < 0: invalid), or None
    if n < 0:
        return None
    y = _digits(s, 0, 4)
    if y < 0:
        return None
    dash = _char(s, 4) == '-'
    i = 5 if dash else 4
    if _char(s, i) == 'W':
        w = _digits(s, i + 1, 2)
        if w < 0:
            return None
        i += 3
        wd = 1
        if i < n:
            if dash:
                if _char(s, i) != '-':
                    return None
                i += 1
            wd = _digits(s, i, 1)
            if wd < 0:
                return None
        o = _iso_to_ord(y, w, wd)
        if o is None:
            return None
        return _ord_to_ymd(o)
    m = _digits(s, i, 2)
    if m < 0:
        return None
    i += 2
    if dash:
        if _char(s, i) != '-':
            return None
        i += 1
    d = _digits(s, i, 2)
    if d < 0:
        return None
    return y, m, d


def _parse_hms(s, i, end):
    # [HH[:?MM[:?SS]]][.,f+] in s[i:end] as (status, h, m, s, us); status
    # 0 when the text ends where it should, 1 when one character follows
    # (harmless only before a time zone), -1 when malformed
    vals = [0, 0, 0]
    colons = True
    k = 0
    while k < 3:
        v = _digits(s, i, 2)
        if v < 0:
            return -1, 0, 0, 0, 0
        vals[k] = v
        i += 2
        c = _char(s, i)
        i += 1
        if k == 0:
            colons = c == ':'
        if i >= end:
            return (0 if c == '\0' else 1), vals[0], vals[1], vals[2], 0
        if colons and c == ':':
            k += 1
            continue
        if c == '.' or c == ',':
            break
        if colons:
            return -1, 0, 0, 0, 0
        i -= 1
        k += 1
    count = min(end - i, 6)
    us = _digits(s, i, count)
    if us < 0:
        return -1, 0, 0, 0, 0
    us *= 10 ** (6 - count)
    i += count
    while '0' <= _char(s, i) <= '9':
        i += 1
    return (0 if _char(s, i) == '\0' else 1), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, start):
    # (h, m, s, us, tzinfo) of the ISO time in s[start:], or None
    n = len(s)
    tzpos = start
    while tzpos < n and s[tzpos] not in 'Z+-':
        tzpos += 1
    if start == n:
        tzpos = n
    st, h, mi, sec, us = _parse_hms(s, start, tzpos)
    if st < 0:
        return None
    if tzpos >= n:
        if st == 1:
            return None
        return h, mi, sec, us, None
    if s[tzpos] == 'Z':
        if _char(s, tzpos + 1) != '\0':
            return None
        return h, mi, sec, us, _UTC
    st, th, tm, ts, tus = _parse_hms(s, tzpos + 1, n)
    if st != 0:
        return None
    secs = th * 3600 + tm * 60 + ts
    if s[tzpos] == '-':
        secs = -secs
        tus = -tus
    if secs == 0:
        return h, mi, sec, us, _UTC
    return h, mi, sec, us, timezone(timedelta(0, secs, tus))


############################################################ strftime

# glibc's numeric conversions and their widths; e, k and l are d, H and I
# padded with spaces
_NUM_KEYS = 'dHImMSyYCjuwUWsekl'
_NUM_WIDTHS = '222222211311221222'
_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'F': '%Y-%m-%d',
              'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p',
              'x': '%m/%d/%y', 'X': '%H:%M:%S'}
# glibc ignores the E and O modifiers before these conversions and
# prints the others literally
_E_OK = 'cCnpPrRstTuxXyYzZ%'
_O_OK = 'bBCdeghGHIjklmMnpPrRsStTuUVwWyzZ%'


def _fields(obj):
    # (year, month, day, ordinal, hour, minute, second, microsecond); a
    # time is on 1900-01-01, a date at midnight
    if isinstance(obj, time):
        return (1900, 1, 1, 693596, obj._hour, obj._minute, obj._second,
                obj._microsecond)
    if isinstance(obj, datetime):
        return (obj._year, obj._month, obj._day, obj._ord, obj._hour,
                obj._minute, obj._second, obj._microsecond)
    return obj._year, obj._month, obj._day, obj._ord, 0, 0, 0, 0


def _ctime(obj):
    f = _fields(obj)
    return '%s %s %2d %02d:%02d:%02d %04d' % (
        _DAY_NAMES[(f[3] + 6) % 7][:3], _MONTH_NAMES[f[1]][:3], f[2], f[4],
        f[5], f[6], f[0])


def _strftime(fmt, obj, tzsrc):
    # strftime of date, time and datetime
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % _argtype(fmt))
    nul = fmt.find('\0')
    if nul >= 0:
        fmt = fmt[:nul]             # where C's strftime stops reading
    return _render(fmt, _fields(obj), tzsrc)


def _number(c, f):
    # the value of numeric conversion c for the fields f
    y, mo, d, n, h = f[0], f[1], f[2], f[3], f[4]
    k = _NUM_KEYS.find(c) % 15
    if k < 6:
        return (d, h, h % 12 or 12, mo, f[5], f[6])[k]
    if k < 9:
        return (y % 100, y, y // 100)[k - 6]
    if k == 14:
        return ((n - _EPOCH_ORDINAL) * 24 + h) * 3600 + f[5] * 60 + f[6]
    yday = n - _ymd_to_ord(y, 1, 1)
    wd = (n + 6) % 7
    if k == 9:
        return yday + 1
    if k == 10:
        return wd + 1
    if k == 11:
        return (wd + 1) % 7
    return (yday + 7 - (wd + 1) % 7 if k == 12 else yday + 7 - wd) // 7


def _name(c, f):
    # the text of conversion a, A, b, B, h or p for the fields f
    if c == 'p':
        return 'AM' if f[4] < 12 else 'PM'
    if c == 'a' or c == 'A':
        v = _DAY_NAMES[(f[3] + 6) % 7]
    else:
        v = _MONTH_NAMES[f[1]]
    return v if c == 'A' or c == 'B' else v[:3]


def _render(fmt, f, tzsrc):
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        start = j
        j += 1
        if j < n and fmt[j] in 'fzZ':
            # CPython substitutes these before calling strftime
            out.append(_python_directive(fmt[j], f, tzsrc))
            i = j + 1
            continue
        pad = ''
        upper = swap = False
        while j < n and fmt[j] in '-_0^#':
            c = fmt[j]
            if c == '^':
                upper = True
            elif c == '#':
                swap = True
            else:
                pad = c
            j += 1
        if j < n and '1' <= fmt[j] <= '9':
            raise ValueError('strftime field widths are not supported by '
                             'adder: %r' % fmt)
        mod = ''
        if j < n and (fmt[j] == 'E' or fmt[j] == 'O'):
            mod = fmt[j]
            j += 1
        if j >= n:
            out.append(fmt[start:])
            break
        c = fmt[j]
        i = j + 1
        if mod and c not in (_E_OK if mod == 'E' else _O_OK):
            out.append(fmt[start:i])
        elif c in _NUM_KEYS or c in 'VGg':
            if c in 'VGg':
                iy, iw, _ = _iso_calendar(f[3])
                v = iw if c == 'V' else (iy if c == 'G' else iy % 100)
                width = 1 if c == 'G' else 2
            else:
                v = _number(c, f)
                width = ord(_NUM_WIDTHS[_NUM_KEYS.find(c)]) - 48
            if pad == '-':
                out.append(str(v))
            else:
                fill = ' ' if pad == '_' or (pad != '0' and c in 'ekl') \
                    else '0'
                out.append(str(v).rjust(width, fill))
        elif c in 'aAbBhp':
            v = _name(c, f)
            if upper or (swap and c != 'p'):
                v = v.upper()
            elif swap:
                v = v.lower()
            out.append(v)
        elif c in _COMPOSITE:
            r = _render(_COMPOSITE[c], f, tzsrc)
            out.append(r.upper() if upper else r)
        elif c == 'P':
            out.append('am' if f[4] < 12 else 'pm')
        elif c == 'n' or c == 't' or c == '%':
            out.append('\n' if c == 'n' else ('\t' if c == 't' else '%'))
        elif c not in 'zZ':
            # glibc prints an unknown conversion as written; its own %z
            # and %Z (behind flags) see no zone in CPython's struct tm
            out.append(fmt[start:i])
    return ''.join(out)


def _python_directive(c, f, tzsrc):
    if c == 'f':
        return '%06d' % f[7]
    if tzsrc is None:
        return ''
    if c == 'z':
        off = tzsrc._off()
        return '' if off is None else _format_offset(off, '')
    name = tzsrc.tzname()
    return '' if name is None else name


############################################################ strptime

def _alt_matches(alt, s, i):
    # does the alternative (a tuple of character sets) match at s[i:]?
    if i + len(alt) > len(s):
        return False
    for k in range(len(alt)):
        chars = alt[k]
        ch = s[i + k]
        if chars == 'D':
            if not ch.isdecimal():
                return False
        elif ch not in chars:
            return False
    return True


_DIGIT = 'D'
_D19 = '123456789'
# The alternatives of CPython's regular expression for each numeric
# directive, tried in order; each is a tuple of per-character sets ('D'
# is \d, any Unicode decimal digit).
_ALT_SETS = {
    'd': (('3', '01'), ('12', _DIGIT), ('0', _D19), (_D19,), (' ', _D19)),
    'H': (('2', '0123'), ('01', _DIGIT), (_DIGIT,)),
    'I': (('1', '012'), ('0', _D19), (_D19,)),
    'm': (('1', '012'), ('0', _D19), (_D19,)),
    'M': (('012345', _DIGIT), (_DIGIT,)),
    'S': (('6', '01'), ('012345', _DIGIT), (_DIGIT,)),
    'U': (('5', '0123'), ('01234', _DIGIT), (_DIGIT,)),
    'W': (('5', '0123'), ('01234', _DIGIT), (_DIGIT,)),
    'V': (('5', '0123'), ('0', _D19), ('1234', _DIGIT), (_DIGIT,)),
    'j': (('3', '6', '0123456'), ('3', '012345', _DIGIT),
          ('12', _DIGIT, _DIGIT), ('0', _D19, _DIGIT), ('0', '0', _D19),
          (_D19, _DIGIT), ('0', _D19), (_D19,)),
    'y': ((_DIGIT, _DIGIT),),
    'Y': ((_DIGIT, _DIGIT, _DIGIT, _DIGIT),),
    'G': ((_DIGIT, _DIGIT, _DIGIT, _DIGIT),),
    'w': (('0123456',),),
    'u': (('1234567',),),
}
_NAMES = {
    'a': ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'),
    'A': ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
          'saturday', 'sunday'),
    'b': ('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
          'oct', 'nov', 'dec'),
    'B': ('january', 'february', 'march', 'april', 'may', 'june', 'july',
          'august', 'september', 'october', 'november', 'december'),
    'p': ('am', 'pm'),
    'Z': ('utc', 'gmt'),
}
_STRPTIME_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                       'X': '%H:%M:%S'}
_REGEX_SPECIAL = '\\.^$*+?(){}[]|'
_strptime_cache = {}


def _compile_strptime(fmt, whole, items):
    # items: ('', literal char) / (' ', None) for whitespace / (directive,)
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append((' ', None))
            continue
        if c != '%':
            items.append(('', c))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        c = fmt[i + 1]
        i += 2
        if c in _STRPTIME_COMPOSITE:
            _compile_strptime(_STRPTIME_COMPOSITE[c], whole, items)
        elif c in _ALT_SETS or c in _NAMES or c in 'fz%':
            items.append((c, None))
        elif c in _REGEX_SPECIAL or c.isspace():
            # CPython escaped the character first, so its '\\' is
            # reported as '%'
            raise ValueError("'%%' is a bad directive in format '%s'" % whole)
        else:
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (c, whole))
    return items


def _candidates(kind, s, i):
    # where the item can end when it starts at s[i], best first
    n = len(s)
    if kind == '':
        return None
    if kind == ' ':
        j = i
        while j < n and s[j].isspace():
            j += 1
        return list(range(j, i, -1))
    alts = _ALT_SETS.get(kind)
    if alts is not None:
        ends = []
        for alt in alts:
            if _alt_matches(alt, s, i) and i + len(alt) not in ends:
                ends.append(i + len(alt))
        return ends
    names = _NAMES.get(kind)
    if names is not None:
        low = s[i:i + 9].lower()
        ends = []
        for name in sorted(names, key=len, reverse=True):
            if low.startswith(name) and i + len(name) not in ends:
                ends.append(i + len(name))
        return ends
    if kind == 'f':
        j = i
        while j < n and j < i + 6 and '0' <= s[j] <= '9':
            j += 1
        return list(range(j, i, -1))
    if kind == '%':
        return [i + 1] if s[i:i + 1] == '%' else []
    return _tz_candidates(s, i)


def _tz_candidates(s, i):
    # [+-]HH:?MM(:?SS(.ffffff)?)? or 'Z', in the regex's backtracking order
    if s[i:i + 1] == 'Z':
        return [i + 1]
    if s[i:i + 1] not in ('+', '-') or _digits2(s, i + 1) is None:
        return []
    ends = []
    for j in ((i + 4, i + 3) if s[i + 3:i + 4] == ':' else (i + 3,)):
        if j + 2 > len(s) or s[j] not in '012345' or \
                not s[j + 1].isdecimal():
            continue
        k = j + 2
        for m in ((k + 1, k) if s[k:k + 1] == ':' else (k,)):
            if m + 2 <= len(s) and s[m] in '012345' and \
                    s[m + 1].isdecimal():
                e = m + 2
                if s[e:e + 1] == '.':
                    f = e + 1
                    while f < len(s) and f < e + 7 and s[f].isdecimal():
                        f += 1
                    for end in range(f, e + 1, -1):
                        ends.append(end)
                ends.append(e)
        ends.append(k)
    return ends


def _digits2(s, i):
    if i + 2 <= len(s) and s[i].isdecimal() and s[i + 1].isdecimal():
        return s[i:i + 2]
    return None


def _match(items, k, s, i, found):
    # the end of the first match of items[k:] at s[i:] in the regex's
    # order, recording each directive's text in found; -1 if none
    if k == len(items):
        return i
    kind, lit = items[k]
    if kind == '':
        if i < len(s) and (s[i] == lit or s[i].lower() == lit.lower()):
            return _match(items, k + 1, s, i + 1, found)
        return -1
    for end in _candidates(kind, s, i):
        r = _match(items, k + 1, s, end, found)
        if r >= 0:
            if kind != ' ':
                found.append((kind, s[i:end]))
            return r
    return -1


def _strptime(cls, data, fmt):
    items = _strptime_cache.get(fmt)
    if items is None:
        items = _compile_strptime(fmt, fmt, [])
        seen = set()
        for kind, _ in items:
            if kind not in ('', ' ', '%'):
                if kind in seen:
                    raise ValueError('redefinition of group name %r in '
                                     'format %r' % (kind, fmt))
                seen.add(kind)
        _strptime_cache[fmt] = items
    found = []
    end = _match(items, 0, data, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    found.reverse()                 # recorded innermost first
    values = {}
    for kind, text in found:
        values[kind] = text
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = week = iso_year = iso_week = None
    week_starts_monday = False
    off = None
    ampm = values.get('p', '').lower()
    for kind, text in found:
        if kind == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif kind == 'Y':
            year = int(text)
        elif kind == 'G':
            iso_year = int(text)
        elif kind == 'm':
            month = int(text)
        elif kind == 'B' or kind == 'b':
            month = _NAMES[kind].index(text.lower()) + 1
        elif kind == 'd':
            day = int(text)
        elif kind == 'H':
            hour = int(text)
        elif kind == 'I':
            hour = int(text)
            if ampm == '' or ampm == 'am':
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif kind == 'M':
            minute = int(text)
        elif kind == 'S':
            second = int(text)
        elif kind == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif kind == 'A' or kind == 'a':
            weekday = _NAMES[kind].index(text.lower())
        elif kind == 'w':
            weekday = (int(text) + 6) % 7
        elif kind == 'u':
            weekday = int(text) - 1
        elif kind == 'j':
            julian = int(text)
        elif kind == 'U' or kind == 'W':
            week = int(text)
            week_starts_monday = kind == 'W'
        elif kind == 'V':
            iso_week = int(text)
        elif kind == 'z':
            off = _strptime_offset(text)
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904             # a leap year, for the computations
            leap_fix = True
        else:
            year = 1900
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    ordinal = None
    if julian is None and weekday is not None:
        if week is not None:
            jan1 = _ymd_to_ord(year, 1, 1)
            first = (jan1 + 6) % 7
            wd = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week == 0:
                ordinal = jan1 + wd - first
            else:
                ordinal = jan1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None:
            ordinal = _iso_week1_monday(iso_year) + 7 * (iso_week - 1) + \
                weekday
    elif julian is not None:
        ordinal = _ymd_to_ord(year, 1, 1) + julian - 1
    if ordinal is None:
        _check_date(year, month, day)
    else:
        if ordinal < 1:
            raise ValueError('year 0 is out of range')
        year, month, day = _ord_to_ymd(ordinal)
    if leap_fix:
        year = 1900
    if off is None:
        return cls(year, month, day, hour, minute, second, fraction)
    name = values.get('Z')
    tz = timezone(off, name) if name else timezone(off)
    return cls(year, month, day, hour, minute, second, fraction, tz)


def _strptime_offset(z):
    if z == 'Z':
        return _td(0)
    body = z
    if body[3] == ':':
        body = body[:3] + body[4:]
        if len(body) > 5:
            if body[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % z)
            body = body[:5] + body[6:]
    secs = int(body[1:3]) * 3600 + int(body[3:5]) * 60 + int(body[5:7] or 0)
    tail = body[8:]
    us = int(tail + '0' * (6 - len(tail)))
    if body[0] == '-':
        secs = -secs
        us = -us
    return timedelta(seconds=secs, microseconds=us)
