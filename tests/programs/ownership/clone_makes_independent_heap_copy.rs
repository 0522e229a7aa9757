// `.clone()` copies the heap text into a new allocation; changing the clone leaves the original alone.
fn main() {
    let s1 = String::from("hello");
    let mut s2 = s1.clone();
    s2.push_str(", world");
    println!("s1 = {}, s2 = {}", s1, s2);
}
// expect: s1 = hello, s2 = hello, world
