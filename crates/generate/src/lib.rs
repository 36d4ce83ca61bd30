//! `prisma generate` as a pure function: a validated schema → the TypeScript declarations
//! Prisma Client 6.19.3 exposes for it (`index.d.ts`), readable and self-contained, with
//! Prisma's exact type names and input shapes; and the console text the command prints.
//!
//! ```
//! let schema = seedbed_psl::parse_and_validate(r#"
//! datasource db {
//!   provider = "sqlite"
//!   url      = "file:./dev.db"
//! }
//! model User {
//!   id    Int     @id @default(autoincrement())
//!   email String  @unique
//!   name  String?
//! }
//! "#);
//! let dts = seedbed_generate::generate(&schema);
//! assert!(dts.contains("export type User = {\n  id: number\n  email: string\n  name: string | null\n}"));
//! assert!(dts.contains("export type UserWhereUniqueInput = Prisma.AtLeast<{"));
//! ```
//!
//! Modules: [`scalar`] (TypeScript types of each scalar), `fields` (which fields each input
//! holds), `registry` (named declarations, built on demand so only used types appear),
//! `inputs` (where/orderBy/create/update/nested inputs), `filters`, `api` (select,
//! arguments, aggregates, delegates), `client` (the `PrismaClient` class and the helper
//! types), [`console`] (what `prisma generate` prints).

mod api;
mod client;
pub mod console;
mod fields;
mod filters;
mod inputs;
mod registry;
pub mod scalar;

use seedbed_psl::ValidatedSchema;

/// Prisma's version these declarations follow.
pub const PRISMA_VERSION: &str = "6.19.3";

/// The `index.d.ts` text for the schema. Models marked `@@ignore`, fields marked `@ignore`
/// and `Unsupported` fields are left out, as Prisma Client leaves them out. A schema with
/// errors still yields declarations for what could be resolved; callers should refuse to
/// generate when `schema.has_errors()`, as `prisma generate` does.
pub fn generate(schema: &ValidatedSchema) -> String {
    let mut reg = registry::Registry::new(schema);
    let models = fields::client_models(schema);
    inputs::request_roots(&mut reg, &models);
    let model_api: Vec<String> = models
        .iter()
        .map(|m| api::model_section(&mut reg, *m))
        .collect();
    reg.run();
    client::document(schema, &models, &model_api, &reg.render())
}
