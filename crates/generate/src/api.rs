//! The per-model part of the `Prisma` namespace: relation counts, aggregate types,
//! `select`/`include`/`omit`, the arguments of every operation and the delegate
//! (`prisma.user`). Prisma's versions carry an `ExtArgs` parameter for client extensions
//! and compute result types from the selection; these are the same shapes without them,
//! and operations return the model type.

use crate::fields::{Scalar, capitalize, is_forward, is_list, relations, scalars};
use crate::inputs;
use crate::registry::{Agg, Check, Registry, Req};
use seedbed_psl::{Arity, FieldWalker, ModelId, ModelWalker};

/// `  export type {name} = {` + fields + `  }` (fields as `name?: type` lines).
fn obj(name: &str, fields: &[String]) -> String {
    let mut s = format!("  export type {name} = {{\n");
    for f in fields {
        s.push_str(&format!("    {f}\n"));
    }
    s.push_str("  }\n\n");
    s
}

/// How a relation is selected: `boolean | UserDefaultArgs` for a required to-one relation,
/// `boolean | User$postsArgs` (with its own `where`, …) otherwise.
fn relation_args(model: &ModelWalker<'_>, f: FieldWalker<'_>) -> String {
    if !is_list(f) && f.arity == Arity::Required {
        let r = f
            .related_model()
            .map_or_else(String::new, |r| r.name.clone());
        format!("{r}DefaultArgs")
    } else {
        format!("{}${}Args", model.name, f.name)
    }
}

pub fn model_section(reg: &mut Registry<'_>, m: ModelId) -> String {
    let Some(model) = reg.schema.walk_model(m) else {
        return String::new();
    };
    let n = model.name.clone();
    let sc = scalars(model);
    let rels = relations(model);
    let mut out = format!("\n  /**\n   * Model {n}\n   */\n\n");
    out.push_str(&count_output(&model, &rels));
    out.push_str(&aggregates(reg, m, &n, &sc));
    out.push_str(&selection(&model, &sc, &rels));
    out.push_str(&operation_args(reg, m, &n, &rels));
    for f in rels
        .iter()
        .filter(|f| is_list(**f) || f.arity != Arity::Required)
    {
        let Some(r) = f.related_model() else { continue };
        out.push_str(&relation_field_args(reg, &model, *f, r));
    }
    out.push_str(&obj(
        &format!("{n}DefaultArgs"),
        &select_lines(&n, !rels.is_empty()),
    ));
    out.push_str(&delegate(&n));
    out
}

/// `UserCountOutputType` and its selection: the `_count` of each list relation.
fn count_output(model: &ModelWalker<'_>, rels: &[FieldWalker<'_>]) -> String {
    let lists: Vec<&FieldWalker<'_>> = rels.iter().filter(|f| is_list(**f)).collect();
    if lists.is_empty() {
        return String::new();
    }
    let n = &model.name;
    let mut out = obj(
        &format!("{n}CountOutputType"),
        &lists
            .iter()
            .map(|f| format!("{}: number", f.name))
            .collect::<Vec<_>>(),
    );
    let select: Vec<String> = lists
        .iter()
        .map(|f| {
            format!(
                "{}?: boolean | {n}CountOutputTypeCount{}Args",
                f.name,
                capitalize(&f.name)
            )
        })
        .collect();
    out.push_str(&obj(&format!("{n}CountOutputTypeSelect"), &select));
    out.push_str(&obj(
        &format!("{n}CountOutputTypeDefaultArgs"),
        &[format!("select?: {n}CountOutputTypeSelect | null")],
    ));
    for f in lists {
        let r = f
            .related_model()
            .map_or_else(String::new, |r| r.name.clone());
        out.push_str(&obj(
            &format!("{n}CountOutputTypeCount{}Args", capitalize(&f.name)),
            &[format!("where?: {r}WhereInput")],
        ));
    }
    out
}

/// Which scalars an aggregate covers.
fn agg_fields<'a>(sc: &'a [Scalar<'a>], agg: Agg) -> impl Iterator<Item = &'a Scalar<'a>> {
    sc.iter().filter(move |s| match agg {
        Agg::Count => true,
        Agg::Avg | Agg::Sum => s.kind.is_numeric(),
        Agg::Min | Agg::Max => s.kind.is_comparable(),
    })
}

