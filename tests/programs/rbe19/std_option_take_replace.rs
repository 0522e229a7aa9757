// Option::take leaves None behind, replace swaps in a new value; both return what was there.
fn main() {
    let mut slot = Some(String::from("first"));
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let old = slot.replace(String::from("second"));
    println!("{:?} {:?}", old, slot);
    let again = slot.replace(String::from("third"));
    println!("{:?} {:?}", again, slot);
    if let Some(s) = slot.as_mut() {
        s.push_str("!");
    }
    println!("{}", slot.as_deref().unwrap_or("none"));
}
// expect: Some("first") None
// expect: None Some("second")
// expect: Some("second") Some("third")
// expect: third!
