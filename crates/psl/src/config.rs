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
    let driver_adapters = generators
        .iter()
        .any(|g| g.preview_features.iter().any(|f| f == "driverAdapters"));
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
        .filter_map(|b| load_datasource(b, diags, driver_adapters))
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
            match args.arguments.first().map(|a| (&a.name, &a.value)) {
                Some((None, Expression::String(s, _))) if args.arguments.len() == 1 => {
                    Some(ConfigValue::Env(s.clone()))
                }
                _ => {
                    diags.push(Diagnostic::error(
                        codes::ENV_VAR,
                        "The env function expects a singular, unnamed, string argument.",
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

fn load_datasource(
    b: &ConfigBlock,
    diags: &mut Vec<Diagnostic>,
    driver_adapters: bool,
) -> Option<Datasource> {
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
    let is_sqlite = provider == "sqlite";
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
    let url = match take("url") {
        Some((_, _, e)) => Some(config_value(e, diags)?),
        None if driver_adapters && is_sqlite => None,
        None => {
            diags.push(Diagnostic::error(
                codes::DATASOURCE,
                format!("Argument \"url\" is missing in data source block \"{name}\"."),
                b.span,
            ));
            return None;
        }
    };
    let shadow_database_url =
        take("shadowDatabaseUrl").and_then(|(_, _, e)| config_value(e, diags));
    let direct_url = take("directUrl").and_then(|(_, _, e)| config_value(e, diags));
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
            "previewFeatures" => match value {
                Expression::Array(items, _) => {
                    for i in items {
                        match i.as_str() {
                            Some(s) => g.preview_features.push(s.to_owned()),
                            None => diags.push(crate::resolve::visitor::type_mismatch("String", i)),
                        }
                    }
                }
                Expression::String(s, _) => g.preview_features.push(s.clone()),
                other => diags.push(crate::resolve::visitor::type_mismatch("String", other)),
            },
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
