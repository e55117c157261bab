#!/usr/bin/env python3
"""Write the held-out corpus's texts as one audit, a benchmark of published practice prose.

    python3 scripts/corpus_audit.py OUT.audit.md [COPIES_DIR N]

Every text of ../shared/corpus/dev.jsonl and real.jsonl (the evidence, judgement, impact and
action fields) in order, twenty to an area's evidence, each area with a short impact and one
action. The generated benchmark audits (`bench_cli.py`) repeat template sentences; these do
not, so a lazy DFA meets new text throughout. With COPIES_DIR and N, N copies of the audit are
written there too (the later copies linted warm).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
FIELDS = ("evidence", "judgement", "impact", "action", "text")


def texts():
    for name in ("real.jsonl", "dev.jsonl"):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            for line in f:
                case = json.loads(line)
                for key in FIELDS:
                    if isinstance(case.get(key), str):
                        yield case[key]


def audit():
    all_texts = list(texts())
    out = ["---\nchild: Sam\naudit-date: 2026-11-20\nauditor: QA\n---\n\n# Case file audit\n"]
    for i in range(0, len(all_texts), 20):
        out.append(
            f"\n## Area {i // 20}\n\nJudgement: Good\n\n### Evidence\n"
            + " ".join(all_texts[i : i + 20])
            + "\n\n### Impact\nFor Sam, this means she is safer at home.\n\n"
            "### Actions\n- Social worker to visit Sam weekly by 30 December 2026.\n"
        )
    return "".join(out)


def main():
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__)
    text = audit()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(text)
    if len(sys.argv) == 4:
        folder, copies = sys.argv[2], int(sys.argv[3])
        os.makedirs(folder, exist_ok=True)
        for n in range(copies):
            with open(os.path.join(folder, f"a{n + 1}.audit.md"), "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{sys.argv[1]}: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
