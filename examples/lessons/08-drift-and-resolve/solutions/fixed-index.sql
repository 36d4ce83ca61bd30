-- Index the names, for searches.
CREATE INDEX "User_name_idx" ON "User"("name");
