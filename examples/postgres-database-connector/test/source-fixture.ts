/** The schemas, tables, views and keys the tests create in their own databases. */
export const SALES_DATABASE_SQL = `
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Sales data';
CREATE TABLE sales.customers (
  id serial PRIMARY KEY,
  name varchar(80) NOT NULL,
  credit numeric(10,2) DEFAULT 0,
  created timestamp with time zone DEFAULT now()
);
COMMENT ON TABLE sales.customers IS 'Who buys';
COMMENT ON COLUMN sales.customers.name IS 'Full name';
CREATE TABLE sales.orders (
  order_id integer,
  line_no integer,
  customer_id integer NOT NULL REFERENCES sales.customers (id),
  code char(3),
  PRIMARY KEY (line_no, order_id)
);
CREATE TABLE sales.shipments (
  id integer PRIMARY KEY,
  order_id integer,
  line_no integer,
  CONSTRAINT shipments_order_fk FOREIGN KEY (line_no, order_id) REFERENCES sales.orders (line_no, order_id)
);
CREATE VIEW sales.big_customers AS SELECT id, name FROM sales.customers WHERE credit > 1000;
COMMENT ON VIEW sales.big_customers IS 'Customers with credit';
CREATE MATERIALIZED VIEW sales.order_counts AS SELECT customer_id, count(*) AS n FROM sales.orders GROUP BY customer_id;
CREATE TABLE sales.events (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE sales.events_2024 PARTITION OF sales.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE SCHEMA staging;
CREATE TABLE staging.raw (payload text);
ALTER TABLE staging.raw ADD COLUMN gone integer;
ALTER TABLE staging.raw DROP COLUMN gone;
ALTER TABLE staging.raw ADD COLUMN received date;
CREATE TABLE public.audit_log (id bigint);
`;

/** A second, small database. */
export const INVENTORY_DATABASE_SQL = `
CREATE TABLE public.items (sku text PRIMARY KEY, quantity integer NOT NULL DEFAULT 0);
`;
