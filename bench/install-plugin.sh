#!/usr/bin/env bash
# Packages the plugin and installs it into a Maven repository of the benchmark's own, WORK/repository,
# with WORK/settings.xml taking every other artifact from your local repository (LADDER_BENCH_REPOSITORY,
# default ~/.m2/repository), so that no other build can swap the plugin during a benchmark. Then builds
# a tiny ladder once, which copies the plugin's libraries into that repository.
#
#   bench/install-plugin.sh WORK        (used by bench/run.sh and bench/versions.sh; log in WORK/install.log)
#
# A benchmark then runs Maven as: mvn -o -B -s WORK/settings.xml -Dmaven.repo.local=WORK/repository
#   -Daether.offline.protocols=file package -f bench/project/pom.xml -Dladder.content=… -Dladder.output=…
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$1
HOME_REPOSITORY=${LADDER_BENCH_REPOSITORY:-$HOME/.m2/repository}
REPOSITORY="$WORK/repository"
mkdir -p "$WORK"
cat >"$WORK/settings.xml" <<SETTINGS
<settings>
  <profiles>
    <profile>
      <id>local</id>
      <repositories>
        <repository><id>local</id><url>file://$HOME_REPOSITORY</url>
          <releases><updatePolicy>never</updatePolicy></releases><snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>local</id><url>file://$HOME_REPOSITORY</url>
          <releases><updatePolicy>never</updatePolicy></releases><snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>local</activeProfile></activeProfiles>
</settings>
SETTINGS
{
  mvn -o -B -q package -DskipTests -Dinvoker.skip=true -f "$ROOT/ladder-maven-plugin/pom.xml" &&
  mvn -o -B -q install:install-file -f "$ROOT/ladder-maven-plugin/pom.xml" \
    -DpomFile="$ROOT/ladder-maven-plugin/pom.xml" -DlocalRepositoryPath="$REPOSITORY" \
    -Dfile="$ROOT/ladder-maven-plugin/target/ladder-maven-plugin-0.1.0-SNAPSHOT.jar" &&
  java "$ROOT/bench/CorpusGenerator.java" 2 2 2 "$WORK/warm-up" &&
  mvn -o -B -s "$WORK/settings.xml" -Dmaven.repo.local="$REPOSITORY" -Daether.offline.protocols=file \
    package -f "$ROOT/bench/project/pom.xml" -Dladder.content="$WORK/warm-up" -Dladder.output="$WORK/warm-up-site"
} >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log" >&2; exit 1; }
