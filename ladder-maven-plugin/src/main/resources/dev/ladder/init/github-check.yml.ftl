# Checks every pull request. Each problem is shown on the line to change (GitHub annotations), and
# what the change does to the ladder (ladder:diff) goes into the run's summary and its artifacts.
name: Check the ladder

on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # All history, so that ladder:diff can read the target branch.
          fetch-depth: 0
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
          cache: maven
      - name: Check the ladder
        # Inside GitHub Actions the plugin prints each problem as an annotation as well.
        run: mvn -B ladder:check
      - name: Compare with the target branch
        env:
          # Passed through the environment, never pasted into the script.
          BASE_REF: ${{ github.base_ref }}
        run: |
          mvn -B ladder:diff "-Dladder.base=origin/$BASE_REF"
          cat target/ladder/diff.md >> "$GITHUB_STEP_SUMMARY"
      - name: Attach the report
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: ladder-report
          path: target/ladder/
          if-no-files-found: ignore
