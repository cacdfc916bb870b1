INSERT INTO orders (order_id, customer_id, ordered_on, amount)
SELECT order_id, customer_id, ordered_on, amount FROM staging_orders;
