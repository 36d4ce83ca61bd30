CREATE TABLE "User" (
    id INTEGER PRIMARY KEY
);

CREATE TABLE "_FollowRelation" (
    "A" INTEGER NOT NULL REFERENCES "User"("id"),
    "B" INTEGER NOT NULL REFERENCES "User"("id")
);

CREATE UNIQUE INDEX "_FollowRelation_AB_unique" ON "_FollowRelation"("A", "B");
CREATE INDEX "_FollowRelation_B_index" ON "_FollowRelation"("B");
