# statistics: adder's descriptive statistics. Without fractions, sums of
# int and float data are kept exact as integer num/den pairs, so results
# round exactly as CPython's Fraction-based ones do.

from math import isqrt as _isqrt, fsum as _fsum, sqrt as _sqrt, \
    exp as _exp, log as _log, gcd as _gcd

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # exact (numerator, denominator) of x; (x, None) for infinities and NaNs
    if type(x) is int:
        return x, 1
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _common(parts):
    # parts maps denominator -> summed numerators; returns (num, den) of
    # the total (denominators of floats are powers of two: lcm is cheap)
    den = 1
    for d in parts:
        den = den * d // _gcd(den, d)
    return sum([n * (den // d) for d, n in parts.items()]), den


def _sum(data):
    # -> (is_int, num, den, count); den is None when num is an inf or nan
    parts = {}
    count = 0
    is_int = True
    for x in data:
        n, d = _ratio(x)
        if is_int and not isinstance(x, int):
            is_int = False
        count += 1
        parts[d] = parts.get(d, 0) + n
    if None in parts:
        return is_int, parts[None], None, count
    num, den = _common(parts)
    return is_int, num, den, count


def _convert(is_int, num, den):
    # Like CPython: int data stays int when the exact result is integral.
    if is_int and num % den == 0:
        return num // den
    return num / den


def _ss(data, c):
    # sum of squared deviations: -> (is_int, num, den, count)
    if c is not None:
        return _sum([(x - c) * (x - c) for x in data])
    sx = {}
    sxx = {}
    count = 0
    is_int = True
    for x in data:
        n, d = _ratio(x)
        if is_int and not isinstance(x, int):
            is_int = False
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if None in sx:
        return is_int, sx[None], None, count
    if not count:
        return is_int, 0, 1, 0
    a, den = _common(sx)
    b = 0
    for d, n in sxx.items():
        b += n * (den // d) ** 2
    return is_int, count * b - a * a, count * den * den, count


def _sqrt_frac(p, q):
    # sqrt(p/q) correctly rounded: a 58+ bit integer root, made odd when
    # inexact (round to odd), is rounded once by the int/int division.
    if p == 0:
        return 0.0
    k = 58 - (p.bit_length() - q.bit_length()) // 2
    if k >= 0:
        m = _isqrt((p << 2 * k) // q)
        if m * m * q != p << 2 * k:
            m |= 1
        return m / (1 << k)
    m = _isqrt(p // (q << -2 * k))
    if (m * m * q) << -2 * k != p:
        m |= 1
    return (m << -k) / 1


def mean(data):
    is_int, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if den is None:
        return num / n
    return _convert(is_int, num, den * n)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != nw:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _check_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
    return values


def harmonic_mean(data, weights=None):
    errmsg = 'harmonic mean does not support negative values'
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        wnum, wden = n, 1
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, wnum, wden, _ = _sum(_check_neg(weights, errmsg))
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(errmsg)
        try:
            terms.append(w / x if w else 0)
        except ZeroDivisionError:
            return 0
    is_int, num, den, _ = _sum(terms)
    if den is None:
        if num <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return (wnum / wden) / num
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(is_int, wnum * den, wden * num)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # data[i:j] are the values equal to x
    i = n // 2
    while i > 0 and data[i - 1] == x:
        i -= 1
    j = n // 2 + 1
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    low = x - interval / 2.0
    return low + interval * (n / 2 - i) / (j - i)


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = None
    most = 0
    # the first value seen among the most common ones
    for x, c in counts.items():
        if c > most:
            best = x
            most = c
    if not most:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    most = max(counts.values())
    return [x for x, c in counts.items() if c == most]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: ' + repr(method))


def variance(data, xbar=None):
    is_int, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if den is None:
        return num / (n - 1)
    return _convert(is_int, num, den * (n - 1))


def pvariance(data, mu=None):
    is_int, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if den is None:
        return num / n
    return _convert(is_int, num, den * n)


def stdev(data, xbar=None):
    is_int, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if den is None:
        # CPython 3.11 fails this way on infinities and NaNs
        return (num / (n - 1)).numerator
    return _sqrt_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    is_int, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if den is None:
        return (num / n).numerator
    return _sqrt_frac(num, den * n)


def _pair_sums(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + ' requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError(what + ' requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    return n, xbar, ybar, _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])


def covariance(x, y, /):
    n, xbar, ybar, sxy = _pair_sums(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar, sxy = _pair_sums(x, y, 'correlation')
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')
