use super::*;

const ORGS: ImportKind = ImportKind::Organisations;

fn problem_of(bytes: &[u8], kind: ImportKind) -> (String, String) {
    let p = read_file(bytes, kind).unwrap_err();
    (p.code, p.detail)
}

#[test]
fn a_plain_csv_is_read_with_its_header() {
    let file = read_file(
        b"Name,Sector,Kind,offers\nKepykla,verslas,business,venue; money\n",
        ORGS,
    )
    .unwrap();
    assert_eq!(file.header, vec!["name", "sector", "kind", "offers"]);
    assert_eq!(file.rows.len(), 1);
    assert!(file.notes.is_empty());
}

#[test]
fn a_byte_order_mark_and_semicolons_are_read_and_said() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("name;sector;kind\nKepykla „Duona“;Verslas;verslas\n".as_bytes());
    let file = read_file(&bytes, ORGS).unwrap();
    assert_eq!(file.notes, vec!["bom", "semicolons"]);
    assert_eq!(
        file.header[0], "name",
        "the mark is not part of the first column"
    );
    assert_eq!(file.rows[0].1[0], "Kepykla „Duona“");
}

#[test]
fn files_that_are_not_utf8_text_are_refused_with_a_reason() {
    // Windows-1257 (a Lithuanian spreadsheet's own encoding): "Šančiai" with Š = 0xD0.
    let cp1257 = b"name,sector,kind\n\xD0an\xE8iai,social,ngo\n";
    assert_eq!(problem_of(cp1257, ORGS), ("not_utf8".into(), "2".into()));
    // UTF-16 with its mark.
    assert_eq!(problem_of(&[0xFF, 0xFE, b'n', 0, b'a', 0], ORGS).0, "utf16");
    // Ten megabytes of junk: refused by size before anything else.
    let junk: Vec<u8> = (0..10 * 1024 * 1024u64)
        .map(|i| (i * 7919 % 251) as u8)
        .collect();
    assert_eq!(problem_of(&junk, ORGS), ("too_large".into(), "2".into()));
    // Small junk: not text.
    let small: Vec<u8> = (0..5000).map(|i| (i * 7919 % 251) as u8).collect();
    assert!(["binary", "not_utf8"].contains(&problem_of(&small, ORGS).0.as_str()));
    assert_eq!(problem_of(b"\0\0\0\0name,sector,kind", ORGS).0, "binary");
}

#[test]
fn a_file_without_the_columns_or_rows_is_refused() {
    assert_eq!(problem_of(b"", ORGS).0, "empty");
    assert_eq!(problem_of(b"\n\n", ORGS).0, "empty");
    assert_eq!(
        problem_of(b"title,sector\nKepykla,business\n", ORGS),
        ("missing_columns".into(), "name, kind".into())
    );
    assert_eq!(
        problem_of(b"name,sector,kind,colour\nA,youth,ngo,red\n", ORGS),
        ("unknown_columns".into(), "colour".into())
    );
    assert_eq!(problem_of(b"name,sector,kind\n", ORGS).0, "no_rows");
    assert_eq!(problem_of(b"name,sector,kind\n,,\n;;\n", ORGS).0, "no_rows");
    // A quoted empty cell alone: nothing to read, and no panic.
    assert_eq!(problem_of(b"\"\"\r\n", ORGS).0, "empty");
    assert_eq!(
        problem_of(b"name,sector,kind\n\"Kepykla,youth,ngo\n", ORGS),
        ("open_quote".into(), "2".into())
    );
    let many = format!("name,email\n{}", "A,a@b.lt\n".repeat(ROWS_MAX + 1));
    assert_eq!(
        problem_of(many.as_bytes(), ImportKind::Mentors).0,
        "too_many_rows"
    );
}

#[test]
fn every_row_problem_is_found_before_anything_is_written() {
    let text = "name,sector,kind,website,offers\n\
                Kauno kepykla,verslas,business,https://kepykla.santaka.test,erdvės; lėšos\n\
                ,youth,ngo,,\n\
                Žalias kiemas,sports,ngo,,\n\
                Teatras,culture,theatre,,\n\
                Senoji spaustuvė,business,business,ftp://x,\n\
                Kauno kepykla,business,business,,\n\
                Dirbtuvės,social,ngo,,dainos\n\
                ;;;;\n\
                ,,,,\n";
    let file = read_file(text.as_bytes(), ORGS).unwrap();
    let existing = Existing {
        organisations: ["senoji spaustuvė".to_owned()].into(),
        ..Default::default()
    };
    let rows = check_rows(ORGS, &file, &existing);
    let problems: Vec<(usize, Vec<&str>)> = rows
        .iter()
        .map(|r| (r.line, r.problems.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (2, vec![]),
            (3, vec!["name_missing"]),
            (4, vec!["sector_unknown"]),
            (5, vec!["kind_unknown"]),
            (6, vec!["duplicate_existing", "website_invalid"]),
            (7, vec!["duplicate_in_file"]),
            (8, vec!["offer_unknown"]),
        ]
    );
    assert_eq!(offers_named("erdvės; lėšos").unwrap().len(), 2);
}

#[test]
fn mentors_need_a_name_an_address_and_a_capacity_in_range() {
    let text = "name,email,expertise,capacity\n\
                Aistė,aiste@kaunas.test,Projektai,3\n\
                Jonas,jonas@,Verslas,2\n\
                Ona,ONA@kaunas.test,,21\n\
                Ona Kita,ona@kaunas.test,,\n\
                Rimas,rimas@kaunas.test,,du\n\
                Senas,senas@kaunas.test,,1\n\
                Vaikas,vaikas@kaunas.test,,1\n\
                Kažkas,nepatvirtinta@kaunas.test,,1\n";
    let file = read_file(text.as_bytes(), ImportKind::Mentors).unwrap();
    let existing = Existing {
        mentors: ["senas@kaunas.test".to_owned()].into(),
        minors: ["vaikas@kaunas.test".to_owned()].into(),
        unconfirmed: ["nepatvirtinta@kaunas.test".to_owned()].into(),
        ..Default::default()
    };
    let rows = check_rows(ImportKind::Mentors, &file, &existing);
    let problems: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.problems.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        problems,
        vec![
            vec![],
            vec!["email_invalid"],
            vec!["capacity_invalid"],
            vec!["duplicate_in_file"],
            vec!["capacity_invalid"],
            vec!["already_mentor"],
            vec!["minor"],
            vec!["account_unconfirmed"],
        ]
    );
}
