#!/usr/bin/env python3
"""Drives factlint-server's page in headless Chromium, as a person would use it.

    check-page.py URL SCREENSHOT.png [ARTICLE-FILE]

Opens URL, fills in the publication date, pastes the article into the text box (Chromium's
Input.insertText, which fires the same input events as a paste), waits for the findings, clicks
the first one, then reads the DOM and saves a screenshot. Prints what it saw as one JSON object.
Talks to Chromium over --remote-debugging-pipe (NUL-separated JSON on fds 3 and 4), so it needs
only Python's standard library.
"""
import base64, json, os, shutil, subprocess, sys, tempfile, time

url, screenshot = sys.argv[1], sys.argv[2]
article = open(sys.argv[3]).read() if len(sys.argv) > 3 else None
browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if not browser:
    print(json.dumps({"skipped": "no chromium on PATH"}))
    sys.exit(0)

to_browser_read, to_browser_write = os.pipe()
from_browser_read, from_browser_write = os.pipe()
profile = tempfile.mkdtemp(prefix="factlint-chromium-")

def child_fds():
    os.dup2(to_browser_read, 3)
    os.dup2(from_browser_write, 4)

process = subprocess.Popen(
    [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
     "--hide-scrollbars", "--window-size=1280,860", "--user-data-dir=" + profile, "about:blank"],
    pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_browser_read)
os.close(from_browser_write)
incoming = b""
next_id = 0
session = None
events = []

def send(method, params=None, in_session=True):
    global next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params or {}}
    if in_session and session:
        message["sessionId"] = session
    os.write(to_browser_write, json.dumps(message).encode() + b"\0")
    return wait_for(lambda m: m.get("id") == next_id)

def wait_for(predicate, timeout=30):
    global incoming
    deadline = time.time() + timeout
    while time.time() < deadline:
        while b"\0" in incoming:
            raw, incoming = incoming.split(b"\0", 1)
            message = json.loads(raw)
            if predicate(message):
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message
            events.append(message)
        chunk = os.read(from_browser_read, 1 << 20)
        if not chunk:
            raise RuntimeError("chromium closed the pipe")
        incoming += chunk
    raise TimeoutError("no answer from chromium")

def evaluate(expression):
    answer = send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
    return answer["result"]["result"].get("value")

def poll(expression, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = evaluate(expression)
        if value:
            return value
        time.sleep(0.1)
    return None

try:
    target = send("Target.createTarget", {"url": "about:blank"}, in_session=False)["result"]["targetId"]
    session = send("Target.attachToTarget", {"targetId": target, "flatten": True}, in_session=False)["result"]["sessionId"]
    send("Page.enable")
    send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 860, "deviceScaleFactor": 1, "mobile": False})
    send("Page.navigate", {"url": url})
    poll("document.readyState === 'complete' && !!document.getElementById('article')")
    evaluate("""(() => { const p = document.getElementById('published'); p.value = '2024-05-15';
                p.dispatchEvent(new Event('change')); document.getElementById('title').value = 'Ferry talks resume';
                document.getElementById('article').focus(); return true; })()""")
    text = article or ("Negotiators for the ferry company and the crews' union met on Friday, May 9, in Portsmouth.\n\n"
                       "Both sides said the talks on Friday had gone well, and they will meet again next week.\n")
    send("Input.insertText", {"text": text})
    found = poll("document.querySelectorAll('#findings li').length > 0 && document.getElementById('status').textContent")
    status = evaluate("document.getElementById('status').textContent")
    # Click the first finding with another side to show (else the first), as a reader would.
    evaluate("""(() => { const items = [...document.querySelectorAll('#findings li')];
                const item = items.find(li => li.querySelector('.others')) || items[0];
                if (item) item.click(); return true; })()""")
    time.sleep(0.2)
    seen = evaluate("""(() => ({
        findings: [...document.querySelectorAll('#findings li')].map(li => ({
            classes: li.className, where: li.querySelector('.where').textContent,
            message: li.querySelector('.message').textContent,
            others: [...li.querySelectorAll('.others p')].map(p => p.textContent)})),
        marks: [...document.querySelectorAll('#backdrop mark')].map(m => ({text: m.textContent, classes: m.className})),
        textareaValueLength: document.getElementById('article').value.length
    }))()""")
    shot = send("Page.captureScreenshot", {"format": "png"})["result"]["data"]
    with open(screenshot, "wb") as out:
        out.write(base64.b64decode(shot))
    seen["status"] = status
    print(json.dumps(seen))
finally:
    try:
        send("Browser.close", in_session=False)
    except Exception:
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(profile, ignore_errors=True)
