//! World Café seating: who sits at which table in every round, as one plain function.
//!
//! What it aims for, in this order:
//! 1. every table in every round holds as many different sectors as the people allow;
//! 2. people of the same team sit apart in the first round;
//! 3. as few pairs of people as possible meet twice.
//!
//! And what it always keeps: table sizes differ by at most one, and a table's host and anyone
//! who asked to stay keep one table in every round.
//!
//! How: every round is filled greedily (each person to the open table where they add the most
//! sectors and meet the fewest people they met before), then all rounds together are improved
//! by swapping two people of one round (simulated annealing with a fixed seed, so the same room
//! gets the same seating), and a last pass takes every swap that still helps. The cost counts a
//! lost sector far above two teammates together, and those above a repeated meeting.

/// One person in the room.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Guest {
    /// Their sectors as bits (bit `i` is sector `i`).
    pub sectors: u32,
    /// Their team, if any: teammates are spread in the first round.
    pub team: Option<i64>,
    /// The table they host (0-based): they stay there in every round.
    pub hosts: Option<usize>,
    /// They asked to stay at one table (mobility); the function chooses which.
    pub stays: bool,
}

/// Who sits where: `rounds[r][person]` is the person's table in round `r` (`None` before a late
/// arrival came).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seating {
    pub tables: usize,
    pub rounds: Vec<Vec<Option<usize>>>,
}

/// How good a seating is, for tests and the benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct Quality {
    /// Pairs of people who share a table in more than one round (a pair meeting three times
    /// counts twice).
    pub repeats: usize,
    /// Mean number of different sectors at a table, over every table of every round.
    pub sectors_per_table: f64,
    /// Tables (over every round) holding fewer sectors than they could: fewer than the table's
    /// size or the number of sectors in the room, whichever is smaller.
    pub short_of_sectors: usize,
    /// The smallest and largest table of any round.
    pub sizes: (usize, usize),
    /// Pairs of teammates at one table in the first round.
    pub teammates_together: usize,
}

/// A lost sector at a table costs this much.
const SECTOR: i64 = 1000;
/// Each time a pair meets again (counted for both of its meetings).
const REPEAT: i64 = 10;
/// Two teammates at one table in the first round (the point of the first round is to meet
/// other people, so this weighs more than a repeat).
const TEAMMATES: i64 = 100;

/// A small deterministic random source (SplitMix64): no dependency, same seed, same seating.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// How many people each table takes: sizes differ by at most one, and the larger tables are
/// the ones with the most people pinned to them (so pins always fit).
fn capacities(n: usize, tables: usize, pins: &[usize]) -> Vec<usize> {
    let base = n / tables;
    let extra = n % tables;
    let mut order: Vec<usize> = (0..tables).collect();
    order.sort_by_key(|t| std::cmp::Reverse(pins[*t]));
    let mut caps = vec![base; tables];
    for t in order.into_iter().take(extra) {
        caps[t] += 1;
    }
    caps
}

/// Each pinned person's table: hosts at their own (a second host of one table, or a table that
/// does not exist, is treated as someone who stays); the people who stay go to the tables with
/// the fewest pinned, where they add a sector the pinned people lack.
fn pins(guests: &[Guest], tables: usize) -> Vec<Option<usize>> {
    let mut pinned = vec![None; guests.len()];
    let mut count = vec![0usize; tables];
    let mut held = vec![0u32; tables];
    for (i, g) in guests.iter().enumerate() {
        if let Some(t) = g.hosts.filter(|t| *t < tables && count[*t] == 0) {
            pinned[i] = Some(t);
            count[t] += 1;
            held[t] |= g.sectors;
        }
    }
    for (i, g) in guests.iter().enumerate() {
        if pinned[i].is_none() && (g.stays || g.hosts.is_some()) {
            let fewest = count.iter().copied().min().unwrap_or(0);
            let t = (0..tables)
                .filter(|t| count[*t] == fewest)
                .max_by_key(|t| {
                    let gained = (held[*t] | g.sectors).count_ones() - held[*t].count_ones();
                    (gained, std::cmp::Reverse(*t))
                })
                .unwrap_or(0);
            pinned[i] = Some(t);
            count[t] += 1;
            held[t] |= g.sectors;
        }
    }
    pinned
}

