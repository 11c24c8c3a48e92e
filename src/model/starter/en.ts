import { sectionsYaml } from './sections.ts';
import type { StarterContent } from './types.ts';

// An English casebook as `npm run init -- <dir> --lang en` writes it. The report, its outlet, the town and every
// figure are invented and say so: the example shows how a case cites a source and how its figures are checked.

const settings = `# This casebook's settings (a first draft written by npm run init). Replace every "EDIT ME";
# each setting is described in docs/reference/casebook-yaml.md.

title: "EDIT ME: Casebook title"       # site name, 2–30 characters
shortTitle: EDIT ME                    # 2–12 characters, for browser tabs and share cards
description: "EDIT ME: one sentence on what this casebook holds and who it is for."   # 10–200 characters
publisher: "EDIT ME: Your organisation" # named in the footer, the feed, the reports and citations
# url: https://cases.example.org       # where the site is published (CASEBOOK_SITE_URL also sets it)
lang: en                               # interface language: en or zh-CN

# The kinds of case: the id a case's kind names -> the label readers see. Add and remove as you need.
kinds:
  community: Community action
  environment: Environment
  economy: Local economy
  services: Public services
  rural: Rural development

# The level-2 headings every case has, in order; "also" lists other headings accepted for the same section.
${sectionsYaml('en')}

# Example searches shown in the search box and when nothing is found (from the example case: use your own).
search:
  examples: [river cleanup, volunteers, 97%]

sourceTexts: texts                     # folder of the sources' full texts, relative to this folder
`;

const series = `# A series groups cases about one place or programme. This one is an example: rewrite or delete it.
title: Millbrook river projects (example)
description: "Example series: projects along the river in the invented town of Millbrook. Replace it with your own."
place: { province: Exampleshire, city: Millbrook }
order: 1
`;

const source = `# A source record: write only what the document shows, and unknown for the rest; never guess.
# This one is an example: the report, the paper and the figures were invented by npm run init to show how
# figures are checked. Delete it and texts/example-report.txt once you have real sources.
title: Residents clear the river banks in a summer of weekend cleanups
description: (Example, invented) A Millbrook Weekly report on the River Street cleanup, written by npm run init
outlet: Millbrook Weekly
type: newspaper
date: 2025-06
pages: unknown
authors: unknown
text: example-report.txt
note: "Example: this source and its text are invented; it is not a real report."
`;

const sourceText = `Residents clear the river banks in a summer of weekend cleanups

(Example text written by npm run init: the town, the people and the figures are invented, to show how figures are checked.)

MILLBROOK - On Saturday morning the towpath behind River Street was lined with bin bags, gloves and borrowed wheelbarrows as neighbours hauled old tyres and shopping trolleys out of the water.

Since the spring, 1,300 residents have taken part in the weekend cleanups organised by the River Street residents' association, which divided the bank into short stretches and gave each street its own.

The association says 97% of households on River Street signed up to help at least once. Many brought their children, and the primary school adopted the stretch beside its playing field.

The county has now awarded the town a grant of $2.6 million to rebuild the flood wall and plant the bank, work the association will help to plan.

"People walk past the river every day," said the association's chair. "Now they feel it is theirs."
`;

const example = (date: string) => `---
# An example case written by npm run init: model your own cases on it, then delete it, the example series and
# the example source.
title: "Example: Millbrook residents take back their river"
summary: "An example written by npm run init; the town and its figures are invented. Residents of River Street cleared their river bank street by street, and the county then funded a new flood wall."
series: millbrook
kind: community
place:
  province: Exampleshire
  city: Millbrook
date: ${date}
tags: [cleanup, volunteers, rivers, example]
sources: [example-report]
stats:
  # Copy each figure as the source prints it (with "about", "over" and the unit): npm run check finds it there.
  - id: residents
    figure: "1,300 residents"
    subject: River Street cleanups
    metric: volunteer count
    source: example-report
    headline: true
  - id: households
    figure: "97%"
    subject: River Street households
    metric: participation rate
    source: example-report
    headline: true
  - id: grant
    figure: "$2.6 million"
    subject: Millbrook flood wall and river bank
    metric: county grant amount
    source: example-report
    headline: true
---

## Background

The river behind Millbrook's River Street had become a place to dump tyres and trolleys, and the bank was hard to walk along. According to the Millbrook Weekly, the street's residents' association decided to clear it with the help of the neighbours themselves.

## What was done

### One stretch for each street

The association split the bank into short sections and handed each street one of them, so that every group knew which part was its own. Cleanups were held at weekends, when most people were free.

### Families and the school

Parents brought their children along, and the local primary school looked after the part of the bank next to its playing field.

## Results

Over the spring and summer <Stat id="residents" /> joined the cleanups, and <Stat id="households" /> of River Street's households took part at least once. The county has since granted the town <Stat id="grant" /> for a new flood wall and for planting along the bank, and the association is to help plan that work.

## Lessons

**Give people a piece they can own.** A short stretch per street made a long river bank a task neighbours could finish.

**Keep the neighbours in the next step.** The association will help plan the flood-wall work the county is paying for, so the people who cleared the bank keep a say in what happens to it.
`;

/** The English starter casebook. */
export const EN_STARTER: StarterContent = {
  settings,
  series: { id: 'millbrook', text: series },
  source: { id: 'example-report', text: source },
  sourceText: { file: 'example-report.txt', text: sourceText },
  example: { id: 'millbrook-river-cleanup', text: example },
};
