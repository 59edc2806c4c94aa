# Uncaught explicit chaining: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("port must be a number") from e
print(read_port("8080"))
print(read_port("eighty"))
