# Nothing but start-up: the floor under the other figures.
print("ok")
