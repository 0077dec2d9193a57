//! iCalendar (RFC 5545) pieces every calendar file of Santaka uses: the Europe/Vilnius zone,
//! escaped text, folded lines and local times, and a calendar of one event ([`one_event`]). The
//! festival's program, the workshops and the forums build their files from these.

/// Europe/Vilnius as calendars expect it: EET in winter, EEST from the last Sunday of March to
/// the last Sunday of October.
pub const VILNIUS: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Vilnius\r\nBEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nTZNAME:EEST\r\nDTSTART:19700329T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n\
TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nTZNAME:EET\r\nDTSTART:19701025T040000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escapes a text value (backslash, semicolon, comma, newline).
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a character) and ends it with CRLF.
pub fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// `20270522T140000` for a minute of the edition's day (24:00 becomes the next midnight).
pub fn local_time(day: &str, minute: u32) -> String {
    let compact = day.replace('-', "");
    if minute >= 1440 {
        // Only a closing time can reach midnight; the next day by the calendar.
        let next = next_day(day).replace('-', "");
        return format!("{next}T000000");
    }
    format!("{compact}T{:02}{:02}00", minute / 60, minute % 60)
}

pub fn next_day(day: &str) -> String {
    let parts: Vec<u32> = day.split('-').filter_map(|p| p.parse().ok()).collect();
    let [y, m, d] = parts[..] else {
        return day.to_owned();
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let (y, m, d) = if d < days {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    format!("{y:04}-{m:02}-{d:02}")
}
/// One event on a day in Kaunas: a workshop, a forum.
#[derive(Debug, Clone)]
pub struct OneEvent<'a> {
    /// The kind of thing in the UID and the product name: "workshop", "forum".
    pub kind: &'a str,
    pub id: i64,
    /// Its page, absolute.
    pub url: String,
    pub title: &'a str,
    pub day: &'a str,
    pub starts: u32,
    pub ends: u32,
    /// (name, address, latitude, longitude), or online.
    pub place: Option<(&'a str, &'a str, f64, f64)>,
    pub description: String,
}

/// The calendar file of one event; `stamp` is the creation time in UTC, `host` the site's.
pub fn one_event(e: &OneEvent, host: &str, stamp: &str) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:-//Santaka//{}//LT", e.kind));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    out.push_str(VILNIUS);
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:{}-{}@{host}", e.kind, e.id));
    line(&mut out, &format!("DTSTAMP:{stamp}"));
    line(
        &mut out,
        &format!(
            "DTSTART;TZID=Europe/Vilnius:{}",
            local_time(e.day, e.starts)
        ),
    );
    line(
        &mut out,
        &format!("DTEND;TZID=Europe/Vilnius:{}", local_time(e.day, e.ends)),
    );
    line(&mut out, &format!("SUMMARY:{}", text(e.title)));
    match e.place {
        Some((name, address, lat, lon)) => {
            line(
                &mut out,
                &format!("LOCATION:{}", text(&format!("{name}, {address}"))),
            );
            line(&mut out, &format!("GEO:{lat:.6};{lon:.6}"));
        }
        None => line(&mut out, "LOCATION:Online"),
    }
    line(&mut out, &format!("URL:{}", e.url));
    line(&mut out, &format!("DESCRIPTION:{}", text(&e.description)));
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}