/// `AggregateUser`, the output and input types of each aggregate, `UserAggregateArgs`,
/// `UserGroupByArgs` and `UserGroupByOutputType`.
fn aggregates(reg: &mut Registry<'_>, m: ModelId, n: &str, sc: &[Scalar<'_>]) -> String {
    let schema = reg.schema;
    // Prisma lists them in this order here (and Count, Avg, Max, Min, Sum in `orderBy`).
    let order: Vec<Agg> = [Agg::Count, Agg::Avg, Agg::Sum, Agg::Min, Agg::Max]
        .into_iter()
        .filter(|a| inputs::model_aggs(reg, m).contains(a))
        .collect();
    let key = |a: Agg| format!("_{}", a.name().to_lowercase());
    let outputs: Vec<String> = order
        .iter()
        .map(|a| format!("{}: {n}{}AggregateOutputType | null", key(*a), a.name()))
        .collect();
    let mut out = obj(&format!("Aggregate{n}"), &outputs);
    for agg in order.iter().copied().filter(|a| *a != Agg::Count) {
        let lines: Vec<String> = agg_fields(sc, agg)
            .map(|s| {
                let ty = match agg {
                    Agg::Avg => s.kind.avg_output().to_owned(),
                    _ => s.kind.output(schema, false),
                };
                format!("{}: {ty} | null", s.name())
            })
            .collect();
        out.push_str(&obj(
            &format!("{n}{}AggregateOutputType", agg.name()),
            &lines,
        ));
    }
    let mut count: Vec<String> = sc.iter().map(|s| format!("{}: number", s.name())).collect();
    count.push("_all: number".to_owned());
    out.push_str(&obj(&format!("{n}CountAggregateOutputType"), &count));
    for agg in order.iter().copied() {
        let mut lines: Vec<String> = agg_fields(sc, agg)
            .map(|s| format!("{}?: true", s.name()))
            .collect();
        if agg == Agg::Count {
            lines.push("_all?: true".to_owned());
        }
        out.push_str(&obj(
            &format!("{n}{}AggregateInputType", agg.name()),
            &lines,
        ));
    }
    let (w, ob, wu) = (
        reg.r(Req::Where(m)),
        reg.r(Req::OrderByRelation(m)),
        reg.r(Req::WhereUnique(m)),
    );
    let mut args = vec![
        format!("where?: {w}"),
        format!("orderBy?: {ob} | {ob}[]"),
        format!("cursor?: {wu}"),
        "take?: number".to_owned(),
        "skip?: number".to_owned(),
    ];
    for agg in &order {
        let t = format!("{n}{}AggregateInputType", agg.name());
        args.push(match agg {
            Agg::Count => format!("_count?: true | {t}"),
            _ => format!("{}?: {t}", key(*agg)),
        });
    }
    out.push_str(&obj(&format!("{n}AggregateArgs"), &args));
    let (oba, swa) = (
        reg.r(Req::OrderByAggregation(m)),
        reg.r(Req::ScalarWhereAggregates(m)),
    );
    let mut group = vec![
        format!("where?: {w}"),
        format!("orderBy?: {oba} | {oba}[]"),
        format!("by: {n}ScalarFieldEnum[] | {n}ScalarFieldEnum"),
        format!("having?: {swa}"),
        "take?: number".to_owned(),
        "skip?: number".to_owned(),
    ];
    for agg in &order {
        let t = format!("{n}{}AggregateInputType", agg.name());
        group.push(match agg {
            Agg::Count => format!("_count?: {t} | true"),
            _ => format!("{}?: {t}", key(*agg)),
        });
    }
    out.push_str(&obj(&format!("{n}GroupByArgs"), &group));
    let mut row: Vec<String> = sc
        .iter()
        .map(|s| {
            let null = if s.nullable() { " | null" } else { "" };
            format!("{}: {}{null}", s.name(), s.kind.output(schema, false))
        })
        .collect();
    row.extend(outputs);
    out.push_str(&obj(&format!("{n}GroupByOutputType"), &row));
    out
}

