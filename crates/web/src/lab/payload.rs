//! The simulated RSC payload: what a Server Component's render produces, as a tree of
//! elements (type, key, props) and text, built from a query's JSON result; its size as the
//! bytes it would take on the wire; and the keyed diff of two payloads, which predicts what
//! the client's reconciler (Yew here, React in Next.js) has to change in the DOM.

use serde_json::{Value as Json, json};

/// One node of a rendered payload.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element {
        tag: &'static str,
        /// Identifies a list item across renders (the row's id), as React's `key` does.
        key: Option<String>,
        /// Attributes; the names are the lab's own (`class`, `data-id`).
        props: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
    Text(String),
}

impl Node {
    pub fn element(tag: &'static str, class: &str, children: Vec<Node>) -> Node {
        Node::Element {
            tag,
            key: None,
            props: vec![("class", class.to_string())],
            children,
        }
    }

    pub fn text(text: impl Into<String>) -> Node {
        Node::Text(text.into())
    }

    /// The node as a React Server Component payload row: `["$", type, key, props]`, with the
    /// children inside the props as React puts them, and text as plain strings.
    pub fn to_rsc(&self) -> Json {
        match self {
            Node::Text(text) => Json::String(text.clone()),
            Node::Element {
                tag,
                key,
                props,
                children,
            } => {
                let mut map = serde_json::Map::new();
                for (name, value) in props {
                    let name = if *name == "class" { "className" } else { name };
                    map.insert(name.to_string(), Json::String(value.clone()));
                }
                if !children.is_empty() {
                    map.insert(
                        "children".into(),
                        Json::Array(children.iter().map(Node::to_rsc).collect()),
                    );
                }
                json!(["$", tag, key, map])
            }
        }
    }

    /// How many DOM nodes (elements and text) this node makes.
    pub fn node_count(&self) -> usize {
        match self {
            Node::Text(_) => 1,
            Node::Element { children, .. } => {
                1 + children.iter().map(Node::node_count).sum::<usize>()
            }
        }
    }
}

/// The bytes a route's payload takes: one line per Server Component, `id:json`, as the
/// RSC wire format writes its rows.
pub fn payload_bytes(components: &[(String, Node)]) -> usize {
    components
        .iter()
        .enumerate()
        .map(|(i, (_, node))| format!("{i}:{}\n", node.to_rsc()).len())
        .sum()
}

/// A value of a row as the page shows it.
pub fn show(value: Option<&Json>) -> String {
    match value {
        None | Some(Json::Null) => "—".into(),
        Some(Json::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// What a Server Component renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `findMany`: a keyed list, one item per row.
    List,
    /// `count`: a total.
    Count,
    /// `findFirst`: one card.
    Card,
}

/// The row's key: its id, or its position when the model has no single id.
fn row_key(row: &Json, id: Option<&str>, index: usize) -> String {
    id.and_then(|id| row.get(id))
        .map(|v| show(Some(v)))
        .unwrap_or_else(|| format!("#{index}"))
}

/// Renders a query result (the `result_json` of a client call) as a Server Component would.
/// `display` is the field shown as a title, `id` the key.
pub fn render(
    kind: Kind,
    result_json: &str,
    display: &str,
    id: Option<&str>,
) -> Result<Node, String> {
    let result: Json = serde_json::from_str(result_json)
        .map_err(|e| format!("the query's result is not JSON: {e}"))?;
    let item_label = |row: &Json, index: usize| {
        let key = row_key(row, id, index);
        (show(row.get(display)), key)
    };
    match kind {
        Kind::List => {
            let Json::Array(rows) = &result else {
                return Err("a list needs an array: use findMany".into());
            };
            if rows.is_empty() {
                return Ok(Node::element(
                    "p",
                    "lab-empty",
                    vec![Node::text("No rows yet.")],
                ));
            }
            let items = rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    let (title, key) = item_label(row, i);
                    Node::Element {
                        tag: "li",
                        key: Some(key.clone()),
                        props: vec![("class", "lab-item".into())],
                        children: vec![
                            Node::element("span", "lab-title", vec![Node::text(title)]),
                            Node::element("span", "lab-key", vec![Node::text(format!("#{key}"))]),
                        ],
                    }
                })
                .collect();
            Ok(Node::element("ul", "lab-list", items))
        }
        Kind::Count => {
            let total = match &result {
                Json::Number(n) => n.to_string(),
                Json::Object(map) => map
                    .get("_all")
                    .map(|v| show(Some(v)))
                    .unwrap_or_else(|| result.to_string()),
                other => show(Some(other)),
            };
            Ok(Node::element(
                "p",
                "lab-count",
                vec![
                    Node::text("Total: "),
                    Node::element("strong", "lab-total", vec![Node::text(total)]),
                ],
            ))
        }
        Kind::Card => {
            let row = match &result {
                Json::Array(rows) => rows.first().cloned().unwrap_or(Json::Null),
                other => other.clone(),
            };
            if row.is_null() {
                return Ok(Node::element(
                    "p",
                    "lab-empty",
                    vec![Node::text("Nothing yet.")],
                ));
            }
            let (title, key) = item_label(&row, 0);
            Ok(Node::element(
                "article",
                "lab-card",
                vec![
                    Node::element("p", "lab-card-title", vec![Node::text(title)]),
                    Node::element("small", "lab-key", vec![Node::text(format!("#{key}"))]),
                ],
            ))
        }
    }
}

