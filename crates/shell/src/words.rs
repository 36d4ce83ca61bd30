//! Splitting a command line into words the way a POSIX shell does for the cases learners
//! type: blanks separate words, `'…'` and `"…"` keep blanks (and each other's quote), and a
//! backslash escapes the next character outside single quotes. No expansion of any kind.

/// Why a line could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// A quote was opened and never closed (bash would wait for more input).
    UnclosedQuote(char),
}

impl std::fmt::Display for SplitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SplitError::UnclosedQuote(q) => {
                write!(f, "unexpected end of line while looking for matching `{q}'")
            }
        }
    }
}

/// The words of `line`.
pub fn split(line: &str) -> Result<Vec<String>, SplitError> {
    let mut words = Vec::new();
    let mut current = String::new();
    // A word exists once anything (even an empty pair of quotes) was seen.
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => current.push(c),
                        None => return Err(SplitError::UnclosedQuote('\'')),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        // Inside double quotes a backslash only escapes `"`, `\`, `$` and `` ` ``.
                        Some('\\') => match chars.next() {
                            Some(n @ ('"' | '\\' | '$' | '`')) => current.push(n),
                            Some(n) => {
                                current.push('\\');
                                current.push(n);
                            }
                            None => return Err(SplitError::UnclosedQuote('"')),
                        },
                        Some(c) => current.push(c),
                        None => return Err(SplitError::UnclosedQuote('"')),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    current.push(n);
                }
            }
            c => {
                in_word = true;
                current.push(c);
            }
        }
    }
    if in_word {
        words.push(current);
    }
    Ok(words)
}

/// The longest word `candidates` share with `prefix`, for tab completion: the common prefix
/// of every candidate that starts with `prefix`.
pub fn common_completion<'a>(
    prefix: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut matching = candidates.into_iter().filter(|c| c.starts_with(prefix));
    let first = matching.next()?.to_owned();
    let common = matching.fold(first, |acc, next| {
        acc.chars()
            .zip(next.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect()
    });
    Some(common)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        split(line).unwrap()
    }

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            words("npx prisma migrate dev --name init"),
            ["npx", "prisma", "migrate", "dev", "--name", "init"]
        );
        assert_eq!(words("  a   b  "), ["a", "b"]);
        assert_eq!(words(r#"--name "add user""#), ["--name", "add user"]);
        assert_eq!(words("--name 'it''s'"), ["--name", "its"]);
        assert_eq!(words(r#"a\ b "x\"y" 'a\b'"#), ["a b", "x\"y", "a\\b"]);
        assert_eq!(words(r#"--name """#), ["--name", ""]);
        assert_eq!(words(""), Vec::<String>::new());
    }

    #[test]
    fn unclosed_quotes_are_errors() {
        assert_eq!(split("--name 'abc"), Err(SplitError::UnclosedQuote('\'')));
        assert_eq!(split("\"abc"), Err(SplitError::UnclosedQuote('"')));
    }

    #[test]
    fn completion_takes_the_common_prefix() {
        let c = ["migrate", "format", "generate"];
        assert_eq!(common_completion("mi", c).as_deref(), Some("migrate"));
        assert_eq!(common_completion("x", c), None);
        assert_eq!(
            common_completion("", ["dev", "deploy"]).as_deref(),
            Some("de")
        );
    }
}
