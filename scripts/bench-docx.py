"""Time `caselint check` and `caselint annotate --suggest` on a 20-page Word form.

    python3 scripts/bench-docx.py [path/to/caselint]   # default: target/release/caselint

Makes the form with python-docx (12 areas, each a table of judgement, evidence, impact and
actions, with findings in every area), counts its pages with headless LibreOffice when that
is installed, then prints the median wall time of 11 whole-process runs of each command.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

AREAS = [
    "Early help and the front door", "Assessment", "The child's voice and direct work",
    "Identity, diversity and lived experience",
    "Working with parents, carers and the family network", "Planning",
    "Multi-agency working", "Reviews and progress of the plan",
    "Management oversight and supervision", "Recording and chronology",
    "Permanence, legal planning and court", "Outcomes and impact for the child",
]

EVIDENCE = [
    "The assessment was completed within timescales and was shared with mother, which is "
    "positive. Jo's views are recorded in her own words, and the analysis explains how "
    "father's drinking affects her day to day, drawing on school and health information.",
    "However, the social worker did not engage mother in the assessment of father's new "
    "partner, and the health visitor's report was not requested, which is poor practice.",
    "Supervision records of 16/09/2026 and 21/10/2026 repeat the same directions without "
    "saying whether they were completed, so it is hard to see how the plan has progressed "
    "and whether the actions agreed at the core group have been carried out.",
    "The chronology is up to date to October and records each visit, the child seen alone "
    "on four occasions, and the outcome of the strategy discussion held in September.",
]


def make(path):
    document = docx.Document()
    document.add_paragraph("Case file audit", style="Title")
    document.add_paragraph("Child: Jo")
    document.add_paragraph("Audit date: 20/11/2026")
    for n, area in enumerate(AREAS, 1):
        document.add_heading(f"{n}. {area}", level=2)
        table = document.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        for row, label in zip(table.rows, ["Judgement", "Evidence", "Impact", "Actions"]):
            row.cells[0].text = label
        table.rows[0].cells[1].text = "Good" if n % 3 else "Satisfactory"
        cell = table.rows[1].cells[1]
        cell.text = EVIDENCE[0]
        for text in EVIDENCE[1:] * 3 + EVIDENCE[:1]:
            cell.add_paragraph(text)
        table.rows[2].cells[1].text = (
            "For Jo, the impact of mother's limited involvement is that she is likely to have "
            "little buy-in to the planned work, which increases the risk of the plan failing."
        )
        actions = table.rows[3].cells[1]
        actions.text = ""
        actions.paragraphs[0].add_run("Ensure the plan is updated.")
        actions.paragraphs[0].style = "List Bullet"
        p = actions.add_paragraph(
            "Social worker to complete a joint visit with mother by 15 January 2027, so that "
            "her views are recorded in an updated assessment.",
            style="List Bullet",
        )
        del p
    document.save(path)


def median_time(args, runs=11):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def pages(path, work):
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", str(work), str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
        )
        info = subprocess.run(["pdfinfo", str(work / "form.pdf")], capture_output=True,
                              text=True, check=True).stdout
        return next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        return "?"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/caselint"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        form = work / "form.docx"
        make(form)
        out = work / "annotated.docx"
        check = median_time([binary, "check", "--format", "json", str(form)])
        annotate = median_time([binary, "annotate", "--suggest", "--force", str(form), "-o", str(out)])
        summary = subprocess.run([binary, "annotate", "--suggest", "--force", str(form), "-o", str(out)],
                                 capture_output=True, text=True).stdout.strip()
        print(f"form: {form.stat().st_size} bytes, {pages(form, work)} pages")
        print(f"check (json):       {check:.1f} ms median of 11")
        print(f"annotate --suggest: {annotate:.1f} ms median of 11")
        print(summary.replace(str(work) + "/", ""))


if __name__ == "__main__":
    main()
