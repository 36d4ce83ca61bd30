//! `datasource` and `generator` blocks: loading and their checks, in the
//! order of Prisma's loaders (datasources, then generators). As in Prisma, a
//! repeated key counts once, with its last value.

use crate::ast::{ConfigBlock, ConfigKind, Expression, SchemaAst, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::{ConfigValue, Datasource, Generator, RelationMode};
use crate::resolve::visitor::{expr_to_string, type_mismatch};
use crate::span::Span;

/// Providers Prisma knows; Seedbed validates everything with SQLite rules.
const KNOWN_PROVIDERS: &[&str] = &[
    "sqlite",
    "postgresql",
    "postgres",
    "mysql",
    "sqlserver",
    "mongodb",
    "cockroachdb",
];

/// Loads the datasource(s) and generators, pushing configuration errors.
pub(crate) fn load(
    ast: &SchemaAst,
    diags: &mut Vec<Diagnostic>,
) -> (Option<Datasource>, Vec<Generator>) {
    let blocks = |kind| {
        ast.tops.iter().filter_map(move |t| match t {
            Top::Config(c) if c.kind == kind => Some(c),
            _ => None,
        })
    };
    let datasource_blocks: Vec<&ConfigBlock> = blocks(ConfigKind::Datasource).collect();
    let mut sources: Vec<Datasource> = datasource_blocks
        .iter()
        .filter_map(|b| load_datasource(b, diags))
        .collect();
    if sources.len() > 1 {
        for b in &datasource_blocks {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!("Error validating datasource `{}`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.", b.name.name),
                b.span,
            ));
        }
    }
    let generators = blocks(ConfigKind::Generator)
        .filter_map(|b| load_generator(b, diags))
        .collect();
    let ds = if sources.is_empty() {
        None
    } else {
        Some(sources.remove(0))
    };
    (ds, generators)
}

/// Properties by key, the last value winning; `None` (after Prisma's single
/// error) when a property has no value.
fn properties<'a>(
    b: &'a ConfigBlock,
    kind: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(&'a str, Span, &'a Expression)>> {
    let mut out: Vec<(&str, Span, &Expression)> = Vec::new();
    for p in &b.properties {
        let Some(value) = &p.value else {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!(
                    "Property {} in {kind} {} needs to be assigned a value",
                    p.name.name, b.name.name
                ),
                b.span,
            ));
            return None;
        };
        match out.iter_mut().find(|x| x.0 == p.name.name) {
            Some(slot) => *slot = (slot.0, p.span, value),
            None => out.push((&p.name.name, p.span, value)),
        }
    }
    Some(out)
}

fn take<'a>(
    props: &mut Vec<(&'a str, Span, &'a Expression)>,
    key: &str,
) -> Option<(&'a str, Span, &'a Expression)> {
    props
        .iter()
        .position(|p| p.0 == key)
        .map(|i| props.remove(i))
}

/// A string or `env("VAR")`, like Prisma's `StringFromEnvVar`.
fn config_value(e: &Expression, diags: &mut Vec<Diagnostic>) -> Option<ConfigValue> {
    match e {
        Expression::String(s, _) => Some(ConfigValue::Literal(s.clone())),
        Expression::Function(name, args, span) if name == "env" => {
            match args.arguments.as_slice() {
                [only] if only.name.is_none() && only.value.as_str().is_some() => Some(
                    ConfigValue::Env(only.value.as_str().unwrap_or_default().to_owned()),
                ),
                // `env(true)`, `env(DATABASE_URL)`: the argument itself has the wrong type.
                [only] if only.name.is_none() => {
                    diags.push(type_mismatch("string", &only.value));
                    None
                }
                [only] if only.name.is_some() => {
                    diags.push(Diagnostic::error(
                        codes::ENV_VAR,
                        "The env function expects a singular, unnamed, string argument.",
                        *span,
                    ));
                    None
                }
                _ => {
                    diags.push(Diagnostic::error(
                        codes::ENV_VAR,
                        "Exactly one string parameter must be passed to the env function.",
                        *span,
                    ));
                    None
                }
            }
        }
        other => {
            diags.push(type_mismatch("String", other));
            None
        }
    }
}

