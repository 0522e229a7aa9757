// `sort_by` past 20 elements with a comparison that only compares: the one order a stable sort gives, as rustc's driftsort, its scratch buffer on the heap (200 pairs of 32 bytes outgrow driftsort's 4 KiB on the stack).
fn main() {
    let text = "one two three four five six seven eight nine ten";
    let words: Vec<&str> = text.split(' ').collect();
    let mut counts: Vec<(String, u32)> = Vec::new();
    for i in 0..200u32 {
        let w = words[(i * 7 % 10) as usize];
        counts.push((format!("{}{}", w, i % 13), (i * 37) % 11));
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (w, c) in counts.iter().take(5) {
        println!("{} {}", w, c);
    }
    println!("{:?}", counts.last());
}
// expect: eight2 10
// expect: eight8 10
// expect: five0 10
// expect: five6 10
// expect: four12 10
// expect: Some(("two7", 0))
