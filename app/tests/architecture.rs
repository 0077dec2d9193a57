//! The shape of the code, checked (see ARCHITECTURE.md): a feature never imports another
//! feature's pages, components, api or ssr; the layers never import a feature; no source file
//! outside tests and demo data is over 400 lines.
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: [&str; 3] = ["common", "server", "ui"];
/// The top composes the features: it may import all of them.
const TOP: [&str; 5] = ["lib.rs", "routes.rs", "layout.rs", "demo", "start"];
const PRIVATE_PARTS: [&str; 4] = ["pages", "components", "api", "ssr"];
const MAX_LINES: usize = 400;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn features() -> BTreeSet<String> {
    fs::read_dir(src())
        .expect("app/src")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !LAYERS.contains(&name.as_str()) && !TOP.contains(&name.as_str()))
        .collect()
}

/// Every `crate::<module>::<next>` path in the text, with paths inside `use` groups expanded
/// one level (`crate::ideas::{api::X, Stage}` gives `ideas::api` and `ideas::Stage`).
fn crate_paths(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let module: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = &rest[module.len()..];
        if let Some(group) = after.strip_prefix("::{") {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            for part in inner.split(',') {
                let next = part.trim().split("::").next().unwrap_or("").to_owned();
                found.push((module.clone(), next));
            }
        } else if let Some(path) = after.strip_prefix("::") {
            let next: String = path
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((module.clone(), next));
        }
    }
    found
}

fn top_folder(path: &Path) -> String {
    let relative = path.strip_prefix(src()).expect("inside app/src");
    relative
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn features_reach_each_other_only_through_wire_types_and_layers_never_reach_features() {
    let features = features();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let owner = top_folder(file);
        if TOP.contains(&owner.as_str()) {
            continue;
        }
        let text = fs::read_to_string(file).expect("a source file");
        for (module, next) in crate_paths(&text) {
            if !features.contains(&module) || module == owner {
                continue;
            }
            let layer = LAYERS.contains(&owner.as_str());
            if layer || PRIVATE_PARTS.contains(&next.as_str()) {
                wrong.push(format!(
                    "{}: crate::{module}::{next}",
                    file.strip_prefix(src()).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        features.len() >= 5,
        "features found: {features:?} (is the source folder right?)"
    );
    assert!(
        wrong.is_empty(),
        "imports across features or layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_source_file_outside_tests_and_demo_data_is_over_400_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let too_long: Vec<String> = files
        .iter()
        .filter(|f| top_folder(f) != "demo" && f.file_name().is_some_and(|n| n != "tests.rs"))
        .filter_map(|f| {
            let lines = fs::read_to_string(f)
                .expect("a source file")
                .lines()
                .count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(files.len() > 100, "only {} files found", files.len());
    assert!(
        too_long.is_empty(),
        "files over {MAX_LINES} lines:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn the_import_reader_sees_groups_and_plain_paths() {
    let paths =
        crate_paths("use crate::ideas::{api::Get, Stage};\nlet x = crate::teams::ssr::f();");
    assert_eq!(
        paths,
        [
            ("ideas".to_owned(), "api".to_owned()),
            ("ideas".to_owned(), "Stage".to_owned()),
            ("teams".to_owned(), "ssr".to_owned()),
        ]
    );
}
