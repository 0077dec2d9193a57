//! A forum's rules, as plain functions: where a segment may go in the flow, what comes after
//! the running round, how long is left, and how names appear on the room's screen.
use super::Segment;

/// Whether a segment from `starts` to `ends` (minutes) fits the forum's hours and overlaps no
/// other segment (`others`: their hours). The error is the field's code.
pub fn segment_fits(
    forum: (u32, u32),
    starts: u32,
    ends: u32,
    others: &[(u32, u32)],
) -> Result<(), &'static str> {
    if starts < forum.0 || ends > forum.1 {
        return Err("outside_hours");
    }
    if others.iter().any(|(s, e)| starts < *e && *s < ends) {
        return Err("segments_overlap");
    }
    Ok(())
}

/// What the host's "next" does from the running segment and round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// The next round of the same segment.
    Round(u32),
    /// The first round of the next segment in the flow (by index).
    Segment(usize),
    /// Nothing left: the forum ends.
    End,
}

/// The step after segment `at` (index in `flow`, `None` before the first) and its `round`.
pub fn next_step(flow: &[Segment], at: Option<usize>, round: u32) -> Next {
    match at {
        None if flow.is_empty() => Next::End,
        None => Next::Segment(0),
        Some(i) => match flow.get(i) {
            Some(seg) if round < seg.rounds() => Next::Round(round + 1),
            _ if i + 1 < flow.len() => Next::Segment(i + 1),
            _ => Next::End,
        },
    }
}

/// How long the running round (or a segment without rounds) lasts, in seconds.
pub fn round_seconds(seg: &Segment) -> i64 {
    match seg.round_min {
        Some(m) if seg.kind.timed_rounds() => i64::from(m) * 60,
        _ => i64::from(seg.ends.saturating_sub(seg.starts)) * 60,
    }
}

/// Seconds left, `elapsed` seconds after the round began; never below 0.
pub fn seconds_left(seg: &Segment, elapsed: i64) -> i64 {
    (round_seconds(seg) - elapsed.max(0)).max(0)
}

/// A round may give way to the next once its time is up, or earlier when the host says so.
pub fn may_advance(seg: &Segment, elapsed: i64, early: bool) -> bool {
    early || seconds_left(seg, elapsed) == 0
}

/// "12:05" for a countdown.
pub fn mmss(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}", s / 60, s % 60)
}

/// How a person is named on the room's screen: the first name only for people under 18.
pub fn room_name(name: &str, minor: bool) -> String {
    if minor {
        name.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    } else {
        name.to_string()
    }
}

/// The sectors a person brings, as the seating's bits (bit `i` is `Sector::ALL[i]`).
pub fn sector_bits(sectors: &[crate::common::sectors::Sector]) -> u32 {
    use crate::common::sectors::Sector;
    sectors
        .iter()
        .filter_map(|s| Sector::ALL.iter().position(|x| x == s))
        .fold(0, |bits, i| bits | (1 << i))
}

