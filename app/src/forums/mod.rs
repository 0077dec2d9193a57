//! Art of Hosting forums: strategic conversations that move between whole-group circles, small
//! groups (World Café), self-organised sessions (Open Space), case tables (Pro Action Café) and
//! reflection. The steering group, mentors and partners create them; people register with the
//! workshops' seat rules; hosts run them live from a console; everyone's phone and the room's
//! screen follow. The World Café seating is a plain function in [`seating`]; the flow's and the
//! live run's rules in [`rules`].
use crate::common::ids::{ForumId, IdeaId, SegmentId};
use crate::common::sectors::Sector;
use crate::common::PersonRef;
use crate::ideas::stage::Stage;
use crate::workshops::{Place, SeatStatus};
use serde::{Deserialize, Serialize};

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod http;
pub mod pages;
pub mod routes;
pub mod seating;
#[cfg(feature = "ssr")]
pub mod ssr;

mod form;
pub mod open_space;
pub mod pro_action;
mod rules;
pub use form::*;
pub use open_space::{OpenGrid, OsSession, Space, Suggestion};
pub use pro_action::Case;
pub use rules::*;

crate::coded! {
    /// The formats a forum's flow is made of.
    pub enum SegmentKind {
        Circle = "circle" => fo_kind_circle,
        Cafe = "cafe" => fo_kind_cafe,
        OpenSpace = "open_space" => fo_kind_open_space,
        ProAction = "pro_action" => fo_kind_pro_action,
        Reflection = "reflection" => fo_kind_reflection,
    }
}

impl SegmentKind {
    /// Formats that run in rounds at tables, a question per round.
    pub fn has_rounds(self) -> bool {
        matches!(self, SegmentKind::Cafe | SegmentKind::ProAction)
    }
    /// Formats whose people the platform seats at tables, round by round.
    pub fn seats_tables(self) -> bool {
        self.has_rounds()
    }
    /// Formats that move on in timed rounds (or slots) the console counts down.
    pub fn timed_rounds(self) -> bool {
        self.has_rounds() || self == SegmentKind::OpenSpace
    }
}

/// One segment of a forum's flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub id: SegmentId,
    pub kind: SegmentKind,
    /// Minutes after midnight (Vilnius).
    pub starts: u32,
    pub ends: u32,
    /// One per round (World Café, Pro Action Café), or the one question.
    pub questions: Vec<String>,
    /// The round's length (World Café, Pro Action Café), or the slot's (Open Space).
    pub round_min: Option<u32>,
    /// World Café: how many tables; Pro Action Café: at most how many cases.
    pub tables: Option<u32>,
    /// Open Space: its spaces, in order.
    #[serde(default)]
    pub spaces: Vec<Space>,
    /// Open Space: conveners may place their own sessions in the grid.
    #[serde(default)]
    pub conveners_place: bool,
}

impl Segment {
    /// How many rounds it has: a question each in the cafés, a slot each in an Open Space, else
    /// 1.
    pub fn rounds(&self) -> u32 {
        match self.kind {
            SegmentKind::Cafe | SegmentKind::ProAction => self.questions.len().max(1) as u32,
            SegmentKind::OpenSpace => open_space::slots(self).len() as u32,
            _ => 1,
        }
    }
    /// The question of round `round` (from 1).
    pub fn question(&self, round: u32) -> Option<&str> {
        let i = if self.kind.has_rounds() {
            round.saturating_sub(1)
        } else {
            0
        };
        self.questions.get(i as usize).map(String::as_str)
    }
}

/// A forum as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumCard {
    pub id: ForumId,
    pub title: String,
    pub calling: String,
    pub lang: String,
    /// `YYYY-MM-DD`, and minutes after midnight (Vilnius).
    pub day: String,
    pub starts: u32,
    pub ends: u32,
    /// The place's name, or `None` when it is online.
    pub place: Option<String>,
    pub capacity: i64,
    pub taken: i64,
    pub waiting: i64,
    /// Local `YYYY-MM-DD HH:MM`.
    pub closes_at: String,
    /// Whether it is running now (a host started a segment).
    pub live: bool,
    /// Whether its host ended it (it does not run again).
    #[serde(default)]
    pub ended: bool,
}

