//! The route handler's mutation, and the presets that build one from the learner's data:
//! add one item, edit one title, delete one row, and a change nothing on the page shows.

use super::Text;
use super::route::Route;
use super::schema::{Field, SchemaInfo};
use serde_json::{Map, Value as Json, json};

/// A ready-made experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    AddOne,
    EditTitle,
    DeleteOne,
    Invisible,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::AddOne,
        Preset::EditTitle,
        Preset::DeleteOne,
        Preset::Invisible,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Preset::AddOne => "add",
            Preset::EditTitle => "edit",
            Preset::DeleteOne => "delete",
            Preset::Invisible => "invisible",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Preset::AddOne => "Add one item",
            Preset::EditTitle => "Edit one title",
            Preset::DeleteOne => "Delete one row",
            Preset::Invisible => "Change nothing visible",
        }
    }
}

/// What the route handler runs: `prisma.<model>.<operation>(<args>)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mutation {
    pub operation: String,
    pub args_json: String,
    /// What the learner is told this will do.
    pub note: super::Text,
}

impl Mutation {
    /// The HTTP method a route handler for this operation would answer.
    pub fn method(&self) -> &'static str {
        match self.operation.as_str() {
            "create" | "createMany" | "upsert" => "POST",
            "delete" | "deleteMany" => "DELETE",
            _ => "PATCH",
        }
    }

    /// Checks the editable arguments before anything is sent.
    pub fn parsed_args(&self) -> Result<Json, Text> {
        match serde_json::from_str::<Json>(&self.args_json) {
            Ok(value @ Json::Object(_)) => Ok(value),
            Ok(_) => Err(Text::new("lab.error.not_object")),
            Err(e) => Err(Text::with(
                "lab.error.bad_json",
                vec![("error", e.to_string())],
            )),
        }
    }
}

/// The operations a route handler can run, for the editor's menu.
pub const OPERATIONS: &[&str] = &[
    "create",
    "update",
    "delete",
    "updateMany",
    "deleteMany",
    "upsert",
];

/// A value for a required field when there is no row to copy from.
fn fallback(field: &Field, info: &SchemaInfo, n: u64) -> Option<Json> {
    Some(match field.ty.as_str() {
        "String" => json!(format!("{} {n}", field.name)),
        "Int" | "BigInt" => json!(n),
        "Float" | "Decimal" => json!(n as f64),
        "Boolean" => json!(false),
        "DateTime" => json!("2026-01-01T00:00:00.000Z"),
        "Json" => json!({}),
        ty => json!(info.enum_first_value(ty)?),
    })
}

fn where_id(route: &Route, row: &Json) -> Result<Json, Text> {
    let id = route.id.as_deref().ok_or(Text::new("lab.error.no_id"))?;
    let value = row.get(id).cloned().unwrap_or(Json::Null);
    Ok(json!({ id: value }))
}

/// Builds a preset's mutation from the rows the list shows (newest first) and the total.
/// `n` numbers new items (`New post 101`); `nonce` keeps unique values unique.
pub fn build(
    preset: Preset,
    route: &Route,
    info: &SchemaInfo,
    rows: &[Json],
    total: u64,
    nonce: u64,
) -> Result<Mutation, Text> {
    let display = route
        .model
        .fields
        .iter()
        .find(|f| f.name == route.display && f.ty == "String");
    let first = rows.first();
    let need_row = || first.ok_or_else(|| Text::new("lab.error.empty_list"));
    let n = total + 1;
    match preset {
        Preset::AddOne => {
            let mut data = Map::new();
            for f in &route.model.fields {
                if f.relation
                    || f.list
                    || f.has_default
                    || (!f.is_scalar() && info.enum_first_value(&f.ty).is_none())
                {
                    continue;
                }
                let is_display = display.is_some_and(|d| d.name == f.name);
                if f.optional && !is_display {
                    continue;
                }
                let value = if is_display {
                    json!(format!("New {} {n}", route.model.property))
                } else if f.unique || f.id {
                    match f.ty.as_str() {
                        "String" => json!(format!("new-{n}-{nonce}")),
                        "Int" | "BigInt" => json!(1_000_000 + n * 1000 + nonce),
                        _ => continue,
                    }
                } else {
                    match first.and_then(|r| r.get(&f.name)).filter(|v| !v.is_null()) {
                        Some(v) => v.clone(),
                        None => match fallback(f, info, n) {
                            Some(v) => v,
                            None => continue,
                        },
                    }
                };
                data.insert(f.name.clone(), value);
            }
            Ok(Mutation {
                operation: "create".into(),
                args_json: json!({ "data": data }).to_string(),
                note: super::Text::new("lab.note.add"),
            })
        }
        Preset::EditTitle => {
            let row = need_row()?;
            let field = display.ok_or(Text::new("lab.error.no_text_field"))?;
            let old = row.get(&field.name).and_then(Json::as_str).unwrap_or("");
            Ok(Mutation {
                operation: "update".into(),
                args_json: json!({
                    "where": where_id(route, row)?,
                    "data": { field.name.as_str(): format!("{old} (edited)") },
                })
                .to_string(),
                note: super::Text::new("lab.note.edit"),
            })
        }
        Preset::DeleteOne => {
            let row = need_row()?;
            Ok(Mutation {
                operation: "delete".into(),
                args_json: json!({ "where": where_id(route, row)? }).to_string(),
                note: super::Text::new("lab.note.delete"),
            })
        }
        Preset::Invisible => {
            let row = need_row()?;
            let hidden = route.model.fields.iter().find(|f| {
                !f.relation
                    && !f.list
                    && !f.id
                    && !f.unique
                    && f.name != route.display
                    && matches!(f.ty.as_str(), "String" | "Int" | "Float" | "Boolean")
                    && !is_foreign_key(route, f)
            });
            let Some(field) = hidden else {
                // Nothing to change out of sight: a write that matches no row.
                let id = route.id.as_deref().unwrap_or("id");
                return Ok(Mutation {
                    operation: "updateMany".into(),
                    args_json: json!({ "where": { id: { "in": [] } }, "data": {} }).to_string(),
                    note: super::Text::new("lab.note.no_hidden_field"),
                });
            };
            let old = row.get(&field.name).cloned().unwrap_or(Json::Null);
            let new = match (field.ty.as_str(), &old) {
                ("String", Json::String(s)) => json!(format!("{s}.")),
                ("String", _) => json!("changed"),
                ("Boolean", v) => json!(!v.as_bool().unwrap_or(false)),
                (_, v) => json!(v.as_f64().unwrap_or(0.0) as i64 + 1),
            };
            Ok(Mutation {
                operation: "update".into(),
                args_json: json!({
                    "where": where_id(route, row)?,
                    "data": { field.name.as_str(): new },
                })
                .to_string(),
                note: super::Text::with("lab.note.invisible", vec![("field", field.name.clone())]),
            })
        }
    }
}

