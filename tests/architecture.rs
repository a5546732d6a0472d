//! The house rules of the code's layout, checked on the source itself: no cycles between the
//! top-level modules of `src/`, `rules` free of I/O and of `input`, no public type name
//! declared twice, and no file over 400 lines.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{root, walk};

/// Every `.rs` file under `src/`.
fn sources() -> Vec<PathBuf> {
    walk(&root().join("src"))
        .into_iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("rs"))
        .collect()
}

/// The top-level module a source file belongs to (`src/rules/klasse.rs` → `rules`).
fn top_module(path: &Path) -> String {
    let rel = path.strip_prefix(root().join("src")).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a file without its comments (line comments only: the crate has no blocks).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules that each top-level module refers to with `crate::<module>`.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources() {
        let from = top_module(&file);
        let text = code(&std::fs::read_to_string(&file).unwrap());
        let edges = graph.entry(from.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != from {
                edges.insert(name);
            }
        }
    }
    graph
}

/// A cycle through `start`, as the list of modules on it, if there is one.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        node: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(node).into_iter().flatten() {
            if next == start {
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if visit(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    visit(graph, start, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn no_cycles_between_top_level_modules() {
    let graph = module_graph();
    assert!(graph.contains_key("rules") && graph.contains_key("domain"));
    for m in graph.keys() {
        if let Some(c) = cycle_from(&graph, m) {
            panic!("module cycle: {} → {m}\n{graph:#?}", c.join(" → "));
        }
    }
    // The data flow: domain depends on nothing; rules only on domain (and error).
    assert!(
        graph["domain"].is_empty(),
        "domain uses {:?}",
        graph["domain"]
    );
    let allowed: BTreeSet<String> = ["domain".to_string()].into();
    assert!(
        graph["rules"].is_subset(&allowed),
        "rules uses {:?}",
        graph["rules"]
    );
}

#[test]
fn rules_do_no_io_and_do_not_use_input() {
    for file in sources().into_iter().filter(|f| top_module(f) == "rules") {
        let text = code(&std::fs::read_to_string(&file).unwrap());
        for banned in ["std::fs", "crate::input", "std::io", "File::"] {
            assert!(
                !text.contains(banned),
                "{} mentions {banned}",
                file.display()
            );
        }
    }
}

#[test]
fn no_public_type_name_is_declared_twice() {
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in sources() {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines() {
            let t = line.trim_start();
            for kind in ["pub struct ", "pub enum ", "pub type ", "pub trait "] {
                if let Some(rest) = t.strip_prefix(kind) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    seen.entry(name)
                        .or_default()
                        .push(file.strip_prefix(root()).unwrap().display().to_string());
                }
            }
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, v)| v.len() > 1).collect();
    assert!(twice.is_empty(), "declared more than once: {twice:#?}");
    assert!(
        seen.len() > 50,
        "too few public types found: {}",
        seen.len()
    );
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut files = sources();
    files.extend(
        walk(&root().join("tests"))
            .into_iter()
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("rs")),
    );
    let long: Vec<(String, usize)> = files
        .iter()
        .map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (f.strip_prefix(root()).unwrap().display().to_string(), n)
        })
        .filter(|(_, n)| *n > 400)
        .collect();
    assert!(long.is_empty(), "files over 400 lines: {long:?}");
}