fn load_datasource(b: &ConfigBlock, diags: &mut Vec<Diagnostic>) -> Option<Datasource> {
    let name = &b.name.name;
    let mut props = properties(b, "datasource", diags)?;
    let Some((_, _, provider_expr)) = take(&mut props, "provider") else {
        diags.push(Diagnostic::error(
            codes::DATASOURCE,
            format!("Argument \"provider\" is missing in data source block \"{name}\"."),
            b.span,
        ));
        return None;
    };
    let provider = match provider_expr {
        Expression::Function(f, _, _) if f == "env" => {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                "A datasource must not use the env() function in the provider argument.",
                b.span,
            ));
            return None;
        }
        Expression::String(s, _) if s.is_empty() => {
            diags.push(Diagnostic::error(codes::DATASOURCE, format!("Error validating datasource `{name}`: The provider argument in a datasource must not be empty"), provider_expr.span()));
            return None;
        }
        Expression::String(s, _) => s.clone(),
        _ => {
            diags.push(Diagnostic::error(codes::DATASOURCE, format!("Error validating datasource `{name}`: The provider argument in a datasource must be a string literal"), provider_expr.span()));
            return None;
        }
    };
    if !KNOWN_PROVIDERS.contains(&provider.as_str()) {
        diags.push(Diagnostic::error(
            codes::DATASOURCE,
            format!("Datasource provider not known: \"{provider}\"."),
            provider_expr.span(),
        ));
        return None;
    }
    let relation_mode = relation_mode(b, &mut props, diags);
    let (url, url_span) = match take(&mut props, "url") {
        Some((_, _, e)) => (Some(config_value(e, diags)?), e.span()),
        None => {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!("Argument \"url\" is missing in data source block \"{name}\"."),
                b.span,
            ));
            return None;
        }
    };
    let shadow_database_url = take(&mut props, "shadowDatabaseUrl")
        .and_then(|(_, _, e)| config_value(e, diags))
        .filter(|v| *v != ConfigValue::Literal(String::new()));
    let direct = take(&mut props, "directUrl").map(|(_, _, e)| (config_value(e, diags), e.span()));
    let direct_url = direct.as_ref().and_then(|d| d.0.clone());
    if let Some(shadow) = &shadow_database_url {
        if let Some((Some(d), span)) = &direct
            && d == shadow
        {
            diags.push(Diagnostic::error(codes::DATASOURCE, format!("shadowDatabaseUrl is the same as directUrl for datasource \"{name}\". Please specify a different database as shadow database to avoid data loss."), *span));
        }
        if url.as_ref() == Some(shadow) {
            diags.push(Diagnostic::error(codes::DATASOURCE, format!("shadowDatabaseUrl is the same as url for datasource \"{name}\". Please specify a different database as shadow database to avoid data loss."), url_span));
        }
    }
    if let Some((_, span, _)) = take(&mut props, "previewFeatures") {
        diags.push(Diagnostic::error(codes::DATASOURCE, "Preview features are only supported in the generator block. Please move this field to the generator block.", span));
    }
    if let Some((_, _, e)) = take(&mut props, "schemas") {
        match e {
            Expression::Array(items, _) if items.iter().all(|i| i.as_str().is_some()) => {
                diags.push(Diagnostic::error(
                    codes::CONNECTOR,
                    "The `schemas` property is not supported on the current connector.",
                    e.span(),
                ));
            }
            Expression::Array(items, _) => {
                if let Some(bad) = items.iter().find(|i| i.as_str().is_none()) {
                    diags.push(type_mismatch("string", bad));
                }
            }
            other => diags.push(type_mismatch("string", other)),
        }
    }
    for (key, span, _) in props {
        diags.push(Diagnostic::error(
            codes::DATASOURCE,
            format!("Property not known: \"{key}\"."),
            span,
        ));
    }
    Some(Datasource {
        name: name.clone(),
        provider,
        url,
        shadow_database_url,
        direct_url,
        relation_mode,
        documentation: b.documentation.clone(),
        span: b.span,
    })
}

/// `relationMode`, or the deprecated `referentialIntegrity` (a warning).
fn relation_mode<'a>(
    b: &ConfigBlock,
    props: &mut Vec<(&'a str, Span, &'a Expression)>,
    diags: &mut Vec<Diagnostic>,
) -> RelationMode {
    if let Some((_, span, _)) = props.iter().find(|p| p.0 == "referentialIntegrity") {
        diags.push(Diagnostic::warning(
            codes::WARNING,
            "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode",
            *span,
        ));
    }
    match (
        take(props, "relationMode"),
        take(props, "referentialIntegrity"),
    ) {
        (None, None) => RelationMode::ForeignKeys,
        (Some(_), Some((_, span, _))) => {
            diags.push(Diagnostic::error(codes::DATASOURCE, "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.", span));
            RelationMode::ForeignKeys
        }
        (Some((_, _, e)), None) | (None, Some((_, _, e))) => match e {
            Expression::String(v, _) if v == "prisma" => RelationMode::Prisma,
            Expression::String(v, _) if v == "foreignKeys" => RelationMode::ForeignKeys,
            Expression::String(other, _) => {
                diags.push(Diagnostic::error(codes::DATASOURCE, format!("Error validating datasource `relationMode`: Invalid relation mode setting: \"{other}\". Supported values: \"prisma\", \"foreignKeys\""), b.span));
                RelationMode::ForeignKeys
            }
            other => {
                // Prisma's plain string coercion says "string", unlike URLs ("String").
                diags.push(type_mismatch("string", other));
                RelationMode::ForeignKeys
            }
        },
    }
}

