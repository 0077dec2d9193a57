//! My Santaka, each person's start page: the lists every feature puts on it (wire types) and
//! the one rule for their order. A feature adds its lists from its `ssr/start.rs`; the start
//! page (`start/`, at the top) gathers them and [`arrange`]s them.
use crate::common::ids::RequestId;
use serde::{Deserialize, Serialize};

crate::coded! {
    /// A list on the start page. Declaration order is the page's order: first what waits on
    /// this person because of their role, then what is theirs.
    pub enum StartList {
        Account = "account" => start_list_account,
        Steering = "steering" => start_list_steering,
        SignOffs = "sign_offs" => start_list_sign_offs,
        TeamQuestions = "team_questions" => start_list_team_questions,
        Needed = "needed" => start_list_needed,
        LeadRequests = "lead_requests" => start_list_lead_requests,
        Facilitating = "facilitating" => start_list_facilitating,
        Hosting = "hosting" => start_list_hosting,
        OpenRoles = "open_roles" => start_list_open_roles,
        PartnerMatches = "partner_matches" => start_list_partner_matches,
        Notifications = "notifications" => start_list_notifications,
        MyRequests = "my_requests" => start_list_my_requests,
        MyIdeas = "my_ideas" => start_list_my_ideas,
        MyTeams = "my_teams" => start_list_my_teams,
        MyStars = "my_stars" => start_list_my_stars,
        MyWorkshops = "my_workshops" => start_list_my_workshops,
        MyForums = "my_forums" => start_list_my_forums,
    }
}

crate::coded! {
    /// What an item says about itself, beside its title (its next step, its state, what it is).
    pub enum StartNote {
        EmailPending = "email_pending" => start_note_email_pending,
        GuardianPending = "guardian_pending" => start_note_guardian_pending,
        DraftMeanwhile = "draft_meanwhile" => start_note_draft_meanwhile,
        Reports = "reports" => start_note_reports,
        Proposals = "proposals" => start_note_proposals,
        Unplaced = "unplaced" => start_note_unplaced,
        NoFeedbackYet = "no_feedback_yet" => start_note_no_feedback_yet,
        QuestionsWaiting = "questions_waiting" => start_note_questions_waiting,
        Applicants = "applicants" => start_note_applicants,
        NobodyYet = "nobody_yet" => start_note_nobody_yet,
        Needs = "needs" => start_note_needs,
        SayOffers = "say_offers" => start_note_say_offers,
        OfferVenue = "offer_venue" => offer_venue,
        OfferMoney = "offer_money" => offer_money,
        OfferMaterials = "offer_materials" => offer_materials,
        AskedToJoin = "asked_to_join" => start_note_asked_to_join,
        InvitedYou = "invited_you" => start_note_invited_you,
        NextShape = "next_shape" => start_note_next_shape,
        NextTeam = "next_team" => start_note_next_team,
        NextFeedback = "next_feedback" => start_note_next_feedback,
        NextWorkshop = "next_workshop" => start_note_next_workshop,
        NextFestival = "next_festival" => start_note_next_festival,
        Done = "done" => start_note_done,
        Lead = "lead" => start_note_lead,
        Member = "member" => start_note_member,
        Mentor = "mentor" => start_note_mentor,
        Starred = "starred" => start_note_starred,
        WorkshopSeat = "workshop_seat" => start_note_workshop_seat,
        WorkshopWaiting = "workshop_waiting" => start_note_workshop_waiting,
        Registrations = "registrations" => start_note_registrations,
        AttendanceToMark = "attendance_to_mark" => start_note_attendance_to_mark,
        SignOffAsked = "sign_off_asked" => start_note_sign_off_asked,
        Stalled = "stalled" => start_note_stalled,
        Unmentored = "unmentored" => start_note_unmentored,
        DecisionsWaiting = "decisions_waiting" => start_note_decisions_waiting,
    }
}

/// One line of a list: a link with its age and what it says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartItem {
    pub title: String,
    pub href: String,
    /// When it began to wait or was made (a stored UTC time), shown as its age.
    pub since: Option<String>,
    pub note: Option<StartNote>,
    /// A number the note speaks of (applicants, open feedback, reports…).
    pub count: Option<i64>,
    /// The language the title is written in, when it is people's content.
    pub lang: Option<String>,
    /// A request of one's own that may be withdrawn from here.
    pub withdraw: Option<RequestId>,
    /// Short words after the note (what an idea needs that a partner offers).
    #[serde(default)]
    pub tags: Vec<StartNote>,
    /// Whole days since `since`, filled in by the start page on the server.
    #[serde(default)]
    pub age_days: Option<i64>,
}

impl StartItem {
    pub fn link(title: impl Into<String>, href: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            href: href.into(),
            since: None,
            note: None,
            count: None,
            lang: None,
            withdraw: None,
            tags: Vec::new(),
            age_days: None,
        }
    }

    pub fn since(mut self, since: impl Into<String>) -> Self {
        self.since = Some(since.into());
        self
    }

    pub fn note(mut self, note: StartNote) -> Self {
        self.note = Some(note);
        self
    }

    pub fn count(mut self, count: i64) -> Self {
        self.count = Some(count);
        self
    }

    pub fn tag(mut self, tag: StartNote) -> Self {
        self.tags.push(tag);
        self
    }

    pub fn lang(mut self, lang: impl Into<String>) -> Self {
        self.lang = Some(lang.into());
        self
    }
}

