//! The whole `index.d.ts`: model types, enums, the `PrismaClient` class, and the `Prisma`
//! namespace with the helper types Prisma's runtime provides (declared here so the file
//! stands alone), the enums of the query schema, field references, the per-model API and
//! the input types.

use crate::PRISMA_VERSION;
use crate::fields::{lower_first, scalars};
use seedbed_psl::{ModelId, ValidatedSchema};

/// `/**` + lines + ` */` at the given indent.
fn doc(indent: &str, lines: &[&str]) -> String {
    let mut s = format!("{indent}/**\n");
    for l in lines {
        if l.is_empty() {
            s.push_str(&format!("{indent} *\n"));
        } else {
            s.push_str(&format!("{indent} * {l}\n"));
        }
    }
    s.push_str(&format!("{indent} */\n"));
    s
}

/// A `const` object of string literals plus the union of its values, Prisma's enum shape.
fn const_enum(indent: &str, name: &str, entries: &[(String, String)]) -> String {
    let body: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("{indent}  {k}: {v}"))
        .collect();
    format!(
        "{indent}export const {name}: {{\n{}\n{indent}}};\n\n{indent}export type {name} = (typeof {name})[keyof typeof {name}]\n\n",
        body.join(",\n")
    )
}

fn literal_entries<'a>(names: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    names.map(|n| (n.to_owned(), format!("'{n}'"))).collect()
}

/// True when `name` occurs in `text` as a whole identifier.
fn mentions(text: &str, name: &str) -> bool {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The `XFieldRefInput` types the input types use, in order of first use.
fn field_refs(inputs: &str) -> Vec<String> {
    const SUFFIX: &str = "FieldRefInput<";
    let mut out: Vec<String> = Vec::new();
    for (i, _) in inputs.match_indices(SUFFIX) {
        let head = &inputs[..i];
        let start = head
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |p| p + 1);
        let kind = &head[start..];
        if !kind.is_empty() && !out.iter().any(|k| k == kind) {
            out.push(kind.to_owned());
        }
    }
    out
}

pub fn document(
    schema: &ValidatedSchema,
    models: &[ModelId],
    model_api: &[String],
    inputs: &str,
) -> String {
    let mut out = doc(
        "",
        &[
            &format!(
                "Prisma Client (v{PRISMA_VERSION}): the TypeScript declarations of this schema, by Seedbed."
            ),
            "Type names and input shapes are Prisma's; results are the model types (Prisma",
            "computes them from `select`/`include`), and the runtime helpers are declared below.",
        ],
    );
    out.push_str("\nexport type PrismaPromise<T> = Prisma.PrismaPromise<T>\n\n");
    for &m in models {
        out.push_str(&model_type(schema, m));
    }
    out.push_str(&enums(schema));
    out.push_str(&client_class(schema, models));
    out.push_str("export namespace Prisma {\n");
    out.push_str(RUNTIME);
    out.push_str(&client_options(schema, models));
    for section in model_api {
        out.push_str(section);
    }
    out.push_str(&query_enums(schema, models, inputs));
    out.push_str(&doc("  ", &["Field references"]));
    out.push('\n');
    for kind in field_refs(inputs) {
        let type_name = kind.strip_prefix("Enum").unwrap_or(&kind);
        out.push_str(&format!(
            "  export type {kind}FieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, '{type_name}'>\n\n"
        ));
    }
    out.push_str(&doc("  ", &["Deep Input Types"]));
    out.push('\n');
    out.push_str(inputs);
    out.push_str("  export type BatchPayload = {\n    count: number\n  }\n}\n");
    out
}

