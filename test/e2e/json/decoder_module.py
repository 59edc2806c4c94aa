# json.decoder holds JSONDecoder and JSONDecodeError; an uncaught decode error's traceback line.
import json
import json.decoder
from json.decoder import JSONDecodeError, JSONDecoder

print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder)
print(JSONDecodeError.__name__, JSONDecodeError.__module__, JSONDecoder.__module__)
try:
    json.loads('{"a": [1, 2,]}')
except JSONDecodeError as e:
    print("caught:", e)
print(JSONDecoder(parse_int=str).decode(' [1, 2] '))
# the last stderr line names json.decoder.JSONDecodeError, as in CPython
json.loads('{"config": [1, 2}')
