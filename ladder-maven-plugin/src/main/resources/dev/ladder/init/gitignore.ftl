# Built by mvn package; published by CI, never committed.
site/
target/
