//! The playground's keyboard shortcuts, as one table: the page's global key handler
//! ([`command_for`]) and the "Keyboard shortcuts" dialog (`components/shortcuts.rs`) both read
//! [`SHORTCUTS`], so what the dialog lists is what the keys do. Rows without a command are
//! handled where they live (the CodeMirror editor, the terminal's input, the query console)
//! and are listed so they can be found. Pure: tested natively.

/// Where a shortcut works; the dialog groups the rows by it, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Page,
    Editor,
    Terminal,
    Console,
}

impl Area {
    pub const ALL: [Area; 4] = [Area::Page, Area::Editor, Area::Terminal, Area::Console];

    /// The i18n key of the group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Area::Page => "shortcuts.area.page",
            Area::Editor => "shortcuts.area.editor",
            Area::Terminal => "shortcuts.area.terminal",
            Area::Console => "shortcuts.area.console",
        }
    }
}

/// What a global shortcut does (the page carries it out, see `components/shortcuts.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    ShowHelp,
    /// Presses the terminal's `migrate dev` button.
    MigrateDev,
    /// Moves the focus to a pane's main control.
    Focus(Pane),
}

/// The panes Alt+digit reaches, in the order of the digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Lessons,
    Schema,
    Terminal,
    Migrations,
    Database,
    Console,
}

impl Pane {
    /// CSS selectors of the control to focus, best first (a pane's content changes: the
    /// lessons pane shows a list or a lesson, the editor may have fallen back to a textarea).
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            Pane::Lessons => &[
                "#lesson-select",
                "#lesson-all",
                ".lessons-pane button:not(:disabled)",
            ],
            Pane::Schema => &["#schema-editor:not([hidden]) .cm-content", "#schema"],
            Pane::Terminal => &["#terminal-input:not(:disabled)", "#term-name", "#term-yes"],
            Pane::Migrations => &[".migrations-pane button", ".migrations-pane"],
            Pane::Database => &["#sql-input", ".database-pane button"],
            Pane::Console => &["#client-code"],
        }
    }
}

/// A key as `KeyboardEvent` names it: by the character it types (`key`) or by its place on
/// the keyboard (`code`), which Alt+digit needs (on a Mac, Option+1 types "¡").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(&'static str),
    Code(&'static str),
}

/// A key with its modifiers. `ctrl` means Ctrl, or ⌘ on a Mac. `shift: None` accepts either
/// (a `?` needs Shift on some layouts and not on others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: Option<bool>,
}

const fn plain(key: Key) -> Chord {
    Chord {
        key,
        ctrl: false,
        alt: false,
        shift: Some(false),
    }
}

const fn alt(key: Key) -> Chord {
    Chord {
        alt: true,
        ..plain(key)
    }
}

const fn ctrl(key: Key) -> Chord {
    Chord {
        ctrl: true,
        ..plain(key)
    }
}

const fn ctrl_shift(key: Key) -> Chord {
    Chord {
        shift: Some(true),
        ..ctrl(key)
    }
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    pub area: Area,
    /// The key, or keys that do the same (↑ and ↓).
    pub chords: &'static [Chord],
    /// The i18n key of what it does.
    pub text: &'static str,
    /// What the page does; `None` for keys a pane handles itself.
    pub command: Option<Command>,
    /// Whether it also works while typing in a text field (`?` must stay a character there).
    pub in_text_fields: bool,
}

const fn page(chord: &'static [Chord], text: &'static str, command: Command) -> Shortcut {
    Shortcut {
        area: Area::Page,
        chords: chord,
        text,
        command: Some(command),
        in_text_fields: true,
    }
}

