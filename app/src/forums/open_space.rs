//! Open Space, as plain data and rules: the spaces typed into the flow's form, the grid of
//! spaces × slots, where a session may go (one per cell; a convener never in two places at
//! once), and which sessions outgrew their space.
use super::Segment;
use crate::common::ids::SegmentId;
use serde::{Deserialize, Serialize};

/// At most this many spaces in one Open Space.
pub const SPACES_MAX: usize = 30;
pub const SESSION_TITLE_MAX: usize = 120;
pub const SESSION_WHAT_MAX: usize = 300;

/// A space of an Open Space: a room or a corner, with its seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Space {
    pub id: i64,
    pub name: String,
    pub capacity: u32,
}

/// A session of the marketplace, and where it is (if placed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OsSession {
    pub id: i64,
    pub title: String,
    pub what: String,
    pub lang: String,
    pub convener: Option<String>,
    pub convener_id: Option<i64>,
    /// The space's id and the slot (from 1), once placed.
    pub space: Option<i64>,
    pub slot: Option<u32>,
    /// How many said "I'll go", and whether the viewer did.
    pub goers: u32,
    pub going: bool,
    /// The viewer may move it in the grid (a host, or its convener when the hosts allow).
    pub may_place: bool,
}

/// A session that outgrew its space, and where it could go in the same slot: a free bigger
/// space, or a swap with a smaller session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub session: i64,
    pub to_space: i64,
    pub swap_with: Option<i64>,
}

/// An Open Space as phones, the room screen and the console show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenGrid {
    pub segment: SegmentId,
    pub spaces: Vec<Space>,
    /// Each slot's hours (minutes after midnight), slot 1 first.
    pub slots: Vec<(u32, u32)>,
    pub sessions: Vec<OsSession>,
    pub conveners_place: bool,
    /// The viewer may post a session (taking part or hosting, the forum not ended).
    pub may_post: bool,
    /// For hosts: sessions to move to a bigger space.
    pub suggestions: Vec<Suggestion>,
}

impl OpenGrid {
    /// The session in a cell.
    pub fn at(&self, space: i64, slot: u32) -> Option<&OsSession> {
        self.sessions
            .iter()
            .find(|s| s.space == Some(space) && s.slot == Some(slot))
    }
    pub fn space(&self, id: i64) -> Option<&Space> {
        self.spaces.iter().find(|s| s.id == id)
    }
}

/// The slots of an Open Space: `round_min` long each, from the segment's start, as many as fit.
pub fn slots(seg: &Segment) -> Vec<(u32, u32)> {
    let Some(len) = seg.round_min.filter(|m| *m > 0) else {
        return vec![(seg.starts, seg.ends)];
    };
    let n = (seg.ends.saturating_sub(seg.starts) / len).max(1);
    (0..n)
        .map(|k| {
            (
                seg.starts + k * len,
                (seg.starts + (k + 1) * len).min(seg.ends),
            )
        })
        .collect()
}

/// The spaces as typed, one per line, "name, seats" (e.g. "Salė A, 40"). The error is the
/// field's code.
pub fn parse_spaces(text: &str) -> Result<Vec<(String, u32)>, &'static str> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (name, seats) = line.rsplit_once([',', ';']).ok_or("space_line_invalid")?;
        let name = name.trim();
        let seats: u32 = seats.trim().parse().map_err(|_| "space_line_invalid")?;
        if name.is_empty() || name.chars().count() > 60 || !(1..=500).contains(&seats) {
            return Err("space_line_invalid");
        }
        if out.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
            return Err("space_twice");
        }
        out.push((name.to_owned(), seats));
    }
    match out.len() {
        0 => Err("missing"),
        n if n > SPACES_MAX => Err("too_many"),
        _ => Ok(out),
    }
}

/// A session as the placement rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub id: i64,
    pub convener: Option<i64>,
    pub cell: Option<(i64, u32)>,
}

/// Whether `moving` may go to `cell` (space, slot) among `sessions`: the cell is free (or holds
/// `moving` itself), and its convener has no other session in that slot. The error is the
/// field's code.
pub fn may_place(
    sessions: &[Placed],
    moving: &Placed,
    cell: (i64, u32),
) -> Result<(), &'static str> {
    for other in sessions.iter().filter(|s| s.id != moving.id) {
        if other.cell == Some(cell) {
            return Err("cell_taken");
        }
        let same_slot = other.cell.is_some_and(|(_, slot)| slot == cell.1);
        if same_slot && moving.convener.is_some() && other.convener == moving.convener {
            return Err("convener_busy");
        }
    }
    Ok(())
}

