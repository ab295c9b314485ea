#!/bin/sh
# One database and one user per subgraph: each subgraph can reach its own data only.
set -eu
for name in billing telephony numbering compliance; do
  mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$name'@'%' IDENTIFIED BY '$SUBGRAPH_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$name'@'%';
SQL
done
