-- A case revision
--
-- Revision: c0a5e0000063
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:operations
create table orders (id integer not null primary key, user_id integer)
execute $$INSERT INTO orders (id, user_id) VALUES (1, 1), (2, 42)$$
add foreign key fk_orders_user on orders (user_id) references users (id)
