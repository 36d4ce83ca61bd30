//! Attribute and argument bookkeeping, mirroring how Prisma visits attributes:
//! each known attribute is taken once (duplicates are errors), leftover
//! attributes are "not known", and leftover arguments are "No such argument.".

use crate::ast::{Attribute, Expression};
use crate::diagnostics::{Diagnostic, codes};

/// The attributes of one field, model or enum value, with their use state.
pub(crate) struct Attrs<'a> {
    list: &'a [Attribute],
    used: Vec<bool>,
    block: bool,
}

impl<'a> Attrs<'a> {
    /// `block`: `@@` attributes. Prisma names them `@name` in validation messages but
    /// `@@name` in the parser's (an argument without a value).
    pub fn new(list: &'a [Attribute], block: bool) -> Attrs<'a> {
        Attrs {
            list,
            used: vec![false; list.len()],
            block,
        }
    }

    /// Takes the single attribute named `name`; two or more are all reported.
    pub fn single(&mut self, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Args<'a>> {
        let idxs: Vec<usize> = (0..self.list.len())
            .filter(|&i| self.list[i].name.name == name)
            .collect();
        match idxs.as_slice() {
            [] => None,
            [one] => {
                self.used[*one] = true;
                Args::new(&self.list[*one], self.block, diags)
            }
            many => {
                for &i in many {
                    self.used[i] = true;
                    let a = &self.list[i];
                    diags.push(Diagnostic::error(
                        codes::DUPLICATE_ATTRIBUTE,
                        format!("Attribute \"@{}\" can only be defined once.", a.name.name),
                        a.span,
                    ));
                }
                None
            }
        }
    }

    /// Takes every attribute named `name`, in order.
    pub fn repeated(&mut self, name: &str, diags: &mut Vec<Diagnostic>) -> Vec<Args<'a>> {
        let mut out = Vec::new();
        for i in 0..self.list.len() {
            if self.list[i].name.name == name {
                self.used[i] = true;
                out.extend(Args::new(&self.list[i], self.block, diags));
            }
        }
        out
    }

    /// Takes the `@db.X` attributes (names containing a dot).
    pub fn native(&mut self, diags: &mut Vec<Diagnostic>) -> Option<&'a Attribute> {
        let mut found = None;
        for i in 0..self.list.len() {
            let a = &self.list[i];
            if let Some((ds, _)) = a.name.name.split_once('.') {
                self.used[i] = true;
                if found.replace(a).is_some() {
                    diags.push(Diagnostic::error(
                        codes::DUPLICATE_ATTRIBUTE,
                        format!("Attribute \"@{ds}\" can only be defined once."),
                        a.span,
                    ));
                }
            }
        }
        found
    }

    /// Reports every attribute nobody took.
    pub fn finish(self, diags: &mut Vec<Diagnostic>) {
        for (i, a) in self.list.iter().enumerate() {
            if !self.used.get(i).copied().unwrap_or(true) {
                diags.push(Diagnostic::error(
                    codes::UNKNOWN_ATTRIBUTE,
                    format!("Attribute not known: \"@{}\".", a.name.name),
                    a.span,
                ));
            }
        }
    }
}

/// Adds the argument lists of the function calls inside `e` (arrays included) to `out`.
fn nested_argument_lists<'e>(e: &'e Expression, out: &mut Vec<&'e crate::ast::ArgumentsList>) {
    match e {
        Expression::Function(_, args, _) => out.push(args),
        Expression::Array(items, _) => {
            for item in items {
                nested_argument_lists(item, out);
            }
        }
        _ => {}
    }
}

/// The arguments of the attribute under validation.
pub(crate) struct Args<'a> {
    pub attr: &'a Attribute,
    /// `@name` or `@@name`, as Prisma prints it in messages.
    pub display: String,
    remaining: Vec<bool>,
}

