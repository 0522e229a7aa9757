// Cloning the String in the loop instead: three allocations, the original still usable.
fn main() {
    let label = String::from("item");
    let mut v = Vec::new();
    for i in 0..3 {
        let mut l = label.clone();
        l.push_str(&i.to_string());
        v.push(l);
    }
    println!("{:?} {}", v, label);
}
// expect: ["item0", "item1", "item2"] item
