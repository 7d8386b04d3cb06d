//! The shape of the code, checked: no file-level import cycle anywhere in
//! `src/`, the domain's layers each import only the ones before them, the
//! domain never reaches the charts or the web layer, and the charts never
//! reach the web layer. It reads the `use crate::…`, `super::…` and
//! `self::…` paths of every file (a `mod.rs` naming its own children is a
//! facade, not a cycle), so a new knot fails the test command with the
//! files that form it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The domain's layers, lowest first.
const LAYERS: [&str; 5] = ["base", "sets", "records", "rules", "formats"];

type Module = Vec<String>;

struct Crate {
    /// Module path → file (relative to `src/`).
    files: BTreeMap<Module, PathBuf>,
    /// Module → the modules (files) it names.
    edges: BTreeMap<Module, BTreeSet<Module>>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("cannot read {}", dir.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(relative: &Path) -> Module {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts == ["lib"] || parts == ["main"] {
        parts.clear();
    }
    parts
}

/// The text without comments (so doc links and prose name nothing).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
        } else if rest.starts_with("//") {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
        } else if rest.starts_with('"') {
            // Skip a string literal, so "https://…" is not a comment.
            let mut end = 1;
            let bytes = rest.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = (end + 1).min(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let next = rest
                .char_indices()
                .skip(1)
                .find(|(_, c)| matches!(c, '/' | '"'))
                .map_or(rest.len(), |(i, _)| i);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    out
}

/// Expands a use tree (`a::{b, c::{d, e as f}}`) into its paths.
fn expand_use(tree: &str) -> Vec<Vec<String>> {
    // Drop renames (`x as y` names x) before the spaces go.
    let mut words: Vec<&str> = Vec::new();
    let mut renamed = false;
    for word in tree.split_whitespace() {
        if word == "as" {
            renamed = true;
        } else if renamed {
            renamed = false;
            words.push(word.trim_start_matches(is_ident_char));
        } else {
            words.push(word);
        }
    }
    let compact: String = words.concat();
    let mut out = Vec::new();
    expand_into(&compact, &mut Vec::new(), &mut out);
    out
}

fn expand_into(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let Some(open) = tree.find('{') else {
        let mut full = prefix.clone();
        full.extend(tree.split("::").filter(|s| !s.is_empty()).map(String::from));
        out.push(full);
        return;
    };
    let head: Vec<String> = tree[..open]
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut depth = 0;
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let depth_before = prefix.len();
    prefix.extend(head);
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        if part == "self" {
            out.push(prefix.clone());
        } else {
            expand_into(part, prefix, out);
        }
    }
    prefix.truncate(depth_before);
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every `crate::…`, `super::…` and `self::…` path written outside `use`.
fn inline_paths(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(found) = text[from..].find(start) {
            let at = from + found;
            from = at + start.len();
            if text[..at].chars().next_back().is_some_and(is_ident_char) {
                continue;
            }
            let end = text[at..]
                .find(|c: char| !(is_ident_char(c) || c == ':'))
                .map_or(text.len(), |e| at + e);
            out.push(
                text[at..end]
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            );
        }
    }
    out
}

fn read_crate() -> Crate {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let files: BTreeMap<Module, PathBuf> = paths
        .iter()
        .map(|p| {
            let relative = p.strip_prefix(&src).unwrap_or(p).to_path_buf();
            (module_of(&relative), relative)
        })
        .collect();
    let resolve = |path: &[String]| -> Option<Module> {
        (0..=path.len())
            .rev()
            .map(|k| path[..k].to_vec())
            .find(|m| files.contains_key(m))
    };
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, file) in &files {
        let Ok(raw) = std::fs::read_to_string(src.join(file)) else {
            panic!("cannot read {}", file.display());
        };
        let text = strip_comments(&raw);
        let mut named = Vec::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("use ") {
            // A use statement starts its line (after `pub` or `pub(crate)`).
            let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
            let before = rest[line_start..at].trim();
            let before_ok = before.is_empty() || before == "pub" || before.starts_with("pub(");
            let after = &rest[at + 4..];
            let end = after.find(';').unwrap_or(after.len());
            if before_ok {
                named.extend(expand_use(&after[..end]));
            }
            rest = &after[end.min(after.len())..];
        }
        named.extend(inline_paths(&text));
        let is_facade = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs");
        let targets = edges.entry(module.clone()).or_default();
        for path in named {
            let Some(first) = path.first() else { continue };
            let absolute: Module = match first.as_str() {
                "crate" => path[1..].to_vec(),
                "super" | "self" => {
                    let mut base = module.clone();
                    let mut i = 0;
                    while let Some(step) = path.get(i).filter(|s| *s == "super" || *s == "self") {
                        if step == "super" {
                            base.pop();
                        }
                        i += 1;
                    }
                    base.extend(path[i..].iter().cloned());
                    base
                }
                _ => continue,
            };
            let Some(target) = resolve(&absolute) else {
                continue;
            };
            if target == *module || (is_facade && target.starts_with(module)) {
                continue;
            }
            targets.insert(target);
        }
    }
    Crate { files, edges }
}

