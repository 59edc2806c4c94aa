from .. import _flat
class Cube:
    def __init__(self, s):
        self.face = _flat.Square(s)
        self.s = s
    def volume(self):
        return self.face.area() * self.s
