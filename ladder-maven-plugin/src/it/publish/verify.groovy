// A published site: sitemap with full addresses, "Suggest a change" links, and the zip attached to the project.
import java.util.zip.ZipFile

File site = new File(basedir, 'site')
String sitemap = new File(site, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://intranet.example/careers/ladder/</loc>')
assert sitemap.contains('<loc>https://intranet.example/careers/ladder/backend/b2.html</loc>')
assert sitemap.contains('<lastmod>2026-02-01</lastmod>')
assert !sitemap.contains('404.html')

String level = new File(site, 'backend/b2.html').getText('UTF-8')
assert level.contains('<a href="https://git.example/org/ladder/edit/main/content/backend/b2.md">Suggest a change to this page</a>')
String notFound = new File(site, '404.html').getText('UTF-8')
assert notFound.contains('<base href="https://intranet.example/careers/ladder/">')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Ladder: attached publish-1.0-site.zip')
File installed = new File(localRepositoryPath, 'dev/ladder/it/publish/1.0/publish-1.0-site.zip')
assert installed.isFile() : "the site zip was not installed as an artifact with classifier 'site'"

def zip = new ZipFile(installed)
try {
    def names = zip.entries().collect { it.name }
    assert names.contains('index.html') && names.contains('backend/b2.html') && names.contains('sitemap.xml')
    assert names == names.sort(false) : 'zip entries are not in a stable order'
    assert !names.contains('.ladder-site')
    assert zip.entries().every { it.lastModifiedTime.toInstant().toString() == '2026-02-01T00:00:00Z' }
} finally {
    zip.close()
}
return true
