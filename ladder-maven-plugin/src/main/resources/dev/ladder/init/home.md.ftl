---
# The home page of the ladder. Front matter is the part between the two --- lines; a line
# starting with # is a comment, for editors only, and never shown on the site.

# The ladder's name, shown on every page. Required.
title: [=titleYaml]
# Shown before the title in every page's header, such as your company's name. Optional:
# remove the # at the start of the line to use it.
# organisation: Acme
# The version of the ladder, shown at the foot of every page and of every printout. Optional.
version: "0.1"
# The date this version applies from, written year-month-day. Optional, as organisation.
# effective: 2026-01-05
---
This is the introduction on the home page: say who the ladder is for and how it is used, for example
in development conversations and promotion cases. Write it in Markdown, as every text below the
front matter.

Each folder in `content/` is a track, such as software engineering or engineering management;
this ladder starts with one, `[=trackSlug]/`.
