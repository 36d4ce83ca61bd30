#![cfg_attr(not(feature = "from-schema"), allow(dead_code))]
//! The automatic layout: a layered (Sugiyama-style) drawing from left to right. See the
//! crate's README for the steps; every step is deterministic and linear or close to it.

use crate::metrics::*;
use crate::{Cardinality, Diagram, EdgeKind, Node, NodeKind};

/// Space around the drawing.
const MARGIN: f64 = 24.0;
/// Vertical space between two boxes of a column.
const NODE_GAP: f64 = 28.0;
/// Vertical space between a routing lane and its neighbours in a column.
const LANE_GAP: f64 = 10.0;
/// Height reserved for a routing lane (an edge passing through a column).
const LANE_HEIGHT: f64 = 4.0;
/// Ordering sweeps (each one down and one up).
const ORDER_SWEEPS: usize = 4;
/// Vertical placement passes.
const PLACE_PASSES: usize = 4;
/// Horizontal room for the markers at an edge's ends.
const END_ROOM: f64 = 30.0;
/// Distance between the vertical segments of loops and same-column edges.
const SIDE_STEP: f64 = 10.0;
/// Preferred distance between vertical segments in a gap.
const SLOT_STEP: f64 = 12.0;
/// The widest gap between columns (slots squeeze beyond it).
const MAX_GAP: f64 = 480.0;

/// One box or routing lane in a column.
struct Slot {
    /// The diagram node, or `None` for a lane.
    node: Option<usize>,
    layer: usize,
    height: f64,
    y: f64,
    /// Neighbours in the previous column: (slot, my port offset, their port offset).
    up: Vec<(usize, f64, f64)>,
    /// Neighbours in the next column.
    down: Vec<(usize, f64, f64)>,
}

/// How an edge is routed.
enum Route {
    /// A loop on the box's right side.
    SelfLoop,
    /// Both boxes in one column: out on the right, down or up, back in on the right.
    SameColumn,
    /// Through the slots, from the left column to the right one.
    Chain { slots: Vec<usize>, reversed: bool },
}