/// `export type User = { id: number … }`: the scalar fields, as a query returns them.
fn model_type(schema: &ValidatedSchema, m: ModelId) -> String {
    let Some(model) = schema.walk_model(m) else {
        return String::new();
    };
    let title = format!("Model {}", model.name);
    let mut lines = vec![title.as_str()];
    if let Some(d) = &model.documentation {
        lines.extend(d.lines());
    }
    let mut out = doc("", &lines);
    out.push_str(&format!("export type {} = {{\n", model.name));
    for s in scalars(model) {
        let null = if s.nullable() { " | null" } else { "" };
        out.push_str(&format!(
            "  {}: {}{null}\n",
            s.name(),
            s.kind.output(schema, true)
        ));
    }
    out.push_str("}\n\n");
    out
}

/// `$Enums` and the top-level aliases, as Prisma writes them.
fn enums(schema: &ValidatedSchema) -> String {
    if schema.enums.is_empty() {
        return String::new();
    }
    let mut out = doc("", &["Enums"]);
    out.push_str("export namespace $Enums {\n");
    for e in &schema.enums {
        let entries = literal_entries(e.values.iter().map(|v| v.name.as_str()));
        out.push_str(&const_enum("  ", &e.name, &entries));
    }
    out.push_str("}\n\n");
    for e in &schema.enums {
        out.push_str(&format!(
            "export type {0} = $Enums.{0}\n\nexport const {0}: typeof $Enums.{0}\n\n",
            e.name
        ));
    }
    out
}

fn client_class(schema: &ValidatedSchema, models: &[ModelId]) -> String {
    let mut out = doc(
        "",
        &[
            "##  Prisma Client",
            "",
            "const prisma = new PrismaClient()",
            "const users = await prisma.user.findMany()",
        ],
    );
    out.push_str("export class PrismaClient {\n");
    out.push_str("  constructor(options?: Prisma.PrismaClientOptions)\n");
    out.push_str("  $connect(): Promise<void>\n");
    out.push_str("  $disconnect(): Promise<void>\n");
    out.push_str("  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): Promise<{ [K in keyof P]: Awaited<P[K]> }>\n");
    out.push_str("  $transaction<R>(fn: (prisma: Prisma.TransactionClient) => Promise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): Promise<R>\n");
    for &m in models {
        let Some(model) = schema.walk_model(m) else {
            continue;
        };
        out.push_str(&format!(
            "\n  /**\n   * `prisma.{0}`: Exposes CRUD operations for the **{1}** model.\n   */\n  get {0}(): Prisma.{1}Delegate\n",
            lower_first(&model.name),
            model.name
        ));
    }
    out.push_str("}\n\n");
    out
}

/// `ModelName`, `Datasources`, `PrismaClientOptions`, `TransactionClient`.
fn client_options(schema: &ValidatedSchema, models: &[ModelId]) -> String {
    let names: Vec<&str> = models
        .iter()
        .filter_map(|m| schema.walk_model(*m))
        .map(|m| m.data().name.as_str())
        .collect();
    let mut out = const_enum("  ", "ModelName", &literal_entries(names.into_iter()));
    let ds = schema.datasource.as_ref().map_or("db", |d| d.name.as_str());
    out.push_str(&format!(
        "  export type Datasources = {{\n    {ds}?: Datasource\n  }}\n\n"
    ));
    out.push_str(CLIENT_OPTIONS);
    out
}

