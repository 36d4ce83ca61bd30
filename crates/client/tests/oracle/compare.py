#!/usr/bin/env python3
"""Prints every case whose recorded expectation differs from Prisma's answer in oracle.json
(results compared as text, so key order counts; error messages compared by their last line,
the only line Seedbed reproduces)."""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
oracle = json.load(open(os.path.join(HERE, "oracle.json")))
ours = {}
for f in glob.glob(os.path.join(HERE, "..", "cases", "*.json")):
    for c in json.load(open(f)):
        ours[c["name"]] = c
diffs = 0
for name, theirs in oracle.items():
    c = ours.get(name)
    if c is None:
        continue
    mine = {"result": c["result"]} if "result" in c else {"error": c.get("error")}
    if "result" in theirs and "result" in mine:
        same = json.dumps(theirs["result"]) == json.dumps(mine["result"])
    elif "error" in theirs and "error" in mine:
        pm = theirs["error"].get("message") or ""
        om = mine["error"].get("message") or ""
        same = om.endswith(pm) and theirs["error"].get("code") == mine["error"].get("code")
    else:
        same = False
    if same and "after_result" in theirs and "after_result" in c:
        same = json.dumps(theirs["after_result"]) == json.dumps(c["after_result"])
    if not same:
        diffs += 1
        mine["after_result"] = c.get("after_result")
        print(f"{name}\n  prisma {json.dumps(theirs)[:400]}\n  ours   {json.dumps(mine)[:400]}")
print(f"{diffs} differences in {len(oracle)} cases")
