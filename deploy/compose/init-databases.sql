-- One database per service on the one PostgreSQL server (the same list ./sto up passes to the devstack).
-- Run once by the postgres image, on an empty data volume.
CREATE DATABASE regions;
CREATE DATABASE reports;
CREATE DATABASE monitor;
CREATE DATABASE notification;