const fn listed(area: Area, chords: &'static [Chord], text: &'static str) -> Shortcut {
    Shortcut {
        area,
        chords,
        text,
        command: None,
        in_text_fields: true,
    }
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        in_text_fields: false,
        ..page(
            &[Chord {
                shift: None,
                ..plain(Key::Char("?"))
            }],
            "shortcuts.help",
            Command::ShowHelp,
        )
    },
    page(
        &[ctrl_shift(Key::Char("Enter"))],
        "shortcuts.migrate_dev",
        Command::MigrateDev,
    ),
    page(
        &[alt(Key::Code("Digit1"))],
        "shortcuts.focus.lessons",
        Command::Focus(Pane::Lessons),
    ),
    page(
        &[alt(Key::Code("Digit2"))],
        "shortcuts.focus.schema",
        Command::Focus(Pane::Schema),
    ),
    page(
        &[alt(Key::Code("Digit3"))],
        "shortcuts.focus.terminal",
        Command::Focus(Pane::Terminal),
    ),
    page(
        &[alt(Key::Code("Digit4"))],
        "shortcuts.focus.migrations",
        Command::Focus(Pane::Migrations),
    ),
    page(
        &[alt(Key::Code("Digit5"))],
        "shortcuts.focus.database",
        Command::Focus(Pane::Database),
    ),
    page(
        &[alt(Key::Code("Digit6"))],
        "shortcuts.focus.console",
        Command::Focus(Pane::Console),
    ),
    listed(
        Area::Page,
        &[plain(Key::Char("Escape"))],
        "shortcuts.close_dialog",
    ),
    listed(
        Area::Page,
        &[
            plain(Key::Char("ArrowLeft")),
            plain(Key::Char("ArrowRight")),
        ],
        "shortcuts.resize",
    ),
    // www/editor/editor.js's keymap (CodeMirror's defaults plus Format).
    listed(
        Area::Editor,
        &[Chord {
            shift: Some(true),
            ..alt(Key::Char("F"))
        }],
        "shortcuts.editor.format",
    ),
    listed(
        Area::Editor,
        &[ctrl(Key::Char("F"))],
        "shortcuts.editor.search",
    ),
    listed(
        Area::Editor,
        &[ctrl(Key::Char("Z"))],
        "shortcuts.editor.undo",
    ),
    listed(
        Area::Editor,
        &[ctrl_shift(Key::Char("Z")), ctrl(Key::Char("Y"))],
        "shortcuts.editor.redo",
    ),
    listed(
        Area::Editor,
        &[ctrl(Key::Char(" "))],
        "shortcuts.editor.complete",
    ),
    listed(
        Area::Editor,
        &[plain(Key::Char("Escape")), plain(Key::Char("Tab"))],
        "shortcuts.editor.leave",
    ),
    // components/terminal.rs's input.
    listed(
        Area::Terminal,
        &[plain(Key::Char("Enter"))],
        "shortcuts.terminal.run",
    ),
    listed(
        Area::Terminal,
        &[plain(Key::Char("ArrowUp")), plain(Key::Char("ArrowDown"))],
        "shortcuts.terminal.history",
    ),
    listed(
        Area::Terminal,
        &[plain(Key::Char("Tab"))],
        "shortcuts.terminal.complete",
    ),
    // components/query_console.rs's script box.
    listed(
        Area::Console,
        &[ctrl(Key::Char("Enter"))],
        "shortcuts.console.run",
    ),
];

/// A key press as the handler sees it (the fields of a `KeyboardEvent`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Press {
    pub key: String,
    pub code: String,
    pub ctrl: bool,
    pub meta: bool,
    pub alt: bool,
    pub shift: bool,
}

impl Chord {
    pub fn matches(&self, press: &Press) -> bool {
        let key = match self.key {
            Key::Char(k) => press.key.eq_ignore_ascii_case(k),
            Key::Code(c) => press.code == c,
        };
        key && self.ctrl == (press.ctrl || press.meta)
            && self.alt == press.alt
            && self.shift.is_none_or(|shift| shift == press.shift)
    }

    /// The keys to show, one per key cap: `["Ctrl", "Shift", "Enter"]`, or with the Mac's
    /// names (`⌘`, `⌥`, `⇧`).
    pub fn caps(&self, mac: bool) -> Vec<&'static str> {
        let mut caps = Vec::new();
        if self.ctrl {
            caps.push(if mac { "⌘" } else { "Ctrl" });
        }
        if self.alt {
            caps.push(if mac { "⌥" } else { "Alt" });
        }
        if self.shift == Some(true) {
            caps.push(if mac { "⇧" } else { "Shift" });
        }
        caps.push(match self.key {
            Key::Char("ArrowUp") => "↑",
            Key::Char("ArrowDown") => "↓",
            Key::Char("ArrowLeft") => "←",
            Key::Char("ArrowRight") => "→",
            Key::Char("Escape") => "Esc",
            Key::Char(" ") => "Space",
            Key::Char(k) => k,
            Key::Code(c) => c.strip_prefix("Digit").unwrap_or(c),
        });
        caps
    }
}