/// The forums: upcoming (soonest first) and past (latest first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumList {
    pub upcoming: Vec<ForumCard>,
    pub past: Vec<ForumCard>,
    /// Whether the viewer may create a forum (steering, mentor, partner).
    pub may_create: bool,
}

/// One person on a forum's list, for its hosts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumSeat {
    pub user_id: i64,
    pub name: Option<String>,
    pub status: SeatStatus,
    pub sectors: Vec<Sector>,
    pub stays: bool,
    pub checked_in: bool,
}

/// A note of the harvest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HarvestNote {
    pub id: i64,
    pub segment: SegmentId,
    pub table: Option<u32>,
    pub author: Option<String>,
    pub body: String,
    pub lang: String,
    /// Local `HH:MM`.
    pub at: String,
    /// The Open Space session it was written in.
    #[serde(default)]
    pub session: Option<i64>,
    /// The viewer wrote it less than ten minutes ago: they may still edit it.
    #[serde(default)]
    pub editable: bool,
    /// The title of the Open Space session it was written in.
    #[serde(default)]
    pub session_title: Option<String>,
}

/// One part of a forum's harvest, as its hosts publish it: a table of a café, a session of an
/// Open Space, or a whole segment (neither), with how many notes it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HarvestPart {
    pub segment: SegmentId,
    pub table: Option<u32>,
    pub session: Option<i64>,
    pub session_title: Option<String>,
    pub notes: i64,
    /// Public on its own (the whole harvest may be published too).
    pub published: bool,
}

impl HarvestPart {
    /// The part as a form sends it: `segment.table.session`, 0 for none (`12.3.0`: table 3 of
    /// segment 12).
    pub fn code(&self) -> String {
        let (segment, table, session) = self.key();
        format!("{segment}.{table}.{session}")
    }

    /// `(segment, table, session)`, 0 for none.
    pub fn key(&self) -> (SegmentId, u32, i64) {
        (
            self.segment,
            self.table.unwrap_or(0),
            self.session.unwrap_or(0),
        )
    }

    /// The key of a [`code`](Self::code), if it is one.
    pub fn parse(code: &str) -> Option<(SegmentId, u32, i64)> {
        let mut it = code.trim().split('.');
        let segment = it.next()?.parse().ok()?;
        let table = it.next()?.parse().ok()?;
        let session = it.next()?.parse().ok()?;
        it.next().is_none().then_some((segment, table, session))
    }
}

/// A forum's page, as the viewer may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumPage {
    pub card: ForumCard,
    pub place: Option<Place>,
    /// The online link, for registered people and hosts only.
    pub online_url: Option<String>,
    pub online: bool,
    pub hosts: Vec<PersonRef>,
    pub flow: Vec<Segment>,
    /// Whether registration is open now.
    pub open: bool,
    /// The viewer's own place, and their position on the waitlist.
    pub mine: Option<(SeatStatus, Option<i64>)>,
    pub may_register: bool,
    pub signed_in: bool,
    /// The viewer hosts it (or is in the steering group): the flow's editor and the console.
    pub is_host: bool,
    pub past: bool,
    /// The harvest, when published (or, for hosts and participants, as it grows).
    pub harvest: Vec<HarvestNote>,
    pub harvest_state: HarvestState,
    /// Ideas born in this forum, and where they are now.
    pub born: Vec<(IdeaId, String, Stage)>,
    /// The viewer took part (a seat) or hosts it, and it has begun: a note may become an idea.
    pub may_share: bool,
    /// The check-out questions (the flow's reflections and its closing circle).
    pub check_out: Vec<String>,
    /// The viewer took part and it has begun: they may write their reflection.
    pub may_reflect: bool,
    /// The viewer's own reflection, and whether they shared it with the harvest.
    pub my_reflection: Option<(String, bool)>,
    /// For hosts: how many reflections were written (never what they say).
    pub reflections: Option<i64>,
    /// The cases brought to its Pro Action Cafés.
    #[serde(default)]
    pub cases: Vec<Case>,
    /// The ideas the viewer may bring as a case (theirs or their team's), when taking part.
    #[serde(default)]
    pub case_ideas: Vec<(IdeaId, String)>,
    /// The segments the forum has reached (begun or over).
    #[serde(default)]
    pub reached: Vec<SegmentId>,
    /// Ideas a note may be added to as a comment: born here, brought as cases, the viewer's.
    #[serde(default)]
    pub comment_ideas: Vec<(IdeaId, String)>,
    /// The viewer's own id, when signed in.
    #[serde(default)]
    pub me: Option<i64>,
    /// For hosts: the harvest's parts, each to publish on its own.
    #[serde(default)]
    pub parts: Vec<HarvestPart>,
}

