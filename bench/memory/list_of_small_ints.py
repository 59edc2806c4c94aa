# A list of 10**6 small ints (issue 4's memory goal).
numbers = [i % 1000 for i in range(10**6)]
print(len(numbers), sum(numbers))
