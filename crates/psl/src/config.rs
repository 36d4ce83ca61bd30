//! `datasource` and `generator` blocks: loading and their checks.

use crate::ast::{ConfigBlock, ConfigKind, Expression, SchemaAst, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::{ConfigValue, Datasource, Generator, RelationMode};
use crate::resolve::visitor::expr_to_string;

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
    let generators: Vec<Generator> = ast
        .tops
        .iter()
        .filter_map(|t| match t {
            Top::Config(c) if c.kind == ConfigKind::Generator => load_generator(c, diags),
            _ => None,
        })
        .collect();

    let blocks: Vec<&ConfigBlock> = ast
        .tops
        .iter()
        .filter_map(|t| match t {
            Top::Config(c) if c.kind == ConfigKind::Datasource => Some(c),
            _ => None,
        })
        .collect();
    let mut sources: Vec<Datasource> = blocks
        .iter()
        .filter_map(|b| load_datasource(b, diags))
        .collect();
    if sources.len() > 1 {
        for b in &blocks {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!("Error validating datasource `{}`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.", b.name.name),
                b.span,
            ));
        }
    }
    let ds = if sources.is_empty() {
        None
    } else {
        Some(sources.remove(0))
    };
    (ds, generators)
}

fn config_value(e: &Expression, diags: &mut Vec<Diagnostic>) -> Option<ConfigValue> {
    match e {
        Expression::String(s, _) => Some(ConfigValue::Literal(s.clone())),
        Expression::Function(name, args, span) if name == "env" => {
            match args.arguments.as_slice() {
                [only] if only.name.is_none() && only.value.as_str().is_some() => Some(
                    ConfigValue::Env(only.value.as_str().unwrap_or_default().to_owned()),
                ),
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
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!(
                    "Expected a String value, but received {} value `{}`.",
                    other.describe(),
                    expr_to_string(other)
                ),
                other.span(),
            ));
            None
        }
    }
}

fn load_datasource(b: &ConfigBlock, diags: &mut Vec<Diagnostic>) -> Option<Datasource> {
    let name = &b.name.name;
    let mut missing = false;
    for p in &b.properties {
        if p.value.is_none() {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!(
                    "Property {} in datasource {name} needs to be assigned a value",
                    p.name.name
                ),
                b.span,
            ));
            missing = true;
        }
    }
    if missing {
        return None;
    }
    let mut props: Vec<(&str, crate::span::Span, &Expression)> = b
        .properties
        .iter()
        .filter_map(|p| p.value.as_ref().map(|v| (p.name.name.as_str(), p.span, v)))
        .collect();
    let mut take = |key: &str| {
        props
            .iter()
            .position(|p| p.0 == key)
            .map(|i| props.remove(i))
    };
    let Some((_, _, provider_expr)) = take("provider") else {
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
    // relationMode / referentialIntegrity
    let ri = props
        .iter()
        .find(|p| p.0 == "referentialIntegrity")
        .map(|p| p.1);
    if let Some(span) = ri {
        diags.push(Diagnostic::warning(
            codes::WARNING,
            "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode",
            span,
        ));
    }
    let mut take = |key: &str| {
        props
            .iter()
            .position(|p| p.0 == key)
            .map(|i| props.remove(i))
    };
    let rm = take("relationMode");
    let ri = take("referentialIntegrity");
    let relation_mode = match (rm, ri) {
        (None, None) => RelationMode::ForeignKeys,
        (Some(_), Some((_, span, _))) => {
            diags.push(Diagnostic::error(codes::DATASOURCE, "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.", span));
            RelationMode::ForeignKeys
        }
        (Some((_, _, e)), None) | (None, Some((_, _, e))) => match e.as_str() {
            Some("prisma") => RelationMode::Prisma,
            Some("foreignKeys") => RelationMode::ForeignKeys,
            Some(other) => {
                diags.push(Diagnostic::error(codes::DATASOURCE, format!("Error validating datasource `relationMode`: Invalid relation mode setting: \"{other}\". Supported values: \"prisma\", \"foreignKeys\""), b.span));
                RelationMode::ForeignKeys
            }
            None => {
                diags.push(crate::resolve::visitor::type_mismatch("String", e));
                RelationMode::ForeignKeys
            }
        },
    };
    let (url, url_span) = match take("url") {
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
    let shadow_database_url = take("shadowDatabaseUrl")
        .and_then(|(_, _, e)| config_value(e, diags))
        .filter(|v| *v != ConfigValue::Literal(String::new()));
    let direct = take("directUrl").map(|(_, _, e)| (config_value(e, diags), e.span()));
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
    if let Some((_, span, _)) = take("previewFeatures") {
        diags.push(Diagnostic::error(codes::DATASOURCE, "Preview features are only supported in the generator block. Please move this field to the generator block.", span));
    }
    if let Some((_, _, e)) = take("schemas") {
        diags.push(Diagnostic::error(
            codes::CONNECTOR,
            "The `schemas` property is not supported on the current connector.",
            e.span(),
        ));
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

fn load_generator(b: &ConfigBlock, diags: &mut Vec<Diagnostic>) -> Option<Generator> {
    let name = &b.name.name;
    let mut g = Generator {
        name: name.clone(),
        provider: None,
        output: None,
        preview_features: Vec::new(),
        config: Vec::new(),
        documentation: b.documentation.clone(),
        span: b.span,
    };
    for p in &b.properties {
        let Some(value) = &p.value else {
            diags.push(Diagnostic::error(
                codes::GENERATOR,
                format!(
                    "Property {} in generator {name} needs to be assigned a value",
                    p.name.name
                ),
                b.span,
            ));
            return None;
        };
        match p.name.name.as_str() {
            "provider" => g.provider = config_value(value, diags),
            "output" => g.output = config_value(value, diags),
            "previewFeatures" => {
                let items: Vec<&Expression> = match value {
                    Expression::Array(items, _) => items.iter().collect(),
                    other => vec![other],
                };
                for item in items {
                    match item.as_str() {
                        Some(f) => {
                            if preview_feature(f, value.span(), diags) {
                                g.preview_features.push(f.to_owned());
                            }
                        }
                        None => diags.push(crate::resolve::visitor::type_mismatch("String", item)),
                    }
                }
            }
            key => g.config.push((key.to_owned(), expr_to_string(value))),
        }
    }
    if g.provider.is_none() && !b.properties.iter().any(|p| p.name.name == "provider") {
        diags.push(Diagnostic::error(
            codes::GENERATOR,
            format!("Argument \"provider\" is missing in generator block \"{name}\"."),
            b.span,
        ));
        return None;
    }
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
