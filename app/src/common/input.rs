//! Typed form input. An HTML checkbox sends its value ("on") only when ticked; a script sends
//! `true` or `false`. [`checkbox`] reads all three as a `bool`, so inputs carry `bool` fields.
use serde::{Deserialize, Deserializer};

/// Deserializes a checkbox: absent or `"false"` is unticked, any other value ticked. Use with
/// `#[serde(default, deserialize_with = "checkbox")]`.
pub fn checkbox<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let value = Option::<String>::deserialize(deserializer)?;
    Ok(value.is_some_and(|v| v != "false"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Form {
        #[serde(default, deserialize_with = "checkbox")]
        agreed: bool,
    }

    fn read(json: &str) -> bool {
        serde_json::from_str::<Form>(json).expect("a form").agreed
    }

    #[test]
    fn a_checkbox_is_ticked_by_any_value_but_false() {
        assert!(read(r#"{"agreed": "on"}"#));
        assert!(read(r#"{"agreed": "true"}"#));
        assert!(!read(r#"{"agreed": "false"}"#));
        assert!(!read("{}"));
    }
}
