//! CSV as RFC 4180 has it: fields quoted only when they must be, lines ending in CRLF. Used by
//! every file Santaka writes for a spreadsheet (open data, the steering group's panels).

/// One CSV field: as it is, or quoted (quotes doubled) when it holds a comma, a quote or a
/// line break, or starts or ends with a space.
pub fn csv_field(value: &str) -> std::borrow::Cow<'_, str> {
    let needs =
        value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if needs {
        format!("\"{}\"", value.replace('"', "\"\"")).into()
    } else {
        value.into()
    }
}

/// A CSV line (with its CRLF ending, as RFC 4180 has it).
pub fn csv_line<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let mut line = values
        .into_iter()
        .map(csv_field)
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}
/// A text someone typed, made safe to open in a spreadsheet: a leading `=`, `+`, `-` or `@`
/// would be read as a formula, so such a text starts with an apostrophe (shown by none).
pub fn spreadsheet_text(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        assert_eq!(csv_field("Šančių lieptas"), "Šančių lieptas");
        assert_eq!(csv_field("kiemai, suolai"), "\"kiemai, suolai\"");
        assert_eq!(csv_field("„Kaunas\" 2022"), "\"„Kaunas\"\" 2022\"");
        assert_eq!(csv_field("pirma\nantra"), "\"pirma\nantra\"");
        assert_eq!(csv_field(" tarpas"), "\" tarpas\"");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_line(["1", "a,b", ""]), "1,\"a,b\",\r\n");
    }

    #[test]
    fn typed_formulas_do_not_run_in_a_spreadsheet() {
        assert_eq!(spreadsheet_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_text("Kiemų šventė"), "Kiemų šventė");
    }
}