/// A list with its items (the first few) and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartSection {
    pub list: StartList,
    pub items: Vec<StartItem>,
    pub total: i64,
    /// Where the whole list is, when there is more than the start page shows.
    pub all: Option<String>,
}

impl StartSection {
    pub fn new(list: StartList, items: Vec<StartItem>) -> Self {
        let total = items.len() as i64;
        Self {
            list,
            items,
            total,
            all: None,
        }
    }

    /// A role's list is shown even when empty ("nothing waits on you"); a person's own lists
    /// only when they hold something.
    pub fn shown_when_empty(&self) -> bool {
        matches!(
            self.list,
            StartList::Steering | StartList::Needed | StartList::LeadRequests
        )
    }
}

/// How many items a list shows on the start page.
pub const START_ITEMS: usize = 6;

/// The start page's lists in the page's order (see [`StartList`]), empty ones dropped unless a
/// role's queue, each list's items oldest first where they wait on someone (requests, ideas
/// without feedback) and as the feature gave them otherwise, cut to [`START_ITEMS`].
pub fn arrange(given: Vec<StartSection>) -> Vec<StartSection> {
    // Several features may add to one list (the steering group's queues): one list each.
    let mut sections: Vec<StartSection> = Vec::new();
    for section in given {
        match sections.iter_mut().find(|s| s.list == section.list) {
            Some(same) => {
                same.total += section.total;
                same.items.extend(section.items);
                same.all = same.all.take().or(section.all);
            }
            None => sections.push(section),
        }
    }
    sections.retain(|s| !s.items.is_empty() || s.shown_when_empty());
    sections.sort_by_key(|s| s.list as usize);
    for section in &mut sections {
        if matches!(
            section.list,
            StartList::LeadRequests
                | StartList::Needed
                | StartList::MyRequests
                | StartList::TeamQuestions
                | StartList::SignOffs
        ) {
            section.items.sort_by(|a, b| a.since.cmp(&b.since));
        }
        section.total = section.total.max(section.items.len() as i64);
        section.items.truncate(START_ITEMS);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, since: &str) -> StartItem {
        StartItem::link(title, format!("/{title}")).since(since)
    }

    #[test]
    fn role_queues_come_before_ones_own_lists_and_empty_own_lists_are_dropped() {
        let sections = vec![
            StartSection::new(
                StartList::MyIdeas,
                vec![item("idea", "2026-11-01 10:00:00")],
            ),
            StartSection::new(StartList::MyStars, vec![]),
            StartSection::new(StartList::Needed, vec![]),
            StartSection::new(
                StartList::Notifications,
                vec![item("n", "2026-11-02 10:00:00")],
            ),
        ];
        let lists: Vec<StartList> = arrange(sections).iter().map(|s| s.list).collect();
        assert_eq!(
            lists,
            [
                StartList::Needed,
                StartList::Notifications,
                StartList::MyIdeas
            ]
        );
    }

    #[test]
    fn waiting_requests_are_oldest_first_and_a_long_list_is_cut_but_counted() {
        let mut items: Vec<StartItem> = (0..9)
            .map(|day| {
                item(
                    &format!("r{day}"),
                    &format!("2026-11-{:02} 09:00:00", 20 - day),
                )
            })
            .collect();
        items.swap(0, 4);
        let arranged = arrange(vec![StartSection::new(StartList::LeadRequests, items)]);
        let section = &arranged[0];
        assert_eq!(section.total, 9);
        assert_eq!(section.items.len(), START_ITEMS);
        assert_eq!(section.items[0].title, "r8", "the oldest request first");
        assert!(section
            .items
            .windows(2)
            .all(|pair| pair[0].since <= pair[1].since));
    }

    #[test]
    fn a_steering_member_sees_their_queues_first_even_when_nothing_waits() {
        let sections = vec![
            StartSection::new(
                StartList::MyTeams,
                vec![item("team", "2026-10-01 09:00:00")],
            ),
            StartSection::new(StartList::Steering, vec![]),
        ];
        let arranged = arrange(sections);
        assert_eq!(arranged[0].list, StartList::Steering);
        assert!(arranged[0].items.is_empty());
    }

    #[test]
    fn lists_given_by_two_features_become_one() {
        let reports = StartItem::link("", "/moderation")
            .note(StartNote::Reports)
            .count(2);
        let proposals = StartItem::link("", "/festival/manage")
            .note(StartNote::Proposals)
            .count(5);
        let arranged = arrange(vec![
            StartSection::new(StartList::Steering, vec![reports]),
            StartSection::new(StartList::Steering, vec![proposals]),
        ]);
        assert_eq!(arranged.len(), 1);
        assert_eq!(arranged[0].total, 2);
        assert_eq!(arranged[0].items[1].note, Some(StartNote::Proposals));
    }
}
