//! The named input types, built on demand. A builder asks for a type with [`Registry::r`],
//! which returns its name and queues it the first time; [`Registry::run`] builds the queue
//! until nothing new is asked for. So only types that are reachable appear (as in Prisma's
//! output, e.g. `BigIntFilter` only when a model has a BigInt field), each once, in the
//! order they were first needed, without recursion.

use crate::fields::{capitalize, is_list, opposite, pascal, unique_criteria};
use crate::scalar::Kind;
use seedbed_psl::{Arity, FieldId, ModelId, ValidatedSchema};
use std::collections::{HashSet, VecDeque};

/// Checked inputs take relations; unchecked inputs take the foreign-key scalars instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    Checked,
    Unchecked,
}

impl Check {
    fn prefix(self) -> &'static str {
        match self {
            Check::Checked => "",
            Check::Unchecked => "Unchecked",
        }
    }
}

/// The five aggregates, in the order of their `…OrderByAggregateInput` types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Agg {
    Count,
    Avg,
    Max,
    Min,
    Sum,
}

impl Agg {
    pub fn name(self) -> &'static str {
        match self {
            Agg::Count => "Count",
            Agg::Avg => "Avg",
            Agg::Max => "Max",
            Agg::Min => "Min",
            Agg::Sum => "Sum",
        }
    }
}

/// Which scalar filter: `{Nested}{Kind}{Nullable}{WithAggregates}Filter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FilterSpec {
    pub kind: Kind,
    pub nullable: bool,
    pub nested: bool,
    pub aggregates: bool,
}

/// One named input type. Field ids named `o` are the relation field on the type's own
/// model that the `…Without{O}…` types leave out (the side the nesting comes from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Req {
    Where(ModelId),
    ScalarWhere(ModelId),
    WhereUnique(ModelId),
    OrderByRelation(ModelId),
    OrderByAggregation(ModelId),
    ScalarWhereAggregates(ModelId),
    AggOrderBy(ModelId, Agg),
    CompoundUnique(ModelId, usize),
    Create(ModelId, Check, Option<FieldId>),
    Update(ModelId, Check, Option<FieldId>),
    CreateMany(ModelId, Option<FieldId>),
    UpdateManyMutation(ModelId),
    UncheckedUpdateMany(ModelId, Option<FieldId>),
    ListRelationFilter(ModelId),
    ScalarRelationFilter(ModelId, bool),
    OrderByRelationAggregate(ModelId),
    CreateNested(FieldId, Check),
    UpdateNested(FieldId, Check),
    CreateOrConnect(FieldId),
    CreateManyEnvelope(FieldId),
    UpsertToOne(FieldId),
    UpdateToOneWithWhere(FieldId),
    UpsertWithWhereUnique(FieldId),
    UpdateWithWhereUnique(FieldId),
    UpdateManyWithWhere(FieldId),
    Filter(FilterSpec),
    UpdateOps(Kind, bool),
    SortOrderInput,
}

/// A field of an input type.
pub struct Field {
    pub name: String,
    pub optional: bool,
    pub ty: String,
}

impl Field {
    pub fn opt(name: impl Into<String>, ty: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            optional: true,
            ty: ty.into(),
        }
    }

    pub fn req(name: impl Into<String>, ty: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            optional: false,
            ty: ty.into(),
        }
    }
}

/// The body of an input type.
#[derive(Default)]
pub struct Decl {
    /// Takes `<$PrismaModel = never>` (the scalar filters).
    pub generic: bool,
    pub fields: Vec<Field>,
    /// `Prisma.AtLeast<{…}, keys>`: the unique keys, one of which must be given.
    pub at_least: Option<Vec<String>>,
}

pub struct Registry<'a> {
    pub schema: &'a ValidatedSchema,
    seen: HashSet<String>,
    queue: VecDeque<Req>,
    done: Vec<(String, Decl)>,
}

impl<'a> Registry<'a> {
    pub fn new(schema: &'a ValidatedSchema) -> Registry<'a> {
        Registry {
            schema,
            seen: HashSet::new(),
            queue: VecDeque::new(),
            done: Vec::new(),
        }
    }

    /// The name of a type, queued for building the first time it is asked for.
    pub fn r(&mut self, req: Req) -> String {
        let name = self.name(req);
        if self.seen.insert(name.clone()) {
            self.queue.push_back(req);
        }
        name
    }

    /// Builds every queued type, and those they ask for.
    pub fn run(&mut self) {
        while let Some(req) = self.queue.pop_front() {
            let name = self.name(req);
            let decl = crate::inputs::build(self, req);
            self.done.push((name, decl));
        }
    }

    /// The built types as TypeScript, inside the `Prisma` namespace (two-space indent).
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (name, decl) in &self.done {
            let generic = if decl.generic {
                "<$PrismaModel = never>"
            } else {
                ""
            };
            let open = if decl.at_least.is_some() {
                "Prisma.AtLeast<{"
            } else {
                "{"
            };
            out.push_str(&format!("  export type {name}{generic} = {open}\n"));
            for f in &decl.fields {
                let q = if f.optional { "?" } else { "" };
                out.push_str(&format!("    {}{q}: {}\n", f.name, f.ty));
            }
            match &decl.at_least {
                Some(keys) => {
                    let keys: Vec<String> = keys.iter().map(|k| format!("\"{k}\"")).collect();
                    out.push_str(&format!("  }}, {}>\n\n", keys.join(" | ")));
                }
                None => out.push_str("  }\n\n"),
            }
        }
        out
    }

    pub fn model_name(&self, id: ModelId) -> String {
        self.schema
            .walk_model(id)
            .map_or_else(|| "Unknown".to_owned(), |m| m.name.clone())
    }

