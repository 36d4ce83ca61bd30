//! The simulated route: `app/<model>s/page.tsx` with three Server Components, each running
//! one client query against the learner's first model (a list, a total, the latest item),
//! and a Client Component beside them. The queries are editable.

use super::payload::{self, Kind, Node};
use super::schema::Model;
use serde_json::json;

/// How many rows the list shows unless the learner changes it.
pub const DEFAULT_TAKE: u32 = 100;

/// One Server Component: a query and how its result renders.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerComponent {
    /// Its name on the page, e.g. `PostList`.
    pub name: String,
    pub kind: Kind,
    pub operation: String,
    pub args_json: String,
    /// Off: the component is not part of the route.
    pub enabled: bool,
}

/// The route: the model it shows and its Server Components.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub model: Model,
    /// The field shown as an item's title.
    pub display: String,
    /// The key of list items (the model's id field).
    pub id: Option<String>,
    pub components: Vec<ServerComponent>,
}

impl Route {
    /// The default route for a model: its newest `take` rows, its total and its latest row.
    pub fn for_model(model: &Model, take: u32) -> Route {
        let id = model.id_field().map(|f| f.name.clone());
        let display = model
            .display_field()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        // Keys are inserted in alphabetical order, so the text is the same whether or not
        // serde_json keeps insertion order (`preserve_order`, on in the worker's build).
        let order = |take: Option<u32>| {
            let mut args = json!({});
            if let Some(id) = &id {
                args["orderBy"] = json!({ id.as_str(): "desc" });
            }
            if let Some(take) = take {
                args["take"] = json!(take);
            }
            args.to_string()
        };
        let component = |suffix: &str, kind, operation: &str, args_json| ServerComponent {
            name: format!("{}{suffix}", model.name),
            kind,
            operation: operation.into(),
            args_json,
            enabled: true,
        };
        let components = vec![
            component("List", Kind::List, "findMany", order(Some(take))),
            component("Count", Kind::Count, "count", "{}".into()),
            component("Latest", Kind::Card, "findFirst", order(None)),
        ];
        Route {
            model: model.clone(),
            display,
            id,
            components,
        }
    }

    /// Sets the list's `take` (the number of rows the learner wants to see), keeping the
    /// rest of its arguments; a list whose arguments are not an object is left alone.
    pub fn set_take(&mut self, take: u32) {
        for c in &mut self.components {
            if c.kind == Kind::List
                && let Ok(serde_json::Value::Object(mut args)) =
                    serde_json::from_str::<serde_json::Value>(&c.args_json)
            {
                args.insert("take".into(), json!(take));
                c.args_json = serde_json::Value::Object(args).to_string();
            }
        }
    }

    /// The component's call as a line of code, e.g. `prisma.post.count({})`.
    pub fn call_text(&self, c: &ServerComponent) -> String {
        format!(
            "prisma.{}.{}({})",
            self.model.property, c.operation, c.args_json
        )
    }

    /// Renders one component's query result.
    pub fn render(&self, c: &ServerComponent, result_json: &str) -> Result<Node, String> {
        payload::render(c.kind, result_json, &self.display, self.id.as_deref())
    }

    /// The path a route handler for this model would have: `/api/posts`.
    pub fn api_path(&self) -> String {
        format!("/api/{}s", self.model.property)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lab::schema;

    #[test]
    fn the_default_route_lists_counts_and_shows_the_latest() {
        let info =
            schema::read("model Post {\n id Int @id @default(autoincrement())\n title String\n}\n");
        let mut route = Route::for_model(&info.models[0], 5);
        let calls: Vec<String> = route
            .components
            .iter()
            .map(|c| route.call_text(c))
            .collect();
        assert_eq!(
            calls,
            [
                r#"prisma.post.findMany({"orderBy":{"id":"desc"},"take":5})"#,
                "prisma.post.count({})",
                r#"prisma.post.findFirst({"orderBy":{"id":"desc"}})"#,
            ]
        );
        route.set_take(100);
        assert!(route.components[0].args_json.contains(r#""take":100"#));
        assert_eq!(route.api_path(), "/api/posts");
        assert_eq!(route.components[2].name, "PostLatest");
        let node = route.render(&route.components[1], "3").unwrap();
        assert_eq!(node.node_count(), 4);
    }
}
