// The audit skeleton "caselint: New audit" falls back on when `caselint new` cannot be run.
// No `vscode` import, so it is unit-tested in plain Node.

/** The default areas of a child's journey, from the product contract. */
export const DEFAULT_AREAS: readonly string[] = [
  "Early help and the front door",
  "Assessment",
  "The child's voice and direct work",
  "Identity, diversity and lived experience",
  "Working with parents, carers and the family network",
  "Planning",
  "Multi-agency working",
  "Reviews and progress of the plan",
  "Management oversight and supervision",
  "Recording and chronology",
  "Permanence, legal planning and court",
  "Outcomes and impact for the child",
];

/** A minimal audit: front matter, then one area per name with its four sections. */
export function builtinTemplate(options: { areas?: readonly string[]; today: Date }): string {
  const areas = options.areas !== undefined && options.areas.length > 0 ? options.areas : DEFAULT_AREAS;
  const lines = [
    "---",
    "child: ",
    `audit-date: ${isoDate(options.today)}`,
    "auditor: ",
    "---",
    "",
    "# Case file audit",
  ];
  for (const area of areas) {
    lines.push(
      "",
      `## ${area}`,
      "",
      "Judgement: ",
      "",
      "### Evidence",
      "",
      "### Impact",
      "",
      "### Actions",
      "- ",
    );
  }
  return lines.join("\n") + "\n";
}

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}
