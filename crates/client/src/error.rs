//! Prisma Client's error classes, codes and messages.
//!
//! The texts follow Prisma 6.19.3's query engine (`user-facing-errors`) and the client's
//! validation renderer; only the first, essential line of a validation error is kept.

use serde_json::{Value as Json, json};

/// Which JavaScript error class Prisma Client would throw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `PrismaClientKnownRequestError` (has a `P` code).
    Known,
    /// `PrismaClientValidationError` (bad arguments; nothing ran).
    Validation,
    /// `PrismaClientUnknownRequestError` (a database error without a Prisma code).
    Unknown,
}

/// An error as Prisma Client reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientError {
    pub kind: ErrorKind,
    /// `P2002`, `P2025`, … for known errors.
    pub code: Option<String>,
    pub message: String,
    /// `meta` of a known error (`modelName`, `target`, `cause`).
    pub meta: Box<Json>,
}

impl ClientError {
    pub fn validation(message: impl Into<String>) -> Self {
        ClientError {
            kind: ErrorKind::Validation,
            code: None,
            message: message.into(),
            meta: Box::new(Json::Null),
        }
    }

    pub fn known(code: &str, message: impl Into<String>, meta: Json) -> Self {
        ClientError {
            kind: ErrorKind::Known,
            code: Some(code.to_owned()),
            message: message.into(),
            meta: Box::new(meta),
        }
    }

    pub fn unknown(message: impl Into<String>) -> Self {
        ClientError {
            kind: ErrorKind::Unknown,
            code: None,
            message: message.into(),
            meta: Box::new(Json::Null),
        }
    }

    /// P2025 with one of the engine's causes (`No record was found for an update.`).
    pub fn not_found(model: &str, cause: impl Into<String>) -> Self {
        let cause = cause.into();
        ClientError::known(
            "P2025",
            format!(
                "An operation failed because it depends on one or more records that were required but not found. {cause}"
            ),
            json!({ "modelName": model, "cause": cause }),
        )
    }

    /// The class name Prisma Client uses.
    pub fn name(&self) -> &'static str {
        match self.kind {
            ErrorKind::Known => "PrismaClientKnownRequestError",
            ErrorKind::Validation => "PrismaClientValidationError",
            ErrorKind::Unknown => "PrismaClientUnknownRequestError",
        }
    }

    /// The error as JSON (`name`, `code`, `message`, `meta`), for the console and tests.
    pub fn to_json(&self) -> Json {
        let mut o = serde_json::Map::new();
        o.insert("name".into(), json!(self.name()));
        if let Some(code) = &self.code {
            o.insert("code".into(), json!(code));
        }
        o.insert("message".into(), json!(self.message));
        if !self.meta.is_null() {
            o.insert("meta".into(), (*self.meta).clone());
        }
        Json::Object(o)
    }
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.code {
            Some(c) => write!(f, "{c}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ClientError {}

/// `Unknown argument `x`. Did you mean `y`? Available options are marked with ?.`
pub fn unknown_argument(name: &str, options: &[&str]) -> ClientError {
    let mut msg = format!("Unknown argument `{name}`.");
    if let Some(s) = suggest(name, options) {
        msg.push_str(&format!(" Did you mean `{s}`?"));
    }
    // A field without arguments (a to-one relation in a selection) lists no options.
    if !options.is_empty() {
        msg.push_str(" Available options are marked with ?.");
    }
    ClientError::validation(msg)
}

/// `Unknown field `x` for select statement on model `User`. Available options are marked with ?.`
/// (The client lists the options in the printed query instead of suggesting one here.)
pub fn unknown_field(name: &str, statement: &str, model: &str, _options: &[&str]) -> ClientError {
    ClientError::validation(format!(
        "Unknown field `{name}` for {statement} statement on model `{model}`. Available options are marked with ?."
    ))
}

/// `Invalid value for argument `x`: …. Expected T.`
pub fn invalid_value(arg: &str, expected: &str) -> ClientError {
    ClientError::validation(format!(
        "Invalid value provided. Expected {expected}, provided for argument `{arg}`."
    ))
}

/// The closest option within edit distance 3, as the client's "Did you mean" does.
fn suggest<'a>(name: &str, options: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for o in options {
        let d = levenshtein(name, o);
        if d <= 3 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, o));
        }
    }
    best.map(|(_, o)| o)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
