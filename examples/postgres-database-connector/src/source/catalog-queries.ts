/**
 * The catalog queries the reader runs (pg_catalog views, which see every object whatever its
 * privileges, and carry comments). Each query after the first takes the schema names to read as
 * `$1` (a text array).
 */

/** The server's version. */
export const SERVER_VERSION_QUERY = `SELECT current_setting('server_version') AS server_version`;

/** The databases one can connect to, without templates. */
export const DATABASES_QUERY = `
SELECT d.datname AS name,
       pg_catalog.pg_get_userbyid(d.datdba) AS owner,
       pg_catalog.pg_encoding_to_char(d.encoding) AS encoding,
       d.datcollate AS collation,
       pg_catalog.shobj_description(d.oid, 'pg_database') AS description
  FROM pg_catalog.pg_database d
 WHERE NOT d.datistemplate AND d.datallowconn
 ORDER BY d.datname`;

/** The schemas of the current database. */
export const SCHEMAS_QUERY = `
SELECT n.nspname AS name,
       pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
       pg_catalog.obj_description(n.oid, 'pg_namespace') AS description
  FROM pg_catalog.pg_namespace n
 ORDER BY n.nspname`;

/** Tables (r, p, f) and views (v, m) of the given schemas, without partitions. */
export const RELATIONS_QUERY = `
SELECT n.nspname AS schema_name,
       c.relname AS name,
       c.relkind::text AS kind,
       pg_catalog.obj_description(c.oid, 'pg_class') AS description,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END AS definition
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
   AND NOT c.relispartition
   AND n.nspname = ANY($1::text[])
 ORDER BY n.nspname, c.relname`;

/** Columns of the tables and views of the given schemas; lengths and precisions decoded from the type modifier. */
export const COLUMNS_QUERY = `
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS name,
       a.attnum::int AS position,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
       NOT a.attnotnull AS is_nullable,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_value,
       CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod > 4 THEN a.atttypmod - 4 END AS length,
       CASE WHEN a.atttypid = 1700 AND a.atttypmod > 4 THEN ((a.atttypmod - 4) >> 16) & 65535 END AS precision,
       CASE WHEN a.atttypid = 1700 AND a.atttypmod > 4 THEN (a.atttypmod - 4) & 65535 END AS scale,
       pg_catalog.col_description(c.oid, a.attnum) AS description
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0
   AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
   AND NOT c.relispartition
   AND n.nspname = ANY($1::text[])
 ORDER BY n.nspname, c.relname, a.attnum`;

/** Primary and foreign key constraints of the tables of the given schemas, with their columns in key order. */
export const KEYS_QUERY = `
SELECT con.contype::text AS kind,
       con.conname AS name,
       n.nspname AS schema_name,
       c.relname AS table_name,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ARRAY(SELECT a.attname::text
               FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS column_names,
       ARRAY(SELECT a.attname::text
               FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS referenced_column_names
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
 WHERE con.contype IN ('p', 'f')
   AND NOT c.relispartition
   AND n.nspname = ANY($1::text[])
 ORDER BY n.nspname, c.relname, con.conname`;
