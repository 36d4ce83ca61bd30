//! The project a new playground starts with, known to both sides: the worker creates it,
//! the page recognises it (a share link opens over it without asking) and reuses its
//! `package.json` for projects it assembles (an opened `.sqlite` file, a shared seed).

/// The starter schema: one model, ready for `migrate dev --name init`.
pub const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n}\n";

/// `package.json` with the seed command (`seedbed-shell` writes the same one into a
/// project that has none; a worker test keeps the two equal).
pub const PACKAGE_JSON: &str = "{\n  \"name\": \"playground\",\n  \"private\": true,\n  \"prisma\": {\n    \"seed\": \"tsx prisma/seed.ts\"\n  }\n}\n";

/// The seed script: a purge, then a mass insert, as the workflow Seedbed teaches.
pub const SEED: &str = "// Runs with `npx prisma db seed`, after `migrate reset`, and after a `migrate dev`\n// that created the database. First purge, then a mass insert.\nawait prisma.user.deleteMany()\n\nconst users = []\nfor (let i = 1; i <= 20; i++) {\n  users.push({ email: `user${i}@example.com`, name: `User ${i}` })\n}\nawait prisma.user.createMany({ data: users })\nconsole.log(`Seeded ${users.length} users`)\n";
