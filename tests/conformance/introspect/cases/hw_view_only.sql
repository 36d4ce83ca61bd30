-- preview_features=views
CREATE VIEW v AS SELECT 1 AS one, 'x' AS two;
