# exit() (site's Quitter) raises SystemExit: the status comes from its code.
print("before")
try:
    exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    quit()
except SystemExit as e:
    print("caught", e.code)
exit(3)
print("never")
