# User-defined exceptions: args, str/repr, extra attributes, __str__ override.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
for exc in [AppError(), AppError("one"), AppError("one", 2), ValidationError("age", "negative"), CodeError(404)]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise ValidationError("name", "empty")
except AppError as e:
    print("caught as AppError:", e, e.field, isinstance(e, Exception))
try:
    raise CodeError(500)
except CodeError as e:
    print("code", e.code, e.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"))
e = AppError("x")
e.args = ("replaced", 1)
print(e, e.args)
print(issubclass(ValidationError, AppError), ValidationError.__mro__[-3].__name__)
