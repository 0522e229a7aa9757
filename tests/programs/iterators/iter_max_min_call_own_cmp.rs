// `iter().max()` and `min()` over a type with its own Ord call its `cmp(&best, &item)` at each item, as std's max_by and min_by: max keeps the later of equals, min the earlier.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Player {
    name: String,
    score: u32,
}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Player {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {} {}", self.name, other.name);
        self.score.cmp(&other.score)
    }
}

fn main() {
    let players = vec![
        Player { name: String::from("ann"), score: 3 },
        Player { name: String::from("bob"), score: 7 },
        Player { name: String::from("cid"), score: 7 },
    ];
    println!("{:?}", players.iter().max());
    println!("{:?}", players.iter().min());
}
// expect: cmp ann bob
// expect: cmp bob cid
// expect: Some(Player { name: "cid", score: 7 })
// expect: cmp ann bob
// expect: cmp ann cid
// expect: Some(Player { name: "ann", score: 3 })
