# re program: parse web-server access log lines, aggregate by status, IP, hour and path, report malformed lines
import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2023:13:57:01 +0200] "POST /api/login HTTP/1.1" 302 512 "http://x/" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:14:02:12 +0200] "GET /images/logo.png HTTP/1.1" 200 10240 "-" "Mozilla/5.0"
172.16.0.3 - - [10/Oct/2023:14:15:44 +0200] "GET /missing HTTP/1.1" 404 0 "-" "bot/1.2"
this line is garbage
10.0.0.5 - alice [10/Oct/2023:15:00:00 +0200] "GET /api/items?page=2&size=50 HTTP/1.1" 200 734 "-" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:15:30:59 +0200] "DELETE /api/items/7 HTTP/1.1" 500 88 "-" "Mozilla/5.0"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    \S+\s+(?P<user>\S+)\s+
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<hour>\d\d):(?P<min>\d\d):\d\d\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s+HTTP/[\d.]+"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
""", re.VERBOSE)

by_status = {}
by_ip = {}
by_hour = {}
bad = []
bytes_total = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    by_ip[d["ip"]] = by_ip.get(d["ip"], 0) + 1
    by_hour[d["hour"]] = by_hour.get(d["hour"], 0) + 1
    bytes_total += int(d["size"]) if d["size"] != "-" else 0
    if d["query"]:
        params = dict(re.findall(r"(\w+)=([^&]*)", d["query"]))
        print("query on", d["path"], params)
    if d["user"] != "-":
        print("user", d["user"], "did", d["method"], d["path"], "at", "%s:%s" % (d["hour"], d["min"]))
print(sorted(by_status.items()))
print(sorted(by_ip.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(by_hour.items()), bytes_total, "malformed lines:", bad)
errors = [m.group("path") for m in LINE.finditer(LOG) if m.group("status").startswith("5")]
print("server errors:", errors)
api = re.compile(r"^/api/(?P<res>\w+)(?:/(?P<id>\d+))?$")
for line in LOG.splitlines():
    m = LINE.match(line)
    if m:
        a = api.match(m.group("path"))
        if a:
            print("api", a.group("res"), a.group("id"), a.lastgroup, m.span("path"))
anon = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b", r"\1.\2.x.x", LOG.splitlines()[0])
print(anon)
