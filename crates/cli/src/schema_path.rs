//! Finding and reading the schema file the way Prisma does:
//! `--schema`, else `prisma/schema.prisma`, else `schema.prisma`.

use std::path::{Path, PathBuf};

/// The schema path to use, or Prisma's error text when none exists.
pub fn resolve(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return if p.is_file() {
            Ok(p.to_path_buf())
        } else {
            Err(format!(
                "Could not load `--schema` from provided path `{}`: file or directory not found",
                p.display()
            ))
        };
    }
    for candidate in ["prisma/schema.prisma", "schema.prisma"] {
        let p = PathBuf::from(candidate);
        if p.is_file() {
            return Ok(p);
        }
    }
    Err("Could not find Prisma Schema that is required for this command.\nYou can either provide it with `--schema` argument, set it in your Prisma Config file (e.g., `prisma.config.ts`), set it as `prisma.schema` in your package.json, or put it into the default location (`./prisma/schema.prisma`, or `./schema.prisma`.\nChecked following paths:\n\nschema.prisma: file not found\nprisma/schema.prisma: file not found\n\nSee also https://pris.ly/d/prisma-schema-location".to_owned())
}

/// Reads the schema, reporting problems as Prisma-style `Error:` text.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("Error: could not read {}: {e}", path.display()))
}

/// The path as Prisma prints it (as given, with `/`).
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