pub(crate) fn layout(d: &mut Diagram) {
    for n in &mut d.nodes {
        size(n);
    }
    if d.nodes.is_empty() {
        d.width = 320.0;
        d.height = 80.0;
        return;
    }
    let (rank, layers_count) = ranks(d);

    // Slots: one per node (same index), then lanes for edges spanning several columns.
    let mut slots: Vec<Slot> = d
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| Slot {
            node: Some(i),
            layer: rank[i],
            height: n.height,
            y: 0.0,
            up: Vec::new(),
            down: Vec::new(),
        })
        .collect();
    let mut routes = Vec::with_capacity(d.edges.len());
    for e in &d.edges {
        let (f, t) = (e.from_node, e.to_node);
        if f >= d.nodes.len() || t >= d.nodes.len() {
            routes.push(Route::SameColumn);
            continue;
        }
        if f == t {
            routes.push(Route::SelfLoop);
            continue;
        }
        if rank[f] == rank[t] {
            routes.push(Route::SameColumn);
            continue;
        }
        let reversed = rank[f] > rank[t];
        let (lo, hi) = if reversed { (t, f) } else { (f, t) };
        let mut chain = vec![lo];
        for layer in rank[lo] + 1..rank[hi] {
            slots.push(Slot {
                node: None,
                layer,
                height: LANE_HEIGHT,
                y: 0.0,
                up: Vec::new(),
                down: Vec::new(),
            });
            chain.push(slots.len() - 1);
        }
        chain.push(hi);
        // Port offsets: where the edge meets each slot, from the slot's top.
        let port = |s: usize, node_field: Option<&str>| -> f64 {
            match slots[s].node {
                Some(n) => port_offset(&d.nodes[n], node_field),
                None => LANE_HEIGHT / 2.0,
            }
        };
        let (lo_field, hi_field) = if reversed {
            (end_field(e, false), end_field(e, true))
        } else {
            (end_field(e, true), end_field(e, false))
        };
        let offsets: Vec<f64> = chain
            .iter()
            .enumerate()
            .map(|(i, &s)| {
                if i == 0 {
                    port(s, lo_field)
                } else if i + 1 == chain.len() {
                    port(s, hi_field)
                } else {
                    port(s, None)
                }
            })
            .collect();
        for i in 0..chain.len() - 1 {
            let (a, b) = (chain[i], chain[i + 1]);
            slots[a].down.push((b, offsets[i], offsets[i + 1]));
            slots[b].up.push((a, offsets[i + 1], offsets[i]));
        }
        routes.push(Route::Chain {
            slots: chain,
            reversed,
        });
    }

    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layers_count];
    for (i, s) in slots.iter().enumerate() {
        if let Some(layer) = layers.get_mut(s.layer) {
            layer.push(i);
        }
    }
    order(&mut layers, &slots);
    place_vertically(&layers, &mut slots);

    // Columns.
    let mut side = vec![0usize; layers_count];
    let mut cross = vec![0usize; layers_count];
    let mut label_room = vec![0.0f64; layers_count];
    for (e, r) in d.edges.iter().zip(&routes) {
        match r {
            Route::SelfLoop | Route::SameColumn => {
                if let Some(c) = rank.get(e.from_node).and_then(|&l| side.get_mut(l)) {
                    *c += 1;
                }
            }
            Route::Chain { slots: chain, .. } => {
                for &s in &chain[..chain.len() - 1] {
                    cross[slots[s].layer] += 1;
                    label_room[slots[s].layer] = label_room[slots[s].layer].max(label_width(e));
                }
            }
        }
    }
    let mut col_width = vec![0.0f64; layers_count];
    for n in 0..d.nodes.len() {
        col_width[rank[n]] = col_width[rank[n]].max(d.nodes[n].width);
    }
    let gap: Vec<f64> = (0..layers_count)
        .map(|l| {
            (2.0 * END_ROOM + SIDE_STEP * (side[l] + 1) as f64 + SLOT_STEP * (cross[l] + 1) as f64)
                .clamp(90.0, MAX_GAP)
                + label_room[l]
        })
        .collect();
    let mut col_x = vec![MARGIN; layers_count];
    for l in 1..layers_count {
        col_x[l] = col_x[l - 1] + col_width[l - 1] + gap[l - 1];
    }
    for (i, n) in d.nodes.iter_mut().enumerate() {
        let l = rank[i];
        n.x = (col_x[l] + (col_width[l] - n.width) / 2.0).round();
        n.y = slots[i].y.round();
    }
    for s in &mut slots {
        s.y = s.y.round();
    }

    // Slots of the vertical segments in each gap.
    let mut in_gap: Vec<Vec<(usize, usize, f64, f64)>> = vec![Vec::new(); layers_count];
    let mut ys: Vec<Vec<f64>> = vec![Vec::new(); d.edges.len()];
    for (ei, (e, r)) in d.edges.iter().zip(&routes).enumerate() {
        let Route::Chain {
            slots: chain,
            reversed,
        } = r
        else {
            continue;
        };
        let (lo_field, hi_field) = if *reversed {
            (end_field(e, false), end_field(e, true))
        } else {
            (end_field(e, true), end_field(e, false))
        };
        let y: Vec<f64> = chain
            .iter()
            .enumerate()
            .map(|(i, &s)| match slots[s].node {
                Some(n) => {
                    let field = if i == 0 { lo_field } else { hi_field };
                    d.nodes[n].y + port_offset(&d.nodes[n], field)
                }
                None => slots[s].y + LANE_HEIGHT / 2.0,
            })
            .collect();
        for (i, &s) in chain[..chain.len() - 1].iter().enumerate() {
            in_gap[slots[s].layer].push((ei, i, y[i], y[i + 1]));
        }
        ys[ei] = y;
    }
    let mut slot_x: Vec<Vec<f64>> = ys.iter().map(|y| vec![0.0; y.len()]).collect();
    for (l, segs) in in_gap.iter_mut().enumerate() {
        // Downward segments starting higher go further right, upward ones starting lower
        // go further right: that avoids crossings between segments of the same direction.
        segs.sort_by(|a, b| {
            let key = |s: &(usize, usize, f64, f64)| {
                if s.3 > s.2 {
                    (0, -s.2, s.0)
                } else if s.3 == s.2 {
                    (1, s.2, s.0)
                } else {
                    (2, s.2, s.0)
                }
            };
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0)
                .then(ka.1.total_cmp(&kb.1))
                .then(ka.2.cmp(&kb.2))
        });
        let right = col_x[l] + col_width[l];
        let start = right
            + END_ROOM
            + SIDE_STEP * side[l] as f64
            + if side[l] > 0 { SIDE_STEP } else { 0.0 };
        let end = right + gap[l] - END_ROOM;
        let step = (end - start) / (segs.len() + 1) as f64;
        for (k, &(ei, i, _, _)) in segs.iter().enumerate() {
            slot_x[ei][i] = (start + step * (k + 1) as f64).round();
        }
    }

    // Routes.
    let mut side_used = vec![0usize; layers_count];
    for (ei, r) in routes.iter().enumerate() {
        let e = &d.edges[ei];
        let points = match r {
            Route::SelfLoop | Route::SameColumn => {
                let (Some(a), Some(b)) = (d.nodes.get(e.from_node), d.nodes.get(e.to_node)) else {
                    continue;
                };
                let l = rank[e.from_node];
                let k = side_used[l];
                side_used[l] += 1;
                let x = col_x[l] + col_width[l] + END_ROOM + SIDE_STEP * k as f64;
                let ay = a.y + port_offset(a, Some(&e.from_field));
                let mut by = b.y + port_offset(b, e.to_field.as_deref());
                if e.from_node == e.to_node && by == ay {
                    by += ROW_HEIGHT / 2.0;
                }
                let points = vec![(a.x + a.width, ay), (x, ay), (x, by), (b.x + b.width, by)];
                let e = &mut d.edges[ei];
                e.label_pos = (
                    x + 4.0 + label_width(e) / 2.0,
                    ((ay + by) / 2.0 + 3.0).round(),
                );
                e.points = simplify(points);
                continue;
            }
            Route::Chain {
                slots: chain,
                reversed,
            } => {
                let (lo, hi) = (chain[0], chain[chain.len() - 1]);
                let (lo, hi) = (&d.nodes[lo], &d.nodes[hi]);
                let y = &ys[ei];
                let mut p = vec![(lo.x + lo.width, y[0])];
                for i in 0..chain.len() - 1 {
                    p.push((slot_x[ei][i], y[i]));
                    p.push((slot_x[ei][i], y[i + 1]));
                }
                p.push((hi.x, y[y.len() - 1]));
                if *reversed {
                    p.reverse();
                }
                p
            }
        };
        let points = simplify(points);
        let e = &mut d.edges[ei];
        e.label_pos = label_pos(&points);
        e.points = points;
    }

    let mut w: f64 = 0.0;
    let mut h: f64 = 0.0;
    for n in &d.nodes {
        w = w.max(n.x + n.width);
        h = h.max(n.y + n.height);
    }
    for e in &d.edges {
        for &(x, y) in &e.points {
            w = w.max(x);
            h = h.max(y);
        }
        if e.label.is_some() {
            w = w.max(e.label_pos.0 + label_width(e) / 2.0);
        }
    }
    d.width = (w + MARGIN).ceil();
    d.height = (h + MARGIN).ceil();
}

