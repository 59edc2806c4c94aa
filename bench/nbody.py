# nbody: the Jovian planets orbiting the Sun, integrated with a simple
# symplectic Euler step.
#
# Measures float arithmetic on list elements: every step reads and writes
# the per-body lists (x, y, z, vx, vy, vz, mass) for each of the ten pairs
# of bodies, and takes one square root per pair. The energy of the system
# is printed before and after, with a fixed format so the text does not
# depend on how floats are printed by default.
#
# The same algorithm, inputs and output live in nbody.c.
import math

PI = math.pi
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def advance(n, x, y, z, vx, vy, vz, mass, dt, steps):
    for step in range(steps):
        for i in range(n):
            xi = x[i]
            yi = y[i]
            zi = z[i]
            vxi = vx[i]
            vyi = vy[i]
            vzi = vz[i]
            mi = mass[i]
            for j in range(i + 1, n):
                dx = xi - x[j]
                dy = yi - y[j]
                dz = zi - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mj = mass[j]
                vxi -= dx * mj * mag
                vyi -= dy * mj * mag
                vzi -= dz * mj * mag
                vx[j] += dx * mi * mag
                vy[j] += dy * mi * mag
                vz[j] += dz * mi * mag
            vx[i] = vxi
            vy[i] = vyi
            vz[i] = vzi
        for i in range(n):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]


def energy(n, x, y, z, vx, vy, vz, mass):
    e = 0.0
    for i in range(n):
        e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= (mass[i] * mass[j]) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def offset_momentum(n, vx, vy, vz, mass):
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(n):
        px += vx[i] * mass[i]
        py += vy[i] * mass[i]
        pz += vz[i] * mass[i]
    vx[0] = -px / SOLAR_MASS
    vy[0] = -py / SOLAR_MASS
    vz[0] = -pz / SOLAR_MASS


def main():
    steps = 3000000
    # Sun, Jupiter, Saturn, Uranus, Neptune.
    x = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00,
         1.28943695621391310e+01, 1.53796971148509165e+01]
    y = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00,
         -1.51111514016986312e+01, -2.59193146099879641e+01]
    z = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01,
         -2.23307578892655734e-01, 1.79258772950371181e-01]
    vx = [0.0, 1.66007664274403694e-03, -2.76742510726862411e-03,
          2.96460137564761618e-03, 2.68067772490389322e-03]
    vy = [0.0, 7.69901118419740425e-03, 4.99852801234917238e-03,
          2.37847173959480950e-03, 1.62824170038242295e-03]
    vz = [0.0, -6.90460016972063023e-05, 2.30417297573763929e-05,
          -2.96589568540237556e-05, -9.51592254519715870e-05]
    mass = [1.0, 9.54791938424326609e-04, 2.85885980666130812e-04,
            4.36624404335156298e-05, 5.15138902046611451e-05]
    n = len(mass)
    for i in range(n):
        vx[i] *= DAYS_PER_YEAR
        vy[i] *= DAYS_PER_YEAR
        vz[i] *= DAYS_PER_YEAR
        mass[i] *= SOLAR_MASS
    offset_momentum(n, vx, vy, vz, mass)
    print(f"{energy(n, x, y, z, vx, vy, vz, mass):.9f}")
    advance(n, x, y, z, vx, vy, vz, mass, 0.01, steps)
    print(f"{energy(n, x, y, z, vx, vy, vz, mass):.9f}")


if __name__ == "__main__":
    main()