/// Strongly connected sets of more than one file (Tarjan's algorithm).
fn cycles(krate: &Crate) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<&'a Module>>,
    }
    fn visit<'a>(v: &'a Module, s: &mut State<'a>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let edges = s.edges;
        for w in edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(w, s);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w);
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges: &krate.edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for module in krate.files.keys() {
        if !state.index.contains_key(module) {
            visit(module, &mut state);
        }
    }
    state
        .found
        .into_iter()
        .map(|c| {
            let mut names: Vec<String> = c
                .into_iter()
                .map(|m| krate.files[m].display().to_string())
                .collect();
            names.sort();
            names
        })
        .collect()
}

/// Where a module stands: `(0, 0)` for JSON text (below every layer),
/// `(0, layer + 1)` in the domain, `(1, 0)` in the charts, `(2, 0)` in the
/// web layer, `None` at the crate's root.
fn rank(module: &Module) -> Option<(usize, usize)> {
    match module.first().map(String::as_str) {
        Some("json") => Some((0, 0)),
        Some("domain") => {
            let layer = module.get(1)?;
            LAYERS.iter().position(|l| l == layer).map(|i| (0, i + 1))
        }
        Some("charts") => Some((1, 0)),
        Some("web") => Some((2, 0)),
        _ => None,
    }
}

fn name(krate: &Crate, module: &Module) -> String {
    krate.files[module].display().to_string()
}

#[test]
fn no_file_is_part_of_an_import_cycle() {
    let krate = read_crate();
    assert!(
        krate.files.len() > 100,
        "only {} files read",
        krate.files.len()
    );
    let found = cycles(&krate);
    let report: Vec<String> = found
        .iter()
        .map(|c| format!("cycle of {} files: {}", c.len(), c.join(", ")))
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn each_layer_imports_only_the_ones_before_it() {
    let krate = read_crate();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (from, targets) in &krate.edges {
        let Some(from_rank) = rank(from) else {
            continue;
        };
        for to in targets {
            let Some(to_rank) = rank(to) else { continue };
            checked += 1;
            if to_rank > from_rank {
                wrong.push(format!(
                    "{} imports {}",
                    name(&krate, from),
                    name(&krate, to)
                ));
            }
        }
    }
    assert!(checked > 300, "only {checked} imports checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_checks_see_a_cycle_and_a_layer_broken() {
    // The reader itself: a use tree, an inline path and a comment.
    assert_eq!(
        expand_use("crate::domain::{base::text, sets::{self, registry::QuestionSet as Q}}"),
        [
            vec!["crate", "domain", "base", "text"],
            vec!["crate", "domain", "sets"],
            vec!["crate", "domain", "sets", "registry", "QuestionSet"],
        ]
    );
    assert_eq!(
        inline_paths("x = super::rules::f(); // crate::web::x"),
        [vec!["crate", "web", "x"], vec!["super", "rules", "f"]]
    );
    assert_eq!(
        strip_comments("a // crate::web\n\"https://x\" /* crate::charts */ b"),
        "a \n\"https://x\"  b"
    );
    // A two-file knot is found.
    let a: Module = vec!["domain".into(), "rules".into(), "a".into()];
    let b: Module = vec!["domain".into(), "base".into(), "b".into()];
    let krate = Crate {
        files: [(a.clone(), "a.rs".into()), (b.clone(), "b.rs".into())].into(),
        edges: [
            (a.clone(), [b.clone()].into()),
            (b.clone(), [a.clone()].into()),
        ]
        .into(),
    };
    assert_eq!(
        cycles(&krate),
        [vec!["a.rs".to_string(), "b.rs".to_string()]]
    );
    assert!(rank(&b) < rank(&a), "base stands before rules");
    let json: Module = vec!["json".into()];
    assert!(rank(&json) < rank(&b), "JSON text stands below the domain");
}
