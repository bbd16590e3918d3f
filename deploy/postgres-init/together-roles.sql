-- What a council's DBA does once for Together (see README, "Using a council's own PostgreSQL"),
-- as docker-compose.yml has the postgres image run it when it first makes its data folder.
-- The passwords come from the environment (deploy/.env), never from this file.
\set ON_ERROR_STOP on
\getenv owner_password TOGETHER_DB_OWNER_PASSWORD
\getenv service_password TOGETHER_DB_PASSWORD

-- Owns Together's schemas; Flyway runs as it to create and upgrade the tables.
CREATE ROLE together_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
-- The service: adds events and reads them, keeps the look-ups and read models. Together's
-- start grants it exactly that, as the owner; it owns nothing and is no superuser.
CREATE ROLE together LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'service_password';

CREATE DATABASE together OWNER together_owner;
REVOKE ALL ON DATABASE together FROM PUBLIC;
GRANT CONNECT ON DATABASE together TO together;
