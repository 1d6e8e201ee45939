#!/usr/bin/env python3
"""Builds tests/quotes_set/*.json from the annotated passages in passages.txt.

Format of passages.txt: a passage starts with a line `=== ID SPLIT` (SPLIT is dev,
check or blind, fixed when the passage was written, before matn was run on the set; blind
passages were written by someone who had not seen matn's rules and are only scored,
never read for errors); each
following non-empty line is one paragraph. Every quotation mark pair is annotated right
after its closing mark with `{...}`:
  {NAME/ALIAS|ROLE}  a quote; speaker aliases (most specific first) and optional role
  {?}                a quote whose speaker the article does not give
  {-}                a name in quotation marks: not a quote (listed in not_quotes)
A mark followed by `{` closes; any other mark opens.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).parent
OPEN_OF = {"»": "«", "”": "“", '"': '"', "’": "‘"}

def paragraph(line):
    out, stack, quotes, nots = [], [], [], []
    i = 0
    while i < len(line):
        c = line[i]
        if c in "«“‘\"»”’" and i + 1 < len(line) and line[i + 1] == "{":
            j = line.index("}", i)
            ann = line[i + 2:j]
            fam = OPEN_OF[c]
            k = max(n for n, (f, _) in enumerate(stack) if f == fam)
            _, at = stack.pop(k)
            text = "".join(out)[at + 1:].strip()
            out.append(c)
            if ann == "-":
                nots.append(text)
            elif ann == "?":
                quotes.append({"text": text, "speaker": None})
            else:
                name, _, role = ann.partition("|")
                aliases = [a.strip() for a in name.split("/") if a.strip()]
                q = {"text": text, "speaker": aliases}
                if role.strip():
                    q["speaker_role"] = role.strip()
                quotes.append(q)
            i = j + 1
            continue
        if c in "«“‘\"":
            stack.append((c, len("".join(out))))
        out.append(c)
        i += 1
    assert not stack, f"unclosed mark in: {line[:60]}"
    return "".join(out), quotes, nots

def main():
    src = (HERE / "passages.txt").read_text(encoding="utf-8")
    passages, cur = [], None
    for line in src.splitlines():
        line = line.strip()
        if line.startswith("==="):
            _, pid, split = line.split()
            assert split in ("dev", "check", "blind")
            cur = {"id": pid, "split": split, "paragraphs": [], "quotes": [], "not_quotes": []}
            passages.append(cur)
        elif line and cur is not None and not line.startswith("#"):
            p, qs, ns = paragraph(line)
            n = len(cur["paragraphs"])
            for q in qs:
                q["paragraph"] = n
            cur["paragraphs"].append(p)
            cur["quotes"].extend(qs)
            cur["not_quotes"].extend(ns)
    for old in HERE.glob("*.json"):
        old.unlink()
    for p in passages:
        (HERE / f"{p['id']}.json").write_text(json.dumps(p, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nq = sum(len(p["quotes"]) for p in passages)
    for s in ("dev", "check", "blind"):
        ps = [p for p in passages if p["split"] == s]
        print(s, len(ps), "passages", sum(len(p["quotes"]) for p in ps), "quotes",
              sum(len(p["not_quotes"]) for p in ps), "names")
    print("total", len(passages), nq)

main()
