//! The validated model API that the migration engine, seeding and the query
//! engine rely on: resolved types, defaults, relations and constraint names.

use seedbed_psl::*;

const BLOG: &str = r#"
datasource db {
  provider     = "sqlite"
  url          = env("DATABASE_URL")
}

generator client {
  provider        = "prisma-client-js"
  output          = "../generated"
  previewFeatures = ["views"]
}

/// A person.
model User {
  id       Int       @id @default(autoincrement())
  email    String    @unique @map("email_address")
  role     Role      @default(USER)
  posts    Post[]
  profile  Profile?
  mentorId Int?
  mentor   User?     @relation("Mentoring", fields: [mentorId], references: [id])
  mentees  User[]    @relation("Mentoring")

  @@map("users")
}

model Profile {
  id     String @id @default(uuid(7))
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id         Int        @id
  title      String     @default("untitled")
  authorId   Int
  author     User       @relation(fields: [authorId], references: [id])
  categories Category[]
  createdAt  DateTime   @default(now())
  updatedAt  DateTime   @updatedAt

  @@index([authorId, title(sort: Desc)])
}

model Category {
  id    Int    @id
  posts Post[]
}

model Tag {
  a Int
  b Int

  @@id([a, b])
  @@unique([b, a], name: "ba", map: "tag_ba")
}

enum Role {
  USER  @map("user")
  ADMIN

  @@map("roles")
}
"#;

#[test]
fn configuration_is_resolved() {
    let s = parse_and_validate(BLOG);
    assert!(!s.has_errors(), "{:?}", s.diagnostics);
    let ds = s.datasource.as_ref().expect("datasource");
    assert_eq!(ds.provider, "sqlite");
    assert_eq!(ds.url, Some(ConfigValue::Env("DATABASE_URL".into())));
    assert_eq!(s.relation_mode(), RelationMode::ForeignKeys);
    assert_eq!(
        s.generators[0].output,
        Some(ConfigValue::Literal("../generated".into()))
    );
    assert_eq!(s.preview_features().collect::<Vec<_>>(), ["views"]);
}

#[test]
fn models_fields_and_defaults() {
    let s = parse_and_validate(BLOG);
    let user = s.find_model("User").expect("User");
    assert_eq!(user.database_name, "users");
    assert_eq!(user.documentation.as_deref(), Some("A person."));
    let email = user.field("email").expect("email");
    assert_eq!(email.database_name(), "email_address");
    let id = user.field("id").and_then(|f| f.scalar()).expect("id");
    assert_eq!(
        id.default.as_ref().map(|d| &d.kind),
        Some(&DefaultKind::Autoincrement)
    );
    let role = user.field("role").and_then(|f| f.scalar()).expect("role");
    assert!(matches!(role.scalar_type, ScalarType::Enum(_)));
    assert_eq!(
        role.default.as_ref().map(|d| &d.kind),
        Some(&DefaultKind::EnumValue("USER".into()))
    );
    let profile_id = s
        .find_model("Profile")
        .and_then(|m| m.field("id"))
        .and_then(|f| f.scalar().cloned());
    assert_eq!(
        profile_id.and_then(|f| f.default).map(|d| d.kind),
        Some(DefaultKind::Uuid(7))
    );
    let post = s.find_model("Post").expect("Post");
    assert!(
        post.field("updatedAt")
            .and_then(|f| f.scalar())
            .is_some_and(|f| f.is_updated_at)
    );
    let (_, role_enum) = s.find_enum("Role").expect("Role");
    assert_eq!(role_enum.database_name, "roles");
    assert_eq!(role_enum.values[0].database_name, "user");
}

#[test]
fn keys_and_constraint_names() {
    let s = parse_and_validate(BLOG);
    let user = s.find_model("User").expect("User");
    assert_eq!(
        user.primary_key().map(|pk| pk.constraint_name.as_str()),
        Some("users_pkey")
    );
    assert_eq!(user.indexes()[0].constraint_name, "users_email_address_key");
    let post = s.find_model("Post").expect("Post");
    let idx = &post.indexes()[0];
    assert_eq!(idx.kind, IndexKind::Normal);
    assert_eq!(idx.constraint_name, "Post_authorId_title_idx");
    assert_eq!(idx.fields[1].sort, Some(SortOrder::Desc));
    let tag = s.find_model("Tag").expect("Tag");
    assert_eq!(tag.primary_key().map(|pk| pk.fields.len()), Some(2));
    assert_eq!(tag.indexes()[0].name.as_deref(), Some("ba"));
    assert_eq!(tag.indexes()[0].constraint_name, "tag_ba");
}

#[test]
fn relations_both_ways() {
    let s = parse_and_validate(BLOG);
    let post = s.find_model("Post").expect("Post");
    let rel = post
        .field("author")
        .and_then(|f| f.relation())
        .expect("relation");
    assert_eq!(rel.kind, RelationKind::OneToMany);
    assert_eq!(rel.name, "PostToUser");
    assert_eq!(
        rel.model_a().map(|m| m.name.clone()).as_deref(),
        Some("Post")
    );
    assert_eq!(rel.on_delete(), ReferentialAction::Restrict);
    assert_eq!(rel.on_update(), ReferentialAction::Cascade);
    assert_eq!(
        rel.foreign_key_name().as_deref(),
        Some("Post_authorId_fkey")
    );
    // The back-relation field resolves to the same relation.
    let back = s
        .find_model("User")
        .and_then(|u| u.field("posts"))
        .and_then(|f| f.relation())
        .expect("back");
    assert_eq!(back.id, rel.id);

    let profile = s
        .find_model("Profile")
        .and_then(|m| m.field("user"))
        .and_then(|f| f.relation())
        .expect("1:1");
    assert_eq!(profile.kind, RelationKind::OneToOne);
    assert_eq!(profile.on_delete(), ReferentialAction::Cascade);

    let mn = s
        .find_model("Category")
        .and_then(|m| m.field("posts"))
        .and_then(|f| f.relation())
        .expect("m:n");
    assert_eq!(mn.kind, RelationKind::ImplicitManyToMany);
    assert_eq!(mn.join_table().as_deref(), Some("_CategoryToPost"));
    assert_eq!(
        mn.model_a().map(|m| m.name.clone()).as_deref(),
        Some("Category")
    );

    let mentor = s
        .find_model("User")
        .and_then(|m| m.field("mentor"))
        .and_then(|f| f.relation())
        .expect("self");
    assert!(mentor.is_self_relation());
    assert_eq!(mentor.name, "Mentoring");
    assert_eq!(mentor.on_delete(), ReferentialAction::SetNull);
}

#[test]
fn broken_schemas_still_produce_a_model() {
    let s = parse_and_validate("model A {\n  id Int @id\n  b  Nope\n}\n\nmodel B {\n");
    assert!(s.has_errors());
    assert_eq!(s.models.len(), 1);
    assert!(matches!(
        s.models[0].fields[1].kind,
        FieldKind::Unresolved(_)
    ));
}

#[test]
fn line_index_at_the_edge() {
    let s = parse_and_validate("model A {\n  id Int @id\n  b  Nope\n}\n");
    let d = s.errors().next().expect("an error");
    let index = LineIndex::new(s.source());
    assert_eq!(index.line_col(d.span.start), LineCol { line: 2, col: 5 });
}
