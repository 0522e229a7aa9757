// Raw pointers are outside the subset: `as_ptr` runs under rustc, stack-heap (which shows the pointer in its diagram) rejects it.
fn main() {
    let s1 = String::from("hello");
    let p1 = s1.as_ptr();
    let s2 = s1;
    let p2 = s2.as_ptr();
    println!("{} same buffer: {}", s2, p1 == p2);
}
// expect: hello same buffer: true
// unsupported: raw pointers
