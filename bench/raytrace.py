# raytrace: a small Whitted-style ray tracer.
#
# Three spheres on a checkered floor, one point light, hard shadows and
# mirror reflections up to depth 3. Measures small immutable objects: every
# vector operation allocates a new Vector through an operator method
# (__add__, __sub__, __mul__), so the time goes to method dispatch on
# user classes, attribute loads, float arithmetic and short-lived
# allocations. The output is a checksum of the 8-bit pixel values and a
# coarse text rendering, so an arithmetic difference anywhere shows.
import math

EPSILON = 0.0001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def mix(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        """Distance along ray to the nearest hit in front of it, or -1.0."""
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, p):
        return (p - self.center).normalized()

    def color_at(self, p):
        return self.color


class Floor:
    """The plane y = level, checkered in two colors."""

    def __init__(self, level, reflect):
        self.level = level
        self.reflect = reflect
        self.light = Vector(0.9, 0.9, 0.9)
        self.dark = Vector(0.15, 0.15, 0.2)

    def intersect(self, ray):
        dy = ray.direction.y
        if -EPSILON < dy < EPSILON:
            return -1.0
        t = (self.level - ray.origin.y) / dy
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, p):
        return Vector(0.0, 1.0, 0.0)

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.light
        return self.dark


class Scene:
    def __init__(self):
        self.objects = [
            Floor(-1.0, 0.3),
            Sphere(Vector(0.0, 0.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.4),
            Sphere(Vector(-2.2, 0.3, 6.5), 1.3, Vector(0.2, 0.8, 0.3), 0.2),
            Sphere(Vector(2.0, -0.4, 4.2), 0.6, Vector(0.3, 0.4, 0.95), 0.6),
        ]
        self.light = Vector(-4.0, 6.0, 0.0)
        self.ambient = 0.12

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # Sky: a vertical gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.75, 1.0) * k + Vector(1.0, 1.0, 1.0) * (1.0 - k)
        p = ray.point_at(t)
        n = obj.normal_at(p)
        base = obj.color_at(p)
        to_light = self.light - p
        dist = to_light.length()
        to_light = to_light * (1.0 / dist)
        shade = self.ambient
        lambert = n.dot(to_light)
        if lambert > 0.0 and not self.in_shadow(p, to_light, dist):
            shade += lambert
        color = base * shade
        if depth < 3 and obj.reflect > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            reflected = self.trace(Ray(p, r), depth + 1)
            color = color * (1.0 - obj.reflect) + reflected * obj.reflect
        return color


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(scene, width, height):
    eye = Vector(0.0, 0.5, -1.0)
    checksum = 0
    total = 0
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (2.0 * i - width) / height
            y = (height - 2.0 * j) / height
            ray = Ray(eye, Vector(x, y - 0.3, 2.0))
            c = scene.trace(ray, 0)
            r = to_byte(c.x)
            g = to_byte(c.y)
            b = to_byte(c.z)
            total += r + g + b
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 4294967291
            row.append((r + g + b) // 3)
        rows.append(row)
    return checksum, total, rows


def ascii_art(rows, width, height, step_x, step_y):
    shades = " .:-=+*#%@"
    for j in range(0, height, step_y):
        line = ""
        for i in range(0, width, step_x):
            line += shades[rows[j][i] * len(shades) // 256]
        print(line)


def main():
    width = 640
    height = 480
    scene = Scene()
    checksum, total, rows = render(scene, width, height)
    ascii_art(rows, width, height, 10, 20)
    print(f"image {width}x{height}")
    print(f"sum of channels = {total}")
    print(f"checksum = {checksum}")


if __name__ == "__main__":
    main()
