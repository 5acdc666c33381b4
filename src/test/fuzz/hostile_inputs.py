#!/usr/bin/env python3
"""Hostile inputs at every door of the command line, outside `verify` (it takes minutes).

Runs target/parley.jar on each case in a fresh folder and prints one line per case: the exit
status, seconds, a flag when something is wrong (a stack trace, a hang, exit 0 where a refusal
was expected, files changed) and the first line the command said. Usage, from the repository:

    ./mvnw -B -q -ntp -o -DskipTests package
    python3 src/test/fuzz/hostile_inputs.py [NAME-SUBSTRING]

Cases that were wrong became JUnit tests (HostileCasesTest and beside it); this keeps the rest.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
JAR = os.path.join(REPO, "target", "parley.jar")
SEEDS = os.path.join(REPO, "seeds")
WORK = tempfile.mkdtemp(prefix="parley-hostile-")
ENV = dict(os.environ, XDG_DATA_HOME=os.path.join(WORK, "xdg"), LANG="C.UTF-8")
ENV.pop("DISPLAY", None)


def parley(*args, timeout=120):
    t = time.time()
    try:
        p = subprocess.run(["java", "-Xmx512m", "-jar", JAR, *args], env=ENV, capture_output=True,
                           timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace"), time.time() - t
    except subprocess.TimeoutExpired:
        return None, "HANG", time.time() - t


BASE_DB = os.path.join(WORK, "base.db")


def snapshot(root):
    out = {}
    for d, dirs, files in os.walk(root):
        for f in files + [x for x in dirs if os.path.islink(os.path.join(d, x))]:
            p = os.path.join(d, f)
            if os.path.islink(p):
                out[p] = "link " + os.readlink(p)
            elif os.path.isfile(p):
                with open(p, "rb") as fh:
                    out[p] = hashlib.sha1(fh.read()).hexdigest()
            else:
                out[p] = "special"
    return out


def week():
    with open(os.path.join(SEEDS, "week.json"), encoding="utf-8") as f:
        return json.load(f)


def dataset(d, edit=None, raw=None):
    """A copy of the seeds in d/data with the week edited by edit(week) or replaced by raw bytes."""
    data = os.path.join(d, "data")
    shutil.copytree(SEEDS, data)
    path = os.path.join(data, "week.json")
    if raw is not None:
        with open(path, "rb") as f:
            bytes_ = raw(f.read()) if callable(raw) else raw
        with open(path, "wb") as f:
            f.write(bytes_)
    elif edit is not None:
        w = week()
        edit(w)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(w, f, ensure_ascii=False, indent=1, allow_nan=True)
    return data


def ev(w, i=0):
    return [e for e in w["events"] if e.get("start")][i]


def day_ev(w, i=0):
    return [e for e in w["events"] if e.get("precision") == "day"][i]


CASES = []


def case(name, expect, setup, *args):
    """expect: the exit status a careful program gives (None: any, when doing it and refusing are both right)."""
    CASES.append((name, expect, setup, args))


def edit_case(name, edit, expect=1, cmd="validate"):
    def setup(d):
        dataset(d, edit)
    case(name, expect, setup, *((cmd, "DIR/data") if cmd == "validate" else (cmd, "--db", "DIR/p.db", "--replace", "DIR/data")))


def raw_case(name, raw, expect=1):
    case(name, expect, lambda d: dataset(d, raw=raw), "import", "--db", "DIR/p.db", "--replace", "DIR/data")


def set_start(v):
    return lambda w: day_ev(w).__setitem__("start", v)


# --- the dataset's JSON ---------------------------------------------------------------------
raw_case("truncated to 10 bytes", lambda b: b[:10])
raw_case("cut inside the en dash", lambda b: b[:b.index("–".encode()) + 2])
raw_case("cut inside an array", b'{"title": "x", "events": [')
raw_case("only a number", b"42")
raw_case("an array", b"[]")
raw_case("null", b"null")
raw_case("UTF-16 with BOM", lambda b: b"\xff\xfe" + b.decode().encode("utf-16-le"))
raw_case("UTF-8 BOM (accepted, the same data)", lambda b: b"\xef\xbb\xbf" + b, expect=0)
raw_case("two documents", lambda b: b + b)
raw_case("trailing garbage", lambda b: b + b"xyz")
raw_case("NUL bytes only", b"\0" * 1000)
raw_case("random binary", os.urandom(4096))
edit_case("duplicate event id", lambda w: w["events"].append(dict(w["events"][0])))
edit_case("duplicate actor id", lambda w: w["actors"].append(dict(w["actors"][0])))
edit_case("duplicate source id", lambda w: w["sources"].append(dict(w["sources"][0])))
edit_case("id shared by an actor and a place", lambda w: w["places"][0].__setitem__("id", w["actors"][0]["id"]))
edit_case("dangling place", lambda w: ev(w).__setitem__("place", "atlantis"))
edit_case("dangling actor", lambda w: ev(w)["actors"][0].__setitem__("actor", "nobody"))
edit_case("dangling evidence source", lambda w: ev(w)["evidence"][0].__setitem__("source", "pravda"))
edit_case("dangling quote event", lambda w: w["quotes"][0].__setitem__("event", "nothing"))
edit_case("end before start", lambda w: day_ev(w).__setitem__("end", "2021-01-10"))
edit_case("year 0 (ISO's 1 BC; accepted)", set_start("0000-01-10"), expect=None)
edit_case("year 0 of a year-dated event", lambda w: ev(w).__setitem__("start", "0000"), expect=0)
edit_case("year 999999", set_start("+999999-01-01"))
edit_case("year -5", set_start("-0005"))
edit_case("2022-02-30", set_start("2022-02-30"))
edit_case("2022-01-09T25:00", set_start("2022-01-09T25:00"))
edit_case("24:00", set_start("2022-01-09T24:00"))
edit_case("leap second", set_start("2022-01-09T23:59:60"))
edit_case("zone that does not exist", lambda w: ev(w).__setitem__("zone", "Mars/Olympus_Mons"))
edit_case("dataset zone that does not exist", lambda w: w.__setitem__("zone", "Europe/Atlantis"))
edit_case("zone as an offset", lambda w: ev(w).__setitem__("zone", "+25:00"))
edit_case("zone empty", lambda w: w.__setitem__("zone", ""))
edit_case("zone SystemV", lambda w: w.__setitem__("zone", "SystemV/AST4"))
edit_case("zone with ../", lambda w: w.__setitem__("zone", "../../etc/passwd"))
edit_case("focus reversed", lambda w: w.__setitem__("focus", {"from": "2022-01-13", "to": "2022-01-09"}))
edit_case("focus 10,000 years", lambda w: w.__setitem__("focus", {"from": "0001-01-01", "to": "9999-12-31"}))
edit_case("focus year 999999", lambda w: w.__setitem__("focus", {"from": "2022-01-09", "to": "+999999-01-13"}))
edit_case("order huge", lambda w: ev(w).__setitem__("order", 10 ** 30))
edit_case("order NaN", lambda w: ev(w).__setitem__("order", float("nan")))
edit_case("order -1", lambda w: ev(w).__setitem__("order", -1))
edit_case("order 1.5", lambda w: ev(w).__setitem__("order", 1.5))
edit_case("lat 1e308", lambda w: w["places"][0].__setitem__("lat", 1e308))
edit_case("lat 91", lambda w: w["places"][0].__setitem__("lat", 91))
edit_case("lon Infinity", lambda w: w["places"][0].__setitem__("lon", float("inf")))
edit_case("lat as string", lambda w: w["places"][0].__setitem__("lat", "50"))
edit_case("title 10 MB", lambda w: w.__setitem__("title", "x" * 10_000_000))
edit_case("event summary 10 MB", lambda w: ev(w).__setitem__("summary", "y" * 10_000_000))
edit_case("1,000,000 actors refs", lambda w: ev(w).__setitem__("refers", ["russia-country"] * 1_000_000))
edit_case("title with control chars", lambda w: w.__setitem__("title", "a\u0007b\u001b[2Jc\u0008"))
edit_case("title with RTL and combining", lambda w: w.__setitem__("title", "\u05e9\u05dc\u05d5\u05dd talks e\u0301\u0301\u0301\u0301 \u202eevil"))
edit_case("title emoji (accepted)", lambda w: w.__setitem__("title", "Talks \U0001F1FA\U0001F1F8\U0001F91D\U0001F1F7\U0001F1FA \U0001F468\u200d\U0001F469\u200d\U0001F467"))
edit_case("title zalgo 100,000 marks", lambda w: w.__setitem__("title", "a" + "\u0301" * 100_000))
edit_case("title NUL", lambda w: w.__setitem__("title", "a\u0000b"))
edit_case("event title empty", lambda w: ev(w).__setitem__("title", ""))
edit_case("event kind unknown", lambda w: ev(w).__setitem__("kind", "alien"))
edit_case("precision unknown", lambda w: ev(w).__setitem__("precision", "nanosecond"))
edit_case("precision day with a time", lambda w: (ev(w).__setitem__("precision", "day"), ev(w).__setitem__("start", "2022-01-10T09:00")))
edit_case("actors null", lambda w: ev(w).__setitem__("actors", None))
edit_case("events an object", lambda w: w.__setitem__("events", {}))
edit_case("id 10,000 chars (refused: at most 100)", lambda w: ev(w).__setitem__("id", "e" * 10_000))
edit_case("unknown field", lambda w: w.__setitem__("extra", 1))
edit_case("duplicate key", lambda w: None)  # overwritten below
edit_case("source file absolute", lambda w: w["sources"][0].__setitem__("file", "/etc/passwd"))
edit_case("source file ../", lambda w: w["sources"][0].__setitem__("file", "../../../etc/passwd"))
edit_case("source published year 0", lambda w: w["sources"][0].__setitem__("published", "0000-01-01"))
edit_case("source published 2022-02-30", lambda w: w["sources"][0].__setitem__("published", "2022-02-30"))
edit_case("source published 9999", lambda w: w["sources"][0].__setitem__("published", "+99999-01-01"))
edit_case("self-containing place", lambda w: w["places"][0].__setitem__("within", w["places"][0]["id"]))
edit_case("evidence text empty", lambda w: ev(w)["evidence"][0].__setitem__("text", ""))
edit_case("evidence one letter", lambda w: ev(w)["evidence"][0].__setitem__("text", "e"))
edit_case("emoji ids", lambda w: ev(w).__setitem__("id", "\U0001F4A3"))
edit_case("dup event id import", lambda w: w["events"].append(dict(w["events"][0])), cmd="import")


def dup_key(d):
    data = dataset(d)
    p = os.path.join(data, "week.json")
    t = open(p, encoding="utf-8").read()
    t = t.replace('"title": "The week', '"title": "A", "title": "The week', 1)
    open(p, "w", encoding="utf-8").write(t)


CASES[[c[0] for c in CASES].index("duplicate key")] = ("duplicate key", 1, dup_key, ("validate", "DIR/data"))


def binary_source(d):
    data = dataset(d)
    with open(os.path.join(data, "000_9ba955ac96357edf.txt"), "wb") as f:
        f.write(os.urandom(2000))


case("binary source text", 1, binary_source, "validate", "DIR/data")


def latin1_source(d):
    data = dataset(d)
    p = os.path.join(data, "000_9ba955ac96357edf.txt")
    t = open(p, encoding="utf-8").read()
    open(p, "wb").write(t.encode("cp1252", "replace"))


case("cp1252 source text", 1, latin1_source, "validate", "DIR/data")


def huge_source(d):
    data = dataset(d)
    with open(os.path.join(data, "000_9ba955ac96357edf.txt"), "ab") as f:
        f.write(b"word " * 40_000_000)


case("200 MB source text", 1, huge_source, "validate", "DIR/data")
case("huge sparse dataset", 1, lambda d: (dataset(d), os.truncate(os.path.join(d, "data", "week.json"), 8 * 1024 ** 3)),
     "validate", "DIR/data")
case("validate /dev/null", 1, None, "validate", "/dev/null")
case("validate a folder with no permission", 1,
     lambda d: (dataset(d), os.chmod(os.path.join(d, "data"), 0)), "validate", "DIR/data")
case("unreadable week.json", 1,
     lambda d: (dataset(d), os.chmod(os.path.join(d, "data", "week.json"), 0)), "validate", "DIR/data")

# --- databases ------------------------------------------------------------------------------


def write(p, b):
    with open(p, "wb") as f:
        f.write(b)


def truncated_db(d):
    b = open(BASE_DB, "rb").read()
    write(os.path.join(d, "p.db"), b[:len(b) // 3])


def newer_db(d):
    import sqlite3
    c = sqlite3.connect(os.path.join(d, "p.db"))
    c.execute("PRAGMA user_version = 9999")
    c.commit()
    c.close()


def text_db(d):
    write(os.path.join(d, "p.db"), b"this is not a database\n" * 100)


def dir_db(d):
    os.remove(os.path.join(d, "p.db"))
    os.mkdir(os.path.join(d, "p.db"))


def ro_db(d):
    os.chmod(os.path.join(d, "p.db"), 0o444)


def ro_folder(d):
    os.chmod(d, 0o555)


def zero_header(d):
    p = os.path.join(d, "p.db")
    b = bytearray(open(p, "rb").read())
    b[100:4096] = b"\0" * (4096 - 100)
    write(p, bytes(b))


for label, setup in [("truncated db", truncated_db), ("db from a newer version", newer_db), ("db is text", text_db),
                     ("db is a folder", dir_db), ("db read-only", ro_db), ("db page 1 zeroed", zero_header)]:
    case(label + ": stats", None, setup, "stats", "--db", "DIR/p.db")
    case(label + ": import", None, lambda d, s=setup: (s(d), dataset(d)), "import", "--db", "DIR/p.db", "--replace",
         "DIR/data")
    case(label + ": export-image", None, setup, "export-image", "--db", "DIR/p.db", "--view", "map", "--format",
         "png", "--out", "DIR/m.png")
    case(label + ": check", None, setup, "check", "--db", "DIR/p.db")
    case(label + ": repair", None, setup, "repair", "--db", "DIR/p.db")
    case(label + ": search", None, setup, "search", "--db", "DIR/p.db", "nato")
    case(label + ": backups", None, setup, "backups", "--db", "DIR/p.db")
case("import into a read-only folder", None, lambda d: (dataset(d), os.remove(os.path.join(d, "p.db")), ro_folder(d)),
     "import", "--db", "DIR/new.db", "DIR/data")

# --- outputs --------------------------------------------------------------------------------


def existing(name):
    return lambda d: write(os.path.join(d, name), b"mine")


IMG = ("export-image", "--db", "DIR/p.db", "--view", "map", "--format", "png")
case("png over an existing file", 1, existing("m.png"), *IMG, "--out", "DIR/m.png")
case("png into a folder", None, lambda d: os.mkdir(os.path.join(d, "m.png")), *IMG, "--out", "DIR/m.png")
case("png into a read-only folder", 1, lambda d: (os.mkdir(os.path.join(d, "ro")), os.chmod(os.path.join(d, "ro"), 0o555)),
     *IMG, "--out", "DIR/ro/m.png")
case("png named .jpg", 2, None, *IMG, "--out", "DIR/m.jpg")
case("--width 100000000", 2, None, *IMG, "--width", "100000000", "--out", "DIR/m.png")
case("--width -1", 2, None, *IMG, "--width", "-1", "--out", "DIR/m.png")
case("--width abc", 2, None, *IMG, "--width", "abc", "--out", "DIR/m.png")
case("--width 1e3", 2, None, *IMG, "--width", "1e3", "--out", "DIR/m.png")
case("--width 99999999999999999999", 2, None, *IMG, "--width", "99999999999999999999", "--out", "DIR/m.png")
case("--width twice", 2, None, *IMG, "--width", "800", "--width", "900", "--out", "DIR/m.png")
case("--width and --scale", 2, None, *IMG, "--width", "800", "--scale", "2", "--out", "DIR/m.png")
case("--scale 0", 2, None, *IMG, "--scale", "0", "--out", "DIR/m.png")
case("--scale 9", 2, None, *IMG, "--scale", "9", "--out", "DIR/m.png")
case("--scale 1.5", 2, None, *IMG, "--scale", "1.5", "--out", "DIR/m.png")
case("--scale NaN", 2, None, *IMG, "--scale", "NaN", "--out", "DIR/m.png")
case("--out twice", 2, None, *IMG, "--out", "DIR/a.png", "--out", "DIR/b.png")
case("--format twice", 2, None, "export-image", "--db", "DIR/p.db", "--view", "map", "--format", "png", "--format",
     "svg", "--out", "DIR/m.png")
case("--view twice", 2, None, "export-image", "--db", "DIR/p.db", "--view", "map", "--view", "actors", "--format",
     "png", "--out", "DIR/m.png")
case("--view empty", 2, None, "export-image", "--db", "DIR/p.db", "--view", "", "--format", "png", "--out", "DIR/m.png")
case("--format PNG", None, None, "export-image", "--db", "DIR/p.db", "--view", "map", "--format", "PNG", "--out", "DIR/m.png")
case("--theme neon", 2, None, *IMG, "--theme", "neon", "--out", "DIR/m.png")
case("--paper a0", 2, None, "export-image", "--db", "DIR/p.db", "--view", "map", "--format", "pdf", "--paper", "a0",
     "--out", "DIR/m.pdf")
case("--shape 1:1", 2, None, "export-image", "--db", "DIR/p.db", "--view", "dashboard", "--format", "png", "--shape", "1:1",
     "--out", "DIR/m.png")
case("--range week", 2, None, *IMG, "--range", "week", "--out", "DIR/m.png")
case("--from 2022-02-30", 2, None, *IMG, "--from", "2022-02-30", "--out", "DIR/m.png")
case("--from 0000-01-01 timeline", None, None, "export-image", "--db", "DIR/p.db", "--view", "timeline", "--format", "png",
     "--from", "0000-01-01", "--out", "DIR/t.png")
case("--from 1900 --to 2100 timeline png", None, None, "export-image", "--db", "DIR/p.db", "--view", "timeline", "--format",
     "png", "--from", "1000-01-01", "--to", "9999-12-31", "--out", "DIR/t.png")
case("--from 1000 timeline pdf", None, None, "export-image", "--db", "DIR/p.db", "--view", "timeline", "--format", "pdf",
     "--from", "1000-01-01", "--to", "9999-12-31", "--out", "DIR/t.pdf")
case("--from 1000 timeline-slide", None, None, "export-image", "--db", "DIR/p.db", "--view", "timeline-slide", "--format",
     "svg", "--from", "1000-01-01", "--to", "9999-12-31", "--out", "DIR/t.svg")
case("--from 2030 (no events)", None, None, *IMG, "--from", "2030-01-01", "--out", "DIR/m.png")
case("--actor nobody", None, None, *IMG, "--actor", "nobody", "--out", "DIR/m.png")
case("--kind alien", 2, None, *IMG, "--kind", "alien", "--out", "DIR/m.png")
case("--reported-by pravda", None, None, *IMG, "--reported-by", "pravda", "--out", "DIR/m.png")
case("--place empty", None, None, *IMG, "--place", "", "--out", "DIR/m.png")
case("--title emoji RTL", 0, None, *IMG, "--title", "\u05e9\u05dc\u05d5\u05dd \U0001F91D e\u0301", "--out", "DIR/m.png")
case("--title 500 combining marks", None, None, *IMG, "--title", "a" + "\u0301" * 499, "--out", "DIR/m.png")
case("--title 500 emoji svg", None, None, "export-image", "--db", "DIR/p.db", "--view", "dashboard", "--format", "svg",
     "--title", "\U0001F91D" * 250, "--out", "DIR/m.svg")
case("--title lone surrogate", None, None, *IMG, "--title", "a\udc80b", "--out", "DIR/m.png")
case("unknown option", 2, None, *IMG, "--colour", "red", "--out", "DIR/m.png")
case("unknown command", 2, None, "frobnicate")
case("option without value", 2, None, "export-image", "--db", "DIR/p.db", "--view")
case("export-data --format xml", 2, None, "export-data", "--db", "DIR/p.db", "--format", "xml", "--out", "DIR/x")
case("export-data html over existing", 1, existing("parley-week.html"), "export-data", "--db", "DIR/p.db", "--format",
     "html", "--out", "DIR/parley-week.html")
case("export-data json over the seeds", 1, lambda d: dataset(d), "export-data", "--db", "DIR/p.db", "--format", "json",
     "--out", "DIR/data/week.json", "--force")
case("export-data into /proc", 1, None, "export-data", "--db", "DIR/p.db", "--format", "html", "--out",
     "/proc/self/x.html")
case("export-data --from 2022-02-30", 2, None, "export-data", "--db", "DIR/p.db", "--format", "csv", "--from", "2022-02-30",
     "--out", "DIR/c")
case("export-data --search empty", None, None, "export-data", "--db", "DIR/p.db", "--format", "geojson", "--search", "",
     "--out", "DIR/g.geojson")
case("export-data --search quotes", None, None, "export-data", "--db", "DIR/p.db", "--format", "geojson", "--search", "\"\"\"",
     "--out", "DIR/g.geojson")
case("export-data --search NOT", None, None, "export-data", "--db", "DIR/p.db", "--format", "geojson", "--search", "NOT",
     "--out", "DIR/g.geojson")
case("handout over existing", 1, existing("h.pdf"), "handout", "--db", "DIR/p.db", "--out", "DIR/h.pdf")
case("handout --layout huge", 2, None, "handout", "--db", "DIR/p.db", "--layout", "huge", "--out", "DIR/h.pdf")
case("handout --out .png", 2, None, "handout", "--db", "DIR/p.db", "--out", "DIR/h.png")
case("handout --background both", 2, None, "handout", "--db", "DIR/p.db", "--background", "both", "--out", "DIR/h.pdf")
case("handout --to before --from", 2, None, "handout", "--db", "DIR/p.db", "--from", "2022-01-13", "--to", "2022-01-09",
     "--out", "DIR/h.pdf")
case("handout --from 2030", None, None, "handout", "--db", "DIR/p.db", "--from", "2030-01-01", "--out", "DIR/h.pdf")
case("search empty", 2, None, "search", "--db", "DIR/p.db", "")
case("search only punctuation", None, None, "search", "--db", "DIR/p.db", "\"*^:()")
case("search 100 KB word", None, None, "search", "--db", "DIR/p.db", "n" * 100_000)
case("search 5,000 ORs", None, None, "search", "--db", "DIR/p.db", " OR ".join(["nato"] * 5000))
case("search 5,000 NOTs", None, None, "search", "--db", "DIR/p.db", " ".join(["NOT x"] * 5000))
case("search -n 999999999999", 2, None, "search", "--db", "DIR/p.db", "-n", "999999999999", "nato")
case("search -n 2147483647", None, None, "search", "--db", "DIR/p.db", "-n", "2147483647", "nato")
case("search NUL", None, None, "search", "--db", "DIR/p.db", "na\u0001to")
case("search RTL emoji", None, None, "search", "--db", "DIR/p.db", "\u202e\U0001F91D\u0301")
case("generate --events -5", 2, None, "generate", "--events", "-5", "--out", "DIR/g")
case("generate --events 0", 2, None, "generate", "--events", "0", "--out", "DIR/g")
case("generate --events 100000000", 2, None, "generate", "--events", "100000000", "--out", "DIR/g")
case("generate --events abc", 2, None, "generate", "--events", "abc", "--out", "DIR/g")
case("generate --seed abc", 2, None, "generate", "--events", "5", "--seed", "abc", "--out", "DIR/g")
case("generate --seed huge", None, None, "generate", "--events", "5", "--seed", "99999999999999999999999", "--out", "DIR/g")
case("generate into non-empty", 2, existing("g"), "generate", "--events", "5", "--out", "DIR/g")
case("generate into read-only", None, lambda d: (os.mkdir(os.path.join(d, "ro")), os.chmod(os.path.join(d, "ro"), 0o555)),
     "generate", "--events", "5", "--out", "DIR/ro/g")
case("generate --actors 0", 2, None, "generate", "--events", "5", "--actors", "0", "--out", "DIR/g")
case("backups --restore empty", None, None, "backups", "--db", "DIR/p.db", "--restore", "")
case("backups --restore /etc/passwd", None, None, "backups", "--db", "DIR/p.db", "--restore", "/etc/passwd")
case("--db /dev/null", None, None, "stats", "--db", "/dev/null")
case("--db /dev/zero", None, None, "stats", "--db", "/dev/zero")
case("--db fifo", None, lambda d: os.mkfifo(os.path.join(d, "f.db")), "stats", "--db", "DIR/f.db")
case("import into /dev/full", None, lambda d: dataset(d), "import", "--db", "/dev/full", "DIR/data")
case("--help twice", None, None, "--help", "--help")
case("-V stats", None, None, "-V", "stats")


def run(only):
    rc, out, _ = parley("import", "--db", BASE_DB)
    assert rc == 0, out
    root = os.geteuid() == 0
    for name, expect, setup, args in CASES:
        if only and only not in name:
            continue
        d = tempfile.mkdtemp(dir=WORK)
        shutil.copy(BASE_DB, os.path.join(d, "p.db"))
        if setup:
            setup(d)
        before = snapshot(d)
        rc, out, secs = parley(*[a.replace("DIR", d) for a in args],
                               timeout=600 if "sparse" in name or "200 MB" in name else 120)
        flags = []
        if rc is None:
            flags.append("HANG")
        elif "Exception" in out or "\tat " in out or "Error:" in out and "java." in out:
            flags.append("TRACE")
        if "OutOfMemory" in out:
            flags.append("OOM")
        if expect is not None and rc != expect:
            flags.append("EXIT")
        ok_changes = rc == 0
        if not ok_changes and snapshot(d) != before:
            flags.append("CHANGED")
        first = " | ".join(l for l in out.strip().splitlines()[:2])[:220]
        print(f"{'!' + ','.join(flags) if flags else 'ok':14} {rc!s:>4} {secs:5.1f}s  {name}: {first}", flush=True)
        os.system(f"chmod -R u+rwx '{d}' 2>/dev/null")
        shutil.rmtree(d, ignore_errors=True)
    if root:
        print("(run as root: permission cases say nothing)")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "")
    shutil.rmtree(WORK, ignore_errors=True)
