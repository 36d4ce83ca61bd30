//! Running commands with a visible trace, and timing the steps of a long task.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The cargo that runs xtask (rustup's, usually), started in the workspace root.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Runs `cmd`, inheriting the terminal, and fails with the command line when it fails.
pub fn exec(cmd: &mut Command) -> Result {
    let line = describe(cmd);
    println!("  $ {line}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Runs `cmd` quietly and returns its stdout, or `None` if it cannot run or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whether a program can be found on `PATH` (or is an existing path).
pub fn which(program: &str) -> Option<PathBuf> {
    let candidate = Path::new(program);
    if candidate.is_absolute() {
        return candidate.is_file().then(|| candidate.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

fn describe(cmd: &Command) -> String {
    let mut line = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// Prints a step's heading and, when dropped, how long it took.
pub struct Step {
    name: String,
    start: Instant,
}

impl Step {
    pub fn new(name: &str) -> Step {
        println!("\n==> {name}");
        Step {
            name: name.to_owned(),
            start: Instant::now(),
        }
    }
}

impl Drop for Step {
    fn drop(&mut self) {
        println!(
            "<== {} ({:.1} s)",
            self.name,
            self.start.elapsed().as_secs_f64()
        );
    }
}

/// Whether we run as root, so missing system packages may be installed with apt-get.
pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

/// Installs Debian packages when running as root; otherwise explains what to install.
pub fn apt_install(packages: &[&str], why: &str) -> Result {
    if !is_root() || which("apt-get").is_none() {
        return Err(format!(
            "{why}: please install the Debian packages {} (e.g. `sudo apt-get install -y {}`)",
            packages.join(", "),
            packages.join(" ")
        ));
    }
    println!("  {why}: installing {} with apt-get", packages.join(", "));
    let quiet = |c: &mut Command| {
        c.env("DEBIAN_FRONTEND", "noninteractive");
    };
    let mut update = Command::new("apt-get");
    update.args(["update", "-q"]);
    quiet(&mut update);
    exec(&mut update)?;
    let mut install = Command::new("apt-get");
    install.args(["install", "-y", "-q"]).args(packages);
    quiet(&mut install);
    exec(&mut install)
}
