#!/usr/bin/env python3
"""Writes the generated corpus files (gen_*.json). Expectations are filled by
`UPDATE_EXPECT=1 cargo test -p seedbed-client --test corpus` and then reviewed by hand.
Existing expectations are kept for cases whose name is unchanged."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def case(name, model, op, args, schema="blog", after=None):
    c = {"name": name, "schema": schema, "model": model, "operation": op, "args": args}
    if after:
        c["after"] = after
    return c

def write(fname, cases):
    path = os.path.join(HERE, fname)
    old = {}
    if os.path.exists(path):
        for c in json.load(open(path)):
            old[c["name"]] = c
    out = []
    for c in cases:
        prev = old.get(c["name"])
        if prev and all(prev.get(k) == c.get(k) for k in ("model", "operation", "args", "after", "transaction")):
            for k in ("result", "error", "after_result"):
                if k in prev:
                    c[k] = prev[k]
        out.append(c)
    json.dump(out, open(path, "w"), indent=2)
    open(path, "a").write("\n")

# Scalar filters: every operator on every kind of field.
values = {
    "id": [2, [1, 3], 3],
    "email": ["bob@prisma.io", ["alice@prisma.io", "dave@example.com"], "c"],
    "name": ["Alice", ["Bob", "Dave"], "B"],
    "balance": [3, [0, 10.5], 5],
    "views": ["12", ["0", "7"], "10"],
    "createdAt": ["2024-01-02T00:00:00.000Z", ["2024-01-01T00:00:00.000Z", "2024-01-04T00:00:00.000Z"], "2024-01-02T12:00:00Z"],
    "role": ["ADMIN", ["USER"], None],
}
filters = []
for field, (eq, lst, cmp) in values.items():
    filters.append(case(f"where {field} literal", "User", "findMany", {"where": {field: eq}, "select": {"id": True}}))
    filters.append(case(f"where {field} equals", "User", "findMany", {"where": {field: {"equals": eq}}, "select": {"id": True}}))
    filters.append(case(f"where {field} not", "User", "findMany", {"where": {field: {"not": eq}}, "select": {"id": True}}))
    filters.append(case(f"where {field} in", "User", "findMany", {"where": {field: {"in": lst}}, "select": {"id": True}}))
    filters.append(case(f"where {field} notIn", "User", "findMany", {"where": {field: {"notIn": lst}}, "select": {"id": True}}))
    if cmp is not None:
        for op in ["lt", "lte", "gt", "gte"]:
            filters.append(case(f"where {field} {op}", "User", "findMany", {"where": {field: {op: cmp}}, "select": {"id": True}}))
for op in ["contains", "startsWith", "endsWith"]:
    for v in ["o", "B", "prisma", "IO", "%"]:
        filters.append(case(f"where email {op} {v}", "User", "findMany", {"where": {"email": {op: v}}, "select": {"id": True}}))
filters += [
    case("where name null", "User", "findMany", {"where": {"name": None}, "select": {"id": True}}),
    case("where name not null", "User", "findMany", {"where": {"name": {"not": None}}, "select": {"id": True}}),
    case("where mode insensitive is unknown on sqlite", "User", "findMany", {"where": {"name": {"equals": "alice", "mode": "insensitive"}}}),
    case("where not nested filter", "User", "findMany", {"where": {"name": {"not": {"startsWith": "A"}}}, "select": {"id": True}}),
    case("where in empty", "User", "findMany", {"where": {"id": {"in": []}}, "select": {"id": True}}),
    case("where notIn empty", "User", "findMany", {"where": {"id": {"notIn": []}}, "select": {"id": True}}),
    case("where combined ops", "User", "findMany", {"where": {"id": {"gt": 1, "lt": 4}}, "select": {"id": True}}),
    case("where boolean", "Post", "findMany", {"where": {"published": False}, "select": {"id": True}}),
    case("where float gt", "Post", "findMany", {"where": {"rating": {"gt": 3}}, "select": {"id": True, "rating": True}}),
    case("where float null", "Post", "findMany", {"where": {"rating": None}, "select": {"id": True}}),
    case("where enum invalid", "User", "findMany", {"where": {"role": "OWNER"}}),
    case("where wrong type", "User", "findMany", {"where": {"id": "one"}}),
    case("where unknown field", "User", "findMany", {"where": {"emial": "x"}}),
    case("where bad datetime", "User", "findMany", {"where": {"createdAt": {"gt": "yesterday"}}}),
    case("where unknown op", "User", "findMany", {"where": {"id": {"between": [1, 2]}}}),
    case("where AND list", "User", "findMany", {"where": {"AND": [{"role": "USER"}, {"name": {"not": None}}]}, "select": {"id": True}}),
    case("where AND object", "User", "findMany", {"where": {"AND": {"role": "USER"}}, "select": {"id": True}}),
    case("where OR", "User", "findMany", {"where": {"OR": [{"id": 1}, {"email": {"endsWith": "example.com"}}]}, "select": {"id": True}}),
    case("where OR empty", "User", "findMany", {"where": {"OR": []}, "select": {"id": True}}),
    case("where AND empty", "User", "findMany", {"where": {"AND": []}, "select": {"id": True}}),
    case("where NOT object", "User", "findMany", {"where": {"NOT": {"role": "USER"}}, "select": {"id": True}}),
    case("where NOT list", "User", "findMany", {"where": {"NOT": [{"id": 1}, {"id": 2}]}, "select": {"id": True}}),
    case("where nested logic", "User", "findMany", {"where": {"OR": [{"AND": [{"role": "USER"}, {"views": {"gt": "5"}}]}, {"NOT": {"name": {"contains": "a"}}}]}, "select": {"id": True}}),
    case("where empty object", "User", "findMany", {"where": {}, "select": {"id": True}}),
    case("where compound unique on findMany", "Post", "findMany", {"where": {"title_authorId": {"title": "Draft", "authorId": 1}}, "select": {"id": True}}),
]
# Relation filters.
rel = [
    ("posts some published", "User", {"posts": {"some": {"published": True}}}),
    ("posts none published", "User", {"posts": {"none": {"published": True}}}),
    ("posts every published", "User", {"posts": {"every": {"published": True}}}),
    ("posts some empty", "User", {"posts": {"some": {}}}),
    ("posts none empty", "User", {"posts": {"none": {}}}),
    ("posts every empty", "User", {"posts": {"every": {}}}),
    ("profile is", "User", {"profile": {"is": {"bio": {"contains": "docs"}}}}),
    ("profile isNot", "User", {"profile": {"isNot": {"bio": {"contains": "docs"}}}}),
    ("profile is null", "User", {"profile": {"is": None}}),
    ("profile isNot null", "User", {"profile": {"isNot": None}}),
    ("profile null shorthand", "User", {"profile": None}),
    ("profile shorthand", "User", {"profile": {"bio": "Builds things"}}),
    ("post author is", "Post", {"author": {"is": {"role": "ADMIN"}}}),
    ("post author shorthand", "Post", {"author": {"email": {"endsWith": "prisma.io"}}}),
    ("post tags some", "Post", {"tags": {"some": {"name": "prisma"}}}),
    ("post tags none", "Post", {"tags": {"none": {}}}),
    ("post tags every", "Post", {"tags": {"every": {"name": {"in": ["prisma", "sqlite"]}}}}),
    ("tag posts some", "Tag", {"posts": {"some": {"authorId": 2}}}),
    ("two levels", "User", {"posts": {"some": {"comments": {"some": {"text": {"contains": "nice"}}}}}}),
    ("three levels", "User", {"posts": {"some": {"tags": {"some": {"posts": {"some": {"authorId": 3}}}}}}}),
    ("self relation replies some", "Comment", {"replies": {"some": {}}}),
    ("self relation parent is", "Comment", {"parent": {"is": {"text": "Nice!"}}}),
    ("self relation parent null", "Comment", {"parent": None}),
    ("relation filter wrong op", "User", {"posts": {"is": {}}}),
    ("relation filter with scalar and OR", "User", {"OR": [{"posts": {"none": {}}}, {"profile": {"is": {"bio": "Writes docs"}}}]}),
]
for name, model, w in rel:
    filters.append(case(f"relation {name}", model, "findMany", {"where": w, "select": {"id": True}}))
write("gen_filters.json", filters)

# Ordering, pagination, distinct.
pages = []
for field in ["id", "email", "name", "balance", "views", "createdAt", "role"]:
    for d in ["asc", "desc"]:
        pages.append(case(f"orderBy {field} {d}", "User", "findMany", {"orderBy": {field: d}, "select": {"id": True, field: True} if field != "id" else {"id": True}}))
for n in [1, 2, -1, -2, 0, 10]:
    pages.append(case(f"take {n}", "Post", "findMany", {"take": n, "select": {"id": True}}))
for n in [0, 1, 3, 6, 10]:
    pages.append(case(f"skip {n}", "Post", "findMany", {"skip": n, "select": {"id": True}}))
pages += [
    case("skip negative", "Post", "findMany", {"skip": -1}),
    case("take and skip", "Post", "findMany", {"take": 2, "skip": 1, "select": {"id": True}}),
    case("take negative with skip", "Post", "findMany", {"take": -2, "skip": 1, "select": {"id": True}}),
    case("orderBy list", "Post", "findMany", {"orderBy": [{"authorId": "desc"}, {"title": "asc"}], "select": {"id": True, "authorId": True, "title": True}}),
    case("orderBy nulls first", "Post", "findMany", {"orderBy": {"rating": {"sort": "asc", "nulls": "first"}}, "select": {"id": True, "rating": True}}),
    case("orderBy nulls last", "Post", "findMany", {"orderBy": {"rating": {"sort": "asc", "nulls": "last"}}, "select": {"id": True, "rating": True}}),
    case("orderBy relation field", "Post", "findMany", {"orderBy": [{"author": {"name": "asc"}}, {"id": "asc"}], "select": {"id": True}}),
    case("orderBy relation count", "User", "findMany", {"orderBy": [{"posts": {"_count": "desc"}}, {"id": "asc"}], "select": {"id": True, "_count": {"select": {"posts": True}}}}),
    case("orderBy m:n count", "Tag", "findMany", {"orderBy": [{"posts": {"_count": "desc"}}, {"name": "asc"}], "select": {"name": True}}),
    case("orderBy two keys in one object", "Post", "findMany", {"orderBy": {"id": "asc", "title": "desc"}}),
    case("orderBy bad direction", "Post", "findMany", {"orderBy": {"id": "up"}}),
    case("orderBy unknown field", "Post", "findMany", {"orderBy": {"nope": "asc"}}),
    case("cursor", "Post", "findMany", {"cursor": {"id": 3}, "select": {"id": True}}),
    case("cursor take skip", "Post", "findMany", {"cursor": {"id": 3}, "take": 2, "skip": 1, "select": {"id": True}}),
    case("cursor negative take", "Post", "findMany", {"cursor": {"id": 3}, "take": -2, "select": {"id": True}}),
    case("cursor with orderBy desc", "Post", "findMany", {"cursor": {"id": 4}, "orderBy": {"id": "desc"}, "take": 3, "select": {"id": True}}),
    case("cursor missing row", "Post", "findMany", {"cursor": {"id": 99}, "select": {"id": True}}),
    case("cursor not unique", "Post", "findMany", {"cursor": {"title": "Draft"}}),
    case("cursor orderBy title", "Post", "findMany", {"cursor": {"id": 2}, "orderBy": {"title": "asc"}, "select": {"id": True, "title": True}}),
    case("distinct authorId", "Post", "findMany", {"distinct": ["authorId"], "select": {"id": True, "authorId": True}}),
    case("distinct string", "Post", "findMany", {"distinct": "published", "select": {"id": True, "published": True}}),
    case("distinct with orderBy", "Post", "findMany", {"distinct": ["authorId"], "orderBy": {"id": "desc"}, "select": {"id": True, "authorId": True}}),
    case("distinct with take", "Post", "findMany", {"distinct": ["authorId"], "take": 2, "select": {"id": True, "authorId": True}}),
    case("distinct bad field", "Post", "findMany", {"distinct": ["author"]}),
    case("take wrong type", "Post", "findMany", {"take": "2"}),
]
write("gen_pagination.json", pages)

# Selection and relation loading.
sel = [
    case("findMany default all scalars", "User", "findMany", {}),
    case("findMany post all scalar types", "Post", "findMany", {"where": {"id": 1}}),
    case("select scalars schema order", "User", "findMany", {"select": {"name": True, "id": True}, "where": {"id": 1}}),
    case("select false ignored", "User", "findMany", {"select": {"id": True, "name": False}, "where": {"id": 1}}),
    case("select unknown field", "User", "findMany", {"select": {"nmae": True}}),
    case("include scalar rejected", "User", "findMany", {"include": {"name": True}}),
    case("include unknown relation", "User", "findMany", {"include": {"post": True}}),
    case("select and include", "User", "findMany", {"select": {"id": True}, "include": {"posts": True}}),
    case("include posts", "User", "findMany", {"include": {"posts": {"select": {"id": True}}}, "where": {"id": {"lte": 3}}}),
    case("include to-one", "Post", "findMany", {"include": {"author": {"select": {"email": True}}}, "select": None, "where": {"id": {"in": [1, 4]}}}),
    case("include optional to-one null", "User", "findMany", {"include": {"profile": True}, "where": {"id": {"in": [1, 3]}}}),
    case("include back to-one from profile", "Profile", "findMany", {"include": {"user": {"select": {"name": True}}}}),
    case("include m:n", "Post", "findMany", {"select": {"id": True, "tags": {"select": {"name": True}, "orderBy": {"name": "asc"}}}}),
    case("include m:n other side", "Tag", "findMany", {"select": {"name": True, "posts": {"select": {"id": True}}}, "orderBy": {"name": "asc"}}),
    case("nested include three levels", "User", "findMany", {"where": {"id": 1}, "select": {"id": True, "posts": {"select": {"id": True, "comments": {"select": {"id": True, "author": {"select": {"name": True}}}}}}}}),
    case("nested where orderBy take", "User", "findMany", {"select": {"id": True, "posts": {"where": {"published": True}, "orderBy": {"id": "desc"}, "take": 1, "select": {"id": True}}}}),
    case("nested skip", "User", "findMany", {"select": {"id": True, "posts": {"skip": 1, "select": {"id": True}}}, "where": {"id": {"lte": 2}}}),
    case("nested take negative", "User", "findMany", {"select": {"id": True, "posts": {"take": -1, "select": {"id": True}}}, "where": {"id": {"lte": 2}}}),
    case("nested distinct", "User", "findMany", {"select": {"id": True, "posts": {"distinct": ["published"], "select": {"id": True, "published": True}}}, "where": {"id": 1}}),
    case("nested unknown arg on to-one", "Post", "findMany", {"select": {"author": {"where": {"id": 1}}}}),
    case("self relation replies", "Comment", "findMany", {"where": {"parentId": None}, "select": {"id": True, "replies": {"select": {"id": True, "text": True}}}}),
    case("self relation parent", "Comment", "findMany", {"select": {"id": True, "parent": {"select": {"id": True}}}}),
    case("_count true in include", "User", "findMany", {"include": {"_count": True}, "where": {"id": 1}}),
    case("_count select posts", "User", "findMany", {"select": {"id": True, "_count": {"select": {"posts": True}}}}),
    case("_count with where", "User", "findMany", {"select": {"id": True, "_count": {"select": {"posts": {"where": {"published": True}}}}}}),
    case("_count m:n", "Tag", "findMany", {"select": {"name": True, "_count": {"select": {"posts": True}}}}),
    case("_count unknown relation", "User", "findMany", {"select": {"_count": {"select": {"profile": True}}}}),
    case("_count nested in relation", "User", "findMany", {"where": {"id": 1}, "select": {"posts": {"select": {"id": True, "_count": {"select": {"comments": True, "tags": True}}}}}}),
    case("omit", "User", "findMany", {"omit": {"email": True, "balance": True}, "where": {"id": 2}}),
    case("omit with include", "User", "findMany", {"omit": {"email": True}, "include": {"profile": True}, "where": {"id": 2}}),
    case("select json bytes decimal bigint", "Post", "findMany", {"select": {"meta": True, "cover": True}, "where": {"id": {"in": [1, 4]}}}),
    case("select user decimal bigint", "User", "findMany", {"select": {"balance": True, "views": True}}),
    case("unknown argument top", "User", "findMany", {"wehre": {}}),
    case("unknown argument suggestion", "User", "findMany", {"takee": 1}),
    case("unknown model", "Nope", "findMany", {}),
    case("client model name", "user", "findMany", {"select": {"id": True}, "take": 1}),
    case("args not object", "User", "findMany", []),
    case("unknown operation", "User", "findEverything", {}),
    case("findFirst", "Post", "findFirst", {"where": {"published": True}, "orderBy": {"id": "desc"}, "select": {"id": True}}),
    case("findFirst none", "Post", "findFirst", {"where": {"id": 99}}),
    case("findFirst take -1", "Post", "findFirst", {"take": -1, "select": {"id": True}}),
    case("findFirstOrThrow none", "Post", "findFirstOrThrow", {"where": {"id": 99}}),
    case("findUnique id", "User", "findUnique", {"where": {"id": 2}}),
    case("findUnique email", "User", "findUnique", {"where": {"email": "carol@example.com"}, "select": {"id": True}}),
    case("findUnique compound", "Post", "findUnique", {"where": {"title_authorId": {"title": "Draft", "authorId": 1}}, "select": {"id": True}}),
    case("findUnique compound missing part", "Post", "findUnique", {"where": {"title_authorId": {"title": "Draft"}}}),
    case("findUnique extra filter", "User", "findUnique", {"where": {"id": 1, "role": "USER"}}),
    case("findUnique not unique", "User", "findUnique", {"where": {"name": "Alice"}}),
    case("findUnique missing where", "User", "findUnique", {}),
    case("findUnique none", "User", "findUnique", {"where": {"id": 42}}),
    case("findUniqueOrThrow none", "User", "findUniqueOrThrow", {"where": {"id": 42}}),
    case("findUnique with include", "User", "findUnique", {"where": {"id": 2}, "include": {"posts": {"select": {"title": True}}, "profile": True}}),
    case("findUnique orderBy not allowed", "User", "findUnique", {"where": {"id": 2}, "orderBy": {"id": "asc"}}),
    case("findUnique cuid id", "Tag", "findUnique", {"where": {"id": "t2"}, "include": {"posts": {"select": {"id": True}}}}),
]
write("gen_select.json", sel)

# Aggregations.
agg = [
    case("count", "User", "count", {}),
    case("count where", "Post", "count", {"where": {"published": True}}),
    case("count select", "User", "count", {"select": {"_all": True, "name": True}}),
    case("count take", "Post", "count", {"take": 2}),
    case("count skip", "Post", "count", {"skip": 4}),
    case("count cursor", "Post", "count", {"cursor": {"id": 4}}),
    case("count unknown arg", "User", "count", {"include": {}}),
    case("aggregate count all", "Post", "aggregate", {"_count": True}),
    case("aggregate count fields", "Post", "aggregate", {"_count": {"_all": True, "rating": True, "content": True}}),
    case("aggregate avg sum float", "Post", "aggregate", {"_avg": {"rating": True}, "_sum": {"rating": True}}),
    case("aggregate int", "Post", "aggregate", {"_avg": {"authorId": True}, "_sum": {"authorId": True}, "_min": {"authorId": True}, "_max": {"authorId": True}}),
    case("aggregate decimal bigint", "User", "aggregate", {"_avg": {"balance": True}, "_sum": {"balance": True, "views": True}, "_max": {"views": True}}),
    case("aggregate min max string date", "User", "aggregate", {"_min": {"email": True, "createdAt": True}, "_max": {"name": True, "createdAt": True}}),
    case("aggregate empty set", "Post", "aggregate", {"where": {"id": 99}, "_count": True, "_avg": {"rating": True}, "_sum": {"rating": True}, "_min": {"title": True}}),
    case("aggregate with take orderBy", "Post", "aggregate", {"orderBy": {"id": "desc"}, "take": 2, "_sum": {"id": True}}),
    case("aggregate avg of string", "User", "aggregate", {"_avg": {"email": True}}),
    case("aggregate unknown field", "User", "aggregate", {"_max": {"nope": True}}),
    case("groupBy one", "Post", "groupBy", {"by": ["authorId"], "_count": {"_all": True}, "orderBy": {"authorId": "asc"}}),
    case("groupBy string by", "Post", "groupBy", {"by": "published", "_count": True, "orderBy": {"published": "asc"}}),
    case("groupBy two", "Post", "groupBy", {"by": ["authorId", "published"], "_count": {"id": True}, "_avg": {"rating": True}, "orderBy": [{"authorId": "asc"}, {"published": "desc"}]}),
    case("groupBy where", "Post", "groupBy", {"by": ["authorId"], "where": {"published": True}, "_sum": {"rating": True}, "orderBy": {"authorId": "asc"}}),
    case("groupBy having avg", "Post", "groupBy", {"by": ["authorId"], "having": {"rating": {"_avg": {"gt": 3}}}, "_avg": {"rating": True}, "orderBy": {"authorId": "asc"}}),
    case("groupBy having count", "Post", "groupBy", {"by": ["authorId"], "having": {"id": {"_count": {"gte": 2}}}, "_count": {"id": True}, "orderBy": {"authorId": "asc"}}),
    case("groupBy order by aggregate", "Post", "groupBy", {"by": ["authorId"], "_count": {"id": True}, "orderBy": [{"_count": {"id": "desc"}}, {"authorId": "asc"}]}),
    case("groupBy take skip", "Post", "groupBy", {"by": ["authorId"], "orderBy": {"authorId": "desc"}, "take": 2, "skip": 1}),
    case("groupBy take without orderBy", "Post", "groupBy", {"by": ["authorId"], "take": 1}),
    case("groupBy missing by", "Post", "groupBy", {}),
    case("groupBy bad by", "Post", "groupBy", {"by": ["author"]}),
    case("groupBy orderBy not in by", "Post", "groupBy", {"by": ["authorId"], "orderBy": {"title": "asc"}}),
    case("groupBy enum", "User", "groupBy", {"by": ["role"], "_count": {"_all": True}, "_sum": {"balance": True}, "orderBy": {"role": "asc"}}),
    case("groupBy datetime min max", "Post", "groupBy", {"by": ["published"], "_min": {"createdAt": True}, "_max": {"createdAt": True}, "orderBy": {"published": "asc"}}),
]
write("gen_aggregate.json", agg)

posts_after = {"model": "Post", "args": {"select": {"id": True, "title": True, "authorId": True}}}
users_after = {"model": "User", "args": {"select": {"id": True, "email": True, "name": True}}}
tags_after = {"model": "Post", "args": {"select": {"id": True, "tags": {"select": {"id": True}}}}}
writes = [
    case("create minimal", "User", "create", {"data": {"email": "eve@prisma.io"}}),
    case("create all types", "Post", "create", {"data": {"title": "T", "content": "c", "published": True, "rating": 2.25, "meta": {"a": [1, {"b": None}]}, "cover": [104, 105], "authorId": 2}}),
    case("create decimal bigint strings", "User", "create", {"data": {"email": "x@y.z", "balance": "12.345", "views": "9007199254740995"}, "select": {"balance": True, "views": True}}),
    case("create with select", "User", "create", {"data": {"email": "eve@prisma.io", "name": "Eve"}, "select": {"id": True, "name": True}}),
    case("create duplicate email P2002", "User", "create", {"data": {"email": "alice@prisma.io"}}, after=users_after),
    case("create compound duplicate P2002", "Post", "create", {"data": {"title": "Draft", "authorId": 1}}),
    case("create bad fk P2003", "Post", "create", {"data": {"title": "Orphan", "authorId": 99}}),
    case("create missing data", "User", "create", {}),
    case("create unknown field", "User", "create", {"data": {"email": "a@b.c", "nickname": "x"}}),
    case("create wrong type", "User", "create", {"data": {"email": 5}}),
    case("create int overflow", "Post", "create", {"data": {"title": "x", "authorId": 3000000000}}),
    case("create enum", "User", "create", {"data": {"email": "r@r.r", "role": "ADMIN"}, "select": {"role": True}}),
    case("create bad enum", "User", "create", {"data": {"email": "r@r.r", "role": "ROOT"}}),
    case("create explicit datetime", "User", "create", {"data": {"email": "d@d.d", "createdAt": "2020-05-06T07:08:09.123+02:00"}, "select": {"createdAt": True}}),
    case("create nested posts", "User", "create", {"data": {"email": "n@n.n", "posts": {"create": [{"title": "A"}, {"title": "B"}]}}, "include": {"posts": {"select": {"title": True, "authorId": True}}}}),
    case("create nested createMany", "User", "create", {"data": {"email": "n@n.n", "posts": {"createMany": {"data": [{"title": "A"}, {"title": "B"}]}}}, "select": {"posts": {"select": {"title": True}}}}),
    case("create nested profile", "User", "create", {"data": {"email": "p@p.p", "profile": {"create": {"bio": "hi"}}}, "include": {"profile": True}}),
    case("create post connect author", "Post", "create", {"data": {"title": "C", "author": {"connect": {"email": "bob@prisma.io"}}}, "select": {"id": True, "authorId": True}}),
    case("create post connect missing author", "Post", "create", {"data": {"title": "C", "author": {"connect": {"id": 99}}}}, after=posts_after),
    case("create post connectOrCreate existing", "Post", "create", {"data": {"title": "C", "author": {"connectOrCreate": {"where": {"email": "bob@prisma.io"}, "create": {"email": "bob@prisma.io"}}}}, "select": {"authorId": True}}),
    case("create post connectOrCreate new", "Post", "create", {"data": {"title": "C", "author": {"connectOrCreate": {"where": {"email": "new@prisma.io"}, "create": {"email": "new@prisma.io", "name": "New"}}}}, "select": {"author": {"select": {"id": True, "name": True}}}}),
    case("create post create author", "Post", "create", {"data": {"title": "C", "author": {"create": {"email": "z@z.z"}}}, "select": {"author": {"select": {"email": True}}}}),
    case("create post connect tags", "Post", "create", {"data": {"title": "Tagged", "authorId": 4, "tags": {"connect": [{"id": "t1"}, {"name": "rust"}]}}, "select": {"tags": {"select": {"name": True}, "orderBy": {"name": "asc"}}}}),
    case("create post create tags", "Post", "create", {"data": {"title": "Tagged", "authorId": 4, "tags": {"create": [{"id": "new1", "name": "new"}]}}, "select": {"tags": {"select": {"id": True, "name": True}}}}),
    case("create post connectOrCreate tags", "Post", "create", {"data": {"title": "Tagged", "authorId": 4, "tags": {"connectOrCreate": [{"where": {"name": "prisma"}, "create": {"name": "prisma"}}, {"where": {"name": "fresh"}, "create": {"id": "f1", "name": "fresh"}}]}}, "select": {"tags": {"select": {"id": True}, "orderBy": {"id": "asc"}}}}),
    case("create nested failure rolls back", "User", "create", {"data": {"email": "roll@back.io", "posts": {"create": [{"title": "X"}, {"title": "X"}]}}}, after=users_after),
    case("create comment uuid default", "Comment", "create", {"data": {"text": "new", "postId": 2, "authorId": 1}}),
    case("create tag cuid default", "Tag", "create", {"data": {"name": "generated"}}),
    case("create ids defaults", "Ids", "create", {"data": {}}, schema="ids"),
    case("create ids twice", "Ids", "createManyAndReturn", {"data": [{}, {}], "select": {"id": True, "c1": True, "nano8": True}}, schema="ids"),
    case("create compound id", "Member", "create", {"data": {"teamId": 2, "userId": 2, "role": "dev"}}, schema="ids"),
    case("findUnique compound id", "Member", "findUnique", {"where": {"teamId_userId": {"teamId": 1, "userId": 2}}}, schema="ids"),
    case("update compound id", "Member", "update", {"where": {"teamId_userId": {"teamId": 1, "userId": 2}}, "data": {"role": "lead"}}, schema="ids"),
    case("delete compound id missing", "Member", "delete", {"where": {"teamId_userId": {"teamId": 9, "userId": 9}}}, schema="ids"),
    case("createMany", "User", "createMany", {"data": [{"email": "a1@x.io"}, {"email": "a2@x.io"}]}, after=users_after),
    case("createMany duplicate", "User", "createMany", {"data": [{"email": "a1@x.io"}, {"email": "alice@prisma.io"}]}, after=users_after),
    case("createMany skipDuplicates", "User", "createMany", {"data": [{"email": "a1@x.io"}, {"email": "alice@prisma.io"}], "skipDuplicates": True}),
    case("createMany relation rejected", "User", "createMany", {"data": [{"email": "a1@x.io", "posts": {"create": []}}]}),
    case("createManyAndReturn", "User", "createManyAndReturn", {"data": [{"email": "a1@x.io"}], "select": {"id": True, "email": True}}),
    case("update scalar", "User", "update", {"where": {"id": 2}, "data": {"name": "Robert"}, "select": {"id": True, "name": True}}),
    case("update set null", "User", "update", {"where": {"id": 2}, "data": {"name": None}, "select": {"name": True}}),
    case("update set op", "User", "update", {"where": {"id": 2}, "data": {"name": {"set": "B"}}, "select": {"name": True}}),
    case("update increment", "User", "update", {"where": {"id": 2}, "data": {"views": {"increment": 5}}, "select": {"views": True}}),
    case("update decrement", "Post", "update", {"where": {"id": 1}, "data": {"rating": {"decrement": 1}}, "select": {"rating": True}}),
    case("update multiply", "Post", "update", {"where": {"id": 1}, "data": {"rating": {"multiply": 2}}, "select": {"rating": True}}),
    case("update divide", "Post", "update", {"where": {"id": 1}, "data": {"rating": {"divide": 2}}, "select": {"rating": True}}),
    case("update decimal increment", "User", "update", {"where": {"id": 1}, "data": {"balance": {"increment": "0.25"}}, "select": {"balance": True}}),
    case("update increment on string", "User", "update", {"where": {"id": 1}, "data": {"name": {"increment": 1}}}),
    case("update two ops", "User", "update", {"where": {"id": 1}, "data": {"views": {"increment": 1, "decrement": 1}}}),
    case("update updatedAt moves", "Post", "update", {"where": {"id": 2}, "data": {"title": "Renamed"}, "select": {"title": True, "updatedAt": True, "createdAt": True}}),
    case("update not found", "User", "update", {"where": {"id": 99}, "data": {"name": "x"}}),
    case("update by email", "User", "update", {"where": {"email": "dave@example.com"}, "data": {"role": "ADMIN"}, "select": {"role": True}}),
    case("update non unique where", "User", "update", {"where": {"name": "Bob"}, "data": {"name": "x"}}),
    case("update to duplicate email", "User", "update", {"where": {"id": 2}, "data": {"email": "alice@prisma.io"}}),
    case("update compound where", "Post", "update", {"where": {"title_authorId": {"title": "Draft", "authorId": 1}}, "data": {"published": True}, "select": {"id": True, "published": True}}),
    case("update nested create", "User", "update", {"where": {"id": 4}, "data": {"posts": {"create": {"title": "Dave 1"}}}, "select": {"posts": {"select": {"title": True}}}}),
    case("update nested connect", "User", "update", {"where": {"id": 4}, "data": {"posts": {"connect": {"id": 6}}}, "select": {"posts": {"select": {"id": True}}}}),
    case("update nested connect missing", "User", "update", {"where": {"id": 4}, "data": {"posts": {"connect": {"id": 60}}}}),
    case("update nested delete", "User", "update", {"where": {"id": 2}, "data": {"posts": {"delete": {"id": 5}}}, "select": {"posts": {"select": {"id": True}}}}),
    case("update nested delete not related", "User", "update", {"where": {"id": 2}, "data": {"posts": {"delete": {"id": 1}}}}),
    case("update nested deleteMany", "User", "update", {"where": {"id": 1}, "data": {"posts": {"deleteMany": {"published": False}}}, "select": {"posts": {"select": {"id": True}}}}),
    case("update nested updateMany", "User", "update", {"where": {"id": 1}, "data": {"posts": {"updateMany": {"where": {"published": True}, "data": {"content": "edited"}}}}, "select": {"posts": {"select": {"id": True, "content": True}}}}),
    case("update nested update", "User", "update", {"where": {"id": 1}, "data": {"posts": {"update": {"where": {"id": 3}, "data": {"title": "Draft 2"}}}}, "select": {"posts": {"select": {"title": True}}}}),
    case("update profile nested update", "User", "update", {"where": {"id": 1}, "data": {"profile": {"update": {"bio": "new bio"}}}, "select": {"profile": {"select": {"bio": True}}}}),
    case("update profile nested upsert create", "User", "update", {"where": {"id": 3}, "data": {"profile": {"upsert": {"create": {"bio": "carol"}, "update": {"bio": "x"}}}}, "select": {"profile": {"select": {"bio": True}}}}),
    case("update profile nested delete", "User", "update", {"where": {"id": 2}, "data": {"profile": {"delete": True}}, "select": {"profile": True}}),
    case("update m:n set", "Post", "update", {"where": {"id": 1}, "data": {"tags": {"set": [{"id": "t3"}]}}, "select": {"tags": {"select": {"id": True}}}}),
    case("update m:n disconnect", "Post", "update", {"where": {"id": 1}, "data": {"tags": {"disconnect": [{"id": "t1"}]}}, "select": {"tags": {"select": {"id": True}}}}),
    case("update m:n connect existing link", "Post", "update", {"where": {"id": 1}, "data": {"tags": {"connect": [{"id": "t1"}, {"id": "t4"}]}}, "select": {"tags": {"select": {"id": True}, "orderBy": {"id": "asc"}}}}),
    case("update m:n set empty", "Post", "update", {"where": {"id": 4}, "data": {"tags": {"set": []}}, "select": {"tags": True}}),
    case("update author connect", "Post", "update", {"where": {"id": 3}, "data": {"author": {"connect": {"id": 4}}}, "select": {"authorId": True}}),
    case("update author update", "Post", "update", {"where": {"id": 3}, "data": {"author": {"update": {"name": "Alicia"}}}, "select": {"author": {"select": {"name": True}}}}),
    case("update comment parent disconnect", "Comment", "update", {"where": {"id": "c2"}, "data": {"parent": {"disconnect": True}}, "select": {"parentId": True}}),
    case("update unknown nested op", "User", "update", {"where": {"id": 1}, "data": {"posts": {"attach": {"id": 1}}}}),
    case("update posts set required P2014", "User", "update", {"where": {"id": 1}, "data": {"posts": {"set": [{"id": 1}]}}}),
    case("update posts disconnect required P2014", "User", "update", {"where": {"id": 1}, "data": {"posts": {"disconnect": [{"id": 1}]}}}),
    case("update profile create when one exists P2014", "User", "update", {"where": {"id": 1}, "data": {"profile": {"create": {"bio": "second"}}}}),
    case("update profile create when none", "User", "update", {"where": {"id": 4}, "data": {"profile": {"create": {"bio": "dave"}}}, "select": {"profile": {"select": {"bio": True, "userId": True}}}}),
    case("update profile disconnect required P2014", "User", "update", {"where": {"id": 1}, "data": {"profile": {"disconnect": True}}}),
    case("update replies set optional fk", "Comment", "update", {"where": {"id": "c1"}, "data": {"replies": {"set": [{"id": "c4"}]}}, "select": {"replies": {"select": {"id": True}}}}, after={"model": "Comment", "args": {"select": {"id": True, "parentId": True}}}),
    case("update replies disconnect optional fk", "Comment", "update", {"where": {"id": "c1"}, "data": {"replies": {"disconnect": {"id": "c2"}}}, "select": {"replies": {"select": {"id": True}}}}),
    case("update nested upsert to-many", "User", "update", {"where": {"id": 2}, "data": {"posts": {"upsert": [{"where": {"id": 4}, "create": {"title": "n"}, "update": {"title": "Bob edited"}}, {"where": {"id": 99}, "create": {"title": "Bob new"}, "update": {"title": "x"}}]}}, "select": {"posts": {"select": {"id": True, "title": True}}}}),
    case("update author create", "Post", "update", {"where": {"id": 5}, "data": {"author": {"create": {"email": "fresh@x.io"}}}, "select": {"author": {"select": {"id": True, "email": True}}}}),
    case("update empty data", "User", "update", {"where": {"id": 3}, "data": {}, "select": {"id": True}}),
    case("update json field", "Post", "update", {"where": {"id": 2}, "data": {"meta": {"k": "v"}}, "select": {"meta": True}}),
    case("update bytes field", "Post", "update", {"where": {"id": 2}, "data": {"cover": {"0": 9, "1": 8}}, "select": {"cover": True}}),
    case("updateMany", "Post", "updateMany", {"where": {"authorId": 1}, "data": {"published": True}}, after={"model": "Post", "args": {"select": {"id": True, "published": True}}}),
    case("updateMany none", "Post", "updateMany", {"where": {"authorId": 99}, "data": {"published": True}}),
    case("updateMany increment", "User", "updateMany", {"data": {"views": {"increment": 1}}}, after={"model": "User", "args": {"select": {"id": True, "views": True}}}),
    case("updateMany relation rejected", "User", "updateMany", {"data": {"posts": {"create": {}}}}),
    case("updateMany unique violation", "User", "updateMany", {"data": {"email": "same@x.io"}}),
    case("upsert update", "User", "upsert", {"where": {"email": "bob@prisma.io"}, "create": {"email": "bob@prisma.io"}, "update": {"name": "Bobby"}, "select": {"id": True, "name": True}}),
    case("upsert create", "User", "upsert", {"where": {"email": "new@prisma.io"}, "create": {"email": "new@prisma.io", "name": "N"}, "update": {"name": "x"}, "select": {"id": True, "name": True}}),
    case("upsert missing update", "User", "upsert", {"where": {"id": 1}, "create": {"email": "a"}}),
    case("delete", "Tag", "delete", {"where": {"id": "t4"}}),
    case("delete with include", "User", "delete", {"where": {"id": 4}, "include": {"posts": True}}),
    case("delete not found", "User", "delete", {"where": {"id": 99}}),
    case("delete restricted P2003", "User", "delete", {"where": {"id": 1}}, after=users_after),
    case("delete cascades", "Post", "delete", {"where": {"id": 1}, "select": {"id": True}}, after={"model": "Comment", "args": {"select": {"id": True}}}),
    case("delete cascades m:n rows", "Tag", "delete", {"where": {"id": "t1"}, "select": {"name": True}}, after=tags_after),
    case("deleteMany", "Comment", "deleteMany", {"where": {"parentId": {"not": None}}}),
    case("deleteMany all", "Comment", "deleteMany", {}),
    case("deleteMany limit", "Comment", "deleteMany", {"where": {"parentId": None}, "limit": 2}, after={"model": "Comment", "args": {"select": {"id": True}}}),
    case("updateMany limit", "Post", "updateMany", {"where": {"published": True}, "data": {"content": "limited"}, "limit": 1}, after={"model": "Post", "args": {"select": {"id": True, "content": True}}}),
    case("deleteMany bad limit", "Comment", "deleteMany", {"limit": -1}),
    case("deleteMany relation filter", "Post", "deleteMany", {"where": {"comments": {"none": {}}}}, after=posts_after),
    case("deleteMany restricted", "User", "deleteMany", {}),
]
write("gen_writes.json", writes)

tx = [
    {"name": "transaction ok", "schema": "blog", "transaction": [["User", "create", {"data": {"email": "t1@x.io"}, "select": {"email": True}}], ["User", "count", {}]]},
    {"name": "transaction rolls back", "schema": "blog", "transaction": [["User", "create", {"data": {"email": "t1@x.io"}}], ["User", "create", {"data": {"email": "t1@x.io"}}]], "after": users_after},
    {"name": "transaction read after write", "schema": "blog", "transaction": [["Post", "updateMany", {"data": {"published": False}}], ["Post", "count", {"where": {"published": True}}]]},
    {"name": "transaction validation error", "schema": "blog", "transaction": [["User", "deleteMany", {"where": {"id": 4}}], ["User", "findMany", {"bogus": 1}]], "after": users_after},
]
write("gen_transaction.json", tx)

S = "shop"
shop = [
    case("shop findMany mapped", "Customer", "findMany", {}, schema=S),
    case("shop where mapped column", "Customer", "findMany", {"where": {"name": {"startsWith": "B"}}}, schema=S),
    case("shop orderBy mapped", "Customer", "findMany", {"orderBy": {"name": "desc"}, "select": {"name": True}}, schema=S),
    case("shop enum mapped read", "Order", "findMany", {"select": {"id": True, "status": True}}, schema=S),
    case("shop enum mapped filter", "Order", "findMany", {"where": {"status": "PENDING"}, "select": {"id": True}}, schema=S),
    case("shop enum mapped create", "Order", "create", {"data": {"customerId": 3, "status": "SHIPPED"}, "select": {"id": True, "status": True}}, schema=S, after={"model": "Order", "args": {"where": {"status": "SHIPPED"}, "select": {"id": True}}}),
    case("shop include mapped relation", "Customer", "findMany", {"include": {"orders": {"select": {"id": True, "status": True}}}}, schema=S),
    case("shop compound id findUnique", "OrderLine", "findUnique", {"where": {"orderId_sku": {"orderId": 1, "sku": "B-2"}}}, schema=S),
    case("shop compound id include", "OrderLine", "findMany", {"include": {"note": True, "product": {"select": {"name": True}}}}, schema=S),
    case("shop compound fk back relation", "LineNote", "findMany", {"include": {"line": True}}, schema=S),
    case("shop compound fk filter", "OrderLine", "findMany", {"where": {"note": {"isNot": None}}, "select": {"orderId": True, "sku": True}}, schema=S),
    case("shop compound fk create connect", "LineNote", "create", {"data": {"text": "fresh", "line": {"connect": {"orderId_sku": {"orderId": 2, "sku": "C-3"}}}}}, schema=S),
    case("shop compound fk create missing", "LineNote", "create", {"data": {"text": "x", "line": {"connect": {"orderId_sku": {"orderId": 9, "sku": "C-3"}}}}}, schema=S),
    case("shop compound id update", "OrderLine", "update", {"where": {"orderId_sku": {"orderId": 1, "sku": "A-1"}}, "data": {"quantity": {"increment": 4}}}, schema=S),
    case("shop compound id delete cascades note", "OrderLine", "delete", {"where": {"orderId_sku": {"orderId": 1, "sku": "A-1"}}, "select": {"quantity": True}}, schema=S, after={"model": "LineNote", "args": {}}),
    case("shop compound id P2002", "OrderLine", "create", {"data": {"orderId": 1, "sku": "A-1"}}, schema=S),
    case("shop nested lines create", "Order", "create", {"data": {"customer": {"connect": {"id": 3}}, "lines": {"create": [{"sku": "A-1", "quantity": 3}, {"product": {"connect": {"sku": "C-3"}}}]}}, "include": {"lines": True}}, schema=S),
    case("shop product restrict P2003", "Product", "delete", {"where": {"sku": "A-1"}}, schema=S),
    case("shop cascade delete customer", "Customer", "delete", {"where": {"id": 1}, "select": {"name": True}}, schema=S, after={"model": "OrderLine", "args": {}}),
    case("shop self m:n friends", "Customer", "findMany", {"select": {"name": True, "friends": {"select": {"name": True}}, "friendOf": {"select": {"name": True}}}}, schema=S),
    case("shop self m:n connect", "Customer", "update", {"where": {"id": 3}, "data": {"friends": {"connect": {"id": 1}}}, "select": {"friends": {"select": {"id": True}}, "friendOf": {"select": {"id": True}}}}, schema=S),
    case("shop self m:n filter", "Customer", "findMany", {"where": {"friends": {"some": {"country": "DE"}}}, "select": {"name": True}}, schema=S),
    case("shop count relation", "Customer", "findMany", {"select": {"name": True, "_count": {"select": {"orders": True, "friends": True}}}}, schema=S),
    case("shop decimal aggregate", "Product", "aggregate", {"_sum": {"price": True}, "_avg": {"price": True}, "_min": {"price": True}}, schema=S),
    case("shop groupBy mapped", "Order", "groupBy", {"by": ["customerId", "status"], "_count": {"_all": True}, "orderBy": [{"customerId": "asc"}, {"status": "asc"}]}, schema=S),
    case("shop orderBy relation compound", "OrderLine", "findMany", {"orderBy": [{"product": {"price": "desc"}}, {"orderId": "asc"}], "select": {"orderId": True, "sku": True}}, schema=S),
    case("shop lines of orders of customer", "Customer", "findUnique", {"where": {"id": 1}, "select": {"orders": {"select": {"id": True, "lines": {"select": {"sku": True, "quantity": True}, "orderBy": {"quantity": "desc"}}}}}}, schema=S),
    case("shop updateMany mapped", "Order", "updateMany", {"where": {"customer": {"country": "NL"}}, "data": {"status": "SHIPPED"}}, schema=S, after={"model": "Order", "args": {"select": {"id": True, "status": True}}}),
    case("shop deleteMany mapped", "Customer", "deleteMany", {"where": {"orders": {"none": {}}}}, schema=S),
    case("shop cursor compound id", "OrderLine", "findMany", {"cursor": {"orderId_sku": {"orderId": 1, "sku": "B-2"}}, "select": {"orderId": True, "sku": True}}, schema=S),
    case("shop default country", "Customer", "create", {"data": {"name": "Dee"}}, schema=S),
]
write("gen_shop.json", shop)
