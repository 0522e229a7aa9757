// `v.push(s)` through `&mut Vec<&str>` needs s to live as long as the Vec's references: unrelated elided lifetimes do not.
fn keep(v: &mut Vec<&str>, s: &str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    keep(&mut v, "a");
    println!("{:?}", v);
}
// error: "lifetime may not live long enough" at 3:5
