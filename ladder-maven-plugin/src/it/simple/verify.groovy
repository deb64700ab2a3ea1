// The build goal, bound to package with its defaults, renders content/ into site/ with the built-in theme.
File site = new File(basedir, 'site')

String page(File site, String path) {
    File file = new File(site, path)
    assert file.isFile() : "missing page ${path}"
    return file.getText('UTF-8')
}

String home = page(site, 'index.html')
assert home.contains('<h1>Sample Ladder</h1>')
assert home.contains('<a href="backend/index.html">Backend Engineer</a>')
assert home.contains('3 leveled profiles. Pick a level to see the full profile.')

String track = page(site, 'backend/index.html')
assert track.contains('<h1>Backend Engineer</h1>')
assert track.contains('<a href="matrix.html">')

[b1: 'Associate', b2: 'Engineer', b3: 'Senior Engineer'].each { slug, title ->
    String level = page(site, "backend/${slug}.html")
    assert level.contains("<h1><span class=\"code\">${slug.toUpperCase()}</span> ${title}</h1>")
    assert level.contains('<h2 id="craft">Craft</h2>')
    assert level.contains('<h2 id="impact">Impact</h2>')
}
assert page(site, 'backend/b2.html').contains('<a href="b3.html#craft">B3</a>')

String matrix = page(site, 'backend/matrix.html')
assert matrix.contains('<h1>Backend Engineer: all levels side by side</h1>')
assert matrix.contains('<tr id="craft">') && matrix.contains('<tr id="impact">')

assert new File(site, 'assets/style.css').isFile()

String log = new File(basedir, 'build.log').getText('UTF-8')
// Home, 404, the track, matrix, booklet, 3 levels, 3 compare pages, ladder.json and the search index.
assert log =~ /\[INFO\] Ladder: 1 track, 3 levels, 13 pages written, 0 unchanged in \d+ ms/
return true
