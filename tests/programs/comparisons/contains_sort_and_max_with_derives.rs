// With #[derive(PartialEq)] `contains` and `dedup` work; with Ord as well, `sort`, `max` and `min` order by the fields in declaration order.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Rank { level: u8, name: String }
fn main() {
    let mut v = vec![
        Rank { level: 2, name: String::from("b") },
        Rank { level: 1, name: String::from("z") },
        Rank { level: 2, name: String::from("a") },
        Rank { level: 2, name: String::from("a") },
    ];
    println!("{}", v.contains(&Rank { level: 1, name: String::from("z") }));
    v.sort();
    v.dedup();
    println!("{:?}", v);
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    let mut words = vec![String::from("pear"), String::from("fig")];
    words.sort();
    println!("{:?} {:?}", words, words.iter().max());
}
// expect: true
// expect: [Rank { level: 1, name: "z" }, Rank { level: 2, name: "a" }, Rank { level: 2, name: "b" }]
// expect: Some(Rank { level: 2, name: "b" }) Some(Rank { level: 1, name: "z" })
// expect: ["fig", "pear"] Some("pear")
