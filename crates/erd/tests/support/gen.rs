//! A deterministic schema of `n` models with 1:n, 1:1, m:n and self relations and enums,
//! shared by the tests and `examples/erd_bench.rs`.

/// The schema text.
pub fn generated_schema(n: usize) -> String {
    let mut fields: Vec<Vec<String>> = (0..n)
        .map(|i| {
            vec![
                "id Int @id @default(autoincrement())".to_owned(),
                format!("name{i} String"),
                "createdAt DateTime @default(now())".to_owned(),
            ]
        })
        .collect();
    for i in 1..n {
        // 1:n to an earlier model.
        let parent = (i * 7 + 3) % i;
        fields[i].push("parentId Int".to_owned());
        fields[i].push(format!(
            "parent M{parent} @relation(\"P{i}\", fields: [parentId], references: [id])"
        ));
        fields[parent].push(format!("children{i} M{i}[] @relation(\"P{i}\")"));
        // 1:1 with the previous model, every 7th.
        if i % 7 == 0 {
            let other = i - 1;
            fields[i].push("twinId Int? @unique".to_owned());
            fields[i].push(format!(
                "twin M{other}? @relation(\"T{i}\", fields: [twinId], references: [id])"
            ));
            fields[other].push(format!("twinOf{i} M{i}? @relation(\"T{i}\")"));
        }
        // Implicit m:n, every 5th.
        if i % 5 == 0 && i >= 3 {
            let other = i / 3;
            fields[i].push(format!("tags{other} M{other}[] @relation(\"N{i}\")"));
            fields[other].push(format!("tagged{i} M{i}[] @relation(\"N{i}\")"));
        }
        // A self-relation, every 13th.
        if i % 13 == 0 {
            fields[i].push("bossId Int?".to_owned());
            fields[i].push(format!(
                "boss M{i}? @relation(\"S{i}\", fields: [bossId], references: [id])"
            ));
            fields[i].push(format!("reports M{i}[] @relation(\"S{i}\")"));
        }
        if i % 10 == 0 {
            fields[i].push(format!("kind Kind{}", i / 10 % 3));
        }
    }
    let mut out = String::from(
        "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\n",
    );
    for k in 0..3 {
        out.push_str(&format!("enum Kind{k} {{\n  A\n  B\n  C\n}}\n\n"));
    }
    for (i, fs) in fields.iter().enumerate() {
        out.push_str(&format!("model M{i} {{\n"));
        for f in fs {
            out.push_str("  ");
            out.push_str(f);
            out.push('\n');
        }
        out.push_str("}\n\n");
    }
    out
}