/// What reconciling one payload with the next changes, counted the way the DOM sees it:
/// an inserted or removed element counts once (with its subtree), a changed text once, a
/// changed attribute once, and a keyed item that changed place once as a move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Diff {
    pub inserted: usize,
    pub removed: usize,
    pub text: usize,
    pub attributes: usize,
    pub moved: usize,
    /// Nodes kept as they were.
    pub unchanged: usize,
}

impl Diff {
    pub fn changes(&self) -> usize {
        self.inserted + self.removed + self.text + self.attributes + self.moved
    }

    fn add(&mut self, other: Diff) {
        self.inserted += other.inserted;
        self.removed += other.removed;
        self.text += other.text;
        self.attributes += other.attributes;
        self.moved += other.moved;
        self.unchanged += other.unchanged;
    }
}

/// The diff of two renders of the same place: keyed children are matched by key, others by
/// position; a different element type or key replaces the whole subtree.
pub fn diff(old: &Node, new: &Node) -> Diff {
    let mut d = Diff::default();
    match (old, new) {
        (Node::Text(a), Node::Text(b)) => {
            if a == b {
                d.unchanged += 1;
            } else {
                d.text += 1;
            }
        }
        (
            Node::Element {
                tag: t1,
                key: k1,
                props: p1,
                children: c1,
            },
            Node::Element {
                tag: t2,
                key: k2,
                props: p2,
                children: c2,
            },
        ) if t1 == t2 && k1 == k2 => {
            d.unchanged += 1;
            let changed_props = p2.iter().filter(|p| !p1.contains(p)).count()
                + p1.iter()
                    .filter(|(n, _)| !p2.iter().any(|(m, _)| m == n))
                    .count();
            d.attributes += changed_props;
            d.add(diff_children(c1, c2));
        }
        _ => {
            d.removed += 1;
            d.inserted += 1;
        }
    }
    d
}

fn keyed(children: &[Node]) -> Option<Vec<&str>> {
    children
        .iter()
        .map(|c| match c {
            Node::Element { key: Some(k), .. } => Some(k.as_str()),
            _ => None,
        })
        .collect()
}

fn diff_children(old: &[Node], new: &[Node]) -> Diff {
    let mut d = Diff::default();
    match (keyed(old), keyed(new)) {
        (Some(old_keys), Some(new_keys)) if !old.is_empty() && !new.is_empty() => {
            // Kept items in their new order; those out of the longest run that keeps its
            // relative order have to move.
            let mut kept_positions = Vec::new();
            for (j, key) in new_keys.iter().enumerate() {
                match old_keys.iter().position(|k| k == key) {
                    Some(i) => {
                        kept_positions.push(i);
                        d.add(diff(&old[i], &new[j]));
                    }
                    None => d.inserted += 1,
                }
            }
            d.removed += old_keys.iter().filter(|k| !new_keys.contains(k)).count();
            d.moved += kept_positions.len() - longest_increasing(&kept_positions);
        }
        _ => {
            for pair in old.iter().zip(new) {
                d.add(diff(pair.0, pair.1));
            }
            d.removed += old.len().saturating_sub(new.len());
            d.inserted += new.len().saturating_sub(old.len());
        }
    }
    d
}

