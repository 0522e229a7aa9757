// dedup_by_key drops each removed element in place, in order, before the kept ones drop at the end.
struct Item {
    group: u8,
    name: String,
}

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let mut v = vec![
        Item { group: 1, name: "a".into() },
        Item { group: 1, name: "b".into() },
        Item { group: 2, name: "c".into() },
        Item { group: 2, name: "d".into() },
        Item { group: 1, name: "e".into() },
    ];
    v.dedup_by_key(|i| i.group);
    println!("kept {}", v.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(""));
}
// expect: drop b
// expect: drop d
// expect: kept ace
// expect: drop a
// expect: drop c
// expect: drop e
