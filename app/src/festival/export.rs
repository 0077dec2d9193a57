//! The program as files: iCalendar (RFC 5545) with the Europe/Vilnius time zone, and GeoJSON
//! (RFC 7946) open data. Plain functions from the program to text.
use super::{hhmm, Card, Edition, VenueInfo};
use crate::common::ical::{line, local_time, next_day, text, VILNIUS};

/// A calendar of `items` (those without a place and time are skipped). `stamp` is the
/// creation time in UTC (`20261127T080000Z`); `base_url` makes the links absolute.
pub fn icalendar(
    edition: &Edition,
    venues: &[VenueInfo],
    items: &[&Card],
    base_url: &str,
    stamp: &str,
    name: &str,
) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Santaka//Festival//LT");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    line(&mut out, "X-WR-TIMEZONE:Europe/Vilnius");
    out.push_str(VILNIUS);
    let host = base_url
        .trim_end_matches('/')
        .rsplit("//")
        .next()
        .unwrap_or("santaka");
    for card in items {
        let (Some(start), Some(venue)) = (
            card.start,
            card.venue_id
                .and_then(|id| venues.iter().find(|v| v.id == id)),
        ) else {
            continue;
        };
        let url = format!("{}/festival/i/{}", base_url.trim_end_matches('/'), card.id);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:intervention-{}@{host}", card.id));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!(
                "DTSTART;TZID=Europe/Vilnius:{}",
                local_time(&edition.day, start)
            ),
        );
        line(
            &mut out,
            &format!(
                "DTEND;TZID=Europe/Vilnius:{}",
                local_time(&edition.day, start + card.duration)
            ),
        );
        line(&mut out, &format!("SUMMARY:{}", text(&card.title)));
        line(
            &mut out,
            &format!(
                "LOCATION:{}",
                text(&format!("{}, {}", venue.name, venue.address))
            ),
        );
        line(&mut out, &format!("GEO:{:.6};{:.6}", venue.lat, venue.lon));
        line(&mut out, &format!("URL:{url}"));
        line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                text(&format!(
                    "{} – {}, {}\n{}",
                    hhmm(start),
                    hhmm(start + card.duration),
                    venue.name,
                    url
                ))
            ),
        );
        if card.status == super::Status::Cancelled {
            line(&mut out, "STATUS:CANCELLED");
        } else {
            line(&mut out, "STATUS:CONFIRMED");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// JSON string escaping through serde_json.
fn json(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "\"\"".into())
}

/// The program as a GeoJSON FeatureCollection: one Point per intervention with a place
/// (coordinates are longitude, latitude), its times as ISO 8601 with the Vilnius offset.
pub fn geojson(edition: &Edition, venues: &[VenueInfo], items: &[&Card], base_url: &str) -> String {
    let offset = {
        let parts: Vec<u32> = edition
            .day
            .split('-')
            .filter_map(|p| p.parse().ok())
            .collect();
        match parts[..] {
            [y, m, d] => crate::server::time::vilnius_offset_hours(y as i32, m, d, 12),
            _ => 2,
        }
    };
    let iso = |minute: u32| {
        let (day, minute) = if minute >= 1440 {
            (next_day(&edition.day), minute - 1440)
        } else {
            (edition.day.clone(), minute)
        };
        format!("{day}T{}:00+0{offset}:00", hhmm(minute))
    };
    let features: Vec<String> = items
        .iter()
        .filter_map(|card| {
            let start = card.start?;
            let venue = venues.iter().find(|v| Some(v.id) == card.venue_id)?;
            Some(format!(
                concat!(
                    "{{\"type\":\"Feature\",\"id\":{id},",
                    "\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{lon:.6},{lat:.6}]}},",
                    "\"properties\":{{\"title\":{title},\"sector\":\"{sector}\",",
                    "\"category\":\"{category}\",\"status\":\"{status}\",",
                    "\"start\":\"{start}\",\"end\":\"{end}\",\"venue\":{venue},",
                    "\"address\":{address},\"url\":{url}}}}}"
                ),
                id = card.id,
                lon = venue.lon,
                lat = venue.lat,
                title = json(&card.title),
                sector = card.sector.code(),
                category = card.category.code(),
                status = card.status.code(),
                start = iso(start),
                end = iso(start + card.duration),
                venue = json(&venue.name),
                address = json(&venue.address),
                url = json(&format!(
                    "{}/festival/i/{}",
                    base_url.trim_end_matches('/'),
                    card.id
                )),
            ))
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"name\":{},\"date\":\"{}\",\"license\":\"CC-BY-4.0\",\"features\":[{}]}}",
        json(&edition.title),
        edition.day,
        features.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::sectors::Sector;
    use crate::festival::schedule::Consent;
    use crate::festival::{Category, Status};

    fn edition() -> Edition {
        Edition {
            id: crate::common::ids::EditionId(1),
            title: "100 per dieną".into(),
            day: "2027-05-22".into(),
            opens: 600,
            closes: 1320,
            target: 100,
            walk_m_per_min: 70,
            published_at: None,
        }
    }

    fn venue() -> VenueInfo {
        VenueInfo {
            id: crate::common::ids::VenueId(3),
            name: "Rotušės aikštė".into(),
            address: "Rotušės a., Kaunas".into(),
            lat: 54.8972,
            lon: 23.8861,
            capacity: 500,
            indoor: false,
            accessibility: String::new(),
            consent: Consent::Yes,
        }
    }

    fn card() -> Card {
        Card {
            id: crate::common::ids::InterventionId(7),
            title: "Kiemų koncertai; Senamiestis, vakare".into(),
            sector: Sector::Culture,
            category: Category::Performance,
            status: Status::Published,
            venue_id: Some(crate::common::ids::VenueId(3)),
            start: Some(840),
            duration: 90,
            team_name: None,
            moved: false,
            lang: "lt".into(),
        }
    }

    #[test]
    fn a_calendar_event_has_local_times_the_zone_and_a_link() {
        let c = card();
        let ics = icalendar(
            &edition(),
            &[venue()],
            &[&c],
            "https://santaka.lt/",
            "20261127T080000Z",
            "Santaka",
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Vilnius"));
        assert!(ics.contains("DTSTART;TZID=Europe/Vilnius:20270522T140000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Vilnius:20270522T153000\r\n"));
        assert!(ics.contains("SUMMARY:Kiemų koncertai\\; Senamiestis\\, vakare\r\n"));
        assert!(ics.contains("URL:https://santaka.lt/festival/i/7\r\n"));
        assert!(ics.contains("UID:intervention-7@santaka.lt\r\n"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "line too long: {l}");
        }
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "ž".repeat(60)));
        let lines: Vec<&str> = out.trim_end().split("\r\n").collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.len() <= 75));
        assert!(lines[1].starts_with(' '));
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "ž".repeat(60))
        );
    }

    #[test]
    fn midnight_is_the_next_day() {
        assert_eq!(local_time("2027-12-31", 1440), "20280101T000000");
        assert_eq!(next_day("2028-02-28"), "2028-02-29");
    }

    #[test]
    fn geojson_is_valid_json_with_longitude_first() {
        let c = card();
        let text = geojson(&edition(), &[venue()], &[&c], "https://santaka.lt");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let feature = &value["features"][0];
        assert_eq!(feature["geometry"]["coordinates"][0], 23.8861);
        assert_eq!(feature["properties"]["start"], "2027-05-22T14:00:00+03:00");
        assert_eq!(
            feature["properties"]["title"],
            "Kiemų koncertai; Senamiestis, vakare"
        );
    }
}
