// ladder:help lists every goal; then the README's quick start, run as written from an empty folder by a new
// user (an empty local repository), ends in a built site, a passing ladder:check, and mvn clean removing the site.
String help = new File(basedir, 'build.log').getText('UTF-8')
['ladder:init', 'ladder:build', 'ladder:check', 'ladder:diff', 'ladder:help'].each { goal ->
    assert help.contains(goal) : "ladder:help does not list ${goal}"
}
assert help.contains('ladder.title') && help.contains('ladder.levels') : 'ladder:help -Ddetail lists no parameters'

// The quick start: the README's shell blocks under "### Quick start". The first runs in a clone of the plugin's
// repository; the invoker has done the same here already (invoker:install put the plugin in its local
// repository). The second runs in a new, empty folder: that is the one run here, line by line as written.
String readmeText = new File(readme.toString()).getText('UTF-8')
int start = readmeText.indexOf('\n### Quick start\n')
assert start > 0 : 'the README has no "### Quick start"'
String section = readmeText.substring(start, readmeText.indexOf('\n#', start + 1))
List<String> blocks = (section =~ /(?ms)^```sh\n(.*?)^```\n/).collect { it[1] }
assert blocks.size() == 2 : "expected two shell blocks in the quick start, found ${blocks.size()}"
assert blocks[0].startsWith('mvn -B install -DskipTests -Dinvoker.skip=true')
String quickStart = blocks[1]
assert quickStart.contains("mvn -B dev.ladder:ladder-maven-plugin:${pluginVersion}:init") :
        "the README's init command does not name the plugin's version, ${pluginVersion}"

// A new user: a home folder of its own, whose Maven settings point at repositories holding the plugin (the
// invoker's) and everything else (the build's own local repository), as an organisation's repository would.
File home = new File(basedir, 'new-user')
File ladder = new File(basedir, 'acme-ladder')
[home, ladder].each { it.deleteDir(); it.mkdirs() }
new File(basedir, 'quick-start.log').delete()
String repositories = ['plugin': new File(localRepositoryPath.toString()), 'everything-else': new File(userLocalRepository.toString())]
        .collect { id, folder -> "<repository><id>${id}</id><url>${folder.toURI()}</url>" +
                '<releases><checksumPolicy>ignore</checksumPolicy></releases>' +
                '<snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository>' }.join('')
new File(home, '.m2').mkdirs()
new File(home, '.m2/settings.xml').setText("""<settings><profiles><profile><id>company</id>
<activation><activeByDefault>true</activeByDefault></activation>
<repositories>${repositories}</repositories>
<pluginRepositories>${repositories.replace('repository>', 'pluginRepository>')}</pluginRepositories>
</profile></profiles></settings>""", 'UTF-8')

String run(File folder, String commands, File home) {
    def process = new ProcessBuilder('sh', '-e', '-c', commands).directory(folder).redirectErrorStream(true)
    process.environment().put('PATH', "${mavenHome}/bin${File.pathSeparator}${System.getenv('PATH')}".toString())
    process.environment().put('MAVEN_OPTS', "-Duser.home=${home.absolutePath}".toString())
    process.environment().remove('MAVEN_ARGS')
    def started = process.start()
    String output = started.inputStream.getText('UTF-8')
    new File(basedir, 'quick-start.log') << "\$ ${commands}\n${output}\n"
    assert started.waitFor() == 0 : "the quick start failed:\n${output}"
    return output
}

String output = run(ladder, quickStart, home)
String jar = "dev/ladder/ladder-maven-plugin/${pluginVersion}/ladder-maven-plugin-${pluginVersion}.jar"
File used = new File(home, ".m2/repository/${jar}")
assert used.isFile() : 'the quick start did not use the new local repository'
assert used.bytes == new File(localRepositoryPath.toString(), jar).bytes : 'the quick start used another build of the plugin'
assert (output =~ /BUILD SUCCESS/).size() == quickStart.readLines().count { it.startsWith('mvn ') }

String pom = new File(ladder, 'pom.xml').getText('UTF-8')
assert pom.contains("<version>${pluginVersion}</version>") : 'the new pom does not pin the plugin that wrote it'
assert pom.contains('<packaging>pom</packaging>')
assert !(output =~ /WARNING.*(platform encoding|JAR will be empty)/)
// The builds above ran in Maven's JVM with the options init wrote for it.
assert new File(ladder, '.mvn/jvm.config').getText('UTF-8').contains('-XX:TieredStopAtLevel=1') : 'init wrote no .mvn/jvm.config'

File site = new File(ladder, 'site')
String homePage = new File(site, 'index.html').getText('UTF-8')
assert homePage.contains('Acme Engineering Ladder')
['e1', 'e2', 'e3'].each { level ->
    assert new File(site, "engineering/${level}.html").isFile() : "no page for ${level}"
}
assert new File(site, 'engineering/e2.html').getText('UTF-8').contains('<a href="e1.html">E1</a>')
assert new File(site, 'engineering/matrix.html').isFile()
assert output.contains('[INFO] Ladder: 1 track, 3 levels, ')
assert new File(ladder, 'target/ladder/code-quality.json').getText('UTF-8').trim() == '[ ]'

// mvn clean takes the site away with target/.
run(ladder, 'mvn -B -q clean', home)
assert !site.exists() : 'mvn clean left site/'
return true
