/** What a PostgreSQL server holds, as read from its catalog views: plain data, no open metadata. */
export interface PostgresServerSnapshot {
  /** `host:port`, as in qualified names. */
  readonly serverKey: string;
  /** The server's version (`server_version`). */
  readonly serverVersion: string;
  /** The databases that pass the filter, by name. */
  readonly databases: readonly PostgresDatabaseSnapshot[];
}

/** A database of the server, without its contents (what `pg_database` says). */
export interface PostgresDatabaseSummary {
  /** The database name. */
  readonly name: string;
  /** Its owner. */
  readonly owner: string;
  /** Its character encoding, such as `UTF8`. */
  readonly encoding: string;
  /** Its collation (`LC_COLLATE`). */
  readonly collation: string;
  /** Its comment. */
  readonly description?: string;
}

/** A database with its schemas. */
export interface PostgresDatabaseSnapshot extends PostgresDatabaseSummary {
  /** The schemas that pass the filter (never the system schemas), by name. */
  readonly schemas: readonly PostgresSchemaSnapshot[];
}

/** A schema (namespace) with its tables and views. */
export interface PostgresSchemaSnapshot {
  /** The schema name. */
  readonly name: string;
  /** Its owner. */
  readonly owner: string;
  /** Its comment. */
  readonly description?: string;
  /** Ordinary, partitioned and foreign tables (not partitions), by name. */
  readonly tables: readonly PostgresTableSnapshot[];
  /** Views and materialized views, by name. */
  readonly views: readonly PostgresViewSnapshot[];
}

/** The kinds of table the connector reads. */
export type PostgresTableKind = 'table' | 'partitioned table' | 'foreign table';

/** A table with its columns and keys. */
export interface PostgresTableSnapshot {
  /** The table name. */
  readonly name: string;
  /** The kind of table. */
  readonly kind: PostgresTableKind;
  /** Its comment. */
  readonly description?: string;
  /** Its columns, by position. */
  readonly columns: readonly PostgresColumnSnapshot[];
  /** Its primary key, if it has one. */
  readonly primaryKey?: PostgresPrimaryKeySnapshot;
  /** Its foreign keys, by name. */
  readonly foreignKeys: readonly PostgresForeignKeySnapshot[];
}

/** A view with its columns. */
export interface PostgresViewSnapshot {
  /** The view name. */
  readonly name: string;
  /** True for a materialized view. */
  readonly materialized: boolean;
  /** Its query (`pg_get_viewdef`). */
  readonly definition: string;
  /** Its comment. */
  readonly description?: string;
  /** Its columns, by position. */
  readonly columns: readonly PostgresColumnSnapshot[];
}

/** A column of a table or view. */
export interface PostgresColumnSnapshot {
  /** The column name. */
  readonly name: string;
  /** Its ordinal position (`attnum`, from 1; like `information_schema.columns.ordinal_position`). */
  readonly position: number;
  /** Its type as PostgreSQL writes it, such as `character varying(40)` or `numeric(10,2)`. */
  readonly dataType: string;
  /** False when the column is `NOT NULL`. */
  readonly isNullable: boolean;
  /** Its default expression, such as `nextval('orders_id_seq'::regclass)`. */
  readonly defaultValue?: string;
  /** The declared length of a `character` or `character varying` column. */
  readonly length?: number;
  /** The declared precision of a `numeric` column. */
  readonly precision?: number;
  /** The declared scale of a `numeric` column. */
  readonly scale?: number;
  /** Its comment. */
  readonly description?: string;
}

/** A primary key constraint. */
export interface PostgresPrimaryKeySnapshot {
  /** The constraint name. */
  readonly name: string;
  /** Its columns, in key order. */
  readonly columnNames: readonly string[];
}

/** A foreign key constraint. */
export interface PostgresForeignKeySnapshot {
  /** The constraint name. */
  readonly name: string;
  /** The referencing columns of this table, in key order. */
  readonly columnNames: readonly string[];
  /** The schema of the referenced table. */
  readonly referencedSchema: string;
  /** The referenced table. */
  readonly referencedTable: string;
  /** The referenced columns, paired with `columnNames`. */
  readonly referencedColumnNames: readonly string[];
}
