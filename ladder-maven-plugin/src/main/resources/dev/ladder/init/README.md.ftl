# [=title]

The career ladder, written in Markdown and published as a website by the Ladder Maven plugin.
Anyone can propose a change in a pull request (a merge request on GitLab); the checks say exactly
which line to fix.

## Editing

- `content/_index.md` is the home page, `content/[=trackSlug]/_index.md` the track, and each other
  file in `content/[=trackSlug]/` one level ([#list levels as level]`[=level.slug].md`[#sep], [/#sep][/#list]).
- The part between the two `---` lines at the top of a file is its *front matter*: fields such as
  `title: Senior`. Lines starting with `#` there are comments that explain each field; they never
  appear on the site.
- Below it is Markdown. In a level, each competency of the track is a section starting with
  `## ` and the competency's name, such as `## Delivery`, and holds a list of expectations.
- Link to another level by its file name: `[[=levels[0].code]]([=levels[0].slug].md)`.
- A new track is a new folder in `content/` with its own `_index.md`.

## Previewing

With Java 17 and Maven installed:

```sh
mvn -B package        # checks the ladder and builds the site into site/
```

Then open `site/index.html` in a browser. `mvn -B clean` removes the site again.

While you edit, a live preview is quicker:

```sh
mvn ladder:serve      # serves the ladder at http://127.0.0.1:1313/; Ctrl-C stops it
```

Each time you save a file in `content/` or `templates/`, the open page updates by itself. When the
change has a mistake, the page lists it with the line to fix, and the list goes away once it is fixed.

## Checking

```sh
mvn -B ladder:check   # reports every problem as file:line:column, writes nothing
mvn -B ladder:diff    # what your changes do to the ladder: target/ladder/diff.md and diff.html
mvn -B ladder:help    # every goal and option of the plugin
```

Every pull request runs the same check (`[=checkWorkflow]` on GitHub,
`[=gitlabCi]` on GitLab): a problem is shown on the line to change, and the comparison with the
target branch is attached to the run. Each change to the main branch builds the site and keeps it
as the run's `site` artifact, ready to copy to the web server.
