//! The benchmark's schemas, generated deterministically so that the native run, the wasm
//! run and Prisma all read byte-identical text.
//!
//! A schema of `n` models looks like an application's: models named after business nouns,
//! `Int` and `String` ids (`autoincrement()`, `cuid()`, `uuid()`), every scalar type,
//! enums with a mapped value, defaults, `@updatedAt`, `@map`/`@@map`, `@unique`,
//! `@@index`/`@@unique`, and relations of every kind: required and optional one-to-many
//! (with referential actions), one-to-one, implicit many-to-many and self-relations, each
//! declared on both sides. Fields are separated by single spaces (not aligned), so
//! `format` has real work to do.
//!
//! [`changed_schema`] alters `changed` of the tables, spread evenly: each gets a new
//! column and a new index, every second one loses a column, every third one gets a new
//! default.

use std::fmt::Write;

/// (model name, plural used for list fields). A model past the first round gets a number.
const NOUNS: &[(&str, &str)] = &[
    ("Account", "accounts"),
    ("Address", "addresses"),
    ("Article", "articles"),
    ("Author", "authors"),
    ("Booking", "bookings"),
    ("Category", "categories"),
    ("Comment", "comments"),
    ("Company", "companies"),
    ("Customer", "customers"),
    ("Department", "departments"),
    ("Document", "documents"),
    ("Employee", "employees"),
    ("Event", "events"),
    ("Invoice", "invoices"),
    ("Message", "messages"),
    ("Payment", "payments"),
    ("Product", "products"),
    ("Project", "projects"),
    ("Review", "reviews"),
    ("Shipment", "shipments"),
    ("Supplier", "suppliers"),
    ("Tag", "tags"),
    ("Task", "tasks"),
    ("Ticket", "tickets"),
];

/// Models sharing one enum.
const MODELS_PER_ENUM: usize = 10;

/// A schema of `models` models (at least one).
pub fn schema(models: usize) -> String {
    render(models, 0)
}

/// [`schema`] with `changed` tables altered (see the module doc).
pub fn changed_schema(models: usize, changed: usize) -> String {
    render(models, changed)
}

/// The table names of the models [`changed_schema`] alters, in model order.
pub fn changed_tables(models: usize, changed: usize) -> Vec<String> {
    let models = models.max(1);
    (0..models)
        .filter(|&i| change_rank(i, models, changed).is_some())
        .map(table_name)
        .collect()
}

/// The model's name: `Account`, …, `Ticket`, `Account2`, ….
fn model_name(i: usize) -> String {
    let (noun, _) = NOUNS[i % NOUNS.len()];
    match i / NOUNS.len() {
        0 => noun.to_owned(),
        round => format!("{noun}{}", round + 1),
    }
}

/// The field name of a list of the model: `accounts`, `accounts2`, ….
fn plural_field(i: usize) -> String {
    let (_, plural) = NOUNS[i % NOUNS.len()];
    match i / NOUNS.len() {
        0 => plural.to_owned(),
        round => format!("{plural}{}", round + 1),
    }
}

/// The field name of one of the model: `account`, `account2`, ….
fn singular_field(i: usize) -> String {
    let name = model_name(i);
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The table of model `i`: every fourth model is `@@map`ped to a snake_case name.
pub fn table_name(i: usize) -> String {
    if i.is_multiple_of(4) {
        let mut snake = String::new();
        for (k, c) in model_name(i).chars().enumerate() {
            if c.is_ascii_uppercase() && k > 0 {
                snake.push('_');
            }
            snake.push(c.to_ascii_lowercase());
        }
        snake
    } else {
        model_name(i)
    }
}

fn id_type(i: usize) -> &'static str {
    if i.is_multiple_of(2) { "Int" } else { "String" }
}

fn id_field(i: usize) -> &'static str {
    match i % 4 {
        0 | 2 => "id Int @id @default(autoincrement())",
        1 => "id String @id @default(cuid())",
        _ => "id String @id @default(uuid())",
    }
}

/// The position of model `i` among the changed ones, if it is changed: `changed` models
/// spread evenly over `models`.
fn change_rank(i: usize, models: usize, changed: usize) -> Option<usize> {
    if changed == 0 {
        return None;
    }
    let step = (models / changed).max(1);
    (i.is_multiple_of(step) && i / step < changed).then_some(i / step)
}

/// The fields and block attributes of each model, relations included on both sides.
struct Model {
    fields: Vec<String>,
    attributes: Vec<String>,
}