/// Whether a scalar field holds a relation's foreign key (`authorId` of `author User @relation(fields: [authorId] …)`).
fn is_foreign_key(route: &Route, field: &Field) -> bool {
    field.name.ends_with("Id")
        && route
            .model
            .fields
            .iter()
            .any(|r| r.relation && field.name.strip_suffix("Id") == Some(r.name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lab::schema;

    const SCHEMA: &str = "model Post {\n id Int @id @default(autoincrement())\n title String\n slug String @unique\n body String?\n views Int @default(0)\n author User @relation(fields: [authorId], references: [id])\n authorId Int\n}\nmodel User {\n id Int @id\n posts Post[]\n}\n";

    fn setup() -> (SchemaInfo, Route, Vec<Json>) {
        let info = schema::read(SCHEMA);
        let route = Route::for_model(&info.models[0], 10);
        let rows = vec![
            json!({"id": 9, "title": "Nine", "slug": "nine", "body": null, "views": 3, "authorId": 2}),
            json!({"id": 8, "title": "Eight", "slug": "eight", "body": "b", "views": 0, "authorId": 1}),
        ];
        (info, route, rows)
    }

    #[test]
    fn add_copies_required_values_and_makes_unique_ones_new() {
        let (info, route, rows) = setup();
        let m = build(Preset::AddOne, &route, &info, &rows, 100, 3).unwrap();
        assert_eq!(m.operation, "create");
        assert_eq!(m.method(), "POST");
        let args = m.parsed_args().unwrap();
        assert_eq!(
            args,
            json!({"data": {"title": "New post 101", "slug": "new-101-3", "authorId": 2}})
        );
        // Without rows, required values get a plain default.
        let m = build(Preset::AddOne, &route, &info, &[], 0, 0).unwrap();
        assert_eq!(m.parsed_args().unwrap()["data"]["authorId"], json!(1));
    }

    #[test]
    fn edit_delete_and_invisible_target_the_first_row() {
        let (info, route, rows) = setup();
        let edit = build(Preset::EditTitle, &route, &info, &rows, 2, 0).unwrap();
        assert_eq!(
            edit.parsed_args().unwrap(),
            json!({"where": {"id": 9}, "data": {"title": "Nine (edited)"}})
        );
        assert_eq!(edit.method(), "PATCH");
        let delete = build(Preset::DeleteOne, &route, &info, &rows, 2, 0).unwrap();
        assert_eq!(delete.parsed_args().unwrap(), json!({"where": {"id": 9}}));
        assert_eq!(delete.method(), "DELETE");
        let hidden = build(Preset::Invisible, &route, &info, &rows, 2, 0).unwrap();
        assert_eq!(
            hidden.parsed_args().unwrap(),
            json!({"where": {"id": 9}, "data": {"body": "changed"}})
        );
        assert!(build(Preset::DeleteOne, &route, &info, &[], 0, 0).is_err());
    }

    #[test]
    fn a_model_with_nothing_hidden_gets_a_write_that_matches_nothing() {
        let info =
            schema::read("model Tag {\n id Int @id @default(autoincrement())\n name String\n}\n");
        let route = Route::for_model(&info.models[0], 10);
        let rows = vec![json!({"id": 1, "name": "a"})];
        let m = build(Preset::Invisible, &route, &info, &rows, 1, 0).unwrap();
        assert_eq!(m.operation, "updateMany");
        assert_eq!(
            m.parsed_args().unwrap(),
            json!({"where": {"id": {"in": []}}, "data": {}})
        );
    }

    #[test]
    fn bad_json_is_a_message() {
        let m = Mutation {
            operation: "create".into(),
            args_json: "{ data: ".into(),
            note: crate::lab::Text::default(),
        };
        assert!(
            m.parsed_args()
                .unwrap_err()
                .in_language("en")
                .starts_with("The mutation's arguments are not valid JSON")
        );
        let m = Mutation {
            args_json: "[1]".into(),
            ..m
        };
        assert!(m.parsed_args().is_err());
    }
}