/// `UserSelect`, `…CreateManyAndReturn`/`…UpdateManyAndReturn` selections, `UserOmit`, `UserInclude`.
fn selection(model: &ModelWalker<'_>, sc: &[Scalar<'_>], rels: &[FieldWalker<'_>]) -> String {
    let n = &model.name;
    let scalar_lines: Vec<String> = sc
        .iter()
        .map(|s| format!("{}?: boolean", s.name()))
        .collect();
    let rel_line =
        |f: &FieldWalker<'_>| format!("{}?: boolean | {}", f.name, relation_args(model, *f));
    let all_rels: Vec<String> = rels.iter().map(rel_line).collect();
    let forward: Vec<String> = rels
        .iter()
        .filter(|f| is_forward(**f))
        .map(rel_line)
        .collect();
    let count = rels
        .iter()
        .any(|f| is_list(*f))
        .then(|| format!("_count?: boolean | {n}CountOutputTypeDefaultArgs"));
    let mut select = scalar_lines.clone();
    select.extend(all_rels.iter().cloned());
    select.extend(count.clone());
    let mut out = obj(&format!("{n}Select"), &select);
    for op in ["CreateManyAndReturn", "UpdateManyAndReturn"] {
        let mut lines = scalar_lines.clone();
        lines.extend(forward.iter().cloned());
        out.push_str(&obj(&format!("{n}Select{op}"), &lines));
    }
    out.push_str(&obj(&format!("{n}Omit"), &scalar_lines));
    if !rels.is_empty() {
        let mut include = all_rels;
        include.extend(count);
        out.push_str(&obj(&format!("{n}Include"), &include));
        for op in ["CreateManyAndReturn", "UpdateManyAndReturn"] {
            out.push_str(&obj(&format!("{n}Include{op}"), &forward));
        }
    }
    out
}

/// `select`/`omit`/`include` lines of an argument type.
fn select_lines(n: &str, has_include: bool) -> Vec<String> {
    let mut v = vec![
        format!("select?: {n}Select | null"),
        format!("omit?: {n}Omit | null"),
    ];
    if has_include {
        v.push(format!("include?: {n}Include | null"));
    }
    v
}

/// `where`/`orderBy`/`cursor`/`take`/`skip`/`distinct` of a list read.
fn list_read_lines(reg: &mut Registry<'_>, m: ModelId, n: &str) -> Vec<String> {
    let (w, ob, wu) = (
        reg.r(Req::Where(m)),
        reg.r(Req::OrderByRelation(m)),
        reg.r(Req::WhereUnique(m)),
    );
    vec![
        format!("where?: {w}"),
        format!("orderBy?: {ob} | {ob}[]"),
        format!("cursor?: {wu}"),
        "take?: number".to_owned(),
        "skip?: number".to_owned(),
        format!("distinct?: {n}ScalarFieldEnum | {n}ScalarFieldEnum[]"),
    ]
}

/// The arguments of every operation: `UserFindManyArgs`, `UserCreateArgs`, ….
fn operation_args(reg: &mut Registry<'_>, m: ModelId, n: &str, rels: &[FieldWalker<'_>]) -> String {
    let sel = select_lines(n, !rels.is_empty());
    let has_forward = rels.iter().any(|f| is_forward(*f));
    let wu = reg.r(Req::WhereUnique(m));
    let w = reg.r(Req::Where(m));
    let create = format!(
        "XOR<{}, {}>",
        reg.r(Req::Create(m, Check::Checked, None)),
        reg.r(Req::Create(m, Check::Unchecked, None))
    );
    let update = format!(
        "XOR<{}, {}>",
        reg.r(Req::Update(m, Check::Checked, None)),
        reg.r(Req::Update(m, Check::Unchecked, None))
    );
    let many = reg.r(Req::CreateMany(m, None));
    let update_many = format!(
        "XOR<{}, {}>",
        reg.r(Req::UpdateManyMutation(m)),
        reg.r(Req::UncheckedUpdateMany(m, None))
    );
    let list_read = list_read_lines(reg, m, n);
    let with = |extra: Vec<String>| -> Vec<String> { sel.iter().cloned().chain(extra).collect() };
    // `include` comes last in these two, after `data`/`where`/`limit`.
    let and_return = |op: &str, rest: Vec<String>| -> Vec<String> {
        let mut v = vec![
            format!("select?: {n}Select{op} | null"),
            format!("omit?: {n}Omit | null"),
        ];
        v.extend(rest);
        if has_forward {
            v.push(format!("include?: {n}Include{op} | null"));
        }
        v
    };
    let mut out = String::new();
    for op in ["FindUnique", "FindUniqueOrThrow"] {
        out.push_str(&obj(
            &format!("{n}{op}Args"),
            &with(vec![format!("where: {wu}")]),
        ));
    }
    for op in ["FindFirst", "FindFirstOrThrow", "FindMany"] {
        out.push_str(&obj(&format!("{n}{op}Args"), &with(list_read.clone())));
    }
    out.push_str(&obj(
        &format!("{n}CreateArgs"),
        &with(vec![format!("data: {create}")]),
    ));
    let data_many = format!("data: {many} | {many}[]");
    out.push_str(&obj(
        &format!("{n}CreateManyArgs"),
        std::slice::from_ref(&data_many),
    ));
    let cmr = and_return("CreateManyAndReturn", vec![data_many]);
    out.push_str(&obj(&format!("{n}CreateManyAndReturnArgs"), &cmr));
    out.push_str(&obj(
        &format!("{n}UpdateArgs"),
        &with(vec![format!("data: {update}"), format!("where: {wu}")]),
    ));
    let many_lines = vec![
        format!("data: {update_many}"),
        format!("where?: {w}"),
        "limit?: number".to_owned(),
    ];
    out.push_str(&obj(&format!("{n}UpdateManyArgs"), &many_lines));
    let umr = and_return("UpdateManyAndReturn", many_lines);
    out.push_str(&obj(&format!("{n}UpdateManyAndReturnArgs"), &umr));
    out.push_str(&obj(
        &format!("{n}UpsertArgs"),
        &with(vec![
            format!("where: {wu}"),
            format!("create: {create}"),
            format!("update: {update}"),
        ]),
    ));
    out.push_str(&obj(
        &format!("{n}DeleteArgs"),
        &with(vec![format!("where: {wu}")]),
    ));
    out.push_str(&obj(
        &format!("{n}DeleteManyArgs"),
        &[format!("where?: {w}"), "limit?: number".to_owned()],
    ));
    out.push_str(&format!(
        "  export type {n}CountArgs = Omit<{n}FindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {{\n    select?: {n}CountAggregateInputType | true\n  }}\n\n"
    ));
    out
}

