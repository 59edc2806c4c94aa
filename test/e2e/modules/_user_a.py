import _counter_state
_counter_state.bump("a")
def use():
    return _counter_state.bump("a-use")
