//! Just enough of the generated client's schema for the lab: each model's fields, which is
//! the id, which are unique, required, defaulted or relations, and each enum's first value.
//! The schema was validated by `prisma generate` before it got here, so this reads the
//! well-formed text line by line and never fails (an odd line is skipped).

/// A scalar type the lab knows how to fill in.
pub const SCALARS: &[&str] = &[
    "String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    /// The type without `?` or `[]`.
    pub ty: String,
    pub optional: bool,
    pub list: bool,
    pub id: bool,
    pub unique: bool,
    /// `@default(…)` or `@updatedAt`: the database or the client fills it in.
    pub has_default: bool,
    /// The type is another model (a relation field, not a column).
    pub relation: bool,
}

impl Field {
    pub fn is_scalar(&self) -> bool {
        SCALARS.contains(&self.ty.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub name: String,
    /// The client's property for it: `post` for `model Post`.
    pub property: String,
    pub fields: Vec<Field>,
}

impl Model {
    /// The single `@id` field, if the model has one.
    pub fn id_field(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.id)
    }

    /// The field the lab shows as an item's title: `title`, `name`, then the first plain
    /// (not unique, not id) String, then any String, then the id.
    pub fn display_field(&self) -> Option<&Field> {
        let strings = || {
            self.fields
                .iter()
                .filter(|f| f.ty == "String" && !f.list && !f.relation)
        };
        ["title", "name"]
            .iter()
            .find_map(|n| strings().find(|f| f.name == *n))
            .or_else(|| strings().find(|f| !f.unique && !f.id))
            .or_else(|| strings().next())
            .or_else(|| self.id_field())
    }
}

/// The enums of a schema with their values, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaInfo {
    pub models: Vec<Model>,
    pub enums: Vec<(String, Vec<String>)>,
}

impl SchemaInfo {
    pub fn enum_first_value(&self, name: &str) -> Option<&str> {
        self.enums
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, values)| values.first())
            .map(String::as_str)
    }
}

/// `post` for `Post`: Prisma Client's delegate name.
pub fn property_of(model: &str) -> String {
    let mut chars = model.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn strip_comment(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i]).trim()
}

/// Reads the models and enums of a (valid) schema.
pub fn read(schema: &str) -> SchemaInfo {
    enum Block {
        None,
        Model(Model),
        Enum(String, Vec<String>),
        Other,
    }
    let mut info = SchemaInfo::default();
    let mut block = Block::None;
    for raw in schema.lines() {
        let line = strip_comment(raw);
        if line.is_empty() {
            continue;
        }
        if line.starts_with('}') {
            match std::mem::replace(&mut block, Block::None) {
                Block::Model(m) => info.models.push(m),
                Block::Enum(name, values) => info.enums.push((name, values)),
                Block::None | Block::Other => {}
            }
            continue;
        }
        let mut words = line.split_whitespace();
        match &mut block {
            Block::None => {
                let (Some(keyword), Some(name)) = (words.next(), words.next()) else {
                    continue;
                };
                if !line.ends_with('{') {
                    continue;
                }
                let name = name.trim_end_matches('{').to_string();
                block = match keyword {
                    _ if name.is_empty() => Block::Other,
                    "model" => Block::Model(Model {
                        property: property_of(&name),
                        name,
                        fields: Vec::new(),
                    }),
                    "enum" => Block::Enum(name, Vec::new()),
                    _ => Block::Other,
                };
            }
            Block::Model(model) => {
                let (Some(name), Some(ty)) = (words.next(), words.next()) else {
                    continue;
                };
                if name.starts_with('@') {
                    continue;
                }
                let attributes: Vec<&str> = words.collect();
                let has = |prefix: &str| attributes.iter().any(|a| a.starts_with(prefix));
                let optional = ty.ends_with('?');
                let list = ty.ends_with("[]");
                let base = ty.trim_end_matches('?').trim_end_matches("[]").to_string();
                model.fields.push(Field {
                    name: name.to_string(),
                    ty: base,
                    optional,
                    list,
                    id: has("@id"),
                    unique: has("@unique"),
                    has_default: has("@default") || has("@updatedAt"),
                    relation: false,
                });
            }
            Block::Enum(_, values) => {
                if let Some(value) = words.next()
                    && !value.starts_with('@')
                {
                    values.push(value.to_string());
                }
            }
            Block::Other => {}
        }
    }
    let names: Vec<String> = info.models.iter().map(|m| m.name.clone()).collect();
    for model in &mut info.models {
        for field in &mut model.fields {
            field.relation = names.contains(&field.ty);
        }
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const BLOG: &str = r#"datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model Post {
  id        Int      @id @default(autoincrement())
  slug      String   @unique
  title     String   // shown
  body      String?
  published Boolean  @default(false)
  status    Status
  author    User?    @relation(fields: [authorId], references: [id])
  authorId  Int?
  createdAt DateTime @default(now())

  @@index([title])
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

enum Status {
  DRAFT
  LIVE
}
"#;

    #[test]
    fn reads_models_fields_and_enums() {
        let info = read(BLOG);
        assert_eq!(info.models.len(), 2);
        let post = &info.models[0];
        assert_eq!(
            (post.name.as_str(), post.property.as_str()),
            ("Post", "post")
        );
        let names: Vec<&str> = post.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "id",
                "slug",
                "title",
                "body",
                "published",
                "status",
                "author",
                "authorId",
                "createdAt"
            ]
        );
        assert!(post.fields[0].id && post.fields[0].has_default);
        assert!(post.fields[1].unique);
        assert!(post.fields[3].optional);
        assert!(post.fields[6].relation && !post.fields[6].is_scalar());
        assert!(info.models[1].fields[2].list && info.models[1].fields[2].relation);
        assert_eq!(info.enum_first_value("Status"), Some("DRAFT"));
        assert_eq!(post.display_field().map(|f| f.name.as_str()), Some("title"));
        assert_eq!(
            info.models[1].display_field().map(|f| f.name.as_str()),
            Some("email")
        );
    }

    #[test]
    fn odd_text_is_skipped_not_fatal() {
        let info = read("model {\n}\nmodel X\nmodel A {\n  @@id([a, b])\n  a Int\n  b\n}\n}");
        assert_eq!(info.models.len(), 1);
        assert_eq!(info.models[0].fields.len(), 1);
        assert_eq!(read("").models, Vec::new());
    }
}
