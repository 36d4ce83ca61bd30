//! Rendering diagnostics exactly like Prisma's pretty printer
//! (`psl/diagnostics/src/pretty_print.rs`) and the whole console output of
//! `prisma validate` 6.19.3. Pure functions over data; no IO.

use crate::diagnostics::{Diagnostic, Severity};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const GUTTER: &str = "\x1b[1;94m";
const UNDERLINE: &str = "\x1b[4m";

fn color_of(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "\x1b[1;91m",
        Severity::Warning => "\x1b[1;93m",
    }
}

fn paint(text: &str, code: &str, ansi: bool) -> String {
    if ansi {
        format!("{code}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

fn gutter(line_number: usize, ansi: bool) -> String {
    let text = if line_number > 0 {
        format!("{line_number:2} | ")
    } else {
        "   | ".to_owned()
    };
    paint(&text, GUTTER, ansi)
}

fn gutter_with_line(line_number: usize, lines: &[&str], ansi: bool) -> String {
    match lines.get(line_number.wrapping_sub(1)) {
        Some(line) if line_number > 0 => format!("{}{line}", gutter(line_number, ansi)),
        _ => gutter(line_number, ansi),
    }
}

/// The source split into lines once, so rendering many diagnostics stays linear.
pub struct SourceLines<'a> {
    text: &'a str,
    lines: Vec<&'a str>,
    starts: Vec<usize>,
}

impl<'a> SourceLines<'a> {
    /// Splits `text` at `\n` (a `\r` stays part of its line, as in Prisma).
    pub fn new(text: &'a str) -> SourceLines<'a> {
        let lines: Vec<&str> = text.split('\n').collect();
        let mut starts = Vec::with_capacity(lines.len());
        let mut pos = 0;
        for l in &lines {
            starts.push(pos);
            pos += l.len() + 1;
        }
        SourceLines {
            text,
            lines,
            starts,
        }
    }

    /// Zero-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }
}

/// Renders one diagnostic the way Prisma does: title, `-->  file:line`, the
/// line before, the highlighted line(s) and a closing gutter. Ends with `\n`.
pub fn render_diagnostic(d: &Diagnostic, file_name: &str, source: &str, ansi: bool) -> String {
    render_with(d, file_name, &SourceLines::new(source), ansi)
}

/// [`render_diagnostic`] with a precomputed [`SourceLines`].
pub fn render_with(d: &Diagnostic, file_name: &str, src: &SourceLines<'_>, ansi: bool) -> String {
    let source = src.text;
    let start = floor_boundary(source, d.span.start.min(source.len()));
    let end = floor_boundary(source, d.span.end.clamp(start, source.len()));
    let start_line = src.line_of(start);
    let end_line = src.line_of(end);
    let lines = &src.lines;
    let line_start = src.starts.get(start_line).copied().unwrap_or(0);
    let line = lines.get(start_line).copied().unwrap_or("");
    let start_in_line = floor_boundary(line, (start - line_start).min(line.len()));
    let end_in_line =
        floor_boundary(line, (start_in_line + (end - start)).min(line.len())).max(start_in_line);
    let prefix = &line[..start_in_line];
    let offending = &line[start_in_line..end_in_line];
    let suffix = &line[end_in_line..];
    let color = color_of(d.severity);
    let title = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = String::new();
    out.push_str(&format!(
        "{}: {}\n",
        paint(title, color, ansi),
        paint(&d.message, BOLD, ansi)
    ));
    out.push_str(&format!(
        "  {}  {}\n",
        paint("-->", GUTTER, ansi),
        paint(&format!("{file_name}:{}", start_line + 1), UNDERLINE, ansi)
    ));
    out.push_str(&gutter(0, ansi));
    out.push('\n');
    out.push_str(&gutter_with_line(start_line, lines, ansi));
    out.push('\n');
    out.push_str(&format!(
        "{}{prefix}{}{suffix}\n",
        gutter(start_line + 1, ansi),
        paint(offending, color, ansi)
    ));
    if offending.is_empty() {
        out.push_str(&format!(
            "{}{}{}\n",
            gutter(0, ansi),
            " ".repeat(start_in_line),
            paint("^ Unexpected token.", color, ansi)
        ));
    }
    for n in start_line + 2..end_line + 2 {
        out.push_str(&gutter_with_line(n, lines, ansi));
        out.push('\n');
    }
    out.push_str(&gutter(0, ansi));
    out.push('\n');
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders diagnostics like Prisma's validation tests: warnings first, then errors.
pub fn render_diagnostics(
    diagnostics: &[Diagnostic],
    file_name: &str,
    source: &str,
    ansi: bool,
) -> String {
    let warnings = diagnostics.iter().filter(|d| !d.is_error());
    let errors = diagnostics.iter().filter(|d| d.is_error());
    let lines = SourceLines::new(source);
    warnings
        .chain(errors)
        .map(|d| render_with(d, file_name, &lines, ansi))
        .collect()
}

/// The context a validation ran in, which changes the CLI's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliContext {
    /// `prisma validate` schema validation: `(validate wasm)` / `[Context: validate]`.
    Validate,
    /// Config loading (env vars): `(get-config wasm)` / `[Context: getConfig]`.
    GetConfig,
}

/// The P1012 error block the CLI prints for failed validation (without the
/// leading "Prisma schema loaded from" line).
pub fn render_cli_errors(
    errors: &[&Diagnostic],
    file_name: &str,
    source: &str,
    context: CliContext,
) -> String {
    let (wasm, ctx) = match context {
        CliContext::Validate => ("validate wasm", "validate"),
        CliContext::GetConfig => ("get-config wasm", "getConfig"),
    };
    let mut out = format!("Error: Prisma schema validation - ({wasm})\nError code: P1012\n");
    let lines = SourceLines::new(source);
    for d in errors {
        out.push_str(&render_with(d, file_name, &lines, false));
    }
    out.push_str(&format!(
        "\nValidation Error Count: {}\n[Context: {ctx}]\n\nPrisma CLI Version : 6.19.3\n",
        errors.len()
    ));
    out
}

/// What `prisma format` prints when the formatted schema is invalid (it then
/// writes nothing): the loaded line, warnings, and the P1012 block with line
/// numbers of the formatted text.
pub fn render_format_refusal(
    file_name: &str,
    formatted: &str,
    diagnostics: &[Diagnostic],
) -> String {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    let warnings: Vec<&Diagnostic> = diagnostics.iter().filter(|d| !d.is_error()).collect();
    format!(
        "Prisma schema loaded from {file_name}\n{}\n{}",
        render_warning_list(&warnings),
        render_cli_errors(&errors, file_name, formatted, CliContext::Validate)
    )
}

/// The CLI's plain list of warnings (empty when there are none).
pub fn render_warning_list(warnings: &[&Diagnostic]) -> String {
    if warnings.is_empty() {
        return String::new();
    }
    let plural = if warnings.len() > 1 { "s" } else { "" };
    let mut out = format!("\nPrisma schema warning{plural}:\n");
    for w in warnings {
        out.push_str(&format!("- {}\n", w.message));
    }
    out
}

/// What `prisma validate` prints, split by stream, and its exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliOutput {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Process exit code.
    pub exit_code: i32,
}

impl CliOutput {
    /// The output as a terminal shows it: Prisma writes the "Prisma schema loaded" line,
    /// then everything for stderr (warnings, errors), then the rest of stdout (the success
    /// line). Each piece says whether it belongs to stderr.
    pub fn in_terminal_order(&self) -> [(bool, &str); 3] {
        let split = self.stdout.find('\n').map_or(self.stdout.len(), |i| i + 1);
        let (first, rest) = self.stdout.split_at(split);
        [(false, first), (true, self.stderr.as_str()), (false, rest)]
    }
}

/// The whole console output of `prisma validate --schema <file_name>`.
///
/// `env` looks up environment variables: like the real CLI, a datasource URL
/// read with `env("X")` must be set, or validation fails in the getConfig step.
pub fn render_validate(
    file_name: &str,
    source: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> CliOutput {
    let schema = crate::parse_and_validate(source);
    let mut stdout = format!("Prisma schema loaded from {file_name}\n");
    // Warnings go to stderr, before the errors (Prisma logs them with `console.warn`).
    let warnings: Vec<&Diagnostic> = schema.warnings().collect();
    let mut stderr = render_warning_list(&warnings);
    let errors: Vec<&Diagnostic> = schema.errors().collect();
    if !errors.is_empty() {
        stderr.push('\n');
        stderr.push_str(&render_cli_errors(
            &errors,
            file_name,
            source,
            CliContext::Validate,
        ));
        return CliOutput {
            stdout,
            stderr,
            exit_code: 1,
        };
    }
    if let Some(d) = unresolvable_url(&schema, env) {
        stderr.push_str(&render_cli_errors(
            &[&d],
            file_name,
            source,
            CliContext::GetConfig,
        ));
        return CliOutput {
            stdout,
            stderr,
            exit_code: 1,
        };
    }
    stdout.push_str(&format!("The schema at {file_name} is valid 🚀\n"));
    CliOutput {
        stdout,
        stderr,
        exit_code: 0,
    }
}

/// What `getConfig` reports once the schema is valid: an `env()` URL whose variable is
/// unset (`url` first, then `directUrl`), or an empty `directUrl`.
fn unresolvable_url(
    schema: &crate::ValidatedSchema,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<Diagnostic> {
    use crate::diagnostics::codes;
    use crate::model::ConfigValue;
    let ds = schema.datasource.as_ref()?;
    let missing = |value: &Option<ConfigValue>, property: &str| match value {
        Some(ConfigValue::Env(var)) if env(var).is_none() => Some(Diagnostic::error(
            codes::ENV_VAR,
            format!("Environment variable not found: {var}."),
            ds_property_span(schema, property).unwrap_or(ds.span),
        )),
        _ => None,
    };
    missing(&ds.url, "url")
        .or_else(|| missing(&ds.direct_url, "directUrl"))
        .or_else(|| match &ds.direct_url {
            Some(ConfigValue::Literal(text)) if text.trim().is_empty() => Some(Diagnostic::error(
                codes::DATASOURCE,
                format!(
                    "Error validating datasource `{}`: You must provide a nonempty direct URL",
                    ds.name
                ),
                ds_property_span(schema, "directUrl").unwrap_or(ds.span),
            )),
            _ => None,
        })
}

fn ds_property_span(schema: &crate::ValidatedSchema, property: &str) -> Option<crate::span::Span> {
    schema.ast.tops.iter().find_map(|t| match t {
        crate::ast::Top::Config(c) if c.kind == crate::ast::ConfigKind::Datasource => c
            .properties
            .iter()
            .find(|p| p.name.name == property)
            .and_then(|p| p.value.as_ref())
            .map(|v| v.span()),
        _ => None,
    })
}
