# Module state is shared by every importer; modules run once.
import _user_a
import _user_b
import _counter_state
print(_counter_state.count, _counter_state.log)
print(_user_a.use(), _user_b.use(), _counter_state.count)
print(_counter_state.log)
import sys
print("_counter_state" in sys.modules, sys.modules["_counter_state"] is _counter_state)