crate::coded! {
    /// Whether a forum's harvest is public.
    pub enum HarvestState {
        Open = "open" => fo_harvest_open,
        Published = "published" => fo_harvest_published,
        Private = "private" => fo_harvest_private,
    }
}

/// One table of a round, as the room screen lists it: first names only for people under 18.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableList {
    pub table: u32,
    pub people: Vec<String>,
    pub host: Option<String>,
    /// Pro Action Café: the case's idea discussed at this table.
    #[serde(default)]
    pub case: Option<String>,
}

/// What a phone and the room screen show while a forum runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveForum {
    pub forum: ForumId,
    pub title: String,
    pub lang: String,
    /// The segment on, if one is.
    pub segment: Option<Segment>,
    /// The round on (from 1), and how many there are.
    pub round: u32,
    pub rounds: u32,
    pub question: Option<String>,
    /// The host ended the forum.
    pub ended: bool,
    /// Seconds left in this round (or segment), at the moment of reading; never below 0.
    pub seconds_left: Option<i64>,
    /// The viewer's table in this round, and whether they host it.
    pub my_table: Option<(u32, bool)>,
    /// Every table of this round (the room screen; names of minors as first names only).
    pub tables: Vec<TableList>,
    /// The harvest of this forum so far, newest first (for people taking part and hosts).
    pub notes: Vec<HarvestNote>,
    /// The viewer may write a harvest note (registered or hosting, while it runs).
    pub may_write: bool,
    pub is_host: bool,
    pub signed_in: bool,
    /// Open Space: the marketplace and the grid.
    #[serde(default)]
    pub grid: Option<OpenGrid>,
    /// Pro Action Café: its cases, table by table.
    #[serde(default)]
    pub cases: Vec<Case>,
}

/// The host's console: the live state, the flow, and who has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Console {
    pub live: LiveForum,
    pub flow: Vec<Segment>,
    pub seats: Vec<ForumSeat>,
    /// People checked in without a table in the running café: the late arrivals.
    pub unseated: usize,
    /// The running round may end now (its time is up).
    pub round_over: bool,
}

/// A World Café's seating for printing: the table lists of every round and each person's card
/// (round by round, their table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CafeSeating {
    pub segment: Segment,
    /// Round by round, every table.
    pub rounds: Vec<Vec<TableList>>,
    /// Each person's name and their table in each round (`None` before they came).
    pub cards: Vec<(String, Vec<Option<u32>>)>,
}

/// The printable seating of a forum's cafés, for its hosts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatingCards {
    pub forum: ForumId,
    pub title: String,
    pub cafes: Vec<CafeSeating>,
}

/// What the creation form offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumContext {
    pub places: Vec<Place>,
    /// Mentors and partners who may co-host.
    pub hosts: Vec<PersonRef>,
}

pub const CALLING_MAX: usize = 1000;
pub const QUESTIONS_MAX: usize = 2000;
pub const NOTE_MAX: usize = 2000;
/// At most this many rounds in one segment.
pub const ROUNDS_MAX: usize = 6;
pub const TABLES_MAX: u32 = 100;
