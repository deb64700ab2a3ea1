# Builds the site from every change to the main branch and keeps it as the run's "site" artifact,
# a folder to copy to any web server.
name: Build the ladder site

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
          cache: maven
      - name: Build the site
        run: mvn -B package
      - name: Publish the site
        uses: actions/upload-artifact@v4
        with:
          name: site
          path: site/
