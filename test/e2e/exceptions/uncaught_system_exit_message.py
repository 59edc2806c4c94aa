# Raising SystemExit with a string prints it to stderr and exits with 1.
print("shutting down")
raise SystemExit("fatal: configuration missing")
