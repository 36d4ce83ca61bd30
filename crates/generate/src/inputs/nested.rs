//! Nested relation writes. Each type is named after `O`, the relation field on the target
//! model `R` that points back to where the nesting comes from (`f`, O's opposite):
//! `User.posts` nests `PostCreateNestedManyWithoutAuthorInput`, built from
//! `PostCreateWithoutAuthorInput` (a Post without its `author`).

use crate::fields::is_list;
use crate::registry::{Check, Decl, Field, Registry, Req};
use seedbed_psl::{Arity, FieldId};

fn decl(fields: Vec<Field>) -> Decl {
    Decl {
        fields,
        ..Decl::default()
    }
}

/// `XOR<RCreateWithout{O}Input, RUncheckedCreateWithout{O}Input>` and the two names.
fn create_pair(reg: &mut Registry<'_>, o: FieldId) -> (String, String, String) {
    let c = reg.r(Req::Create(o.model, Check::Checked, Some(o)));
    let u = reg.r(Req::Create(o.model, Check::Unchecked, Some(o)));
    (format!("XOR<{c}, {u}>"), c, u)
}

/// `XOR<RUpdateWithout{O}Input, RUncheckedUpdateWithout{O}Input>` and the two names.
fn update_pair(reg: &mut Registry<'_>, o: FieldId) -> (String, String, String) {
    let c = reg.r(Req::Update(o.model, Check::Checked, Some(o)));
    let u = reg.r(Req::Update(o.model, Check::Unchecked, Some(o)));
    (format!("XOR<{c}, {u}>"), c, u)
}

/// `T | T[]`.
fn one_or_many(t: &str) -> String {
    format!("{t} | {t}[]")
}

/// Whether the nesting side holds a list (`User.posts`), and whether it is required.
fn opposite_side(reg: &Registry<'_>, o: FieldId) -> (bool, bool) {
    reg.opposite_side(o)
        .map_or((false, false), |f| (is_list(f), f.arity == Arity::Required))
}

/// `createMany` applies on one-to-many relations only (not to implicit many-to-many).
fn has_create_many(reg: &Registry<'_>, o: FieldId) -> bool {
    reg.schema.walk_field(o).is_some_and(|f| !is_list(f))
}

pub fn create_nested(reg: &mut Registry<'_>, o: FieldId, _check: Check) -> Decl {
    let (many, _) = opposite_side(reg, o);
    let (xor, c, u) = create_pair(reg, o);
    let coc = reg.r(Req::CreateOrConnect(o));
    let unique = reg.r(Req::WhereUnique(o.model));
    if !many {
        return decl(vec![
            Field::opt("create", xor),
            Field::opt("connectOrCreate", coc),
            Field::opt("connect", unique),
        ]);
    }
    let mut fields = vec![
        Field::opt("create", format!("{xor} | {c}[] | {u}[]")),
        Field::opt("connectOrCreate", one_or_many(&coc)),
    ];
    if has_create_many(reg, o) {
        fields.push(Field::opt("createMany", reg.r(Req::CreateManyEnvelope(o))));
    }
    fields.push(Field::opt("connect", one_or_many(&unique)));
    decl(fields)
}

pub fn update_nested(reg: &mut Registry<'_>, o: FieldId, _check: Check) -> Decl {
    let (many, required) = opposite_side(reg, o);
    let (xor, c, u) = create_pair(reg, o);
    let coc = reg.r(Req::CreateOrConnect(o));
    let unique = reg.r(Req::WhereUnique(o.model));
    if !many {
        let upsert = reg.r(Req::UpsertToOne(o));
        let mut fields = vec![
            Field::opt("create", xor),
            Field::opt("connectOrCreate", coc),
            Field::opt("upsert", upsert),
        ];
        if !required {
            let w = reg.r(Req::Where(o.model));
            fields.push(Field::opt("disconnect", format!("{w} | boolean")));
            fields.push(Field::opt("delete", format!("{w} | boolean")));
        }
        fields.push(Field::opt("connect", unique));
        let to_one = reg.r(Req::UpdateToOneWithWhere(o));
        let (_, uc, uu) = update_pair(reg, o);
        fields.push(Field::opt(
            "update",
            format!("XOR<XOR<{to_one}, {uc}>, {uu}>"),
        ));
        return decl(fields);
    }
    let upsert = reg.r(Req::UpsertWithWhereUnique(o));
    let mut fields = vec![
        Field::opt("create", format!("{xor} | {c}[] | {u}[]")),
        Field::opt("connectOrCreate", one_or_many(&coc)),
        Field::opt("upsert", one_or_many(&upsert)),
    ];
    if has_create_many(reg, o) {
        fields.push(Field::opt("createMany", reg.r(Req::CreateManyEnvelope(o))));
    }
    for key in ["set", "disconnect", "delete", "connect"] {
        fields.push(Field::opt(key, one_or_many(&unique)));
    }
    let update = reg.r(Req::UpdateWithWhereUnique(o));
    let update_many = reg.r(Req::UpdateManyWithWhere(o));
    let scalar_where = reg.r(Req::ScalarWhere(o.model));
    fields.push(Field::opt("update", one_or_many(&update)));
    fields.push(Field::opt("updateMany", one_or_many(&update_many)));
    fields.push(Field::opt("deleteMany", one_or_many(&scalar_where)));
    decl(fields)
}

pub fn create_or_connect(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let unique = reg.r(Req::WhereUnique(o.model));
    let (xor, _, _) = create_pair(reg, o);
    decl(vec![Field::req("where", unique), Field::req("create", xor)])
}

pub fn create_many_envelope(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let item = reg.r(Req::CreateMany(o.model, Some(o)));
    decl(vec![Field::req("data", one_or_many(&item))])
}

pub fn upsert_to_one(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let (update, _, _) = update_pair(reg, o);
    let (create, _, _) = create_pair(reg, o);
    let w = reg.r(Req::Where(o.model));
    decl(vec![
        Field::req("update", update),
        Field::req("create", create),
        Field::opt("where", w),
    ])
}

pub fn update_to_one_with_where(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let w = reg.r(Req::Where(o.model));
    let (update, _, _) = update_pair(reg, o);
    decl(vec![Field::opt("where", w), Field::req("data", update)])
}

pub fn upsert_with_where_unique(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let unique = reg.r(Req::WhereUnique(o.model));
    let (update, _, _) = update_pair(reg, o);
    let (create, _, _) = create_pair(reg, o);
    decl(vec![
        Field::req("where", unique),
        Field::req("update", update),
        Field::req("create", create),
    ])
}

pub fn update_with_where_unique(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let unique = reg.r(Req::WhereUnique(o.model));
    let (update, _, _) = update_pair(reg, o);
    decl(vec![
        Field::req("where", unique),
        Field::req("data", update),
    ])
}

pub fn update_many_with_where(reg: &mut Registry<'_>, o: FieldId) -> Decl {
    let scalar_where = reg.r(Req::ScalarWhere(o.model));
    let mutation = reg.r(Req::UpdateManyMutation(o.model));
    let unchecked = reg.r(Req::UncheckedUpdateMany(o.model, Some(o)));
    decl(vec![
        Field::req("where", scalar_where),
        Field::req("data", format!("XOR<{mutation}, {unchecked}>")),
    ])
}
