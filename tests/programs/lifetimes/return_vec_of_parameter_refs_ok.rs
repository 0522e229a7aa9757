// A function may return `vec![s]` built from its reference parameter: the Vec holds the caller's borrow, which outlives the call.
fn refs(s: &String) -> Vec<&String> {
    vec![s, s]
}

fn main() {
    let s = String::from("hi");
    let v = refs(&s);
    println!("{:?} {}", v, v.len());
}
// expect: ["hi", "hi"] 2
