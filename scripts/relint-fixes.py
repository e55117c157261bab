#!/usr/bin/env python3
"""Apply every fix caselint offers on a labelled corpus, lint the result again, and list
the fixes whose own rule still fires on the words the fix wrote.

    python3 scripts/relint-fixes.py target/release/caselint ../shared/corpus/dev.jsonl [...]

A fix must never produce what its own rule flags (issue #18). Each case is rendered as an
audit the way ../shared/eval/eval.py renders it; the script prints each offending fix with
the rewritten words, then a count, and exits 1 if there is any. A SMART scaffold's
unfilled "[owner]", "[date]" or empty "child:" is named again on purpose, and is not counted; scaffolds of
prompts in comments and suppression comments are not applied.
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile


def load_eval():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "shared", "eval", "eval.py")
    spec = importlib.util.spec_from_file_location("caselint_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lint(binary, paths):
    out = {}
    for i in range(0, len(paths), 200):
        proc = subprocess.run(
            [binary, "check", "--format", "json", "--fail-on", "never", *paths[i : i + 200]],
            capture_output=True, text=True, timeout=600,
        )
        for entry in json.loads(proc.stdout)["files"]:
            out[entry["path"]] = entry["diagnostics"]
    return out


def apply(text, edits):
    data = text.encode()
    for e in sorted(edits, key=lambda e: e["byte_range"][0], reverse=True):
        start, end = e["byte_range"]
        data = data[:start] + e["new_text"].encode() + data[end:]
    return data.decode()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpora = sys.argv[1], sys.argv[2:]
    render = load_eval().render
    cases = [json.loads(l) for c in corpora for l in open(c, encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory(prefix="caselint-relint-") as tmp:
        texts = {}
        for case in cases:
            path = os.path.join(tmp, f"{case['id']}.audit.md")
            texts[path] = render(case)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(texts[path])
        found = lint(binary, list(texts))
        fixed = {}  # path of the fixed text -> (rule, written span, title, source path)
        for path, diagnostics in found.items():
            for n, d in enumerate(diagnostics):
                for m, fix in enumerate(d["fixes"]):
                    edits = fix["edits"]
                    # Suppression comments, and scaffolds whose prompts (<!-- … -->) are for
                    # the auditor to answer, are not rewrites.
                    if not edits or any("<!--" in e["new_text"] for e in edits):
                        continue
                    new = apply(texts[path], edits)
                    out = os.path.join(tmp, f"fix-{len(fixed)}.audit.md")
                    with open(out, "w", encoding="utf-8") as fh:
                        fh.write(new)
                    # Where the first edit's new text landed in the fixed document.
                    first = min(edits, key=lambda e: e["byte_range"][0])
                    shift = sum(
                        len(e["new_text"].encode()) - (e["byte_range"][1] - e["byte_range"][0])
                        for e in edits
                        if e["byte_range"][0] < first["byte_range"][0]
                    )
                    start = first["byte_range"][0] + shift
                    span = (start, start + len(first["new_text"].encode()))
                    fixed[out] = (d["code"], span, fix["title"], path)
        again = lint(binary, list(fixed))
        bad = 0
        for out, (code, (start, end), title, source) in fixed.items():
            for d in again.get(out, []):
                s, e = d["byte_range"]
                # A scaffold's own placeholder ("[owner]", "[date]", an empty "child:") is
                # there to be filled in: the finding that names it is the intended one.
                placeholder = "still says \u201c[" in d["message"] or "line is empty" in d["message"]
                if d["code"] == code and s < end and e > start and end > start and not placeholder:
                    bad += 1
                    written = open(out, encoding="utf-8").read().encode()[start:end].decode(errors="replace")
                    print(f"{os.path.basename(source)} {code} fix {title!r} wrote {written!r}: {d['message'][:120]}")
                    break
        # Rules that find more in the fixed text than in the original, for information (a
        # rewrite may rightly meet another rule: "Leo had not been visited" is S001's).
        other = {}
        for out, (code, _, _, source) in fixed.items():
            before = [d["code"] for d in found.get(source, [])]
            after = [d["code"] for d in again.get(out, [])]
            for rule in set(after):
                if rule != code and after.count(rule) > before.count(rule):
                    other[(code, rule)] = other.get((code, rule), 0) + 1
        for (fix_rule, rule), n in sorted(other.items()):
            print(f"  {fix_rule} fixes after which {rule} finds more: {n}")
        print(f"{len(fixed)} fixes applied, {bad} flagged again by their own rule")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
