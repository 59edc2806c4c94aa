# Exception notes (3.11) are printed after the message; the last stderr
# line is therefore the last note.
try:
    raise ValueError("bad config")
except ValueError as e:
    e.add_note("while loading settings.ini")
    print("notes:", e.__notes__)
    e.add_note("hint: check line 3")
    raise