    /// `{R}` and `{O}` of a `…Without{O}…` type: the model holding `o` and `o` capitalized.
    fn without(&self, o: FieldId) -> (String, String) {
        let field = capitalize(
            &self
                .schema
                .walk_field(o)
                .map_or_else(String::new, |f| f.name.clone()),
        );
        (self.model_name(o.model), field)
    }

    /// The relation field on the other side of `o` (the one the nested input belongs to).
    pub fn opposite_side(&self, o: FieldId) -> Option<seedbed_psl::FieldWalker<'a>> {
        opposite(self.schema.walk_field(o)?)
    }

    fn name(&self, req: Req) -> String {
        match req {
            Req::Where(m) => format!("{}WhereInput", self.model_name(m)),
            Req::ScalarWhere(m) => format!("{}ScalarWhereInput", self.model_name(m)),
            Req::WhereUnique(m) => format!("{}WhereUniqueInput", self.model_name(m)),
            Req::OrderByRelation(m) => format!("{}OrderByWithRelationInput", self.model_name(m)),
            Req::OrderByAggregation(m) => {
                format!("{}OrderByWithAggregationInput", self.model_name(m))
            }
            Req::ScalarWhereAggregates(m) => {
                format!("{}ScalarWhereWithAggregatesInput", self.model_name(m))
            }
            Req::AggOrderBy(m, agg) => {
                format!("{}{}OrderByAggregateInput", self.model_name(m), agg.name())
            }
            Req::CompoundUnique(m, i) => {
                let key = self
                    .schema
                    .walk_model(m)
                    .and_then(|w| unique_criteria(w).into_iter().nth(i).map(|c| c.key))
                    .unwrap_or_default();
                format!("{}{}CompoundUniqueInput", self.model_name(m), pascal(&key))
            }
            Req::Create(m, c, without) => self.with_without(m, c.prefix(), "Create", without),
            Req::Update(m, c, without) => self.with_without(m, c.prefix(), "Update", without),
            Req::CreateMany(m, None) => format!("{}CreateManyInput", self.model_name(m)),
            Req::CreateMany(_, Some(o)) => {
                let (r, o) = self.without(o);
                format!("{r}CreateMany{o}Input")
            }
            Req::UpdateManyMutation(m) => format!("{}UpdateManyMutationInput", self.model_name(m)),
            Req::UncheckedUpdateMany(m, without) => {
                self.with_without(m, "Unchecked", "UpdateMany", without)
            }
            Req::ListRelationFilter(m) => format!("{}ListRelationFilter", self.model_name(m)),
            Req::ScalarRelationFilter(m, nullable) => format!(
                "{}{}ScalarRelationFilter",
                self.model_name(m),
                if nullable { "Nullable" } else { "" }
            ),
            Req::OrderByRelationAggregate(m) => {
                format!("{}OrderByRelationAggregateInput", self.model_name(m))
            }
            Req::CreateNested(o, c) => {
                let (r, on) = self.without(o);
                let many = self.opposite_side(o).is_some_and(is_list);
                let card = if many { "Many" } else { "One" };
                format!("{r}{}CreateNested{card}Without{on}Input", c.prefix())
            }
            Req::UpdateNested(o, c) => {
                let (r, on) = self.without(o);
                let from = self.opposite_side(o);
                let card = match from {
                    Some(f) if is_list(f) => "Many",
                    Some(f) if f.arity == Arity::Required => "OneRequired",
                    _ => "One",
                };
                format!("{r}{}Update{card}Without{on}NestedInput", c.prefix())
            }
            Req::CreateOrConnect(o) => self.plain_without(o, "CreateOrConnectWithout"),
            Req::CreateManyEnvelope(o) => {
                let (r, on) = self.without(o);
                format!("{r}CreateMany{on}InputEnvelope")
            }
            Req::UpsertToOne(o) => self.plain_without(o, "UpsertWithout"),
            Req::UpdateToOneWithWhere(o) => self.plain_without(o, "UpdateToOneWithWhereWithout"),
            Req::UpsertWithWhereUnique(o) => self.plain_without(o, "UpsertWithWhereUniqueWithout"),
            Req::UpdateWithWhereUnique(o) => self.plain_without(o, "UpdateWithWhereUniqueWithout"),
            Req::UpdateManyWithWhere(o) => self.plain_without(o, "UpdateManyWithWhereWithout"),
            Req::Filter(s) => format!(
                "{}{}{}{}Filter",
                if s.nested { "Nested" } else { "" },
                s.kind.type_name(self.schema),
                if s.nullable { "Nullable" } else { "" },
                if s.aggregates { "WithAggregates" } else { "" }
            ),
            Req::UpdateOps(kind, nullable) => format!(
                "{}{}FieldUpdateOperationsInput",
                if nullable { "Nullable" } else { "" },
                kind.type_name(self.schema)
            ),
            Req::SortOrderInput => "SortOrderInput".to_owned(),
        }
    }

    /// `{M}{Unchecked}{Create}Input` or `{M}{Unchecked}{Create}Without{O}Input`.
    fn with_without(&self, m: ModelId, prefix: &str, verb: &str, o: Option<FieldId>) -> String {
        match o {
            None => format!("{}{prefix}{verb}Input", self.model_name(m)),
            Some(o) => {
                let (r, on) = self.without(o);
                format!("{r}{prefix}{verb}Without{on}Input")
            }
        }
    }

    /// `{R}{what}{O}Input`.
    fn plain_without(&self, o: FieldId, what: &str) -> String {
        let (r, on) = self.without(o);
        format!("{r}{what}{on}Input")
    }
}
