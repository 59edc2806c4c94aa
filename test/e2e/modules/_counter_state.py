count = 0
log = []
def bump(who):
    global count
    count += 1
    log.append(who)
    return count