/// The enums of the query schema, each only when an input uses it (as Prisma does).
fn query_enums(schema: &ValidatedSchema, models: &[ModelId], inputs: &str) -> String {
    let mut out = doc("  ", &["Enums"]);
    out.push('\n');
    out.push_str(&const_enum(
        "  ",
        "TransactionIsolationLevel",
        &literal_entries(["Serializable"].into_iter()),
    ));
    for &m in models {
        let Some(model) = schema.walk_model(m) else {
            continue;
        };
        let fields = scalars(model);
        let entries = literal_entries(fields.iter().map(|s| s.name()));
        out.push_str(&const_enum(
            "  ",
            &format!("{}ScalarFieldEnum", model.name),
            &entries,
        ));
    }
    out.push_str(&const_enum(
        "  ",
        "SortOrder",
        &literal_entries(["asc", "desc"].into_iter()),
    ));
    let markers = |names: &[&str]| -> Vec<(String, String)> {
        names
            .iter()
            .map(|n| ((*n).to_owned(), format!("typeof {n}")))
            .collect()
    };
    if mentions(inputs, "JsonNullValueInput") {
        out.push_str(&const_enum(
            "  ",
            "JsonNullValueInput",
            &markers(&["JsonNull"]),
        ));
    }
    if mentions(inputs, "NullableJsonNullValueInput") {
        out.push_str(&const_enum(
            "  ",
            "NullableJsonNullValueInput",
            &markers(&["DbNull", "JsonNull"]),
        ));
    }
    if mentions(inputs, "JsonNullValueFilter") {
        out.push_str(&const_enum(
            "  ",
            "JsonNullValueFilter",
            &markers(&["DbNull", "JsonNull", "AnyNull"]),
        ));
    }
    if mentions(inputs, "QueryMode") {
        out.push_str(&const_enum(
            "  ",
            "QueryMode",
            &literal_entries(["default", "insensitive"].into_iter()),
        ));
    }
    out.push_str(&const_enum(
        "  ",
        "NullsOrder",
        &literal_entries(["first", "last"].into_iter()),
    ));
    out
}

/// What `@prisma/client/runtime` provides to the generated file, declared in place.
const RUNTIME: &str = r#"
  export interface PrismaPromise<T> extends Promise<T> {
    readonly [Symbol.toStringTag]: 'PrismaPromise'
  }

  export const prismaVersion: {
    client: string
    engine: string
  }

  /** decimal.js' `Decimal`, which Prisma Client re-exports for Decimal fields. */
  export class Decimal {
    constructor(value: string | number | Decimal)
    toFixed(decimalPlaces?: number): string
    toNumber(): number
    toString(): string
    toJSON(): string
  }

  export type DecimalJsLike = {
    d: number[]
    e: number
    s: number
    toFixed(): string
  }

  export type Bytes = Uint8Array

  export type JsonObject = { [Key in string]?: JsonValue }
  export interface JsonArray extends Array<JsonValue> {}
  export type JsonValue = string | number | boolean | JsonObject | JsonArray | null

  export type InputJsonObject = { readonly [Key in string]?: InputJsonValue | null }
  export interface InputJsonArray extends ReadonlyArray<InputJsonValue | null> {}
  export type InputJsonValue = string | number | boolean | InputJsonObject | InputJsonArray | { toJSON(): unknown }

  /** Markers for the database NULL and the JSON `null` in Json fields. */
  export const DbNull: { readonly _prismaNull: 'DbNull' }
  export const JsonNull: { readonly _prismaNull: 'JsonNull' }
  export const AnyNull: { readonly _prismaNull: 'AnyNull' }

  /** A reference to another field of the same model, usable in filters (`prisma.user.fields.x`). */
  export interface FieldRef<Model, FieldType> {
    readonly modelName: Model
    readonly name: string
    readonly typeName: FieldType
    readonly isList: boolean
  }

  export type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>

  /** Either `T` or `U`, never a mix of their keys. */
  export type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never }
  export type XOR<T, U> = T extends object ? U extends object ? (Without<T, U> & U) | (Without<U, T> & T) : U : T

  /** `O` with at least one of the keys `K` given (a `WhereUniqueInput` needs one unique key). */
  export type AtLeast<O extends object, K extends string> = O & { [P in K & keyof O]-?: Required<Pick<O, P>> }[K & keyof O]

"#;

const CLIENT_OPTIONS: &str = r#"  export type Datasource = {
    url?: string
  }

  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'

  export type LogLevel = 'info' | 'query' | 'warn' | 'error'

  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export interface PrismaClientOptions {
    datasources?: Datasources
    datasourceUrl?: string
    errorFormat?: ErrorFormat
    log?: (LogLevel | LogDefinition)[]
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: TransactionIsolationLevel
    }
  }

  export type TransactionClient = Omit<PrismaClient, '$connect' | '$disconnect' | '$transaction'>

"#;