fn render(models: usize, changed: usize) -> String {
    let count = models.max(1);
    let mut plan: Vec<Model> = (0..count)
        .map(|i| scalars(i, change_rank(i, count, changed)))
        .collect();
    for i in 0..count {
        relations(i, &mut plan);
    }
    let mut out = String::with_capacity(count * 900);
    out.push_str(
        "generator client {\n  provider = \"prisma-client-js\"\n}\n\n\
         datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n",
    );
    for e in 0..count.div_ceil(MODELS_PER_ENUM) {
        let _ = write!(
            out,
            "\nenum Status{e} {{\n  ACTIVE\n  INACTIVE\n  ARCHIVED @map(\"archived\")\n}}\n"
        );
    }
    for (i, model) in plan.iter().enumerate() {
        if i % 3 == 0 {
            let _ = writeln!(out, "\n/// A {} of the application.", model_name(i));
        } else {
            out.push('\n');
        }
        let _ = writeln!(out, "model {} {{", model_name(i));
        for field in &model.fields {
            let _ = writeln!(out, "  {field}");
        }
        if !model.attributes.is_empty() {
            out.push('\n');
        }
        for attribute in &model.attributes {
            let _ = writeln!(out, "  {attribute}");
        }
        out.push_str("}\n");
    }
    out
}

/// The model's own columns and indexes; `change` is its rank among the changed models.
fn scalars(i: usize, change: Option<usize>) -> Model {
    let score_default = if change.is_some_and(|k| k % 3 == 0) {
        "2.5"
    } else {
        "1.5"
    };
    let mut fields = vec![
        id_field(i).to_owned(),
        "name String".to_owned(),
        "slug String @unique".to_owned(),
        format!("status Status{} @default(ACTIVE)", i / MODELS_PER_ENUM),
        format!("score Float @default({score_default})"),
        "quantity Int @default(0) @map(\"qty\")".to_owned(),
        "active Boolean @default(true) @map(\"is_active\")".to_owned(),
    ];
    match i % 3 {
        0 => fields.push("total Decimal @default(0)".to_owned()),
        1 => fields.push("views BigInt @default(0)".to_owned()),
        _ => fields.push("payload Bytes?".to_owned()),
    }
    if i % 5 == 2 {
        fields.push("meta Json?".to_owned());
    }
    if change.is_none_or(|k| k % 2 != 0) {
        fields.push("note String?".to_owned());
    }
    if change.is_some() {
        fields.push("extra Int @default(0)".to_owned());
    }
    fields.push("createdAt DateTime @default(now()) @map(\"created_at\")".to_owned());
    fields.push("updatedAt DateTime @updatedAt @map(\"updated_at\")".to_owned());
    let mut attributes = Vec::new();
    if i.is_multiple_of(2) {
        attributes.push("@@index([status, createdAt])".to_owned());
    }
    if i % 6 == 1 {
        attributes.push("@@unique([name, slug])".to_owned());
    }
    if change.is_some() {
        attributes.push("@@index([score])".to_owned());
    }
    if i.is_multiple_of(4) {
        attributes.push(format!("@@map(\"{}\")", table_name(i)));
    }
    Model { fields, attributes }
}

/// Adds model `i`'s relations to earlier models (and to itself), on both sides.
fn relations(i: usize, plan: &mut [Model]) {
    let name = model_name(i);
    // One-to-many to the previous model: required with Cascade, or optional with SetNull.
    if i >= 1 {
        let target = i - 1;
        let (field, fk) = (
            singular_field(target),
            format!("{}Id", singular_field(target)),
        );
        let (optional, action) = if i.is_multiple_of(2) {
            ("", "Cascade")
        } else {
            ("?", "SetNull")
        };
        plan[i]
            .fields
            .push(format!("{fk} {}{optional}", id_type(target)));
        plan[i].fields.push(format!(
            "{field} {}{optional} @relation(fields: [{fk}], references: [id], onDelete: {action})",
            model_name(target)
        ));
        if i.is_multiple_of(3) {
            plan[i].attributes.insert(0, format!("@@index([{fk}])"));
        }
        plan[target]
            .fields
            .push(format!("{} {name}[]", plural_field(i)));
    }
    // One-to-one to the model two before.
    if i.is_multiple_of(5) && i >= 2 {
        let target = i - 2;
        let fk = format!("{}Id", singular_field(target));
        plan[i]
            .fields
            .push(format!("{fk} {}? @unique", id_type(target)));
        plan[i].fields.push(format!(
            "{} {}? @relation(fields: [{fk}], references: [id])",
            singular_field(target),
            model_name(target)
        ));
        plan[target]
            .fields
            .push(format!("{} {name}?", singular_field(i)));
    }
    // Implicit many-to-many with the model three before.
    if i.is_multiple_of(7) && i >= 3 {
        let target = i - 3;
        plan[i]
            .fields
            .push(format!("{} {}[]", plural_field(target), model_name(target)));
        plan[target]
            .fields
            .push(format!("{} {name}[]", plural_field(i)));
    }
    // A tree: a self-relation.
    if i % 11 == 5 {
        let relation = format!("{name}Tree");
        plan[i].fields.push(format!("parentId {}?", id_type(i)));
        plan[i].fields.push(format!(
            "parent {name}? @relation(\"{relation}\", fields: [parentId], references: [id], onDelete: NoAction, onUpdate: NoAction)"
        ));
        plan[i]
            .fields
            .push(format!("children {name}[] @relation(\"{relation}\")"));
    }
}
