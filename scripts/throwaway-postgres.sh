# A throw-away PostgreSQL server with the deployment's settings (deploy/postgresql/rencontres-aict.conf), for the tests
# and the benchmarks. Sourced (not run) by run-tests.sh, bench/registration/run.sh and bench/cluster/run.sh, from the
# repository's root; needs root, as the server runs as the postgres user.
#
#   throwaway_postgres_start DATA_DIR PORT [-c name=value ...]
#       creates the cluster in DATA_DIR (its parent must be readable by postgres), trust authentication, UTF-8, and
#       starts it on 127.0.0.1:PORT with its socket in DATA_DIR; options given after PORT win over the deployment's.
#   throwaway_postgres_ctl DATA_DIR pg_ctl-arguments...
#       pg_ctl as postgres on that cluster (stop -m immediate, restart -m fast…).

throwaway_postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

throwaway_postgres_start() {
  local data=$1 port=$2; shift 2
  local bin; bin=$(throwaway_postgres_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
  install -d -o postgres -g postgres -m 700 "$data"
  runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  install -o postgres -m 644 deploy/postgresql/rencontres-aict.conf "$data/rencontres-aict.conf"
  echo "include 'rencontres-aict.conf'" >>"$data/postgresql.conf"
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data $*" start >/dev/null
}

throwaway_postgres_ctl() {
  local data=$1; shift
  runuser -u postgres -- "$(throwaway_postgres_bin)/pg_ctl" -D "$data" "$@"
}
