// A content error fails the build with the file and line of the mistake, in words, and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("[ERROR] content/backend/b2.md:6:1: error: section '## Crafts' is not a competency of this "
        + "track (did you mean 'Craft'?); the competencies are: Craft, Impact")
// The misspelt heading is the one mistake: no second error claims the section is missing.
assert !log.contains("missing section '## Craft'")
assert log.contains('Ladder found 1 error(s) and 0 warning(s)')
assert !log.contains('at dev.ladder') : 'a Java stack trace reached the build log'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack frame reached the build log'

assert !new File(basedir, 'site').exists()
return true
