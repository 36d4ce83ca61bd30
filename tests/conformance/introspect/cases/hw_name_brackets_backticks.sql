CREATE TABLE [bracket table] ([id] INTEGER PRIMARY KEY, `tick col` TEXT);
