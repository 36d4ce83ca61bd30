//! The seed command Prisma 6.19 reads from `package.json` (`"prisma": { "seed": "…" }`),
//! with its rules for values that are not strings, and execa's way of splitting it.
//! Shared by the native CLI (which runs the command) and the playground (which runs the
//! script it names).

/// What the package.json says about seeding.
#[derive(Debug, PartialEq, Eq)]
pub enum Seed {
    /// No `prisma` key, or no (or an empty) `seed`.
    None,
    Command(String),
    /// Prisma's error text (a `seed` that is not a string).
    Invalid(String),
}

/// The `prisma` object of a package.json, unless absent or only `prismaCommit`.
fn prisma_config(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let config = value.get("prisma")?.as_object()?.clone();
    if config.len() == 1 && config.contains_key("prismaCommit") {
        return None;
    }
    Some(config)
}

/// Whether Prisma 6 would warn that `package.json#prisma` is deprecated.
pub fn has_prisma_key(text: &str) -> bool {
    prisma_config(text).is_some()
}

/// Reads the seed command from package.json text; `shown_path` is how errors name the file.
pub fn seed_from(text: &str, shown_path: &str) -> Seed {
    let Some(config) = prisma_config(text) else {
        return Seed::None;
    };
    // How JavaScript's template strings print the value Prisma complains about.
    let js_string = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(","),
        serde_json::Value::Object(_) => "[object Object]".to_owned(),
        other => other.to_string(),
    };
    match config.get("seed") {
        // JavaScript falsy values mean "not configured".
        None | Some(serde_json::Value::Null) | Some(serde_json::Value::Bool(false)) => Seed::None,
        Some(serde_json::Value::String(s)) if s.is_empty() => Seed::None,
        Some(serde_json::Value::Number(n)) if n.as_f64() == Some(0.0) => Seed::None,
        Some(serde_json::Value::String(s)) => Seed::Command(s.clone()),
        Some(other) => Seed::Invalid(format!(
            "Provided seed command `{}` from `{shown_path}` must be of type string",
            js_string(other)
        )),
    }
}

/// execa's command parsing: split on runs of spaces; a token ending in `\` joins the next
/// with a space.
pub fn parse_command(command: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for token in command.trim().split(' ').filter(|t| !t.is_empty()) {
        match tokens.last_mut() {
            Some(prev) if prev.ends_with('\\') => {
                prev.pop();
                prev.push(' ');
                prev.push_str(token);
            }
            _ => tokens.push(token.to_owned()),
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_like_execa() {
        assert_eq!(
            parse_command("tsx prisma/seed.ts"),
            ["tsx", "prisma/seed.ts"]
        );
        assert_eq!(
            parse_command(r"sh my\ seed.sh x"),
            ["sh", "my seed.sh", "x"]
        );
    }

    #[test]
    fn seed_values() {
        let p = |v: &str| seed_from(&format!("{{\"prisma\":{{\"seed\":{v}}}}}"), "package.json");
        assert_eq!(
            p("\"tsx prisma/seed.ts\""),
            Seed::Command("tsx prisma/seed.ts".into())
        );
        assert_eq!(p("false"), Seed::None);
        assert!(matches!(p("[1,2]"), Seed::Invalid(m) if m.contains("`1,2`")));
        assert_eq!(seed_from("{}", "package.json"), Seed::None);
        assert_eq!(seed_from("not json", "package.json"), Seed::None);
    }
}
