# Merge requests: ladder:check reports each problem on its line (in the merge request's code quality
# widget) and ladder:diff's report is attached. The default branch builds the site as an artifact.
image: maven:3.9-eclipse-temurin-17

variables:
  MAVEN_OPTS: "-Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository"

cache:
  paths:
    - .m2/repository

check:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    # All history, so that ladder:diff can read the target branch.
    GIT_DEPTH: "0"
  script:
    - mvn -B ladder:check
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - mvn -B ladder:diff "-Dladder.base=origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
  artifacts:
    when: always
    expose_as: ladder report
    paths:
      - target/ladder/
    reports:
      codequality: target/ladder/code-quality.json

site:
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - mvn -B package
  artifacts:
    name: site
    paths:
      - site/
