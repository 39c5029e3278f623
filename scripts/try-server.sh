#!/usr/bin/env bash
# For developers: build (serialised with a lock, several people may build at once) and
# serve on a port with a data folder of your own. Usage: scripts/try-server.sh PORT [DATADIR]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:?port}
data=${2:-/tmp/atlas-try-$port}
flock /tmp/atlas-build.lock node bin/atlas.mjs build
exec env PORT=$port ATLAS_DATA_DIR=$data node bin/atlas.mjs serve --no-build