impl<'a> Args<'a> {
    /// Starts validating `attr`; `None` when its arguments are too broken to
    /// validate (an argument without value), as in Prisma.
    fn new(attr: &'a Attribute, block: bool, diags: &mut Vec<Diagnostic>) -> Option<Args<'a>> {
        let display = format!("@{}", attr.name.name);
        let parser_display = if block {
            format!("@@{}", attr.name.name)
        } else {
            display.clone()
        };
        // The attribute's own list and those of functions in its values (`dbgenerated(name: )`).
        let mut lists = vec![&attr.arguments];
        let mut i = 0;
        while i < lists.len() {
            for a in &lists[i].arguments {
                nested_argument_lists(&a.value, &mut lists);
            }
            i += 1;
        }
        let mut any_empty = false;
        for (depth, list) in lists.iter().enumerate() {
            // The attribute's own list is named `@name`; a function inside it (an index
            // field's `a(ops: )`) is reported by the parser with the `@@` of a block attribute.
            let shown = if depth == 0 {
                &display
            } else {
                &parser_display
            };
            for empty in &list.empty_arguments {
                any_empty = true;
                diags.push(Diagnostic::error(
                    codes::ATTRIBUTE_ARGUMENT,
                    format!(
                        "Error parsing attribute \"{shown}\": The `{}` argument is missing a value.",
                        empty.name
                    ),
                    empty.span,
                ));
            }
            if let Some(comma) = list.trailing_comma {
                diags.push(Diagnostic::error(
                    codes::ATTRIBUTE_ARGUMENT,
                    format!(
                        "Error parsing attribute \"{display}\": Trailing commas are not valid in attribute arguments, please remove the comma."
                    ),
                    comma,
                ));
            }
        }
        if any_empty {
            return None;
        }
        // Duplicate named arguments and several unnamed ones.
        let args = &attr.arguments.arguments;
        let mut remaining = vec![true; args.len()];
        let mut unnamed = 0;
        for (i, a) in args.iter().enumerate() {
            match &a.name {
                Some(n) => {
                    if args[..i]
                        .iter()
                        .any(|b| b.name.as_ref().is_some_and(|bn| bn.name == n.name))
                    {
                        remaining[i] = false;
                        diags.push(Diagnostic::error(
                            codes::ATTRIBUTE_ARGUMENT,
                            format!("Argument \"{}\" is already specified.", n.name),
                            a.span,
                        ));
                    }
                }
                None => {
                    unnamed += 1;
                    // Reported once, below; the extra values are not also "No such argument.".
                    remaining[i] = unnamed == 1;
                    if unnamed == 2 {
                        diags.push(Diagnostic::error(
                            codes::ATTRIBUTE_ARGUMENT,
                            format!("Error parsing attribute \"{display}\": You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[{}]`?", args.iter().filter(|x| x.name.is_none()).map(|x| expr_to_string(&x.value)).collect::<Vec<_>>().join(", ")),
                            attr.span,
                        ));
                    }
                }
            }
        }
        Some(Args {
            attr,
            display,
            remaining,
        })
    }

    /// An attribute validation error: `Error parsing attribute "@x": msg`, on the attribute.
    pub fn error(&self, code: &'static str, msg: &str) -> Diagnostic {
        Diagnostic::error(
            code,
            format!("Error parsing attribute \"{}\": {msg}", self.display),
            self.attr.span,
        )
    }

    /// The named argument `name`, if given.
    pub fn optional(&mut self, name: &str) -> Option<&'a Expression> {
        let args = &self.attr.arguments.arguments;
        let i = (0..args.len()).find(|&i| {
            self.remaining[i] && args[i].name.as_ref().is_some_and(|n| n.name == name)
        })?;
        self.remaining[i] = false;
        Some(&args[i].value)
    }

