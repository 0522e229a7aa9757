// bool::then inside filter_map builds Strings only for the kept items; then_some's String is dropped when false.
fn main() {
    let words = vec!["apple", "kiwi", "banana", "fig"];
    let long: Vec<String> = words
        .iter()
        .filter_map(|w| (w.len() > 3).then(|| w.to_uppercase()))
        .collect();
    println!("{:?}", long);
    let label = String::from("big");
    let kept = (long.len() > 5).then_some(label);
    println!("{:?}", kept);
    let name = String::from("kiwi");
    let found = words.contains(&"kiwi").then_some(name);
    if let Some(n) = found {
        println!("found {}", n);
    }
}
// expect: ["APPLE", "KIWI", "BANANA"]
// expect: None
// expect: found kiwi
