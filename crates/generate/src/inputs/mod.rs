//! The input types: which are asked for first (per model, in Prisma's order) and how each
//! [`Req`] is built. Filters: `where_.rs`; create/update: `write.rs`; nested relation
//! writes: `nested.rs`; scalar filters and update operations: `crate::filters`.

mod nested;
mod where_;
mod write;

pub use where_::model_aggs;

use crate::registry::{Check, Decl, Registry, Req};
use seedbed_psl::ModelId;

/// Queues the root input types of every model, in the order Prisma lists them: the
/// read inputs of all models, then the write inputs of all models.
pub fn request_roots(reg: &mut Registry<'_>, models: &[ModelId]) {
    for &m in models {
        reg.r(Req::Where(m));
        reg.r(Req::OrderByRelation(m));
        reg.r(Req::WhereUnique(m));
        reg.r(Req::OrderByAggregation(m));
        reg.r(Req::ScalarWhereAggregates(m));
    }
    for &m in models {
        reg.r(Req::Create(m, Check::Checked, None));
        reg.r(Req::Create(m, Check::Unchecked, None));
        reg.r(Req::Update(m, Check::Checked, None));
        reg.r(Req::Update(m, Check::Unchecked, None));
        reg.r(Req::CreateMany(m, None));
        reg.r(Req::UpdateManyMutation(m));
        reg.r(Req::UncheckedUpdateMany(m, None));
    }
}

/// Builds one input type (asking the registry for the types it mentions).
pub fn build(reg: &mut Registry<'_>, req: Req) -> Decl {
    match req {
        Req::Where(m) => where_::where_input(reg, m, false),
        Req::ScalarWhere(m) => where_::where_input(reg, m, true),
        Req::WhereUnique(m) => where_::where_unique(reg, m),
        Req::OrderByRelation(m) => where_::order_by_relation(reg, m),
        Req::OrderByAggregation(m) => where_::order_by_aggregation(reg, m),
        Req::ScalarWhereAggregates(m) => where_::scalar_where_aggregates(reg, m),
        Req::AggOrderBy(m, agg) => where_::agg_order_by(reg, m, agg),
        Req::CompoundUnique(m, i) => where_::compound_unique(reg, m, i),
        Req::ListRelationFilter(m) => where_::list_relation_filter(reg, m),
        Req::ScalarRelationFilter(m, nullable) => where_::scalar_relation_filter(reg, m, nullable),
        Req::OrderByRelationAggregate(_) => Decl {
            fields: vec![crate::registry::Field::opt("_count", "SortOrder")],
            ..Decl::default()
        },
        Req::Create(m, check, without) => write::create(reg, m, check, without),
        Req::Update(m, check, without) => write::update(reg, m, check, without),
        Req::CreateMany(m, without) => write::create_many(reg, m, without),
        Req::UpdateManyMutation(m) => write::update_many_mutation(reg, m),
        Req::UncheckedUpdateMany(m, without) => write::unchecked_update_many(reg, m, without),
        Req::CreateNested(o, check) => nested::create_nested(reg, o, check),
        Req::UpdateNested(o, check) => nested::update_nested(reg, o, check),
        Req::CreateOrConnect(o) => nested::create_or_connect(reg, o),
        Req::CreateManyEnvelope(o) => nested::create_many_envelope(reg, o),
        Req::UpsertToOne(o) => nested::upsert_to_one(reg, o),
        Req::UpdateToOneWithWhere(o) => nested::update_to_one_with_where(reg, o),
        Req::UpsertWithWhereUnique(o) => nested::upsert_with_where_unique(reg, o),
        Req::UpdateWithWhereUnique(o) => nested::update_with_where_unique(reg, o),
        Req::UpdateManyWithWhere(o) => nested::update_many_with_where(reg, o),
        Req::Filter(spec) => crate::filters::filter(reg, spec),
        Req::UpdateOps(kind, nullable) => crate::filters::update_ops(reg, kind, nullable),
        Req::SortOrderInput => Decl {
            fields: vec![
                crate::registry::Field::req("sort", "SortOrder"),
                crate::registry::Field::opt("nulls", "NullsOrder"),
            ],
            ..Decl::default()
        },
    }
}