    /// The argument named `name`, or else the first unnamed one.
    pub fn default_arg(&mut self, name: &str) -> Result<&'a Expression, Diagnostic> {
        let args = &self.attr.arguments.arguments;
        let named = (0..args.len())
            .find(|&i| self.remaining[i] && args[i].name.as_ref().is_some_and(|n| n.name == name));
        let unnamed = (0..args.len()).find(|&i| self.remaining[i] && args[i].name.is_none());
        match (named, unnamed) {
            (Some(i), None) | (None, Some(i)) => {
                self.remaining[i] = false;
                Ok(&args[i].value)
            }
            (Some(i), Some(j)) => {
                self.remaining[i] = false;
                self.remaining[j] = false;
                Err(Diagnostic::error(
                    codes::ATTRIBUTE_ARGUMENT,
                    format!("Argument \"{name}\" is already specified as unnamed argument."),
                    args[i].span,
                ))
            }
            (None, None) => Err(Diagnostic::error(
                codes::ATTRIBUTE_ARGUMENT,
                format!("Argument \"{name}\" is missing."),
                self.attr.span,
            )),
        }
    }

    /// Reports arguments nobody read.
    pub fn finish(self, diags: &mut Vec<Diagnostic>) {
        for (i, a) in self.attr.arguments.arguments.iter().enumerate() {
            if self.remaining[i] {
                diags.push(Diagnostic::error(
                    codes::ATTRIBUTE_ARGUMENT,
                    "No such argument.",
                    a.span,
                ));
            }
        }
    }
}

/// Prisma's `Display` for expressions, used inside messages.
pub(crate) fn expr_to_string(e: &Expression) -> String {
    match e {
        Expression::Numeric(s, _) | Expression::Constant(s, _) => s.clone(),
        Expression::String(s, _) => crate::render_string_literal(s),
        Expression::Function(name, args, _) => format!(
            "{name}({})",
            args.arguments
                .iter()
                .map(|a| expr_to_string(&a.value))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Expression::Array(items, _) => {
            format!(
                "[{}]",
                items
                    .iter()
                    .map(expr_to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            )
        }
    }
}

/// Coerces to a string literal, else reports Prisma's type-mismatch error.
pub(crate) fn coerce_string<'e>(e: &'e Expression, diags: &mut Vec<Diagnostic>) -> Option<&'e str> {
    match e {
        Expression::String(s, _) => Some(s),
        other => {
            diags.push(type_mismatch("String", other));
            None
        }
    }
}

/// Coerces to a constant (bare identifier).
pub(crate) fn coerce_constant<'e>(
    e: &'e Expression,
    diags: &mut Vec<Diagnostic>,
) -> Option<&'e str> {
    match e {
        Expression::Constant(s, _) => Some(s),
        other => {
            diags.push(type_mismatch("constant", other));
            None
        }
    }
}

/// Coerces to an integer.
pub(crate) fn coerce_integer(e: &Expression, diags: &mut Vec<Diagnostic>) -> Option<i64> {
    match e {
        Expression::Numeric(s, span) => match s.parse::<i64>() {
            Ok(v) => Some(v),
            Err(_) => {
                diags.push(Diagnostic::error(
                    codes::ATTRIBUTE_ARGUMENT,
                    format!("\"{s}\" is not a valid value for numeric."),
                    *span,
                ));
                None
            }
        },
        other => {
            diags.push(type_mismatch("numeric", other));
            None
        }
    }
}

/// Coerces to a boolean constant.
pub(crate) fn coerce_bool(e: &Expression, diags: &mut Vec<Diagnostic>) -> Option<bool> {
    match e {
        Expression::Constant(s, _) if s == "true" => Some(true),
        Expression::Constant(s, _) if s == "false" => Some(false),
        other => {
            diags.push(type_mismatch("boolean", other));
            None
        }
    }
}

/// Coerces to an array (a single value counts as a one-element array, like Prisma).
pub(crate) fn coerce_array(e: &Expression) -> Vec<&Expression> {
    match e {
        Expression::Array(items, _) => items.iter().collect(),
        other => vec![other],
    }
}

pub(crate) fn type_mismatch(expected: &str, e: &Expression) -> Diagnostic {
    Diagnostic::error(
        codes::ATTRIBUTE_ARGUMENT,
        format!(
            "Expected a {expected} value, but received {} value `{}`.",
            e.describe(),
            expr_to_string(e)
        ),
        e.span(),
    )
}
