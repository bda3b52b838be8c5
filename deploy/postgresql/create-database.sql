-- Run once as postgres (psql -f create-database.sql): the site's role and database. The nodes create their tables
-- on first start (the setup lock lets one of them do it). Set the password given in common.env.
CREATE ROLE rencontres_aict LOGIN PASSWORD 'change-this-password';
CREATE DATABASE rencontres_aict OWNER rencontres_aict ENCODING 'UTF8' TEMPLATE template0;
