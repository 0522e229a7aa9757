// Matching `&mut Option<String>` binds `ref mut`; after the match the reference is usable again (nothing was moved out of it).
fn take_or_fill(slot: &mut Option<String>) {
    match slot {
        Some(s) => s.push('+'),
        None => *slot = Some(String::from("new")),
    }
    if let Some(s) = slot {
        s.push('.');
    }
}
fn main() {
    let mut a = None;
    take_or_fill(&mut a);
    take_or_fill(&mut a);
    println!("{:?}", a);
}
// expect: Some("new.+.")
