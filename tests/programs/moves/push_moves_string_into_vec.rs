// `v.push(s)` moves the String into the Vec: its heap text now belongs to the Vec.
fn main() {
    let s = String::from("moved");
    let mut v = Vec::new();
    v.push(s);
    println!("{:?}", v);
}
// expect: ["moved"]