/// A note `n` of forum `f` is public: the whole harvest is published, or the note's part is
/// (its session, else its table, else its whole segment; see `forum_harvest_parts`). In SQL,
/// for every reader of the harvest (the forum's page, open data).
pub const PUBLIC_NOTE: &str = "(f.harvest = 'published' OR EXISTS (
    SELECT 1 FROM forum_harvest_parts hp
     WHERE hp.segment_id = n.segment_id
       AND hp.session_id = coalesce(n.session_id, 0)
       AND hp.table_no = CASE WHEN n.session_id IS NULL THEN coalesce(n.table_no, 0) ELSE 0 END))";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::ids::SegmentId;
    use crate::forums::SegmentKind;

    fn seg(kind: SegmentKind, questions: usize) -> Segment {
        Segment {
            id: SegmentId(1),
            kind,
            starts: 600,
            ends: 690,
            questions: (0..questions).map(|i| format!("Q{i}")).collect(),
            round_min: Some(20),
            tables: Some(4),
            spaces: vec![],
            conveners_place: false,
        }
    }

    #[test]
    fn a_segment_fits_the_hours_and_never_overlaps_another() {
        let forum = (600, 780);
        assert_eq!(segment_fits(forum, 600, 630, &[]), Ok(()));
        assert_eq!(
            segment_fits(forum, 630, 700, &[(600, 630)]),
            Ok(()),
            "back to back"
        );
        assert_eq!(
            segment_fits(forum, 620, 700, &[(600, 630)]),
            Err("segments_overlap")
        );
        assert_eq!(segment_fits(forum, 590, 620, &[]), Err("outside_hours"));
        assert_eq!(segment_fits(forum, 700, 800, &[]), Err("outside_hours"));
        assert_eq!(
            segment_fits(forum, 650, 660, &[(600, 700)]),
            Err("segments_overlap"),
            "inside another"
        );
    }

    #[test]
    fn next_goes_round_by_round_then_segment_by_segment_then_ends() {
        let flow = [
            seg(SegmentKind::Circle, 1),
            seg(SegmentKind::Cafe, 3),
            seg(SegmentKind::Reflection, 1),
        ];
        assert_eq!(next_step(&flow, None, 0), Next::Segment(0));
        assert_eq!(
            next_step(&flow, Some(0), 1),
            Next::Segment(1),
            "a circle has one round"
        );
        assert_eq!(next_step(&flow, Some(1), 1), Next::Round(2));
        assert_eq!(next_step(&flow, Some(1), 2), Next::Round(3));
        assert_eq!(next_step(&flow, Some(1), 3), Next::Segment(2));
        assert_eq!(next_step(&flow, Some(2), 1), Next::End);
        assert_eq!(next_step(&[], None, 0), Next::End);
    }

    #[test]
    fn a_round_gives_way_when_its_time_is_up_or_the_host_ends_it_early() {
        let cafe = seg(SegmentKind::Cafe, 3);
        assert_eq!(seconds_left(&cafe, 0), 1200);
        assert_eq!(seconds_left(&cafe, 1195), 5);
        assert_eq!(seconds_left(&cafe, 5000), 0);
        assert!(!may_advance(&cafe, 600, false));
        assert!(may_advance(&cafe, 600, true));
        assert!(may_advance(&cafe, 1200, false));
        let circle = seg(SegmentKind::Circle, 1);
        assert_eq!(
            seconds_left(&circle, 0),
            90 * 60,
            "a circle lasts its segment"
        );
        assert_eq!(mmss(605), "10:05");
        assert_eq!(mmss(-3), "0:00");
    }

    #[test]
    fn the_room_screen_shows_only_first_names_of_minors() {
        assert_eq!(room_name("Jonas Petraitis", true), "Jonas");
        assert_eq!(room_name("Jonas Petraitis", false), "Jonas Petraitis");
    }

    #[test]
    fn sectors_become_bits_in_a_fixed_order() {
        use crate::common::sectors::Sector;
        assert_eq!(sector_bits(&[]), 0);
        assert_eq!(sector_bits(&[Sector::ALL[0], Sector::ALL[2]]), 0b101);
    }

    #[test]
    fn a_harvest_part_goes_through_a_form_and_back() {
        let part = crate::forums::HarvestPart {
            segment: SegmentId(12),
            table: Some(3),
            session: None,
            session_title: None,
            notes: 4,
            published: false,
        };
        assert_eq!(part.code(), "12.3.0");
        assert_eq!(
            crate::forums::HarvestPart::parse(&part.code()),
            Some(part.key())
        );
        for bad in [
            "",
            "12",
            "12.3",
            "12.3.0.1",
            "x.1.0",
            "12.-1.0",
            "12.3.zero",
        ] {
            assert_eq!(crate::forums::HarvestPart::parse(bad), None, "{bad}");
        }
    }
}