/// Sessions with more people going than their space seats, most crowded first, each with the
/// smallest space of the same slot that would hold them: free, or holding a session small
/// enough to swap into the smaller space. No space is suggested twice.
pub fn bigger_spaces(spaces: &[Space], sessions: &[OsSession]) -> Vec<Suggestion> {
    let seats = |id: i64| spaces.iter().find(|s| s.id == id).map_or(0, |s| s.capacity);
    let mut crowded: Vec<&OsSession> = sessions
        .iter()
        .filter(|s| s.space.is_some_and(|sp| s.goers > seats(sp)))
        .collect();
    crowded.sort_by_key(|s| {
        let over = s.goers - s.space.map_or(0, seats);
        (std::cmp::Reverse(over), s.id)
    });
    let mut by_size: Vec<&Space> = spaces.iter().collect();
    by_size.sort_by_key(|s| (s.capacity, s.id));
    let mut taken: Vec<(i64, u32)> = Vec::new();
    let mut out = Vec::new();
    for session in crowded {
        let (Some(from), Some(slot)) = (session.space, session.slot) else {
            continue;
        };
        let here = seats(from);
        for space in &by_size {
            if space.capacity < session.goers
                || space.id == from
                || taken.contains(&(space.id, slot))
            {
                continue;
            }
            let there = sessions
                .iter()
                .find(|s| s.space == Some(space.id) && s.slot == Some(slot));
            let swap = match there {
                None => None,
                Some(other) if other.goers <= here => Some(other.id),
                Some(_) => continue,
            };
            taken.push((space.id, slot));
            taken.push((from, slot));
            out.push(Suggestion {
                session: session.id,
                to_space: space.id,
                swap_with: swap,
            });
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forums::SegmentKind;

    #[test]
    fn spaces_are_typed_one_per_line_with_their_seats() {
        let spaces = parse_spaces("Salė A, 40\n\n  Kiemas; 15 \nBiblioteka, 8").expect("valid");
        assert_eq!(
            spaces,
            vec![
                ("Salė A".to_string(), 40),
                ("Kiemas".to_string(), 15),
                ("Biblioteka".to_string(), 8)
            ]
        );
        assert_eq!(parse_spaces(""), Err("missing"));
        assert_eq!(parse_spaces("Salė A"), Err("space_line_invalid"));
        assert_eq!(parse_spaces("Salė A, nulis"), Err("space_line_invalid"));
        assert_eq!(parse_spaces("Salė A, 0"), Err("space_line_invalid"));
        assert_eq!(parse_spaces("Salė A, 4\nsalė a, 5"), Err("space_twice"));
        let many: String = (0..31).map(|i| format!("Erdvė {i}, 5\n")).collect();
        assert_eq!(parse_spaces(&many), Err("too_many"));
    }

    #[test]
    fn an_open_space_has_as_many_slots_as_fit_its_hours() {
        let seg = Segment {
            id: SegmentId(1),
            kind: SegmentKind::OpenSpace,
            starts: 600,
            ends: 700,
            questions: vec!["Ką kuriame?".into()],
            round_min: Some(45),
            tables: None,
            spaces: vec![],
            conveners_place: false,
        };
        assert_eq!(slots(&seg), vec![(600, 645), (645, 690)]);
        assert_eq!(seg.rounds(), 2, "the console moves slot by slot");
    }

    #[test]
    fn one_session_per_cell_and_a_convener_is_never_in_two_places_at_once() {
        let placed = [
            Placed {
                id: 1,
                convener: Some(10),
                cell: Some((100, 1)),
            },
            Placed {
                id: 2,
                convener: Some(20),
                cell: None,
            },
            Placed {
                id: 3,
                convener: Some(10),
                cell: None,
            },
        ];
        assert_eq!(may_place(&placed, &placed[1], (100, 1)), Err("cell_taken"));
        assert_eq!(may_place(&placed, &placed[1], (101, 1)), Ok(()));
        assert_eq!(
            may_place(&placed, &placed[2], (101, 1)),
            Err("convener_busy"),
            "convener 10 already runs session 1 in slot 1"
        );
        assert_eq!(may_place(&placed, &placed[2], (101, 2)), Ok(()));
        assert_eq!(
            may_place(&placed, &placed[0], (100, 1)),
            Ok(()),
            "staying put is allowed"
        );
    }

    fn session(id: i64, space: i64, slot: u32, goers: u32) -> OsSession {
        OsSession {
            id,
            title: format!("S{id}"),
            what: String::new(),
            lang: "lt".into(),
            convener: None,
            convener_id: None,
            space: Some(space),
            slot: Some(slot),
            goers,
            going: false,
            may_place: false,
        }
    }

    #[test]
    fn a_crowded_session_is_offered_the_smallest_bigger_space_free_or_by_a_swap() {
        let spaces = vec![
            Space {
                id: 1,
                name: "Kampas".into(),
                capacity: 6,
            },
            Space {
                id: 2,
                name: "Salė".into(),
                capacity: 40,
            },
            Space {
                id: 3,
                name: "Klasė".into(),
                capacity: 15,
            },
        ];
        // Slot 1: 12 people want the corner (6 seats); the class (15) is free.
        let free = vec![session(1, 1, 1, 12), session(2, 2, 1, 30)];
        assert_eq!(
            bigger_spaces(&spaces, &free),
            vec![Suggestion {
                session: 1,
                to_space: 3,
                swap_with: None
            }]
        );
        // The class holds a session of 4: they swap.
        let swap = vec![session(1, 1, 1, 12), session(3, 3, 1, 4)];
        assert_eq!(
            bigger_spaces(&spaces, &swap),
            vec![Suggestion {
                session: 1,
                to_space: 3,
                swap_with: Some(3)
            }]
        );
        // Nothing fits 50: no suggestion; nobody crowded: none either.
        assert!(bigger_spaces(&spaces, &[session(1, 2, 1, 50)]).is_empty());
        assert!(bigger_spaces(&spaces, &[session(1, 1, 1, 6)]).is_empty());
    }
}
