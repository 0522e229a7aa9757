// `Box::from(vec)` and `Box::from(string)` take the buffer over like into_boxed_slice / into_boxed_str (shrinking it first).
fn main() {
    let mut v = Vec::new();
    v.push(1u64);
    let b: Box<[u64]> = Box::from(v);
    let s: Box<str> = Box::from(String::from("xyz"));
    println!("{:?} {}", b, s);
}
// expect: [1] xyz
