-- preview_features=views
CREATE TABLE User (
    id INT NOT NULL PRIMARY KEY,
    first_name VARCHAR(255) NOT NULL,
    last_name VARCHAR(255) NULL
);

CREATE VIEW Schwuser AS
    SELECT id, first_name, last_name FROM User;
