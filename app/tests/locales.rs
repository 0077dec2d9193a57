//! Both languages carry every UI string: leptos_i18n only warns about a missing key and falls
//! back to Lithuanian, so this test is what makes a missing translation fail.
use std::collections::BTreeMap;

fn keys(json: &str) -> BTreeMap<String, String> {
    let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    value
        .as_object()
        .expect("a flat object of strings")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("string values").to_owned()))
        .collect()
}

#[test]
fn lithuanian_and_english_have_the_same_keys_and_no_empty_strings() {
    let lt = keys(include_str!("../locales/lt.json"));
    let en = keys(include_str!("../locales/en.json"));
    let only_lt: Vec<_> = lt.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !lt.contains_key(*k)).collect();
    assert!(only_lt.is_empty(), "missing in en.json: {only_lt:?}");
    assert!(only_en.is_empty(), "missing in lt.json: {only_en:?}");
    for (lang, strings) in [("lt", &lt), ("en", &en)] {
        for (key, text) in strings {
            assert!(!text.trim().is_empty(), "{lang}.json: {key} is empty");
        }
    }
}
