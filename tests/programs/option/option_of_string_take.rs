// `Option::take` moves the String out and leaves None in its place.
fn main() {
    let mut slot = Some(String::from("value"));
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
}
// expect: Some("value") None
