def words(lines):
    # Rebinds its parameter to another type: the compiler must not narrow
    # it from the calls it sees.
    lines = tuple(lines)
    return [w for line in lines for w in line.split()]


def shout(s, times=1):
    return (s.upper() + "!") * times
