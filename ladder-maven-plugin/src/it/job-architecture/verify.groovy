// The job-architecture example (examples/job-architecture: three tracks mapped to grades, one of them a
// specialisation of another) builds without a problem into the grade grid, same-grade lists,
// cross-track compare pages and a specialisation's shared sections.
File site = new File(basedir, 'site')

String page(File site, String path) {
    File file = new File(site, path)
    assert file.isFile() : "missing page ${path}"
    return file.getText('UTF-8')
}

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Ladder: 3 tracks, 16 levels, \d+ pages written, 0 unchanged in \d+ ms/
assert !log.contains('[WARNING]') : 'the example builds without a warning'

// The grade grid: a row per grade, each linking the levels at it.
String home = page(site, 'index.html')
(1..8).each { assert home.contains("id=\"grade-G${it}\"") }
assert home.contains('href="engineering-management/m1.html"')
assert home.contains('href="software-engineering/p4.html"')
assert home.contains('href="qa-engineering/q4.html"')

// P4 is at the grade of M1 and Q4: it lists both, each with a compare page that exists.
String p4 = page(site, 'software-engineering/p4.html')
assert p4.contains('<h2 id="same-grade">Same grade in other tracks</h2>')
['engineering-management/compare-m1-with-software-engineering-p4.html',
 'qa-engineering/compare-q4-with-software-engineering-p4.html'].each { compare ->
    assert p4.contains("href=\"../${compare}\"")
    assert page(site, compare).contains('Software Engineer')
}

// Q2 writes Test strategy and inherits the rest from P2, marked as shared with a link to P2's section.
String q2 = page(site, 'qa-engineering/q2.html')
assert q2.contains('<h2 id="test-strategy">Test strategy</h2>')
assert q2.contains('Shared with <a href="../software-engineering/p2.html#feature-development">Software Engineer P2 Mid</a>')
assert page(site, 'software-engineering/p2.html').contains('id="feature-development"')
return true