fn load_generator(b: &ConfigBlock, diags: &mut Vec<Diagnostic>) -> Option<Generator> {
    let name = &b.name.name;
    let mut props = properties(b, "generator", diags)?;
    if let Some((_, _, e)) = props.iter().find(|p| p.0 == "engineType")
        && e.as_str().is_none()
    {
        diags.push(type_mismatch("String", e));
    }
    let Some((_, _, provider)) = take(&mut props, "provider") else {
        diags.push(Diagnostic::error(
            codes::GENERATOR,
            format!("Argument \"provider\" is missing in generator block \"{name}\"."),
            b.span,
        ));
        return None;
    };
    let provider = config_value(provider, diags)?;
    let output = take(&mut props, "output").and_then(|(_, _, e)| config_value(e, diags));
    if let Some((_, _, e)) = take(&mut props, "binaryTargets") {
        let items: Vec<&Expression> = match e {
            Expression::Array(items, _) => items.iter().collect(),
            other => vec![other],
        };
        for i in items {
            let _ = config_value(i, diags);
        }
    }
    let mut g = Generator {
        name: name.clone(),
        provider: Some(provider),
        output,
        preview_features: Vec::new(),
        config: Vec::new(),
        documentation: b.documentation.clone(),
        span: b.span,
    };
    if let Some((_, _, value)) = take(&mut props, "previewFeatures") {
        let items: Vec<&Expression> = match value {
            Expression::Array(items, _) => items.iter().collect(),
            other => vec![other],
        };
        match items.iter().find(|i| i.as_str().is_none()) {
            Some(bad) => diags.push(type_mismatch("string", bad)),
            None => {
                for f in items.iter().filter_map(|i| i.as_str()) {
                    if preview_feature(f, value.span(), diags) {
                        g.preview_features.push(f.to_owned());
                    }
                }
            }
        }
    }
    // Other keys go to the generator; only `env()` calls are checked (Prisma stops at the first bad one).
    for (_, _, v) in &props {
        let envs: Vec<&Expression> = match v {
            Expression::Array(items, _) => items.iter().collect(),
            other => vec![*other],
        };
        for e in envs {
            if matches!(e, Expression::Function(f, _, _) if f == "env")
                && config_value(e, diags).is_none()
            {
                return None;
            }
        }
    }
    g.config = props
        .into_iter()
        .map(|(k, _, v)| (k.to_owned(), expr_to_string(v)))
        .collect();
    Some(g)
}

/// Preview features Prisma 6.19.3 accepts as current (listed in its error message).
const ACTIVE_PREVIEW_FEATURES: [&str; 8] = [
    "metrics",
    "nativeDistinct",
    "postgresqlExtensions",
    "relationJoins",
    "schemaEngineDriverAdapters",
    "shardKeys",
    "strictUndefinedChecks",
    "views",
];

/// Accepted without being listed.
const HIDDEN_PREVIEW_FEATURES: [&str; 2] = ["reactNative", "typedSql"];

/// Former preview features, now generally available (a warning, not an error).
const DEPRECATED_PREVIEW_FEATURES: [&str; 40] = [
    "atomicNumberOperations",
    "aggregateApi",
    "clientExtensions",
    "cockroachdb",
    "connectOrCreate",
    "createMany",
    "dataProxy",
    "deno",
    "distinct",
    "driverAdapters",
    "extendedIndexes",
    "extendedWhereUnique",
    "fieldReference",
    "filteredRelationCount",
    "filterJson",
    "fullTextIndex",
    "fullTextSearch",
    "groupBy",
    "improvedQueryRaw",
    "interactiveTransactions",
    "jsonProtocol",
    "microsoftSqlServer",
    "middlewares",
    "mongoDb",
    "multiSchema",
    "namedConstraints",
    "napi",
    "nativeTypes",
    "omitApi",
    "orderByAggregateGroup",
    "orderByNulls",
    "orderByRelation",
    "prismaSchemaFolder",
    "queryCompiler",
    "referentialActions",
    "referentialIntegrity",
    "selectRelationCount",
    "tracing",
    "transactionApi",
    "uncheckedScalarInputs",
];

/// Classifies one preview feature, pushing Prisma's warning or error. True when enabled.
fn preview_feature(name: &str, span: crate::span::Span, diags: &mut Vec<Diagnostic>) -> bool {
    if ACTIVE_PREVIEW_FEATURES.contains(&name) || HIDDEN_PREVIEW_FEATURES.contains(&name) {
        return true;
    }
    if DEPRECATED_PREVIEW_FEATURES.contains(&name) {
        diags.push(Diagnostic::warning(
            codes::PREVIEW_FEATURE,
            format!("Preview feature \"{name}\" is deprecated. The functionality can be used without specifying it as a preview feature."),
            span,
        ));
        return true;
    }
    diags.push(Diagnostic::error(
        codes::PREVIEW_FEATURE,
        format!(
            "The preview feature \"{name}\" is not known. Expected one of: {}",
            ACTIVE_PREVIEW_FEATURES.join(", ")
        ),
        span,
    ));
    false
}
