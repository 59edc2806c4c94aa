# fractions: exact rational numbers (adder's standard library, written for
# adder; behaves as CPython 3.11's fractions.Fraction). There is no
# `numbers` module: the rationals are int, bool and Fraction, the reals
# add float, and isinstance(x, numbers.Rational) is not available.
# Not provided: Fraction.from_decimal (there is no decimal module).

from math import gcd as _gcd, isinf as _isinf, isnan as _isnan

__all__ = ['Fraction']

# CPython's numeric hash works modulo this prime (on 32-bit boards adder
# truncates the 64-bit hash the same way for ints, floats and __hash__).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _new(n, d):
    # A Fraction from an already normalized pair (d > 0, gcd(n, d) == 1).
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _reduced(n, d):
    # d != 0 is the caller's business; the sign goes to the numerator.
    g = _gcd(n, d)
    if d < 0:
        g = -g
    return _new(n // g, d // g)


def _is_digits(s):
    # One or more Unicode decimal digits (\d in CPython's literal pattern),
    # single underscores allowed between them.
    for part in s.split('_'):
        if not part.isdecimal():
            return False
    return True


def _parse(text):
    # (numerator, denominator) of a Fraction literal such as ' -3/4 ',
    # '1.5e-3' or '.5', or None when it is not one.
    s = text.strip()
    neg = s[:1] == '-'
    if s[:1] in ('-', '+'):
        s = s[1:]
    slash = s.find('/')
    if slash >= 0:
        top = s[:slash]
        bottom = s[slash + 1:]
        if not (_is_digits(top) and _is_digits(bottom)):
            return None
        n = int(top)
        d = int(bottom)
    else:
        exp = 0
        e = s.find('e')
        if e < 0:
            e = s.find('E')
        if e >= 0:
            tail = s[e + 1:]
            digits = tail[1:] if tail[:1] in ('-', '+') else tail
            if not _is_digits(digits):
                return None
            exp = int(tail)
            s = s[:e]
        dot = s.find('.')
        if dot >= 0:
            whole = s[:dot]
            frac = s[dot + 1:]
        else:
            whole = s
            frac = ''
        if whole == '' and frac == '':
            return None
        if (whole != '' and not _is_digits(whole)) or \
                (frac != '' and not _is_digits(frac)):
            return None
        n = int(whole) if whole else 0
        d = 1
        if frac:
            d = 10 ** len(frac.replace('_', ''))
            n = n * d + int(frac)
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    if neg:
        n = -n
    return n, d


class Fraction(object):
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, int):
                n = int(numerator)
                d = 1
            elif isinstance(numerator, Fraction):
                n = numerator._numerator
                d = numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                pair = _parse(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                n, d = pair
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            n = int(numerator)
            d = int(denominator)
        elif isinstance(numerator, (int, Fraction)) and \
                isinstance(denominator, (int, Fraction)):
            a = _as_fraction(numerator)
            b = _as_fraction(denominator)
            n = a._numerator * b._denominator
            d = b._numerator * a._denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _gcd(n, d)
        if d < 0:
            g = -g
        self = object.__new__(cls)
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    def limit_denominator(self, max_denominator=1000000):
        # The closest fraction with a bounded denominator is either the
        # last continued-fraction convergent within the bound or the best
        # semiconvergent after it.
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n = self._numerator
        d = self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: exact with ints and Fractions, through float (or complex)
    # with floats (complexes), as CPython's operator fallbacks do.

    def __add__(a, b):
        return _forward(a, b, _add, _float_add)

    def __radd__(b, a):
        return _reverse(b, a, _add, _float_add)

    def __sub__(a, b):
        return _forward(a, b, _sub, _float_sub)

    def __rsub__(b, a):
        return _reverse(b, a, _sub, _float_sub)

    def __mul__(a, b):
        return _forward(a, b, _mul, _float_mul)

    def __rmul__(b, a):
        return _reverse(b, a, _mul, _float_mul)

    def __truediv__(a, b):
        return _forward(a, b, _div, _float_div)

    def __rtruediv__(b, a):
        return _reverse(b, a, _div, _float_div)

    def __floordiv__(a, b):
        return _forward(a, b, _floordiv, _float_floordiv)

    def __rfloordiv__(b, a):
        return _reverse(b, a, _floordiv, _float_floordiv)

    def __mod__(a, b):
        return _forward(a, b, _mod, _float_mod)

    def __rmod__(b, a):
        return _reverse(b, a, _mod, _float_mod)

    def __divmod__(a, b):
        return _forward(a, b, _divmod, divmod)

    def __rdivmod__(b, a):
        return _reverse(b, a, _divmod, divmod)

    def __pow__(a, b):
        if isinstance(b, int):
            return _int_power(a, int(b))
        if isinstance(b, Fraction):
            if b._denominator == 1:
                return _int_power(a, b._numerator)
            # a fractional power is generally irrational
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return _as_fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        return _new(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q + (q & 1)     # a tie goes to the even neighbour
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        d = self._denominator
        if d % _HASH_MODULUS == 0:
            # no inverse modulo the prime: hashes like an infinity
            h = _HASH_INF
        else:
            h = abs(self._numerator) % _HASH_MODULUS * \
                pow(d, -1, _HASH_MODULUS) % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and \
                a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _isnan(b) or _isinf(b):
                return False
            n, d = b.as_integer_ratio()
            return a._numerator == n and a._denominator == d
        return NotImplemented

    def __lt__(a, b):
        p = _cmp_pair(a, b)
        if p is None:
            return NotImplemented
        return p[0] < p[1]

    def __gt__(a, b):
        p = _cmp_pair(a, b)
        if p is None:
            return NotImplemented
        return p[0] > p[1]

    def __le__(a, b):
        p = _cmp_pair(a, b)
        if p is None:
            return NotImplemented
        return p[0] <= p[1]

    def __ge__(a, b):
        p = _cmp_pair(a, b)
        if p is None:
            return NotImplemented
        return p[0] >= p[1]

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _as_fraction(x):
    # x is an int (or bool) or a Fraction
    if isinstance(x, Fraction):
        return x
    return _new(int(x), 1)


def _cmp_pair(a, b):
    # two numbers that compare as a compares with b; None if b is no real
    if isinstance(b, Fraction):
        return a._numerator * b._denominator, a._denominator * b._numerator
    if isinstance(b, int):
        return a._numerator, a._denominator * b
    if isinstance(b, float):
        if _isnan(b) or _isinf(b):
            return 0.0, b
        n, d = b.as_integer_ratio()
        return a._numerator * d, a._denominator * n
    return None


def _forward(a, b, exact, fallback):
    if isinstance(b, (int, Fraction)):
        return exact(a, _as_fraction(b))
    if isinstance(b, float):
        return fallback(float(a), b)
    if isinstance(b, complex):
        return fallback(complex(a), b)
    return NotImplemented


def _reverse(b, a, exact, fallback):
    if isinstance(a, (int, Fraction)):
        return exact(_as_fraction(a), b)
    if isinstance(a, float):
        return fallback(a, float(b))
    if isinstance(a, complex):
        return fallback(a, complex(b))
    return NotImplemented


def _add(a, b):
    return _reduced(a._numerator * b._denominator +
                    b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return _reduced(a._numerator * b._denominator -
                    b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    # cancelling crosswise first keeps the products small and reduced
    g1 = _gcd(a._numerator, b._denominator)
    g2 = _gcd(b._numerator, a._denominator)
    return _new((a._numerator // g1) * (b._numerator // g2),
                (a._denominator // g2) * (b._denominator // g1))


def _div(a, b):
    n = b._numerator
    if n == 0:
        # CPython cancels a's numerator against the zero first
        s = a._numerator
        raise ZeroDivisionError('Fraction(%s, 0)' % ((s > 0) - (s < 0)))
    if n < 0:
        return _mul(a, _new(-b._denominator, -n))
    return _mul(a, _new(b._denominator, n))


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    return _reduced((a._numerator * b._denominator) %
                    (b._numerator * a._denominator),
                    a._denominator * b._denominator)


def _divmod(a, b):
    q, r = divmod(a._numerator * b._denominator,
                  a._denominator * b._numerator)
    return q, _reduced(r, a._denominator * b._denominator)


def _int_power(a, p):
    n = a._numerator
    d = a._denominator
    if p >= 0:
        return _new(n ** p, d ** p)
    if n == 0:
        # zero's denominator is 1, so CPython reports Fraction(1 ** -p, 0)
        raise ZeroDivisionError('Fraction(1, 0)')
    if n > 0:
        return _new(d ** -p, n ** -p)
    return _new((-d) ** -p, (-n) ** -p)


def _float_add(x, y):
    return x + y


def _float_sub(x, y):
    return x - y


def _float_mul(x, y):
    return x * y


def _float_div(x, y):
    return x / y


def _float_floordiv(x, y):
    return x // y


def _float_mod(x, y):
    return x % y
