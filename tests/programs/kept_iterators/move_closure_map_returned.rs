// A `move` closure returned inside a Map owns its capture: `make_labels` hands out a Map that formats with the moved prefix.
fn make_labels(prefix: String, n: u32) -> impl Iterator<Item = String> {
    (1..=n).map(move |i| format!("{}-{}", prefix, i))
}

fn main() {
    let labels: Vec<String> = make_labels(String::from("item"), 3).collect();
    println!("{:?}", labels);
    let mut it = make_labels(String::from("x"), 5);
    println!("{:?}", it.next());
}
// expect: ["item-1", "item-2", "item-3"]
// expect: Some("x-1")
