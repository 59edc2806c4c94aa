# mandelbrot: escape-time iteration over a grid of the complex plane.
#
# Measures float arithmetic in registers: the inner loop is four multiplies,
# three adds and a compare per step, with loop-carried dependences through
# zr and zi, and no memory traffic. Complex numbers are written out as pairs
# of floats. The checksum is the total iteration count over the grid plus
# the number of points that never escape.
#
# The same algorithm, inputs and output live in mandelbrot.c.


def mandelbrot(width, height, max_iter):
    total = 0
    inside = 0
    dx = 2.5 / width
    dy = 2.5 / height
    for y in range(height):
        ci = -1.25 + y * dy
        for x in range(width):
            cr = -2.0 + x * dx
            zr = 0.0
            zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            total += it
            if it == max_iter:
                inside += 1
    print(f"iterations = {total}")
    print(f"inside = {inside}")


def main():
    mandelbrot(1200, 1000, 300)


if __name__ == "__main__":
    main()
