// `extend_from_slice` on a Vec<String> clones each String from the source.
fn main() {
    let mut v: Vec<String> = Vec::new();
    let src = [String::from("x"), String::from("yz")];
    v.extend_from_slice(&src);
    println!("{:?} {:?}", v, src);
}
// expect: ["x", "yz"] ["x", "yz"]