/// `User$postsArgs`: how a list or optional to-one relation is selected or included.
fn relation_field_args(
    reg: &mut Registry<'_>,
    model: &ModelWalker<'_>,
    f: FieldWalker<'_>,
    r: ModelWalker<'_>,
) -> String {
    let mut lines = select_lines(&r.name, !relations(r).is_empty());
    if is_list(f) {
        lines.extend(list_read_lines(reg, r.id, &r.name));
    } else {
        lines.push(format!("where?: {}", reg.r(Req::Where(r.id))));
    }
    obj(&format!("{}${}Args", model.name, f.name), &lines)
}

/// `UserDelegate`: the operations of `prisma.user`.
fn delegate(n: &str) -> String {
    let ops: [(&str, &str, bool, String); 17] = [
        ("findUnique", "FindUnique", true, format!("{n} | null")),
        ("findUniqueOrThrow", "FindUniqueOrThrow", true, n.to_owned()),
        ("findFirst", "FindFirst", false, format!("{n} | null")),
        ("findFirstOrThrow", "FindFirstOrThrow", false, n.to_owned()),
        ("findMany", "FindMany", false, format!("{n}[]")),
        ("create", "Create", true, n.to_owned()),
        ("createMany", "CreateMany", false, "BatchPayload".to_owned()),
        (
            "createManyAndReturn",
            "CreateManyAndReturn",
            false,
            format!("{n}[]"),
        ),
        ("delete", "Delete", true, n.to_owned()),
        ("update", "Update", true, n.to_owned()),
        ("deleteMany", "DeleteMany", false, "BatchPayload".to_owned()),
        ("updateMany", "UpdateMany", true, "BatchPayload".to_owned()),
        (
            "updateManyAndReturn",
            "UpdateManyAndReturn",
            true,
            format!("{n}[]"),
        ),
        ("upsert", "Upsert", true, n.to_owned()),
        ("count", "Count", false, "number".to_owned()),
        ("aggregate", "Aggregate", true, format!("Aggregate{n}")),
        (
            "groupBy",
            "GroupBy",
            true,
            format!("{n}GroupByOutputType[]"),
        ),
    ];
    let mut out = format!("  export interface {n}Delegate {{\n");
    for (op, args, required, result) in ops {
        let q = if required { "" } else { "?" };
        out.push_str(&format!(
            "    {op}(args{q}: {n}{args}Args): PrismaPromise<{result}>\n"
        ));
    }
    out.push_str("  }\n\n");
    out
}
