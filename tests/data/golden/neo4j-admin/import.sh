#!/bin/sh
# Import this folder into an empty Neo4j 5 database (stop the database first), e.g.
#   docker run --rm -v "$PWD":/import -v neo4j-data:/data neo4j:5 sh /import/import.sh
set -e
cd "$(dirname "$0")"
neo4j-admin database import full --overwrite-destination \
  --nodes=nodes.csv --relationships=relationships.csv \
  --array-delimiter=U+001F --multiline-fields=true "${1:-neo4j}"
