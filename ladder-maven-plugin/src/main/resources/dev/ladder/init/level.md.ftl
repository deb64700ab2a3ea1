---
# One level of the track. The file's name, [=level.slug].md, is the page's address ([=level.slug].html):
# rename the file and you change the address (then list the old name under "aliases").

# The level's code, one of the track's "levels". Required.
level: [=level.codeYaml]
# The level's name, such as Senior. Required.
title: Level [=level.number]
# One sentence shown under the title and on the track page. Optional.
summary: What a [=level.code] is trusted with, in one sentence.
---
An optional introduction, before the first competency.[#if previous??] Link to another level by its file:
[[=previous.code]]([=previous.slug].md) is the level below.[/#if]

## Delivery

- What a [=level.code] delivers, and with how much guidance: one observable behaviour per line.

## Collaboration

- How a [=level.code] works with others, and how far their influence reaches.
