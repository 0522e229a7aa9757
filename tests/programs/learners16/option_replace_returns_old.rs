// Option::replace puts Some(v) in place and returns what was there (None, then the old String, dropped at the end).
fn main() {
    let mut slot: Option<String> = None;
    let first = slot.replace(String::from("one"));
    let second = slot.replace(String::from("two"));
    println!("{:?} {:?} {:?}", first, second, slot);
    let mut n = Some(3);
    if let Some(old) = n.replace(4) {
        println!("{} -> {:?}", old, n);
    }
}
// expect: None Some("one") Some("two")
// expect: 3 -> Some(4)