/// The command for a key press, if the page handles it. `in_text_field`: the focus is in an
/// input, a textarea, a select or the editor, where plain keys type.
pub fn command_for(press: &Press, in_text_field: bool) -> Option<Command> {
    SHORTCUTS
        .iter()
        .filter(|s| !in_text_field || s.in_text_fields)
        .find(|s| s.chords.iter().any(|c| c.matches(press)))
        .and_then(|s| s.command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, code: &str, mods: &str) -> Press {
        Press {
            key: key.into(),
            code: code.into(),
            ctrl: mods.contains("ctrl"),
            meta: mods.contains("meta"),
            alt: mods.contains("alt"),
            shift: mods.contains("shift"),
        }
    }

    #[test]
    fn key_presses_map_to_commands() {
        // (key, code, modifiers, in a text field, expected command)
        let cases: &[(&str, &str, &str, bool, Option<Command>)] = &[
            ("?", "Slash", "shift", false, Some(Command::ShowHelp)),
            ("?", "Minus", "", false, Some(Command::ShowHelp)),
            ("?", "Slash", "shift", true, None),
            ("?", "Slash", "ctrl shift", false, None),
            ("/", "Slash", "", false, None),
            (
                "Enter",
                "Enter",
                "ctrl shift",
                true,
                Some(Command::MigrateDev),
            ),
            (
                "Enter",
                "Enter",
                "meta shift",
                false,
                Some(Command::MigrateDev),
            ),
            ("Enter", "Enter", "ctrl", true, None),
            ("Enter", "Enter", "", false, None),
            (
                "1",
                "Digit1",
                "alt",
                true,
                Some(Command::Focus(Pane::Lessons)),
            ),
            (
                "¡",
                "Digit1",
                "alt",
                false,
                Some(Command::Focus(Pane::Lessons)),
            ),
            (
                "3",
                "Digit3",
                "alt",
                true,
                Some(Command::Focus(Pane::Terminal)),
            ),
            (
                "6",
                "Digit6",
                "alt",
                false,
                Some(Command::Focus(Pane::Console)),
            ),
            ("7", "Digit7", "alt", false, None),
            ("1", "Digit1", "", false, None),
            ("1", "Digit1", "ctrl alt", false, None),
            // Listed but handled by their panes: the page leaves them alone.
            ("Escape", "Escape", "", false, None),
            ("z", "KeyZ", "ctrl", true, None),
            ("ArrowUp", "ArrowUp", "", true, None),
        ];
        for (key, code, mods, in_text, expected) in cases {
            assert_eq!(
                command_for(&press(key, code, mods), *in_text),
                *expected,
                "{mods} {key} ({code}), in a text field: {in_text}"
            );
        }
    }

    #[test]
    fn every_row_has_keys_a_text_and_a_known_area() {
        for s in SHORTCUTS {
            assert!(!s.chords.is_empty(), "{}", s.text);
            assert!(s.text.starts_with("shortcuts."), "{}", s.text);
            assert!(Area::ALL.contains(&s.area));
            // Only page rows are handled by the page.
            assert!(s.command.is_none() || s.area == Area::Page, "{}", s.text);
        }
    }

    #[test]
    fn no_two_page_commands_share_a_chord() {
        let handled: Vec<&Chord> = SHORTCUTS
            .iter()
            .filter(|s| s.command.is_some())
            .flat_map(|s| s.chords)
            .collect();
        for (i, a) in handled.iter().enumerate() {
            for b in &handled[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn every_pane_the_digits_reach_has_a_target() {
        let panes: Vec<Pane> = SHORTCUTS
            .iter()
            .filter_map(|s| match s.command {
                Some(Command::Focus(p)) => Some(p),
                _ => None,
            })
            .collect();
        assert_eq!(panes.len(), 6);
        for p in panes {
            assert!(!p.targets().is_empty(), "{p:?}");
        }
    }

    #[test]
    fn key_caps_read_as_on_the_keyboard() {
        let cases: &[(Chord, bool, &[&str])] = &[
            (
                ctrl_shift(Key::Char("Enter")),
                false,
                &["Ctrl", "Shift", "Enter"],
            ),
            (ctrl_shift(Key::Char("Enter")), true, &["⌘", "⇧", "Enter"]),
            (alt(Key::Code("Digit4")), false, &["Alt", "4"]),
            (alt(Key::Code("Digit4")), true, &["⌥", "4"]),
            (plain(Key::Char("ArrowUp")), false, &["↑"]),
            (plain(Key::Char("Escape")), false, &["Esc"]),
            (ctrl(Key::Char(" ")), false, &["Ctrl", "Space"]),
        ];
        for (chord, mac, caps) in cases {
            assert_eq!(chord.caps(*mac), *caps);
        }
    }
}