/// The field an edge attaches to at one end.
fn end_field(e: &crate::Edge, from: bool) -> Option<&str> {
    if from {
        Some(&e.from_field)
    } else {
        e.to_field.as_deref()
    }
}

/// Width and height from the text metrics.
fn size(n: &mut Node) {
    let chars = |s: &str| s.chars().count() as f64;
    let header = chars(&header_text(n))
        + n.db_name
            .as_ref()
            .map(|m| chars(m) + 2.0)
            .unwrap_or_default();
    let mut width = header * CHAR_WIDTH * 1.1 + 2.0 * PADDING;
    for f in &n.fields {
        let row = 2.0 * PADDING
            + KEY_WIDTH
            + (chars(&f.name) + chars(&f.type_label)) * CHAR_WIDTH
            + NAME_TYPE_GAP;
        width = width.max(row);
    }
    n.width = width.max(MIN_WIDTH).ceil();
    n.height = HEADER_HEIGHT + ROW_HEIGHT * n.fields.len() as f64 + BOTTOM_PADDING;
}

/// The header's main text (`User`, `enum Role`, `view Stats`, `type Address`).
pub fn header_text(n: &Node) -> String {
    match n.kind {
        NodeKind::Model => n.name.clone(),
        NodeKind::View => format!("view {}", n.name),
        NodeKind::Enum => format!("enum {}", n.name),
        NodeKind::CompositeType => format!("type {}", n.name),
    }
}