/// The working state of the search: tables' members per round, and how often each pair met.
struct Room<'a> {
    guests: &'a [Guest],
    n: usize,
    /// `members[r][t]`: who sits at table `t` in round `r`.
    members: Vec<Vec<Vec<usize>>>,
    /// `at[r][p]`: person `p`'s table in round `r`.
    at: Vec<Vec<usize>>,
    /// `met[a * n + b]`: in how many rounds `a` and `b` share a table.
    met: Vec<u8>,
}

impl Room<'_> {
    fn met(&self, a: usize, b: usize) -> i64 {
        i64::from(self.met[a * self.n + b])
    }
    fn bump(&mut self, a: usize, b: usize, up: bool) {
        let (x, y) = (a * self.n + b, b * self.n + a);
        if up {
            self.met[x] += 1;
            self.met[y] += 1;
        } else {
            self.met[x] -= 1;
            self.met[y] -= 1;
        }
    }
    fn teammates(&self, a: usize, b: usize) -> bool {
        self.guests[a].team.is_some() && self.guests[a].team == self.guests[b].team
    }
    fn sectors_of(&self, people: impl Iterator<Item = usize>) -> u32 {
        people.fold(0, |or, p| or | self.guests[p].sectors)
    }

    /// What seating `p` at table `t` of round `r` adds to the cost (the table as it is now).
    fn cost_to_add(&self, r: usize, t: usize, p: usize) -> i64 {
        let table = &self.members[r][t];
        let before = self.sectors_of(table.iter().copied());
        let gained =
            i64::from((before | self.guests[p].sectors).count_ones() - before.count_ones());
        let mut cost = -SECTOR * gained;
        for &m in table {
            cost += 2 * REPEAT * self.met(p, m);
            if r == 0 && self.teammates(p, m) {
                cost += TEAMMATES;
            }
        }
        cost
    }

    fn place(&mut self, r: usize, t: usize, p: usize) {
        for i in 0..self.members[r][t].len() {
            let m = self.members[r][t][i];
            self.bump(p, m, true);
        }
        self.members[r][t].push(p);
        self.at[r][p] = t;
    }

    /// The change in cost if `a` and `b` (at different tables of round `r`) swapped.
    fn swap_delta(&self, r: usize, a: usize, b: usize) -> i64 {
        let (ta, tb) = (self.at[r][a], self.at[r][b]);
        let (table_a, table_b) = (&self.members[r][ta], &self.members[r][tb]);
        let rest_a = self.sectors_of(table_a.iter().copied().filter(|m| *m != a));
        let rest_b = self.sectors_of(table_b.iter().copied().filter(|m| *m != b));
        let (sa, sb) = (self.guests[a].sectors, self.guests[b].sectors);
        let before = (rest_a | sa).count_ones() + (rest_b | sb).count_ones();
        let after = (rest_a | sb).count_ones() + (rest_b | sa).count_ones();
        let mut delta = SECTOR * (i64::from(before) - i64::from(after));
        let mut meets = 0;
        let mut mates = 0;
        for &m in table_a.iter().filter(|m| **m != a) {
            // `a` and `m` meet in this round too, which the swap takes away.
            meets += self.met(b, m) - (self.met(a, m) - 1);
            mates += i64::from(self.teammates(b, m)) - i64::from(self.teammates(a, m));
        }
        for &m in table_b.iter().filter(|m| **m != b) {
            meets += self.met(a, m) - (self.met(b, m) - 1);
            mates += i64::from(self.teammates(a, m)) - i64::from(self.teammates(b, m));
        }
        delta += 2 * REPEAT * meets;
        if r == 0 {
            delta += TEAMMATES * mates;
        }
        delta
    }

    fn swap(&mut self, r: usize, a: usize, b: usize) {
        let (ta, tb) = (self.at[r][a], self.at[r][b]);
        for i in 0..self.members[r][ta].len() {
            let m = self.members[r][ta][i];
            if m != a {
                self.bump(a, m, false);
                self.bump(b, m, true);
            }
        }
        for i in 0..self.members[r][tb].len() {
            let m = self.members[r][tb][i];
            if m != b {
                self.bump(b, m, false);
                self.bump(a, m, true);
            }
        }
        for m in self.members[r][ta].iter_mut().filter(|m| **m == a) {
            *m = b;
        }
        for m in self.members[r][tb].iter_mut().filter(|m| **m == b) {
            *m = a;
        }
        self.at[r][a] = tb;
        self.at[r][b] = ta;
    }
}

