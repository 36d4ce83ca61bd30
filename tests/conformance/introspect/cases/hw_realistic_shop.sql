CREATE TABLE customers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL UNIQUE,
  name TEXT,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE products (
  sku TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  price NUMERIC(10, 2) NOT NULL DEFAULT 0,
  meta JSON,
  picture BLOB
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  placed_at TIMESTAMP,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped'))
);
CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  sku TEXT NOT NULL REFERENCES products(sku),
  qty INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, sku)
);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE TABLE audit_log (at DATETIME, message TEXT);
