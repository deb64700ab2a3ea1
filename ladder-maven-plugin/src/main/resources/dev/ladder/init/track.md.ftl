---
# A track: this file describes it and every other file in this folder is one of its levels.
# The folder's name, [=trackSlug], is the track's address on the site.

# The track's name. Required.
title: Engineer
# The job family; the home page groups tracks by family. Optional.
family: Engineering
# One sentence shown on the home page. Optional.
summary: Builds and runs the products our customers use.
# The level codes, lowest first. Each level file has one of them as its "level". Required.
levels: [[#list levels as level][=level.codeYaml][#sep], [/#sep][/#list]]
# The competencies, in the order of the matrix. Every level file has one "## " section for each,
# with the same name. Required.
competencies:
  - Delivery
  - Collaboration
---
The track's overview, shown on its page above the list of levels. Headings here start with `###`,
because `##` headings are kept for competencies on level pages.
