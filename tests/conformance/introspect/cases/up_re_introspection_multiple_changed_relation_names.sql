CREATE TABLE "Employee" (
    id INTEGER PRIMARY KEY
);

CREATE TABLE "Schedule" (
    id INTEGER PRIMARY KEY,
    "morningEmployeeId" INTEGER NOT NULL REFERENCES "Employee"("id"),
    "eveningEmployeeId" INTEGER NOT NULL REFERENCES "Employee"("id")
);

CREATE TABLE "Unrelated" (
    id INTEGER PRIMARY KEY
);
