// Through a reference, `clone().unwrap()` unwraps a copy and a match borrows; a Copy Option may be unwrapped as is.
fn main() {
    let maybe = Some(String::from("value"));
    let r = &maybe;
    let copied: String = r.clone().unwrap();
    let borrowed: &String = match r {
        Some(s) => s,
        None => &copied,
    };
    let n = &Some(3);
    let three = n.unwrap();
    println!("{} {} {}", borrowed, copied, three);
}
// expect: value value 3
