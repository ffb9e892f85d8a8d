#!/usr/bin/env python3
"""Memory and eviction probe for the built-in Direct Line, against a host on loopback only.

Usage: directline_probe.py PATH/TO/BackSpasmBot.dll [--new]
Starts the host (Production, in-memory store, built-in Direct Line on) on a free 127.0.0.1 port, then:
  memory:   3 conversations x 60 posts of 40,000 control characters each (6x once JSON-escaped), then 4 WebSockets
            that never read; prints the host's resident set (VmRSS, VmHWM from /proc) after each phase;
  eviction: starts one conversation, asks for 1,000 tokens, and checks the started conversation still answers.
--no-token-limit raises the per-address limits out of the way (to see the table's own eviction rule).
--new sends what the hardened host requires (Bot:AllowAnonymous=true, the page's X-BackSpasmBot-Client header).
Everything is bounded (fixed counts, 10 s socket timeouts) and talks to 127.0.0.1 only.
"""
import json, os, socket, subprocess, sys, time, urllib.request, urllib.error, base64

dll = os.path.abspath(sys.argv[1])
new = "--new" in sys.argv
port = (lambda s: (s.bind(("127.0.0.1", 0)), s.getsockname()[1], s.close())[1])(socket.socket())
base = f"http://127.0.0.1:{port}"
args = ["dotnet", dll, "--urls", base, "--environment=Production", "--Storage:Provider=Memory", "--DirectLine:Enabled=true",
        "--Hardening:RateLimit:Burst=10000", "--Hardening:RateLimit:PerPeriod=10000", "--Hardening:RateLimit:Period=00:00:01"]
if new:
    args += ["--Bot:AllowAnonymous=true"]
if "--no-token-limit" in sys.argv:
    args += ["--Hardening:AddressRateLimit:Burst=10000", "--Hardening:AddressRateLimit:PerPeriod=10000", "--Hardening:AddressRateLimit:Period=00:00:01",
             "--Hardening:TokenRateLimit:Burst=10000", "--Hardening:TokenRateLimit:PerPeriod=10000", "--Hardening:TokenRateLimit:Period=00:00:01"]
host = subprocess.Popen(args, cwd=os.path.dirname(os.path.abspath(dll)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def call(method, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    if new: headers["X-BackSpasmBot-Client"] = "webchat"
    request = urllib.request.Request(base + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()

def rss():
    fields = dict(line.split(":", 1) for line in open(f"/proc/{host.pid}/status"))
    return f"VmRSS {int(fields['VmRSS'].split()[0]) // 1024} MB, VmHWM {int(fields['VmHWM'].split()[0]) // 1024} MB"

def token():
    status, body = call("POST", "/api/directline/token", body=b"")
    return (json.loads(body)["token"], json.loads(body)["conversationId"]) if status == 200 else (None, status)

def never_reading_socket(stream_url):
    url = stream_url.replace("ws://", "")
    hostport, path = url.split("/", 1)
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    status = s.recv(12)  # only the status line's start; the rest is never read
    return s, status.decode(errors="replace")

try:
    for _ in range(100):
        try:
            if call("GET", "/healthz")[0] == 200: break
        except OSError:
            pass
        time.sleep(0.2)
    print("started:", rss())
    if "eviction" not in sys.argv:
        conversations = []
        for _ in range(3):
            t, c = token(); call("POST", "/v3/directline/conversations", t, b""); conversations.append((t, c))
        text = "\u0001" * 40_000
        statuses = {}
        for t, c in conversations:
            for _ in range(60):
                body = json.dumps({"type": "message", "from": {"id": "u"}, "text": text}).encode()
                status, _ = call("POST", f"/v3/directline/conversations/{c}/activities", t, body)
                statuses[status] = statuses.get(status, 0) + 1
        print("after 180 posts:", rss(), "statuses:", statuses)
        sockets = []
        for i in range(4):
            t, c = conversations[i % 3]
            status, body = call("GET", f"/v3/directline/conversations/{c}", t)
            s, handshake = never_reading_socket(json.loads(body)["streamUrl"])
            sockets.append(s)
            time.sleep(3)
            print(f"after never-reading socket {i + 1} ({handshake.strip()}):", rss())
        for s in sockets: s.close()
    else:
        t, c = token(); print("started conversation:", call("POST", "/v3/directline/conversations", t, b"")[0])
        outcomes = {}
        for _ in range(1000):
            tok, conv = token()
            key = 200 if tok else conv
            outcomes[key] = outcomes.get(key, 0) + 1
        print("1000 token requests:", outcomes)
        time.sleep(11)  # the person is on the same loopback address as the flood: let its per-address bucket refill
        status, _ = call("GET", f"/v3/directline/conversations/{c}/activities?watermark=", t)
        print("the started conversation afterwards:", status)
finally:
    host.terminate(); host.wait(timeout=30)
