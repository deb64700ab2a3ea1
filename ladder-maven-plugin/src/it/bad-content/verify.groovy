// A content error fails the build with the file and line of the mistake, in words, and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("[ERROR] content/backend/b2.md:6:1: error: section '## Crafts' is not a competency of this "
        + "track (did you mean 'Craft'?); the competencies are: Craft, Impact")
// The misspelt heading is the one mistake: no second error claims the section is missing.
assert !log.contains("missing section '## Craft'")
assert log.contains('Ladder found 1 error(s) and 0 warning(s)')
assert !log.contains('at dev.ladder') : 'a Java stack trace reached the build log'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack frame reached the build log'

// GitHub shows workflow commands on the changed line of the pull request.
assert log.contains("::error file=content/backend/b2.md,line=6,col=1::section '## Crafts' is not a competency of "
        + "this track (did you mean 'Craft'?); the competencies are: Craft, Impact")

// Bots and scripts read the same problems as JSON.
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ladder/problems.json'))
assert report.errors == 1 && report.warnings == 0
assert report.problems[0].file == 'content/backend/b2.md'
assert report.problems[0].line == 6 && report.problems[0].column == 1
assert report.problems[0].severity == 'error'

assert !new File(basedir, 'site').exists()
return true