/// Seats `guests` at `tables` tables for `rounds` rounds. The same input and seed give the same
/// seating.
pub fn seat(guests: &[Guest], tables: usize, rounds: usize, seed: u64) -> Seating {
    let n = guests.len();
    let tables = tables.max(1);
    let pinned = pins(guests, tables);
    let mut pin_count = vec![0; tables];
    for t in pinned.iter().flatten() {
        pin_count[*t] += 1;
    }
    let caps = capacities(n, tables, &pin_count);
    let mut rng = Rng::new(seed);
    let mut room = Room {
        guests,
        n,
        members: vec![vec![Vec::new(); tables]; rounds],
        at: vec![vec![0; n]; rounds],
        met: vec![0; n * n],
    };
    let free: Vec<usize> = (0..n).filter(|p| pinned[*p].is_none()).collect();
    for r in 0..rounds {
        for (p, t) in pinned.iter().enumerate() {
            if let Some(t) = *t {
                room.place(r, t, p);
            }
        }
        let mut order = free.clone();
        rng.shuffle(&mut order);
        for p in order {
            let t = (0..tables)
                .filter(|t| room.members[r][*t].len() < caps[*t])
                .min_by_key(|t| (room.cost_to_add(r, *t, p), room.members[r][*t].len()))
                .expect("the capacities hold everyone");
            room.place(r, t, p);
        }
    }
    if free.len() > 1 && tables > 1 && rounds > 0 {
        anneal(&mut room, &free, &mut rng);
    }
    Seating {
        tables,
        rounds: room
            .at
            .into_iter()
            .map(|round| round.into_iter().map(Some).collect())
            .collect(),
    }
}

/// Improves the seating by swaps; a worse swap is taken now and then while the temperature is
/// high, so the search leaves a local best.
fn anneal(room: &mut Room, free: &[usize], rng: &mut Rng) {
    let rounds = room.members.len();
    let steps = 60_000 + 150 * free.len() * rounds;
    let (hot, cold) = (40.0_f64, 0.5_f64);
    for step in 0..steps {
        let temp = hot * (cold / hot).powf(step as f64 / steps as f64);
        let r = rng.below(rounds);
        let a = free[rng.below(free.len())];
        let b = free[rng.below(free.len())];
        if room.at[r][a] == room.at[r][b] {
            continue;
        }
        let delta = room.swap_delta(r, a, b);
        if delta <= 0 || rng.unit() < (-(delta as f64) / temp).exp() {
            room.swap(r, a, b);
        }
    }
    // The last pass: every swap that still lowers the cost, until none does (or a few passes).
    for _ in 0..4 {
        let mut better = false;
        for r in 0..rounds {
            for (i, &a) in free.iter().enumerate() {
                for &b in &free[i + 1..] {
                    if room.at[r][a] != room.at[r][b] && room.swap_delta(r, a, b) < 0 {
                        room.swap(r, a, b);
                        better = true;
                    }
                }
            }
        }
        if !better {
            break;
        }
    }
}

mod late;
mod measure;
pub use late::*;
pub use measure::*;

#[cfg(test)]
mod tests;
