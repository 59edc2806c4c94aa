# pop() from the end, len() as the list shrinks and grows, stack usage.
stack = []
for i in range(5):
    stack.append(i * 10)
print(stack, len(stack))
while len(stack) > 0:
    top = stack.pop()
    print("popped", top, "remaining", len(stack))
def balanced(codes):
    # 1 = open, -1 = close
    st = []
    for c in codes:
        if c == 1:
            st.append(c)
        else:
            if len(st) == 0:
                return False
            st.pop()
    return len(st) == 0
print(balanced([1, 1, -1, -1]), balanced([1, -1, -1]), balanced([1]), balanced([]))
def rpn(tokens):
    st = []
    for t in tokens:
        if t == -1:
            b = st.pop()
            a = st.pop()
            st.append(a + b)
        elif t == -2:
            b = st.pop()
            a = st.pop()
            st.append(a * b)
        else:
            st.append(t)
    return st.pop()
print(rpn([2, 3, -1, 4, -2]), rpn([2**40, 2**40, -2]))
