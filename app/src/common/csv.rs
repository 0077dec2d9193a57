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

/// Reads CSV text separated by `delimiter`: fields may be quoted (a quote inside doubled) and
/// then hold delimiters and line breaks. Returns each record with the line it starts on (from
/// 1); blank lines are skipped. A quote left open is refused with the line it opened on.
pub fn parse(text: &str, delimiter: char) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            c if c == delimiter => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
                if !(record.len() == 1 && record[0].is_empty()) {
                    records.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(start);
    }
    if !field.is_empty() || !record.is_empty() || was_quoted {
        record.push(field);
        records.push((start, record));
    }
    Ok(records)
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

    #[test]
    fn records_are_read_with_quotes_and_line_breaks() {
        let text = "name,about\r\n\"Kepykla, UAB\",\"Duona\nir \"\"pyragai\"\"\"\r\n\r\nŠančiai,\n";
        let records = parse(text, ',').unwrap();
        assert_eq!(
            records,
            vec![
                (1, vec!["name".to_owned(), "about".to_owned()]),
                (
                    2,
                    vec![
                        "Kepykla, UAB".to_owned(),
                        "Duona\nir \"pyragai\"".to_owned()
                    ]
                ),
                (5, vec!["Šančiai".to_owned(), String::new()]),
            ]
        );
        assert_eq!(parse("a;b\n1;2", ';').unwrap()[1].1, vec!["1", "2"]);
        assert_eq!(parse("a\n\"open,\nstill", ','), Err(2));
        assert_eq!(parse("", ','), Ok(vec![]));
    }
}
