# isinstance/issubclass with nested tuples and union types.
print(isinstance(1, (str, (float, int))), isinstance("s", ()), issubclass(bool, (str, int)))
print(isinstance(1, int | str), isinstance(1.5, int | None), isinstance(None, int | None), issubclass(bool, int | float))
print(isinstance([], list), isinstance([], (tuple, dict)), isinstance({}, dict), isinstance(range(1), range))
print(isinstance(len, type(print)), isinstance(int, type), issubclass(int, object), issubclass(object, int))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic))