/// The length of the longest strictly increasing subsequence.
fn longest_increasing(values: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &v in values {
        match tails.binary_search(&v) {
            Ok(_) => {}
            Err(i) if i == tails.len() => tails.push(v),
            Err(i) => tails[i] = v,
        }
    }
    tails.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(rows: &[(i64, &str)]) -> Node {
        let rows: Vec<Json> = rows
            .iter()
            .map(|(id, title)| json!({"id": id, "title": title}))
            .collect();
        render(
            Kind::List,
            &Json::Array(rows).to_string(),
            "title",
            Some("id"),
        )
        .unwrap()
    }

    #[test]
    fn renders_lists_counts_and_cards() {
        let node = list(&[(2, "b"), (1, "a")]);
        let Node::Element { tag, children, .. } = &node else {
            panic!("{node:?}")
        };
        assert_eq!((*tag, children.len()), ("ul", 2));
        assert!(matches!(&children[0], Node::Element { key: Some(k), .. } if k == "2"));
        assert_eq!(node.node_count(), 1 + 2 * 5);
        // Compared as JSON values: key order depends on serde_json's `preserve_order`, which
        // another crate of the workspace turns on.
        let expected: serde_json::Value = serde_json::from_str(r##"["$","ul",null,{"children":[["$","li","2",{"children":[["$","span",null,{"children":["b"],"className":"lab-title"}],["$","span",null,{"children":["#2"],"className":"lab-key"}]],"className":"lab-item"}],["$","li","1",{"children":[["$","span",null,{"children":["a"],"className":"lab-title"}],["$","span",null,{"children":["#1"],"className":"lab-key"}]],"className":"lab-item"}]],"className":"lab-list"}]"##).unwrap();
        assert_eq!(node.to_rsc(), expected);
        let count = render(Kind::Count, "101", "title", Some("id")).unwrap();
        assert_eq!(
            count,
            Node::element(
                "p",
                "lab-count",
                vec![
                    Node::text("Total: "),
                    Node::element("strong", "lab-total", vec![Node::text("101")])
                ]
            )
        );
        let card = render(Kind::Card, r#"{"id":7,"title":null}"#, "title", Some("id")).unwrap();
        assert_eq!(card.node_count(), 5);
        assert!(matches!(
            render(Kind::Card, "null", "title", None),
            Ok(Node::Element { tag: "p", .. })
        ));
        assert!(render(Kind::List, "5", "title", None).is_err());
        assert!(render(Kind::List, "{", "title", None).is_err());
        assert!(payload_bytes(&[("List".into(), node)]) > 100);
    }

    #[test]
    fn adding_one_item_is_one_insertion() {
        let before = list(&[(3, "c"), (2, "b"), (1, "a")]);
        let after = list(&[(4, "d"), (3, "c"), (2, "b"), (1, "a")]);
        let d = diff(&before, &after);
        assert_eq!(
            d,
            Diff {
                inserted: 1,
                unchanged: 1 + 3 * 5,
                ..Diff::default()
            }
        );
        let count = |n: &str| render(Kind::Count, n, "", None).unwrap();
        assert_eq!(diff(&count("3"), &count("4")).changes(), 1);
        assert_eq!(diff(&count("3"), &count("3")).changes(), 0);
    }

    #[test]
    fn edits_deletes_and_moves() {
        let before = list(&[(3, "c"), (2, "b"), (1, "a")]);
        let edited = list(&[(3, "c"), (2, "B!"), (1, "a")]);
        assert_eq!(diff(&before, &edited).changes(), 1);
        assert_eq!(diff(&before, &edited).text, 1);
        let deleted = list(&[(3, "c"), (1, "a")]);
        assert_eq!(diff(&before, &deleted).removed, 1);
        assert_eq!(diff(&before, &deleted).changes(), 1);
        // A full list of 3 newest rows: one new at the top pushes the oldest out.
        let shifted = list(&[(4, "d"), (3, "c"), (2, "b")]);
        let d = diff(&before, &shifted);
        assert_eq!((d.inserted, d.removed, d.moved), (1, 1, 0));
        let reversed = list(&[(1, "a"), (2, "b"), (3, "c")]);
        assert_eq!(diff(&before, &reversed).moved, 2);
        // An empty list becomes a list: the placeholder is replaced.
        let empty = list(&[]);
        assert_eq!(diff(&empty, &before).changes(), 2);
    }
}