/// Where an edge meets a box, from the box's top: the middle of the field's row, or of
/// the header.
fn port_offset(n: &Node, field: Option<&str>) -> f64 {
    match field.and_then(|f| n.fields.iter().position(|x| x.name == f)) {
        Some(i) => HEADER_HEIGHT + ROW_HEIGHT * i as f64 + ROW_HEIGHT / 2.0,
        None => HEADER_HEIGHT / 2.0,
    }
}

/// Columns: referenced models left of the models referencing them (longest path on the
/// graph of 1:1 and 1:n relations with cycles broken by a depth-first search), pulled
/// right next to their nearest referencing model; enums and composite types last.
fn ranks(d: &Diagram) -> (Vec<usize>, usize) {
    let n = d.nodes.len();
    let is_model = |i: usize| matches!(d.nodes[i].kind, NodeKind::Model | NodeKind::View);
    // 1:1 and 1:n first, so that m:n relations (which have no natural direction: A is
    // simply the first name) are the ones dropped when they close a cycle.
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for many in [false, true] {
        for e in &d.edges {
            if e.kind == EdgeKind::Relation
                && (e.cardinality == Cardinality::ManyToMany) == many
                && e.from_node != e.to_node
                && e.from_node < n
                && e.to_node < n
            {
                out[e.from_node].push(e.to_node);
            }
        }
    }
    // Depth-first search: back edges (to a node on the stack) are dropped.
    let mut state = vec![0u8; n];
    let mut kept: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut post = Vec::with_capacity(n);
    for s in (0..n).filter(|&s| is_model(s)) {
        if state[s] != 0 {
            continue;
        }
        state[s] = 1;
        let mut stack = vec![(s, 0usize)];
        while let Some(top) = stack.len().checked_sub(1) {
            let (v, i) = stack[top];
            if let Some(&w) = out[v].get(i) {
                stack[top].1 += 1;
                match state[w] {
                    0 => {
                        kept[v].push(w);
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => {}
                    _ => kept[v].push(w),
                }
            } else {
                state[v] = 2;
                post.push(v);
                stack.pop();
            }
        }
    }
    // Longest path: post-order has every referenced model before its referencers.
    let mut rank = vec![0usize; n];
    for &v in &post {
        rank[v] = kept[v].iter().map(|&w| rank[w] + 1).max().unwrap_or(0);
    }
    // Pull referenced models right, next to their nearest referencer.
    let mut referencers: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (v, ws) in kept.iter().enumerate() {
        for &w in ws {
            referencers[w].push(v);
        }
    }
    let mut by_rank = post.clone();
    by_rank.sort_by(|a, b| rank[*b].cmp(&rank[*a]).then(a.cmp(b)));
    for &v in &by_rank {
        if let Some(nearest) = referencers[v].iter().map(|&r| rank[r]).min()
            && nearest > rank[v] + 1
        {
            rank[v] = nearest - 1;
        }
    }
    let model_layers = (0..n)
        .filter(|&i| is_model(i))
        .map(|i| rank[i] + 1)
        .max()
        .unwrap_or(0);
    let mut layers = model_layers;
    for (i, r) in rank.iter_mut().enumerate() {
        if !is_model(i) {
            *r = model_layers;
            layers = model_layers + 1;
        }
    }
    (rank, layers)
}

/// Orders each column by the barycenter of its neighbours, sweeping down and up.
fn order(layers: &mut [Vec<usize>], slots: &[Slot]) {
    let mut pos = vec![0.0f64; slots.len()];
    let set_pos = |layer: &[usize], pos: &mut [f64]| {
        let len = layer.len().max(1) as f64;
        for (i, &s) in layer.iter().enumerate() {
            pos[s] = (i as f64 + 0.5) / len;
        }
    };
    for layer in layers.iter() {
        set_pos(layer, &mut pos);
    }
    let reorder = |layer: &mut Vec<usize>, pos: &mut [f64], up: bool| {
        let keys: Vec<(f64, usize)> = layer
            .iter()
            .map(|&s| {
                let nbrs = if up { &slots[s].up } else { &slots[s].down };
                if nbrs.is_empty() {
                    (pos[s], s)
                } else {
                    let sum: f64 = nbrs.iter().map(|(t, _, _)| pos[*t]).sum();
                    (sum / nbrs.len() as f64, s)
                }
            })
            .collect();
        let mut keyed: Vec<(usize, f64, usize)> = keys
            .into_iter()
            .enumerate()
            .map(|(i, (k, s))| (i, k, s))
            .collect();
        keyed.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        *layer = keyed.into_iter().map(|(_, _, s)| s).collect();
        set_pos(layer, pos);
    };
    for _ in 0..ORDER_SWEEPS {
        for layer in layers.iter_mut().skip(1) {
            reorder(layer, &mut pos, true);
        }
        for l in (0..layers.len().saturating_sub(1)).rev() {
            reorder(&mut layers[l], &mut pos, false);
        }
    }
}

/// The space above slot `b` when `a` is right above it.
fn gap_between(a: &Slot, b: &Slot) -> f64 {
    if a.node.is_some() && b.node.is_some() {
        NODE_GAP
    } else {
        LANE_GAP
    }
}

/// Stacks each column, then moves slots towards their neighbours' ports (keeping the order
/// and the gaps, by isotonic regression) in passes down, up and both ways.
fn place_vertically(layers: &[Vec<usize>], slots: &mut [Slot]) {
    for layer in layers {
        let mut y = 0.0;
        for (i, &s) in layer.iter().enumerate() {
            if i > 0 {
                y += gap_between(&slots[layer[i - 1]], &slots[s]);
            }
            slots[s].y = y;
            y += slots[s].height;
        }
    }
    #[derive(Clone, Copy)]
    enum Dir {
        Up,
        Down,
        Both,
    }
    let pass = |layer: &[usize], slots: &mut [Slot], dir: Dir| {
        let mut offset = 0.0;
        let mut z = Vec::with_capacity(layer.len());
        let mut w = Vec::with_capacity(layer.len());
        let mut offsets = Vec::with_capacity(layer.len());
        for (i, &s) in layer.iter().enumerate() {
            if i > 0 {
                offset += slots[layer[i - 1]].height + gap_between(&slots[layer[i - 1]], &slots[s]);
            }
            let slot = &slots[s];
            let nbrs = slot_neighbours(slot, dir as u8);
            let (desired, weight) = if nbrs.is_empty() {
                (slot.y, 0.25)
            } else {
                let sum: f64 = nbrs
                    .iter()
                    .map(|&&(t, mine, theirs)| slots[t].y + theirs - mine)
                    .sum();
                (sum / nbrs.len() as f64, nbrs.len() as f64)
            };
            z.push(desired - offset);
            w.push(weight);
            offsets.push(offset);
        }
        let fitted = isotonic(&z, &w);
        for (i, &s) in layer.iter().enumerate() {
            slots[s].y = fitted[i] + offsets[i];
        }
    };
    fn slot_neighbours(slot: &Slot, dir: u8) -> Vec<&(usize, f64, f64)> {
        match dir {
            0 => slot.up.iter().collect(),
            1 => slot.down.iter().collect(),
            _ => slot.up.iter().chain(&slot.down).collect(),
        }
    }
    for _ in 0..PLACE_PASSES {
        for layer in layers.iter().skip(1) {
            pass(layer, slots, Dir::Up);
        }
        for layer in layers.iter().rev().skip(1) {
            pass(layer, slots, Dir::Down);
        }
    }
    for layer in layers {
        pass(layer, slots, Dir::Both);
    }
    let top = slots.iter().map(|s| s.y).fold(f64::INFINITY, f64::min);
    if top.is_finite() {
        for s in slots.iter_mut() {
            s.y += MARGIN - top;
        }
    }
}

/// Weighted isotonic regression (pool adjacent violators): the non-decreasing sequence
/// closest to `z` in weighted squared distance.
fn isotonic(z: &[f64], w: &[f64]) -> Vec<f64> {
    // Blocks of (mean, weight, count).
    let mut blocks: Vec<(f64, f64, usize)> = Vec::with_capacity(z.len());
    for (&zi, &wi) in z.iter().zip(w) {
        blocks.push((zi, wi, 1));
        while blocks.len() >= 2 {
            let (m2, w2, c2) = blocks[blocks.len() - 1];
            let (m1, w1, c1) = blocks[blocks.len() - 2];
            if m1 <= m2 {
                break;
            }
            blocks.pop();
            let wt = w1 + w2;
            let last = blocks.len() - 1;
            blocks[last] = ((m1 * w1 + m2 * w2) / wt, wt, c1 + c2);
        }
    }
    blocks
        .into_iter()
        .flat_map(|(m, _, c)| std::iter::repeat_n(m, c))
        .collect()
}

/// Drops repeated points and middle points of straight runs.
fn simplify(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let a = out[out.len() - 2];
            let b = out[out.len() - 1];
            let straight = (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1);
            if straight {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// Width of an edge's label (10 px monospace), 0 without one.
fn label_width(e: &crate::Edge) -> f64 {
    e.label
        .as_ref()
        .map(|l| (l.chars().count() as f64 * CHAR_WIDTH * 10.0 / 12.0 + 8.0).ceil())
        .unwrap_or(0.0)
}

/// Where a label goes (centre of its baseline): just above the middle of the longest
/// horizontal segment (or of the longest segment when none is horizontal).
fn label_pos(points: &[(f64, f64)]) -> (f64, f64) {
    let mut best = (0.0, 0.0);
    let mut best_len = -1.0;
    for w in points.windows(2) {
        let horizontal = w[0].1 == w[1].1;
        let len =
            (w[1].0 - w[0].0).abs() + (w[1].1 - w[0].1).abs() + if horizontal { 1e6 } else { 0.0 };
        if len > best_len {
            best_len = len;
            best = (
                ((w[0].0 + w[1].0) / 2.0).round(),
                (w[0].1 + w[1].1) / 2.0 - 4.0,
            );
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isotonic_pools_violators() {
        assert_eq!(
            isotonic(&[1.0, 3.0, 2.0], &[1.0, 1.0, 1.0]),
            [1.0, 2.5, 2.5]
        );
        assert_eq!(isotonic(&[3.0, 1.0], &[1.0, 3.0]), [1.5, 1.5]);
        assert!(isotonic(&[], &[]).is_empty());
    }

    #[test]
    fn simplify_removes_straight_runs() {
        let p = simplify(vec![
            (0.0, 0.0),
            (5.0, 0.0),
            (10.0, 0.0),
            (10.0, 0.0),
            (10.0, 5.0),
        ]);
        assert_eq!(p, [(0.0, 0.0), (10.0, 0.0), (10.0, 5.0)]);
    }
}
